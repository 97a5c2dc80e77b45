import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  gemeente,
  instemming,
  organisatie,
  overlegorgaan,
  regio,
  snelleToets,
  transformatieplan,
  transformatieplanFinanciering,
  transformatieplanGemeente,
  transformatieplanPartner,
  transformatieplanStap,
} from '../../db/schema/index';

// Every function takes the regioId first and filters on it (ARCHITECTURE.md §4.6).

export interface PlanFilter {
  ids?: string[];
  status?: string;
  domein?: string;
  penvoerderId?: string;
  gemeenteId?: string;
}

const ingediendBij = alias(organisatie, 'ingediend_bij');

export async function plannen(db: Db, regioId: string, filter: PlanFilter = {}) {
  if (filter.ids?.length === 0) return [];
  return db
    .select({ p: transformatieplan, penvoerderNaam: organisatie.naam, ingediendBijNaam: ingediendBij.naam, orgaanNaam: overlegorgaan.naam })
    .from(transformatieplan)
    .innerJoin(organisatie, eq(organisatie.id, transformatieplan.penvoerderId))
    .leftJoin(ingediendBij, eq(ingediendBij.id, transformatieplan.ingediendBijId))
    .leftJoin(overlegorgaan, eq(overlegorgaan.id, transformatieplan.standpuntOverlegorgaanId))
    .where(
      and(
        eq(transformatieplan.regioId, regioId),
        filter.ids ? inArray(transformatieplan.id, filter.ids) : undefined,
        filter.status ? eq(transformatieplan.status, filter.status) : undefined,
        filter.domein ? sql`${filter.domein} = any(${transformatieplan.domeinen})` : undefined,
        filter.penvoerderId ? eq(transformatieplan.penvoerderId, filter.penvoerderId) : undefined,
        filter.gemeenteId
          ? inArray(
              transformatieplan.id,
              db
                .select({ id: transformatieplanGemeente.transformatieplanId })
                .from(transformatieplanGemeente)
                .where(and(eq(transformatieplanGemeente.regioId, regioId), eq(transformatieplanGemeente.gemeenteId, filter.gemeenteId))),
            )
          : undefined,
      ),
    )
    .orderBy(asc(transformatieplan.titel));
}

export type PlanRij = Awaited<ReturnType<typeof plannen>>[number];

/** The parts of a set of plans that live in their own tables, each in one set-based query. */
export async function onderdelenVan(db: Db, regioId: string, planIds: string[]) {
  if (planIds.length === 0) return { partners: [], gemeenten: [], financiering: [], instemmingen: [] };
  const [partners, gemeenten, financiering, instemmingen] = await Promise.all([
    db
      .select({ planId: transformatieplanPartner.transformatieplanId, id: organisatie.id, naam: organisatie.naam })
      .from(transformatieplanPartner)
      .innerJoin(organisatie, eq(organisatie.id, transformatieplanPartner.organisatieId))
      .where(and(eq(transformatieplanPartner.regioId, regioId), inArray(transformatieplanPartner.transformatieplanId, planIds)))
      .orderBy(asc(organisatie.naam)),
    db
      .select({ planId: transformatieplanGemeente.transformatieplanId, gemeenteId: gemeente.id, gemeentecode: gemeente.gemeentecode, naam: gemeente.naam })
      .from(transformatieplanGemeente)
      .innerJoin(gemeente, eq(gemeente.id, transformatieplanGemeente.gemeenteId))
      .where(and(eq(transformatieplanGemeente.regioId, regioId), inArray(transformatieplanGemeente.transformatieplanId, planIds)))
      .orderBy(asc(gemeente.naam)),
    db
      .select()
      .from(transformatieplanFinanciering)
      .where(and(eq(transformatieplanFinanciering.regioId, regioId), inArray(transformatieplanFinanciering.transformatieplanId, planIds)))
      .orderBy(asc(transformatieplanFinanciering.jaar)),
    db
      .select()
      .from(instemming)
      .where(and(eq(instemming.regioId, regioId), inArray(instemming.transformatieplanId, planIds)))
      .orderBy(asc(instemming.datum), asc(instemming.id)),
  ]);
  return { partners, gemeenten, financiering, instemmingen };
}

export async function stappenVan(db: Db, regioId: string, planId: string) {
  return db
    .select({ s: transformatieplanStap, organisatieNaam: organisatie.naam })
    .from(transformatieplanStap)
    .leftJoin(organisatie, eq(organisatie.id, transformatieplanStap.organisatieId))
    .where(and(eq(transformatieplanStap.regioId, regioId), eq(transformatieplanStap.transformatieplanId, planId)))
    .orderBy(asc(transformatieplanStap.id));
}

export async function snelleToetsenVan(db: Db, regioId: string, planId: string) {
  return db
    .select({ t: snelleToets, organisatieNaam: organisatie.naam })
    .from(snelleToets)
    .leftJoin(organisatie, eq(organisatie.id, snelleToets.organisatieId))
    .where(and(eq(snelleToets.regioId, regioId), eq(snelleToets.transformatieplanId, planId)))
    .orderBy(desc(snelleToets.datum), desc(snelleToets.id));
}

/** The region's two insurers (DOMAIN.md §8): the preferred one receives and assesses with the second. */
export async function verzekeraars(db: Db, regioId: string) {
  const [r] = await db
    .select({ preferentId: regio.preferenteZorgverzekeraarId, tweedeId: regio.tweedeZorgverzekeraarId })
    .from(regio)
    .where(eq(regio.id, regioId));
  const ids = [r?.preferentId, r?.tweedeId].filter((x): x is string => Boolean(x));
  const namen = ids.length ? await db.select({ id: organisatie.id, naam: organisatie.naam }).from(organisatie).where(and(eq(organisatie.regioId, regioId), inArray(organisatie.id, ids))) : [];
  const ref = (id: string | null | undefined) => namen.find((o) => o.id === id) ?? null;
  return { preferent: ref(r?.preferentId), tweede: ref(r?.tweedeId) };
}

/** Locks the plan row for the rest of the transaction: checks read first and write after. */
export async function vergrendelPlan(db: Db, regioId: string, planId: string) {
  const [p] = await db
    .select({ id: transformatieplan.id })
    .from(transformatieplan)
    .where(and(eq(transformatieplan.regioId, regioId), eq(transformatieplan.id, planId)))
    .for('update');
  return Boolean(p);
}

export async function maakPlan(db: Db, regioId: string, waarden: Omit<typeof transformatieplan.$inferInsert, 'regioId'>) {
  const [p] = await db.insert(transformatieplan).values({ ...waarden, regioId }).returning({ id: transformatieplan.id });
  return p!.id;
}

export async function wijzigPlan(db: Db, regioId: string, planId: string, waarden: Partial<typeof transformatieplan.$inferInsert>) {
  if (Object.values(waarden).every((w) => w === undefined)) return;
  await db.update(transformatieplan).set(waarden).where(and(eq(transformatieplan.regioId, regioId), eq(transformatieplan.id, planId)));
}

export async function zetPartners(db: Db, regioId: string, planId: string, organisatieIds: string[]) {
  await db.delete(transformatieplanPartner).where(and(eq(transformatieplanPartner.regioId, regioId), eq(transformatieplanPartner.transformatieplanId, planId)));
  if (organisatieIds.length) await db.insert(transformatieplanPartner).values(organisatieIds.map((organisatieId) => ({ regioId, transformatieplanId: planId, organisatieId })));
}

export async function zetGemeenten(db: Db, regioId: string, planId: string, gemeenteIds: string[]) {
  await db.delete(transformatieplanGemeente).where(and(eq(transformatieplanGemeente.regioId, regioId), eq(transformatieplanGemeente.transformatieplanId, planId)));
  if (gemeenteIds.length) await db.insert(transformatieplanGemeente).values(gemeenteIds.map((gemeenteId) => ({ regioId, transformatieplanId: planId, gemeenteId })));
}

export async function zetFinanciering(db: Db, regioId: string, planId: string, jaren: { jaar: number; aangevraagdCenten: number; toegekendCenten: number | null }[]) {
  await db
    .delete(transformatieplanFinanciering)
    .where(and(eq(transformatieplanFinanciering.regioId, regioId), eq(transformatieplanFinanciering.transformatieplanId, planId)));
  if (jaren.length) await db.insert(transformatieplanFinanciering).values(jaren.map((j) => ({ ...j, regioId, transformatieplanId: planId })));
}

export async function voegStapToe(db: Db, regioId: string, waarden: Omit<typeof transformatieplanStap.$inferInsert, 'regioId' | 'id'>) {
  const [s] = await db.insert(transformatieplanStap).values({ ...waarden, regioId }).returning({ id: transformatieplanStap.id });
  return s!.id;
}

export async function voegInstemmingToe(db: Db, regioId: string, waarden: Omit<typeof instemming.$inferInsert, 'regioId' | 'id'>) {
  const [i] = await db.insert(instemming).values({ ...waarden, regioId }).returning({ id: instemming.id });
  return i!.id;
}

export async function voegSnelleToetsToe(db: Db, regioId: string, waarden: Omit<typeof snelleToets.$inferInsert, 'regioId' | 'id'>) {
  const [t] = await db.insert(snelleToets).values({ ...waarden, regioId }).returning({ id: snelleToets.id });
  return t!.id;
}

export { gemeentenVanRegio, organisatiesVanRegio, vindOverlegorgaan } from '../regios/regios.repository';
