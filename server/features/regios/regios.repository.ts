import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  aanvullendPlan,
  aanvullendPlanPartner,
  aanwezigheid,
  beoordeling,
  instemming,
  regiobeeldWaarde,
  regioplanThema,
  standpunt,
  stem,
  transformatieplan,
  transformatieplanGemeente,
  transformatieplanPartner,
  begrotingsversie,
  boeking,
  doorbetaling,
  herverdeling,
  lidmaatschap,
  uitkering,
  verdeelsleutelGemeente,
  gemeente,
  gemeenteInRegio,
  organisatie,
  overlegorgaan,
  overlegorgaanLid,
  regio,
  vergadering,
} from '../../db/schema/index';

// Every function takes the regioId first and filters on it (ARCHITECTURE.md §4.6): an id of
// another region simply finds nothing.

// --- regio -----------------------------------------------------------------------------------

export async function lijstRegios(db: Db, regioIds: string[] | 'alle') {
  const mandaat = db
    .select({ regioId: gemeenteInRegio.regioId, gemeentecode: gemeente.gemeentecode, naam: gemeente.naam })
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .where(eq(gemeenteInRegio.rol, 'mandaatgemeente'))
    .as('mandaat');
  const totalen = db
    .select({
      regioId: gemeenteInRegio.regioId,
      aantal: count().as('aantal'),
      inwoners: sql<string>`sum(${gemeente.inwoners})`.as('inwoners'),
    })
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .groupBy(gemeenteInRegio.regioId)
    .as('totalen');
  if (regioIds !== 'alle' && regioIds.length === 0) return [];
  const rijen = await db
    .select({
      r: regio,
      mandaatCode: mandaat.gemeentecode,
      mandaatNaam: mandaat.naam,
      aantal: totalen.aantal,
      inwoners: totalen.inwoners,
    })
    .from(regio)
    .leftJoin(mandaat, eq(mandaat.regioId, regio.id))
    .leftJoin(totalen, eq(totalen.regioId, regio.id))
    .where(regioIds === 'alle' ? undefined : inArray(regio.id, regioIds))
    .orderBy(asc(regio.naam));
  return rijen.map((x) => ({
    id: x.r.id,
    naam: x.r.naam,
    omschrijving: x.r.omschrijving,
    accentkleur: x.r.accentkleur,
    preferenteZorgverzekeraarId: x.r.preferenteZorgverzekeraarId,
    tweedeZorgverzekeraarId: x.r.tweedeZorgverzekeraarId,
    mandaatgemeente: x.mandaatCode ? { gemeentecode: x.mandaatCode, naam: x.mandaatNaam! } : null,
    aantalGemeenten: Number(x.aantal ?? 0),
    inwoners: Number(x.inwoners ?? 0),
  }));
}

export async function vindRegioWeergave(db: Db, regioId: string) {
  const [r] = await lijstRegios(db, [regioId]);
  return r;
}

export async function vindRegio(db: Db, regioId: string) {
  const [r] = await db.select().from(regio).where(eq(regio.id, regioId));
  return r;
}

export async function vindRegioOpNaam(db: Db, naam: string) {
  const [r] = await db.select().from(regio).where(eq(regio.naam, naam));
  return r;
}

export async function maakRegio(db: Db, waarden: typeof regio.$inferInsert) {
  const [r] = await db.insert(regio).values(waarden).returning();
  return r!;
}

/** A PATCH may name no field at all; then nothing is written (Drizzle refuses an empty SET). */
const leeg = (waarden: object) => Object.values(waarden).every((v) => v === undefined);

export async function wijzigRegio(db: Db, regioId: string, waarden: Partial<typeof regio.$inferInsert>) {
  if (leeg(waarden)) return vindRegio(db, regioId);
  const [r] = await db.update(regio).set(waarden).where(eq(regio.id, regioId)).returning();
  return r;
}

export async function verwijderRegio(db: Db, regioId: string) {
  await db.delete(regio).where(eq(regio.id, regioId));
}

// --- gemeenten in de regio ---------------------------------------------------------------------

const gemeenteVelden = {
  id: gemeenteInRegio.id,
  gemeenteId: gemeente.id,
  gemeentecode: gemeente.gemeentecode,
  naam: gemeente.naam,
  inwoners: gemeente.inwoners,
  rol: gemeenteInRegio.rol,
  portefeuillehouder: gemeenteInRegio.portefeuillehouder,
  toelichting: gemeenteInRegio.toelichting,
};

export async function gemeentenVanRegio(db: Db, regioId: string) {
  return db
    .select(gemeenteVelden)
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .where(eq(gemeenteInRegio.regioId, regioId))
    .orderBy(asc(gemeente.naam));
}

export async function vindGemeenteInRegio(db: Db, regioId: string, gemeentecode: string) {
  const [g] = await db
    .select(gemeenteVelden)
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .where(and(eq(gemeenteInRegio.regioId, regioId), eq(gemeente.gemeentecode, gemeentecode)));
  return g;
}

export async function vindMandaatgemeente(db: Db, regioId: string) {
  const [g] = await db
    .select(gemeenteVelden)
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .where(and(eq(gemeenteInRegio.regioId, regioId), eq(gemeenteInRegio.rol, 'mandaatgemeente')));
  return g;
}

export async function voegGemeenteToe(db: Db, regioId: string, waarden: Omit<typeof gemeenteInRegio.$inferInsert, 'regioId'>) {
  await db.insert(gemeenteInRegio).values({ ...waarden, regioId });
}

export async function wijzigGemeenteInRegio(
  db: Db,
  regioId: string,
  id: string,
  waarden: Partial<Pick<typeof gemeenteInRegio.$inferInsert, 'rol' | 'portefeuillehouder' | 'toelichting'>>,
) {
  if (leeg(waarden)) return;
  await db
    .update(gemeenteInRegio)
    .set(waarden)
    .where(and(eq(gemeenteInRegio.regioId, regioId), eq(gemeenteInRegio.id, id)));
}

export async function verwijderGemeenteUitRegio(db: Db, regioId: string, id: string) {
  await db.delete(gemeenteInRegio).where(and(eq(gemeenteInRegio.regioId, regioId), eq(gemeenteInRegio.id, id)));
}

// --- organisaties ----------------------------------------------------------------------------

const organisatieVelden = {
  id: organisatie.id,
  naam: organisatie.naam,
  soort: organisatie.soort,
  website: organisatie.website,
  omschrijving: organisatie.omschrijving,
};

export async function organisatiesVanRegio(db: Db, regioId: string) {
  return db.select(organisatieVelden).from(organisatie).where(eq(organisatie.regioId, regioId)).orderBy(asc(organisatie.naam));
}

export async function vindOrganisatie(db: Db, regioId: string, id: string) {
  const [o] = await db
    .select(organisatieVelden)
    .from(organisatie)
    .where(and(eq(organisatie.regioId, regioId), eq(organisatie.id, id)));
  return o;
}

export async function maakOrganisatie(db: Db, regioId: string, waarden: Omit<typeof organisatie.$inferInsert, 'regioId'>) {
  const [o] = await db.insert(organisatie).values({ ...waarden, regioId }).returning(organisatieVelden);
  return o!;
}

export async function wijzigOrganisatie(db: Db, regioId: string, id: string, waarden: Partial<typeof organisatie.$inferInsert>) {
  if (leeg(waarden)) return vindOrganisatie(db, regioId, id);
  const [o] = await db
    .update(organisatie)
    .set(waarden)
    .where(and(eq(organisatie.regioId, regioId), eq(organisatie.id, id)))
    .returning(organisatieVelden);
  return o;
}

export async function verwijderOrganisatie(db: Db, regioId: string, id: string) {
  await db.delete(organisatie).where(and(eq(organisatie.regioId, regioId), eq(organisatie.id, id)));
}

// --- overlegorganen --------------------------------------------------------------------------

export async function overlegorganenVanRegio(db: Db, regioId: string) {
  const leden = db
    .select({ orgaanId: overlegorgaanLid.overlegorgaanId, n: count().as('n') })
    .from(overlegorgaanLid)
    .where(eq(overlegorgaanLid.regioId, regioId))
    .groupBy(overlegorgaanLid.overlegorgaanId)
    .as('leden');
  const rijen = await db
    .select({ o: overlegorgaan, n: leden.n })
    .from(overlegorgaan)
    .leftJoin(leden, eq(leden.orgaanId, overlegorgaan.id))
    .where(eq(overlegorgaan.regioId, regioId))
    .orderBy(asc(overlegorgaan.naam));
  return rijen.map((r) => ({ ...r.o, aantalLeden: Number(r.n ?? 0) }));
}

export async function vindOverlegorgaan(db: Db, regioId: string, id: string) {
  const [o] = await db
    .select()
    .from(overlegorgaan)
    .where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.id, id)));
  return o;
}

export async function ledenVanOverlegorgaan(db: Db, regioId: string, overlegorgaanId: string) {
  return db
    .select({
      id: overlegorgaanLid.id,
      naam: overlegorgaanLid.naam,
      functie: overlegorgaanLid.functie,
      rol: overlegorgaanLid.rol,
      stemgerechtigd: overlegorgaanLid.stemgerechtigd,
      gemeentecode: gemeente.gemeentecode,
      gemeenteNaam: gemeente.naam,
      organisatieId: organisatie.id,
      organisatieNaam: organisatie.naam,
    })
    .from(overlegorgaanLid)
    .leftJoin(gemeente, eq(gemeente.id, overlegorgaanLid.gemeenteId))
    .leftJoin(organisatie, eq(organisatie.id, overlegorgaanLid.organisatieId))
    .where(and(eq(overlegorgaanLid.regioId, regioId), eq(overlegorgaanLid.overlegorgaanId, overlegorgaanId)))
    .orderBy(asc(gemeente.naam), asc(overlegorgaanLid.naam));
}

export async function maakOverlegorgaan(db: Db, regioId: string, waarden: Omit<typeof overlegorgaan.$inferInsert, 'regioId'>) {
  const [o] = await db.insert(overlegorgaan).values({ ...waarden, regioId }).returning();
  return o!;
}

export async function wijzigOverlegorgaan(db: Db, regioId: string, id: string, waarden: Partial<typeof overlegorgaan.$inferInsert>) {
  if (leeg(waarden)) return vindOverlegorgaan(db, regioId, id);
  const [o] = await db
    .update(overlegorgaan)
    .set(waarden)
    .where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.id, id)))
    .returning();
  return o;
}

export async function verwijderOverlegorgaan(db: Db, regioId: string, id: string) {
  await db.delete(overlegorgaan).where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.id, id)));
}

export async function vindLid(db: Db, regioId: string, overlegorgaanId: string, lidId: string) {
  const [l] = await db
    .select()
    .from(overlegorgaanLid)
    .where(
      and(
        eq(overlegorgaanLid.regioId, regioId),
        eq(overlegorgaanLid.overlegorgaanId, overlegorgaanId),
        eq(overlegorgaanLid.id, lidId),
      ),
    );
  return l;
}

export async function maakLid(db: Db, regioId: string, waarden: Omit<typeof overlegorgaanLid.$inferInsert, 'regioId'>) {
  const [l] = await db.insert(overlegorgaanLid).values({ ...waarden, regioId }).returning();
  return l!;
}

export async function wijzigLid(db: Db, regioId: string, lidId: string, waarden: Partial<typeof overlegorgaanLid.$inferInsert>) {
  if (leeg(waarden)) {
    const [l] = await db.select().from(overlegorgaanLid).where(and(eq(overlegorgaanLid.regioId, regioId), eq(overlegorgaanLid.id, lidId)));
    return l;
  }
  const [l] = await db
    .update(overlegorgaanLid)
    .set(waarden)
    .where(and(eq(overlegorgaanLid.regioId, regioId), eq(overlegorgaanLid.id, lidId)))
    .returning();
  return l;
}

export async function verwijderLid(db: Db, regioId: string, lidId: string) {
  await db.delete(overlegorgaanLid).where(and(eq(overlegorgaanLid.regioId, regioId), eq(overlegorgaanLid.id, lidId)));
}

export async function vindRegisterGemeente(db: Db, gemeentecode: string) {
  const [g] = await db.select().from(gemeente).where(eq(gemeente.gemeentecode, gemeentecode));
  return g;
}

/**
 * What in the region still refers to an item, so that removing it would rewrite history:
 * decisions taken by a body, spending by an organisation or municipality. One short name per kind.
 */
/** A table that may point at an item, with the columns that do, named as the refusal says it. */
type Verwijzing = [naam: string, tabel: PgTable & { regioId: PgColumn }, kolommen: PgColumn[]];

/**
 * What still points at an item, so that removing it is refused with a Dutch reason instead of a
 * foreign-key error (and a held meeting or a decision never loses what it was about). One query
 * per table, each stopping at the first row.
 */
async function verwijzingen(db: Db, regioId: string, id: string, lijst: Verwijzing[]): Promise<string[]> {
  const gevonden = await Promise.all(
    lijst.map(async ([naam, tabel, kolommen]) => {
      const waar: SQL = kolommen.length === 1 ? eq(kolommen[0]!, id) : or(...kolommen.map((k) => eq(k, id)))!;
      const rijen = await db.select({ een: sql<number>`1` }).from(tabel).where(and(eq(tabel.regioId, regioId), waar)).limit(1);
      return rijen.length > 0 ? naam : null;
    }),
  );
  return gevonden.filter((x): x is string => x !== null);
}

export function verwijzingenNaarOverlegorgaan(db: Db, regioId: string, id: string) {
  return verwijzingen(db, regioId, id, [
    ['vastgestelde begrotingsversies', begrotingsversie, [begrotingsversie.vastgesteldDoorId]],
    ['herverdelingen', herverdeling, [herverdeling.overlegorgaanId]],
    ['vergaderingen', vergadering, [vergadering.overlegorgaanId]],
  ]);
}

export function verwijzingenNaarOrganisatie(db: Db, regioId: string, id: string) {
  return verwijzingen(db, regioId, id, [
    ['boekingen', boeking, [boeking.organisatieId]],
    ['gebruikers van deze organisatie', lidmaatschap, [lidmaatschap.organisatieId]],
    ['transformatieplannen (als penvoerder)', transformatieplan, [transformatieplan.penvoerderId]],
    ['transformatieplannen (als partner)', transformatieplanPartner, [transformatieplanPartner.organisatieId]],
    ['aanvullende plannen', aanvullendPlan, [aanvullendPlan.indienerOrganisatieId]],
    ['aanvullende plannen (als partner)', aanvullendPlanPartner, [aanvullendPlanPartner.organisatieId]],
    ['beoordelingen', beoordeling, [beoordeling.organisatieId]],
  ]);
}

export function verwijzingenNaarGemeente(db: Db, regioId: string, gemeenteId: string) {
  return verwijzingen(db, regioId, gemeenteId, [
    ['boekingen', boeking, [boeking.gemeenteId]],
    ['doorbetalingen', doorbetaling, [doorbetaling.ontvangerGemeenteId]],
    ['uitkeringen (als ontvanger)', uitkering, [uitkering.ontvangerGemeenteId]],
    ['verdeelsleutels', verdeelsleutelGemeente, [verdeelsleutelGemeente.gemeenteId]],
    ['zetels in overlegorganen', overlegorgaanLid, [overlegorgaanLid.gemeenteId]],
    ['gebruikers van deze gemeente', lidmaatschap, [lidmaatschap.gemeenteId]],
    ['waarden in het regiobeeld', regiobeeldWaarde, [regiobeeldWaarde.gemeenteId]],
    ['opgaven of pijlers (als kartrekker)', regioplanThema, [regioplanThema.kartrekkerGemeenteId]],
    ['transformatieplannen', transformatieplanGemeente, [transformatieplanGemeente.gemeenteId]],
    ['instemmingen', instemming, [instemming.gemeenteId]],
    ['aanvullende plannen', aanvullendPlan, [aanvullendPlan.indienerGemeenteId]],
    ['collegestandpunten', standpunt, [standpunt.gemeenteId]],
    ['stemmen', stem, [stem.gemeenteId]],
  ]);
}

/** A seat that was present (or absent) at a meeting stays, so the meeting's record stays whole. */
export function verwijzingenNaarLid(db: Db, regioId: string, lidId: string) {
  return verwijzingen(db, regioId, lidId, [['vergaderingen (aanwezigheid)', aanwezigheid, [aanwezigheid.overlegorgaanLidId]]]);
}
