import { and, asc, count, eq, inArray, max, min } from 'drizzle-orm';
import type { ToetsKader } from '../../../common/contracts/transformatieplannen';
import type { Db } from '../../db/client';
import { beoordeling, beoordelingsscore, toetsvraag } from '../../db/schema/index';

// The toetsvragen of a region and the assessments scored on them; every query filters on regioId.

export async function toetsvragen(db: Db, regioId: string, kader: ToetsKader, id?: string) {
  const aantallen = db
    .select({ vraagId: beoordelingsscore.toetsvraagId, n: count().as('n') })
    .from(beoordelingsscore)
    .where(eq(beoordelingsscore.regioId, regioId))
    .groupBy(beoordelingsscore.toetsvraagId)
    .as('aantallen');
  const rijen = await db
    .select({ v: toetsvraag, n: aantallen.n })
    .from(toetsvraag)
    .leftJoin(aantallen, eq(aantallen.vraagId, toetsvraag.id))
    .where(and(eq(toetsvraag.regioId, regioId), eq(toetsvraag.kader, kader), id ? eq(toetsvraag.id, id) : undefined))
    .orderBy(asc(toetsvraag.volgorde));
  return rijen.map((r) => ({
    id: r.v.id,
    volgorde: r.v.volgorde,
    vraag: r.v.vraag,
    toelichting: r.v.toelichting,
    schaalMin: r.v.schaalMin,
    schaalMax: r.v.schaalMax,
    aantalScores: Number(r.n ?? 0),
  }));
}

/** The lowest and highest score given on a question: a new scale must still hold them. */
export async function gegevenScores(db: Db, regioId: string, vraagId: string) {
  const [r] = await db
    .select({ laagste: min(beoordelingsscore.score), hoogste: max(beoordelingsscore.score) })
    .from(beoordelingsscore)
    .where(and(eq(beoordelingsscore.regioId, regioId), eq(beoordelingsscore.toetsvraagId, vraagId)));
  return r?.laagste === null || r?.laagste === undefined ? null : { laagste: r.laagste, hoogste: r.hoogste! };
}

export async function maakToetsvraag(db: Db, regioId: string, waarden: Omit<typeof toetsvraag.$inferInsert, 'regioId'>) {
  const [v] = await db.insert(toetsvraag).values({ ...waarden, regioId }).returning({ id: toetsvraag.id });
  return v!.id;
}

export async function wijzigToetsvraag(db: Db, regioId: string, id: string, waarden: Partial<typeof toetsvraag.$inferInsert>) {
  if (Object.values(waarden).every((w) => w === undefined)) return;
  await db.update(toetsvraag).set(waarden).where(and(eq(toetsvraag.regioId, regioId), eq(toetsvraag.id, id)));
}

export async function verwijderToetsvraag(db: Db, regioId: string, id: string) {
  await db.delete(toetsvraag).where(and(eq(toetsvraag.regioId, regioId), eq(toetsvraag.id, id)));
}

export type PlanSleutel = { transformatieplanIds: string[] } | { aanvullendPlanIds: string[] };

/** The assessments of a set of plans with their scores, in two set-based queries. */
export async function beoordelingenVan(db: Db, regioId: string, sleutel: PlanSleutel) {
  const ids = 'transformatieplanIds' in sleutel ? sleutel.transformatieplanIds : sleutel.aanvullendPlanIds;
  if (ids.length === 0) return [];
  const kolom = 'transformatieplanIds' in sleutel ? beoordeling.transformatieplanId : beoordeling.aanvullendPlanId;
  const rijen = await db
    .select()
    .from(beoordeling)
    .where(and(eq(beoordeling.regioId, regioId), inArray(kolom, ids)))
    .orderBy(asc(beoordeling.datum));
  if (rijen.length === 0) return [];
  const scores = await db
    .select({ beoordelingId: beoordelingsscore.beoordelingId, vraagId: beoordelingsscore.toetsvraagId, score: beoordelingsscore.score, toelichting: beoordelingsscore.toelichting, volgorde: toetsvraag.volgorde })
    .from(beoordelingsscore)
    .innerJoin(toetsvraag, eq(toetsvraag.id, beoordelingsscore.toetsvraagId))
    .where(and(eq(beoordelingsscore.regioId, regioId), inArray(beoordelingsscore.beoordelingId, rijen.map((r) => r.id))))
    .orderBy(asc(toetsvraag.volgorde));
  return rijen.map((r) => ({ ...r, scores: scores.filter((s) => s.beoordelingId === r.id) }));
}

/** Writes an assessment, replacing the earlier one of the same plan (and insurer). */
export async function schrijfBeoordeling(
  db: Db,
  regioId: string,
  waarden: Omit<typeof beoordeling.$inferInsert, 'regioId' | 'id'>,
  scores: { vraagId: string; score: number; toelichting: string }[],
) {
  const bestaand = waarden.transformatieplanId
    ? and(eq(beoordeling.transformatieplanId, waarden.transformatieplanId), eq(beoordeling.organisatieId, waarden.organisatieId!))
    : eq(beoordeling.aanvullendPlanId, waarden.aanvullendPlanId!);
  await db.delete(beoordeling).where(and(eq(beoordeling.regioId, regioId), bestaand));
  const [b] = await db.insert(beoordeling).values({ ...waarden, regioId }).returning({ id: beoordeling.id });
  if (scores.length) {
    await db.insert(beoordelingsscore).values(scores.map((s) => ({ regioId, beoordelingId: b!.id, toetsvraagId: s.vraagId, score: s.score, toelichting: s.toelichting })));
  }
  return b!.id;
}
