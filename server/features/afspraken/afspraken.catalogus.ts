import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { afspraak, akkoord } from '../../db/schema/index';
import { schrijfAudit } from '../historie/historie.repository';
import { afsprakencatalogi } from './afspraken.data';

/**
 * Loads the shipped catalogue of every accord present (matched on accord code, then agreement
 * code), so a fresh install has it. Idempotent: an agreement whose code exists is left as the
 * beheerder edited it; loading twice adds nothing. Returns how many agreements were added.
 */
export async function laadAfsprakencatalogi(tx: Db): Promise<number> {
  const akkoorden = await tx.select({ id: akkoord.id, code: akkoord.code }).from(akkoord).where(inArray(akkoord.code, Object.keys(afsprakencatalogi)));
  let toegevoegd = 0;
  for (const a of akkoorden) {
    const bestaand = new Set((await tx.select({ code: afspraak.code }).from(afspraak).where(eq(afspraak.akkoordId, a.id))).map((r) => r.code));
    const nieuw = afsprakencatalogi[a.code]!.map((x, i) => ({ ...x, volgorde: x.volgorde ?? (i + 1) * 10 })).filter((x) => !bestaand.has(x.code));
    if (!nieuw.length) continue;
    const rijen = await tx
      .insert(afspraak)
      .values(nieuw.map((x) => ({ ...x, akkoordId: a.id, omschrijving: x.omschrijving ?? '', verantwoordelijkePartij: x.verantwoordelijkePartij ?? '', gemeentelijkeRol: x.gemeentelijkeRol ?? '', deadline: x.deadline ?? null })))
      .onConflictDoNothing()
      .returning({ id: afspraak.id, code: afspraak.code });
    for (const r of rijen) {
      await schrijfAudit(tx, { regioId: null, actor: null, actie: 'aangemaakt', soort: 'afspraak', itemId: r.id, omschrijving: `afsprakencatalogus ${a.code} geladen`, na: nieuw.find((x) => x.code === r.code) });
    }
    toegevoegd += rijen.length;
  }
  return toegevoegd;
}
