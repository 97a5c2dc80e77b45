import { and, asc, count, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { gemeente } from '../../db/schema/index';
import { ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import type { Actor } from '../toegang/rechten.rules';
import { leesGemeentenCsv } from './gemeenten-import.rules';

/**
 * The national municipality register. An import is all-or-nothing and idempotent: the same
 * file twice changes nothing the second time (DOMAIN.md §5, "imports").
 */
export async function importeerGemeenten(db: Db, actor: Actor | null, tekst: string, bestandsnaam = 'upload') {
  const uitkomst = leesGemeentenCsv(tekst);
  if (uitkomst.soort === 'fout') {
    throw ongeldig(
      uitkomst.fouten.map((f) => ({ name: `regel ${f.regel}: ${f.veld}`, code: 'ongeldige-regel', reason: f.reden })),
      `${new Set(uitkomst.fouten.map((f) => f.regel)).size} regel(s) afgekeurd; er is niets geïmporteerd. ` +
        uitkomst.fouten
          .slice(0, 5)
          .map((f) => `Regel ${f.regel} (${f.veld}): ${f.reden}.`)
          .join(' ') +
        (uitkomst.fouten.length > 5 ? ` En nog ${uitkomst.fouten.length - 5} melding(en).` : ''),
    );
  }
  return db.transaction(async (tx) => {
    const bestaand = new Map(
      (await tx.select().from(gemeente)).map((g) => [g.gemeentecode, g] as const),
    );
    const nieuw = uitkomst.rijen.filter((r) => !bestaand.has(r.gemeentecode));
    const gewijzigd = uitkomst.rijen.filter((r) => {
      const b = bestaand.get(r.gemeentecode);
      return b && (b.naam !== r.naam || b.inwoners !== r.inwoners);
    });
    const teSchrijven = [...nieuw, ...gewijzigd];
    // One statement per 1,000 rows: a register has a few hundred rows, so COPY is not needed.
    for (let i = 0; i < teSchrijven.length; i += 1000) {
      await tx
        .insert(gemeente)
        .values(teSchrijven.slice(i, i + 1000).map((r) => ({ gemeentecode: r.gemeentecode, naam: r.naam, inwoners: r.inwoners })))
        .onConflictDoUpdate({
          target: gemeente.gemeentecode,
          set: { naam: sql`excluded.naam`, inwoners: sql`excluded.inwoners`, bijgewerktOp: sql`now()` },
        });
    }
    const resultaat = {
      aantalRegels: uitkomst.rijen.length,
      toegevoegd: nieuw.length,
      bijgewerkt: gewijzigd.length,
      ongewijzigd: uitkomst.rijen.length - teSchrijven.length,
    };
    if (teSchrijven.length > 0) {
      await schrijfAudit(tx, {
        regioId: null,
        actor,
        actie: 'geimporteerd',
        soort: 'gemeenteregister',
        itemId: bestandsnaam,
        omschrijving: `${resultaat.toegevoegd} toegevoegd, ${resultaat.bijgewerkt} bijgewerkt`,
        voor: gewijzigd.map((r) => {
          const b = bestaand.get(r.gemeentecode)!;
          return { gemeentecode: b.gemeentecode, naam: b.naam, inwoners: b.inwoners };
        }),
        na: teSchrijven.map((r) => ({ gemeentecode: r.gemeentecode, naam: r.naam, inwoners: r.inwoners })),
      });
    }
    return resultaat;
  });
}

export async function zoekInRegister(db: Db, zoek: string | undefined, pagina: number, paginaGrootte: number) {
  const waar = zoek
    ? or(ilike(gemeente.naam, `%${zoek.replace(/[\\%_]/g, '\\$&')}%`), ilike(gemeente.gemeentecode, `${zoek.replace(/[\\%_]/g, '\\$&')}%`))
    : undefined;
  const [items, [totaal]] = await Promise.all([
    db
      .select({ gemeentecode: gemeente.gemeentecode, naam: gemeente.naam, inwoners: gemeente.inwoners })
      .from(gemeente)
      .where(and(waar))
      .orderBy(asc(gemeente.naam))
      .limit(paginaGrootte)
      .offset((pagina - 1) * paginaGrootte),
    db.select({ n: count() }).from(gemeente).where(and(waar)),
  ]);
  return { items, totaal: Number(totaal?.n ?? 0) };
}
