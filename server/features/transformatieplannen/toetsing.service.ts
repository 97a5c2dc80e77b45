import type { z } from 'zod';
import type { ToetsKader, toetsvraagCreateSchema, toetsvraagUpdateSchema } from '../../../common/contracts/transformatieplannen';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import type { Actor } from '../toegang/rechten.rules';
import * as repo from './toetsing.repository';
import { controleerSchaal, controleerScores, type Score } from './toetsing.rules';

type In<T extends z.ZodType> = z.output<T>;

const kaderNaam: Record<ToetsKader, { enkel: string; soort: string }> = {
  transformatieplan: { enkel: 'Dit beoordelingscriterium', soort: 'beoordelingscriterium' },
  'aanvullend-plan': { enkel: 'Deze vraag van het afwegingskader', soort: 'afwegingsvraag' },
};

export const toetsvragen = (db: Db, regioId: string, kader: ToetsKader) => repo.toetsvragen(db, regioId, kader);

export async function haalToetsvraag(db: Db, regioId: string, kader: ToetsKader, id: string) {
  const [v] = await repo.toetsvragen(db, regioId, kader, id);
  if (!v) throw nietGevonden(kaderNaam[kader].enkel);
  return v;
}

const volgordeBezet = (volgorde: number | undefined) => (error: unknown): never => {
  if (isUniekeSchending(error)) throw ongeldig([{ name: 'volgorde', code: 'bezet', reason: `Er is al een vraag met volgorde ${volgorde}` }]);
  throw error;
};

export async function maakToetsvraag(db: Db, actor: Actor, regioId: string, kader: ToetsKader, invoer: In<typeof toetsvraagCreateSchema>) {
  const schaal = controleerSchaal(invoer.schaalMin, invoer.schaalMax);
  if (schaal) throw ongeldig([{ name: 'schaalMax', code: 'schaal', reason: schaal }]);
  const id = await db
    .transaction(async (tx) => {
      const bestaand = await repo.toetsvragen(tx, regioId, kader);
      const volgorde = invoer.volgorde ?? Math.max(0, ...bestaand.map((v) => v.volgorde)) + 1;
      const nieuw = await repo.maakToetsvraag(tx, regioId, { kader, volgorde, vraag: invoer.vraag, toelichting: invoer.toelichting ?? '', schaalMin: invoer.schaalMin, schaalMax: invoer.schaalMax });
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: kaderNaam[kader].soort, itemId: nieuw, na: { ...invoer, volgorde } });
      return nieuw;
    })
    .catch(volgordeBezet(invoer.volgorde));
  return haalToetsvraag(db, regioId, kader, id);
}

export async function wijzigToetsvraag(db: Db, actor: Actor, regioId: string, kader: ToetsKader, id: string, invoer: In<typeof toetsvraagUpdateSchema>) {
  await db
    .transaction(async (tx) => {
      const voor = await haalToetsvraag(tx, regioId, kader, id);
      const schaalMin = invoer.schaalMin ?? voor.schaalMin;
      const schaalMax = invoer.schaalMax ?? voor.schaalMax;
      const schaal = controleerSchaal(schaalMin, schaalMax);
      if (schaal) throw ongeldig([{ name: invoer.schaalMax !== undefined ? 'schaalMax' : 'schaalMin', code: 'schaal', reason: schaal }]);
      // Scores already given keep their meaning: a new scale must still hold them.
      const gegeven = await repo.gegevenScores(tx, regioId, id);
      if (gegeven && (gegeven.laagste < schaalMin || gegeven.hoogste > schaalMax)) {
        throw new DomainError(
          'conflict',
          `Op deze vraag zijn al scores van ${gegeven.laagste} tot en met ${gegeven.hoogste} gegeven; een schaal van ${schaalMin} tot en met ${schaalMax} past daar niet bij.`,
          [{ name: gegeven.laagste < schaalMin ? 'schaalMin' : 'schaalMax', code: 'scores-buiten-schaal', reason: `Al gegeven: ${gegeven.laagste} tot en met ${gegeven.hoogste}` }],
        );
      }
      await repo.wijzigToetsvraag(tx, regioId, id, invoer);
      const na = await haalToetsvraag(tx, regioId, kader, id);
      await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: kaderNaam[kader].soort, itemId: id, voor, na });
    })
    .catch(volgordeBezet(invoer.volgorde));
  return haalToetsvraag(db, regioId, kader, id);
}

export async function verwijderToetsvraag(db: Db, actor: Actor, regioId: string, kader: ToetsKader, id: string) {
  await db.transaction(async (tx) => {
    const voor = await haalToetsvraag(tx, regioId, kader, id);
    if (voor.aantalScores > 0) {
      throw new DomainError('conflict', `Op deze vraag zijn al ${voor.aantalScores} beoordelingen gescoord; zij blijven leesbaar, dus de vraag blijft bestaan.`);
    }
    await repo.verwijderToetsvraag(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: kaderNaam[kader].soort, itemId: id, voor });
  });
}

/** Checks scores against the region's questions of a kader; throws every problem at once. */
export async function controleerScoresVanKader(db: Db, regioId: string, kader: ToetsKader, scores: Score[], vraagVeld: string, extra: InvalidParam[] = []) {
  const vragen = await repo.toetsvragen(db, regioId, kader);
  const fouten: InvalidParam[] = [...extra, ...controleerScores(vragen, scores, vraagVeld).map((p) => ({ name: p.veld, code: p.code, reason: p.reden }))];
  if (fouten.length) throw ongeldig(fouten);
  return vragen;
}

export { beoordelingenVan, schrijfBeoordeling } from './toetsing.repository';
