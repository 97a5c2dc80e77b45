import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditregel } from '../../db/schema/index';
import type { Actor } from '../toegang/rechten.rules';

export type AuditActie = 'aangemaakt' | 'gewijzigd' | 'verwijderd' | 'geimporteerd';

export interface AuditInvoer {
  regioId: string | null;
  actor: Pick<Actor, 'gebruikerId' | 'naam'> | null;
  actie: AuditActie;
  soort: string;
  itemId: string;
  omschrijving?: string;
  voor?: unknown;
  na?: unknown;
}

/** Writes one audit row. Call it with the transaction of the write it describes. */
export async function schrijfAudit(tx: Db, invoer: AuditInvoer): Promise<void> {
  await tx.insert(auditregel).values({
    regioId: invoer.regioId,
    gebruikerId: invoer.actor?.gebruikerId ?? null,
    gebruikerNaam: invoer.actor?.naam ?? 'systeem',
    actie: invoer.actie,
    soort: invoer.soort,
    itemId: invoer.itemId,
    omschrijving: invoer.omschrijving ?? '',
    voor: invoer.voor === undefined ? null : (JSON.parse(JSON.stringify(invoer.voor)) as unknown),
    na: invoer.na === undefined ? null : (JSON.parse(JSON.stringify(invoer.na)) as unknown),
  });
}

export async function leesHistorie(
  db: Db,
  regioId: string | null,
  filter: { soort?: string; itemId?: string },
  pagina: number,
  paginaGrootte: number,
) {
  const voorwaarden: SQL[] = [regioId === null ? isNull(auditregel.regioId) : eq(auditregel.regioId, regioId)];
  if (filter.soort) voorwaarden.push(eq(auditregel.soort, filter.soort));
  if (filter.itemId) voorwaarden.push(eq(auditregel.itemId, filter.itemId));
  const waar = and(...voorwaarden);
  const [rijen, [totaal]] = await Promise.all([
    db
      .select()
      .from(auditregel)
      .where(waar)
      .orderBy(desc(auditregel.id))
      .limit(paginaGrootte)
      .offset((pagina - 1) * paginaGrootte),
    db.select({ n: count() }).from(auditregel).where(waar),
  ]);
  return {
    items: rijen.map((r) => ({
      id: r.id,
      tijdstip: r.tijdstip.toISOString(),
      gebruikerNaam: r.gebruikerNaam,
      actie: r.actie as AuditActie,
      soort: r.soort,
      itemId: r.itemId,
      omschrijving: r.omschrijving,
      voor: r.voor ?? null,
      na: r.na ?? null,
    })),
    totaal: Number(totaal?.n ?? 0),
  };
}
