import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  agendapunt,
  akkoord,
  begroting,
  begrotingsregel,
  overlegorgaan,
  planVanAanpak,
  taak,
  uitvoeringsplan,
  uitvoeringsplanOnderdeel,
  vergadering,
} from '../../db/schema/index';

// --- versies -------------------------------------------------------------------------------------

export async function plannen(db: Db, regioId: string, filter: { jaar?: number | undefined; id?: string } = {}) {
  const aantallen = db
    .select({ planId: uitvoeringsplanOnderdeel.uitvoeringsplanId, n: count().as('n') })
    .from(uitvoeringsplanOnderdeel)
    .where(eq(uitvoeringsplanOnderdeel.regioId, regioId))
    .groupBy(uitvoeringsplanOnderdeel.uitvoeringsplanId)
    .as('aantallen');
  const basis = alias(uitvoeringsplan, 'basis');
  const rijen = await db
    .select({ p: uitvoeringsplan, orgaanNaam: overlegorgaan.naam, gebaseerdOpVersie: basis.versie, n: aantallen.n })
    .from(uitvoeringsplan)
    .leftJoin(overlegorgaan, eq(overlegorgaan.id, uitvoeringsplan.vastgesteldDoorId))
    .leftJoin(basis, eq(basis.id, uitvoeringsplan.gebaseerdOpId))
    .leftJoin(aantallen, eq(aantallen.planId, uitvoeringsplan.id))
    .where(
      and(
        eq(uitvoeringsplan.regioId, regioId),
        filter.jaar !== undefined ? eq(uitvoeringsplan.jaar, filter.jaar) : undefined,
        filter.id ? eq(uitvoeringsplan.id, filter.id) : undefined,
      ),
    )
    .orderBy(sql`${uitvoeringsplan.jaar} desc`, asc(uitvoeringsplan.versie));
  return rijen.map((r) => ({ ...r.p, orgaanNaam: r.orgaanNaam, gebaseerdOpVersie: r.gebaseerdOpVersie, aantalOnderdelen: Number(r.n ?? 0) }));
}

export async function vindPlan(db: Db, regioId: string, id: string) {
  const [p] = await db.select().from(uitvoeringsplan).where(and(eq(uitvoeringsplan.regioId, regioId), eq(uitvoeringsplan.id, id)));
  return p;
}

/** Locks every version of a year: the next version number and the one-concept rule take turns. */
export async function vergrendelJaar(db: Db, regioId: string, jaar: number) {
  return db
    .select()
    .from(uitvoeringsplan)
    .where(and(eq(uitvoeringsplan.regioId, regioId), eq(uitvoeringsplan.jaar, jaar)))
    .orderBy(asc(uitvoeringsplan.versie))
    .for('update');
}

export async function maakPlan(db: Db, regioId: string, waarden: Omit<typeof uitvoeringsplan.$inferInsert, 'regioId'>) {
  const [p] = await db.insert(uitvoeringsplan).values({ ...waarden, regioId }).returning();
  return p!;
}

export async function wijzigPlan(db: Db, regioId: string, id: string, waarden: Partial<typeof uitvoeringsplan.$inferInsert>) {
  await db.update(uitvoeringsplan).set(waarden).where(and(eq(uitvoeringsplan.regioId, regioId), eq(uitvoeringsplan.id, id)));
}

export async function verwijderPlan(db: Db, regioId: string, id: string) {
  await db.delete(uitvoeringsplan).where(and(eq(uitvoeringsplan.regioId, regioId), eq(uitvoeringsplan.id, id)));
}

/**
 * The undecided agenda items that propose adopting this version: while one stands, the version is
 * what the body will vote on. Agenda items belong to the decision register; this reads them only.
 */
export async function openVaststellingen(db: Db, regioId: string, uitvoeringsplanId: string) {
  return db
    .select({ volgorde: agendapunt.volgorde, titel: agendapunt.titel, status: agendapunt.status, vergadering: vergadering.titel, datum: vergadering.datum })
    .from(agendapunt)
    .innerJoin(vergadering, eq(vergadering.id, agendapunt.vergaderingId))
    .where(
      and(
        eq(agendapunt.regioId, regioId),
        eq(agendapunt.uitvoeringsplanId, uitvoeringsplanId),
        eq(agendapunt.voorstelSoort, 'uitvoeringsplan-vaststellen'),
        inArray(agendapunt.status, ['open', 'in-stemming']),
      ),
    )
    .orderBy(asc(vergadering.datum), asc(agendapunt.volgorde));
}

// --- onderdelen ----------------------------------------------------------------------------------

export async function onderdelen(db: Db, regioId: string, planIds: string[]) {
  if (planIds.length === 0) return [];
  const ouder = alias(uitvoeringsplanOnderdeel, 'ouder');
  return db
    .select({
      o: uitvoeringsplanOnderdeel,
      bovenliggendeCode: ouder.code,
      orgaanNaam: overlegorgaan.naam,
      regelCode: begrotingsregel.code,
      regelOmschrijving: begrotingsregel.omschrijving,
      begrotingId: begroting.id,
      begrotingNaam: begroting.naam,
      begrotingJaar: begroting.jaar,
    })
    .from(uitvoeringsplanOnderdeel)
    .leftJoin(ouder, eq(ouder.id, uitvoeringsplanOnderdeel.bovenliggendId))
    .leftJoin(overlegorgaan, eq(overlegorgaan.id, uitvoeringsplanOnderdeel.overlegorgaanId))
    .leftJoin(begrotingsregel, eq(begrotingsregel.id, uitvoeringsplanOnderdeel.begrotingsregelId))
    .leftJoin(begroting, eq(begroting.id, begrotingsregel.begrotingId))
    .where(and(eq(uitvoeringsplanOnderdeel.regioId, regioId), inArray(uitvoeringsplanOnderdeel.uitvoeringsplanId, planIds)))
    .orderBy(asc(uitvoeringsplanOnderdeel.volgorde), asc(uitvoeringsplanOnderdeel.code));
}

export type NieuwOnderdeel = Omit<typeof uitvoeringsplanOnderdeel.$inferInsert, 'regioId' | 'uitvoeringsplanId'>;

export async function maakOnderdelen(db: Db, regioId: string, uitvoeringsplanId: string, rijen: NieuwOnderdeel[]) {
  if (rijen.length === 0) return [];
  return db
    .insert(uitvoeringsplanOnderdeel)
    .values(rijen.map((r) => ({ ...r, regioId, uitvoeringsplanId })))
    .returning();
}

export async function wijzigOnderdeel(db: Db, regioId: string, id: string, waarden: Partial<typeof uitvoeringsplanOnderdeel.$inferInsert>) {
  if (Object.keys(waarden).length === 0) return;
  await db.update(uitvoeringsplanOnderdeel).set(waarden).where(and(eq(uitvoeringsplanOnderdeel.regioId, regioId), eq(uitvoeringsplanOnderdeel.id, id)));
}

export async function verwijderOnderdeel(db: Db, regioId: string, id: string) {
  await db.delete(uitvoeringsplanOnderdeel).where(and(eq(uitvoeringsplanOnderdeel.regioId, regioId), eq(uitvoeringsplanOnderdeel.id, id)));
}

/** The werkagenda tasks by number (DOMAIN.md §4), with the title of the oldest accord that has it. */
export async function taken(db: Db) {
  return db
    .selectDistinctOn([taak.nummer], { nummer: taak.nummer, titel: taak.titel })
    .from(taak)
    .innerJoin(akkoord, eq(akkoord.id, taak.akkoordId))
    .orderBy(taak.nummer, sql`${akkoord.ondertekendOp} nulls last`);
}

export async function vindOverlegorgaan(db: Db, regioId: string, id: string) {
  const [o] = await db.select().from(overlegorgaan).where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.id, id)));
  return o;
}

/** A budget line of this region, with the year of its budget. */
export async function vindBegrotingsregel(db: Db, regioId: string, id: string) {
  const [r] = await db
    .select({ id: begrotingsregel.id, code: begrotingsregel.code, omschrijving: begrotingsregel.omschrijving, begrotingId: begroting.id, jaar: begroting.jaar, begrotingNaam: begroting.naam })
    .from(begrotingsregel)
    .innerJoin(begroting, eq(begroting.id, begrotingsregel.begrotingId))
    .where(and(eq(begrotingsregel.regioId, regioId), eq(begrotingsregel.id, id)));
  return r;
}

// --- plannen van aanpak --------------------------------------------------------------------------

export async function plannenVanAanpak(db: Db, regioId: string, jaar: number, id?: string) {
  const kerngroep = alias(overlegorgaan, 'beoordelaar');
  return db
    .select({ p: planVanAanpak, orgaanNaam: overlegorgaan.naam, beoordelaarNaam: kerngroep.naam })
    .from(planVanAanpak)
    .leftJoin(overlegorgaan, eq(overlegorgaan.id, planVanAanpak.overlegorgaanId))
    .leftJoin(kerngroep, eq(kerngroep.id, planVanAanpak.beoordeeldDoorId))
    .where(and(eq(planVanAanpak.regioId, regioId), eq(planVanAanpak.jaar, jaar), id ? eq(planVanAanpak.id, id) : undefined))
    .orderBy(asc(planVanAanpak.onderdeelCode), asc(planVanAanpak.aangemaaktOp));
}

/** Locks a plan of approach for the rest of the transaction, before its status is read. */
export async function vergrendelPlanVanAanpak(db: Db, regioId: string, id: string) {
  const [p] = await db.select({ id: planVanAanpak.id }).from(planVanAanpak).where(and(eq(planVanAanpak.regioId, regioId), eq(planVanAanpak.id, id))).for('update');
  return Boolean(p);
}

export async function maakPlanVanAanpak(db: Db, regioId: string, waarden: Omit<typeof planVanAanpak.$inferInsert, 'regioId'>) {
  const [p] = await db.insert(planVanAanpak).values({ ...waarden, regioId }).returning();
  return p!;
}

export async function wijzigPlanVanAanpak(db: Db, regioId: string, id: string, waarden: Partial<typeof planVanAanpak.$inferInsert>) {
  if (Object.keys(waarden).length === 0) return;
  await db.update(planVanAanpak).set(waarden).where(and(eq(planVanAanpak.regioId, regioId), eq(planVanAanpak.id, id)));
}

export async function verwijderPlanVanAanpak(db: Db, regioId: string, id: string) {
  await db.delete(planVanAanpak).where(and(eq(planVanAanpak.regioId, regioId), eq(planVanAanpak.id, id)));
}
