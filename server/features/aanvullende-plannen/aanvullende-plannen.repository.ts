import { and, asc, count, eq, inArray, ne, sql, sum } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { aanvullendPlan, aanvullendPlanPartner, begroting, begrotingsregel, beoordeling, boeking, gemeente, organisatie, overlegorgaan } from '../../db/schema/index';

// Every function takes the regioId first and filters on it (ARCHITECTURE.md §4.6).

export async function plannen(db: Db, regioId: string, filter: { ids?: string[]; status?: string } = {}) {
  if (filter.ids?.length === 0) return [];
  return db
    .select({
      p: aanvullendPlan,
      gemeentecode: gemeente.gemeentecode,
      gemeenteNaam: gemeente.naam,
      organisatieNaam: organisatie.naam,
      regelCode: begrotingsregel.code,
      regelOmschrijving: begrotingsregel.omschrijving,
      begrotingId: begroting.id,
      jaar: begroting.jaar,
      orgaanNaam: overlegorgaan.naam,
      advies: beoordeling.advies,
    })
    .from(aanvullendPlan)
    .leftJoin(gemeente, eq(gemeente.id, aanvullendPlan.indienerGemeenteId))
    .leftJoin(organisatie, eq(organisatie.id, aanvullendPlan.indienerOrganisatieId))
    .innerJoin(begrotingsregel, eq(begrotingsregel.id, aanvullendPlan.begrotingsregelId))
    .innerJoin(begroting, eq(begroting.id, begrotingsregel.begrotingId))
    .leftJoin(overlegorgaan, eq(overlegorgaan.id, aanvullendPlan.besluitOverlegorgaanId))
    .leftJoin(beoordeling, eq(beoordeling.aanvullendPlanId, aanvullendPlan.id))
    .where(and(eq(aanvullendPlan.regioId, regioId), filter.ids ? inArray(aanvullendPlan.id, filter.ids) : undefined, filter.status ? eq(aanvullendPlan.status, filter.status) : undefined))
    .orderBy(asc(aanvullendPlan.ingediendOp), asc(aanvullendPlan.kenmerk));
}

export type PlanRij = Awaited<ReturnType<typeof plannen>>[number];

/**
 * Each initiative's commitments and spending: ledger entries on its budget line whose activiteit
 * is its kenmerk, summed in SQL (one row per initiative, never the ledger itself).
 */
export async function bestedingVan(db: Db, regioId: string, planIds: string[]) {
  if (planIds.length === 0) return new Map<string, { verplichtCenten: number; uitgegevenCenten: number }>();
  const rijen = await db
    .select({
      id: aanvullendPlan.id,
      verplicht: sql<string>`coalesce(sum(${boeking.bedragCenten}) filter (where ${boeking.soort} = 'verplichting'), 0)`,
      uitgegeven: sql<string>`coalesce(sum(${boeking.bedragCenten}) filter (where ${boeking.soort} = 'uitgave'), 0)`,
    })
    .from(aanvullendPlan)
    .innerJoin(
      boeking,
      and(eq(boeking.regioId, aanvullendPlan.regioId), eq(boeking.begrotingsregelId, aanvullendPlan.begrotingsregelId), eq(boeking.activiteit, aanvullendPlan.kenmerk)),
    )
    .where(and(eq(aanvullendPlan.regioId, regioId), inArray(aanvullendPlan.id, planIds)))
    .groupBy(aanvullendPlan.id);
  // SUM(bigint) arrives as a string from both drivers.
  return new Map(rijen.map((r) => [r.id, { verplichtCenten: Number(r.verplicht), uitgegevenCenten: Number(r.uitgegeven) }]));
}

/** What approved initiatives reserve on a line, optionally leaving one out. */
export async function reserveringOpRegel(db: Db, regioId: string, regelId: string, behalve?: string) {
  const [r] = await db
    .select({ som: sum(aanvullendPlan.toegekendCenten), aantal: count() })
    .from(aanvullendPlan)
    .where(
      and(
        eq(aanvullendPlan.regioId, regioId),
        eq(aanvullendPlan.begrotingsregelId, regelId),
        eq(aanvullendPlan.status, 'goedgekeurd'),
        behalve ? ne(aanvullendPlan.id, behalve) : undefined,
      ),
    );
  return { gereserveerdCenten: Number(r?.som ?? 0), aantal: Number(r?.aantal ?? 0) };
}

export async function partnersVan(db: Db, regioId: string, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({ planId: aanvullendPlanPartner.aanvullendPlanId, id: organisatie.id, naam: organisatie.naam })
    .from(aanvullendPlanPartner)
    .innerJoin(organisatie, eq(organisatie.id, aanvullendPlanPartner.organisatieId))
    .where(and(eq(aanvullendPlanPartner.regioId, regioId), inArray(aanvullendPlanPartner.aanvullendPlanId, planIds)))
    .orderBy(asc(organisatie.naam));
}

/** A budget line of this region, with its budget's id and year. */
export async function vindRegel(db: Db, regioId: string, regelId: string) {
  const [r] = await db
    .select({ id: begrotingsregel.id, code: begrotingsregel.code, omschrijving: begrotingsregel.omschrijving, begrotingId: begroting.id, jaar: begroting.jaar })
    .from(begrotingsregel)
    .innerJoin(begroting, eq(begroting.id, begrotingsregel.begrotingId))
    .where(and(eq(begrotingsregel.regioId, regioId), eq(begrotingsregel.id, regelId)));
  return r;
}

export async function vindOpKenmerk(db: Db, regioId: string, kenmerk: string) {
  const [p] = await db.select({ id: aanvullendPlan.id, titel: aanvullendPlan.titel }).from(aanvullendPlan).where(and(eq(aanvullendPlan.regioId, regioId), eq(aanvullendPlan.kenmerk, kenmerk)));
  return p;
}

/** Locks the plan row for the rest of the transaction. */
export async function vergrendelPlan(db: Db, regioId: string, planId: string) {
  const [p] = await db.select({ id: aanvullendPlan.id }).from(aanvullendPlan).where(and(eq(aanvullendPlan.regioId, regioId), eq(aanvullendPlan.id, planId))).for('update');
  return Boolean(p);
}

/**
 * Locks the budget of a line: two approvals on the same line take turns, so their reservations
 * are checked one after the other and never together exceed the line.
 */
export async function vergrendelBegroting(db: Db, regioId: string, begrotingId: string) {
  await db.select({ id: begroting.id }).from(begroting).where(and(eq(begroting.regioId, regioId), eq(begroting.id, begrotingId))).for('update');
}

export async function maakPlan(db: Db, regioId: string, waarden: Omit<typeof aanvullendPlan.$inferInsert, 'regioId'>) {
  const [p] = await db.insert(aanvullendPlan).values({ ...waarden, regioId }).returning({ id: aanvullendPlan.id });
  return p!.id;
}

export async function wijzigPlan(db: Db, regioId: string, planId: string, waarden: Partial<typeof aanvullendPlan.$inferInsert>) {
  if (Object.values(waarden).every((w) => w === undefined)) return;
  await db.update(aanvullendPlan).set(waarden).where(and(eq(aanvullendPlan.regioId, regioId), eq(aanvullendPlan.id, planId)));
}

export async function zetPartners(db: Db, regioId: string, planId: string, organisatieIds: string[]) {
  await db.delete(aanvullendPlanPartner).where(and(eq(aanvullendPlanPartner.regioId, regioId), eq(aanvullendPlanPartner.aanvullendPlanId, planId)));
  if (organisatieIds.length) await db.insert(aanvullendPlanPartner).values(organisatieIds.map((organisatieId) => ({ regioId, aanvullendPlanId: planId, organisatieId })));
}

export { gemeentenVanRegio, organisatiesVanRegio, vindOverlegorgaan } from '../regios/regios.repository';
