import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AfspraakStatus, AfspraakThema } from '../../../common/contracts/afspraken';
import type { Db } from '../../db/client';
import { afspraak, afspraakStatus, akkoord, gemeente, gemeenteInRegio, organisatie, regio } from '../../db/schema/index';
import { afgerondeStatussen } from './afspraken.rules';

const catalogusVelden = {
  id: afspraak.id,
  akkoordId: afspraak.akkoordId,
  akkoordCode: akkoord.code,
  code: afspraak.code,
  titel: afspraak.titel,
  omschrijving: afspraak.omschrijving,
  thema: afspraak.thema,
  verantwoordelijkePartij: afspraak.verantwoordelijkePartij,
  gemeentelijkeRol: afspraak.gemeentelijkeRol,
  deadline: afspraak.deadline,
  volgorde: afspraak.volgorde,
};

const volgordeCatalogus = [asc(akkoord.ondertekendOp), asc(akkoord.code), asc(afspraak.volgorde), asc(afspraak.code)];

interface CatalogusFilter {
  akkoordId?: string;
  afspraakId?: string;
  thema?: AfspraakThema;
}

function catalogusFilter(filter: CatalogusFilter) {
  const voorwaarden: SQL[] = [];
  if (filter.akkoordId) voorwaarden.push(eq(afspraak.akkoordId, filter.akkoordId));
  if (filter.afspraakId) voorwaarden.push(eq(afspraak.id, filter.afspraakId));
  if (filter.thema) voorwaarden.push(eq(afspraak.thema, filter.thema));
  return and(...voorwaarden);
}

export async function catalogus(db: Db, filter: CatalogusFilter = {}) {
  const rijen = await db
    .select(catalogusVelden)
    .from(afspraak)
    .innerJoin(akkoord, eq(akkoord.id, afspraak.akkoordId))
    .where(catalogusFilter(filter))
    .orderBy(...volgordeCatalogus);
  return rijen.map((r) => ({ ...r, thema: r.thema as AfspraakThema }));
}

export async function haalAkkoordRij(db: Db, akkoordId: string) {
  const [a] = await db.select({ id: akkoord.id, code: akkoord.code, naam: akkoord.naam, ondertekendOp: akkoord.ondertekendOp }).from(akkoord).where(eq(akkoord.id, akkoordId));
  return a;
}

/** The catalogue with the region's status merged in (a left join: no row is "niet gestart"). */
export async function afsprakenVanRegio(db: Db, regioId: string, filter: CatalogusFilter = {}) {
  const rijen = await db
    .select({
      ...catalogusVelden,
      statusId: afspraakStatus.id,
      status: afspraakStatus.status,
      eigenaar: afspraakStatus.eigenaar,
      bewijs: afspraakStatus.bewijs,
      bewijsLinks: afspraakStatus.bewijsLinks,
      toelichting: afspraakStatus.toelichting,
      gewijzigdOp: afspraakStatus.gewijzigdOp,
      gemeenteId: gemeente.id,
      gemeenteNaam: gemeente.naam,
      gemeentecode: gemeente.gemeentecode,
      organisatieId: organisatie.id,
      organisatieNaam: organisatie.naam,
    })
    .from(afspraak)
    .innerJoin(akkoord, eq(akkoord.id, afspraak.akkoordId))
    // The tenant filter sits in the join: the catalogue is national, the status is the region's own.
    .leftJoin(afspraakStatus, and(eq(afspraakStatus.regioId, regioId), eq(afspraakStatus.afspraakId, afspraak.id)))
    .leftJoin(gemeente, eq(gemeente.id, afspraakStatus.eigenaarGemeenteId))
    .leftJoin(organisatie, and(eq(organisatie.regioId, regioId), eq(organisatie.id, afspraakStatus.eigenaarOrganisatieId)))
    .where(catalogusFilter(filter))
    .orderBy(...volgordeCatalogus);
  return rijen;
}
export type AfspraakRegioRij = Awaited<ReturnType<typeof afsprakenVanRegio>>[number];

export async function statusRij(db: Db, regioId: string, afspraakId: string) {
  const [r] = await db.select().from(afspraakStatus).where(and(eq(afspraakStatus.regioId, regioId), eq(afspraakStatus.afspraakId, afspraakId)));
  return r;
}

/** The id of a member municipality of the region by CBS code, or undefined. */
export async function gemeenteVanRegio(db: Db, regioId: string, gemeentecode: string) {
  const [r] = await db
    .select({ id: gemeente.id })
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .where(and(eq(gemeenteInRegio.regioId, regioId), eq(gemeente.gemeentecode, gemeentecode)));
  return r?.id;
}

export async function isOrganisatieVanRegio(db: Db, regioId: string, organisatieId: string) {
  const [r] = await db.select({ id: organisatie.id }).from(organisatie).where(and(eq(organisatie.regioId, regioId), eq(organisatie.id, organisatieId)));
  return !!r;
}

export async function zetStatus(
  db: Db,
  regioId: string,
  afspraakId: string,
  waarden: {
    status: AfspraakStatus;
    eigenaar: string;
    eigenaarGemeenteId: string | null;
    eigenaarOrganisatieId: string | null;
    bewijs: string;
    bewijsLinks: string[];
    toelichting: string;
  },
) {
  const nu = new Date();
  await db
    .insert(afspraakStatus)
    .values({ regioId, afspraakId, ...waarden, gewijzigdOp: nu })
    .onConflictDoUpdate({ target: [afspraakStatus.regioId, afspraakStatus.afspraakId], set: { ...waarden, gewijzigdOp: nu } });
}

/**
 * Counts per agreement and status over the given regions (all when null), in SQL: every
 * region × agreement pair counts once, a missing status row as "niet gestart"; overdue is
 * counted against `vandaag` with the same rule as afspraken.rules.ts (the deadline day is on time).
 */
export async function stand(db: Db, regioIds: string[] | null, vandaag: string) {
  const status = sql<string>`coalesce(${afspraakStatus.status}, 'niet-gestart')`;
  const afgerond = sql.join(
    afgerondeStatussen.map((s) => sql`${s}`),
    sql`, `,
  );
  const regios = await db
    .select({ id: regio.id, naam: regio.naam })
    .from(regio)
    .where(regioIds ? inArray(regio.id, regioIds.length ? regioIds : ['00000000-0000-0000-0000-000000000000']) : undefined)
    .orderBy(asc(regio.naam));
  if (regios.length === 0) return { regios, rijen: [] };
  const rijen = await db
    .select({
      afspraakId: afspraak.id,
      status,
      aantal: count(),
      verlopen: sql<number>`count(*) filter (where ${afspraak.deadline} < ${vandaag} and ${status} not in (${afgerond}))`.mapWith(Number),
    })
    .from(afspraak)
    .innerJoin(
      regio,
      inArray(
        regio.id,
        regios.map((r) => r.id),
      ),
    )
    .leftJoin(afspraakStatus, and(eq(afspraakStatus.regioId, regio.id), eq(afspraakStatus.afspraakId, afspraak.id)))
    .groupBy(afspraak.id, status);
  return { regios, rijen };
}
