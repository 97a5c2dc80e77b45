import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
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
export async function verwijzingenNaarOverlegorgaan(db: Db, regioId: string, id: string) {
  const [v] = await db.select({ id: begrotingsversie.id }).from(begrotingsversie).where(and(eq(begrotingsversie.regioId, regioId), eq(begrotingsversie.vastgesteldDoorId, id))).limit(1);
  const [h] = await db.select({ id: herverdeling.id }).from(herverdeling).where(and(eq(herverdeling.regioId, regioId), eq(herverdeling.overlegorgaanId, id))).limit(1);
  return [v && 'vastgestelde begrotingsversies', h && 'herverdelingen'].filter((x): x is string => Boolean(x));
}

export async function verwijzingenNaarOrganisatie(db: Db, regioId: string, id: string) {
  const [b] = await db.select({ id: boeking.id }).from(boeking).where(and(eq(boeking.regioId, regioId), eq(boeking.organisatieId, id))).limit(1);
  const [l] = await db.select({ id: lidmaatschap.id }).from(lidmaatschap).where(and(eq(lidmaatschap.regioId, regioId), eq(lidmaatschap.organisatieId, id))).limit(1);
  return [b && 'boekingen', l && 'gebruikers van deze organisatie'].filter((x): x is string => Boolean(x));
}

export async function verwijzingenNaarGemeente(db: Db, regioId: string, gemeenteId: string) {
  const eerste = async (q: Promise<unknown[]>) => (await q).length > 0;
  const soorten: [string, Promise<unknown[]>][] = [
    ['boekingen', db.select({ id: boeking.id }).from(boeking).where(and(eq(boeking.regioId, regioId), eq(boeking.gemeenteId, gemeenteId))).limit(1)],
    ['doorbetalingen', db.select({ id: doorbetaling.id }).from(doorbetaling).where(and(eq(doorbetaling.regioId, regioId), eq(doorbetaling.ontvangerGemeenteId, gemeenteId))).limit(1)],
    ['uitkeringen (als ontvanger)', db.select({ id: uitkering.id }).from(uitkering).where(and(eq(uitkering.regioId, regioId), eq(uitkering.ontvangerGemeenteId, gemeenteId))).limit(1)],
    ['verdeelsleutels', db.select({ id: verdeelsleutelGemeente.id }).from(verdeelsleutelGemeente).where(and(eq(verdeelsleutelGemeente.regioId, regioId), eq(verdeelsleutelGemeente.gemeenteId, gemeenteId))).limit(1)],
    ['zetels in overlegorganen', db.select({ id: overlegorgaanLid.id }).from(overlegorgaanLid).where(and(eq(overlegorgaanLid.regioId, regioId), eq(overlegorgaanLid.gemeenteId, gemeenteId))).limit(1)],
    ['gebruikers van deze gemeente', db.select({ id: lidmaatschap.id }).from(lidmaatschap).where(and(eq(lidmaatschap.regioId, regioId), eq(lidmaatschap.gemeenteId, gemeenteId))).limit(1)],
  ];
  const uitkomst: string[] = [];
  for (const [naam, q] of soorten) if (await eerste(q)) uitkomst.push(naam);
  return uitkomst;
}
