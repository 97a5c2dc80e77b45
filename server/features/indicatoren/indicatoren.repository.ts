import { and, asc, count, desc, eq, exists, gte, lt, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { akkoord, gemeente, gemeenteInRegio, indicator, meetperiode, meting, streefwaarde } from '../../db/schema/index';

/** Same geography: a municipality, or both the region (null). */
const zelfdeGeografie = (a: SQLWrapper, b: SQLWrapper | string | null) => sql`${a} is not distinct from ${b}`;

// --- indicatoren --------------------------------------------------------------------------------

/** The list order: the three levels as the monitoring reads them, then code. */
const niveauVolgorde = sql`case ${indicator.niveau} when 'proces' then 1 when 'beweging' then 2 else 3 end`;

export async function indicatoren(db: Db, regioId: string, filter: { id?: string; niveau?: string } = {}) {
  const tellingen = db
    .select({
      indicatorId: meting.indicatorId,
      metingen: count().as('metingen'),
      concepten: sql<number>`count(*) filter (where ${meting.status} = 'concept')`.as('concepten'),
    })
    .from(meting)
    .where(eq(meting.regioId, regioId))
    .groupBy(meting.indicatorId)
    .as('tellingen');
  return db
    .select({
      indicator,
      aantalMetingen: sql<number>`coalesce(${tellingen.metingen}, 0)`.mapWith(Number),
      aantalConcepten: sql<number>`coalesce(${tellingen.concepten}, 0)`.mapWith(Number),
    })
    .from(indicator)
    .leftJoin(tellingen, eq(tellingen.indicatorId, indicator.id))
    .where(
      and(
        eq(indicator.regioId, regioId),
        filter.id ? eq(indicator.id, filter.id) : undefined,
        filter.niveau ? eq(indicator.niveau, filter.niveau) : undefined,
      ),
    )
    .orderBy(niveauVolgorde, asc(indicator.code));
}
export type IndicatorRij = Awaited<ReturnType<typeof indicatoren>>[number];

/** One indicator, locked for the rest of the transaction: its measurements and periods change under it. */
export async function vergrendelIndicator(db: Db, regioId: string, id: string) {
  const [r] = await db.select().from(indicator).where(and(eq(indicator.regioId, regioId), eq(indicator.id, id))).for('update');
  return r;
}

export type IndicatorWaarden = Omit<typeof indicator.$inferInsert, 'id' | 'regioId' | 'aangemaaktOp' | 'gewijzigdOp'>;

export async function voegIndicatorToe(db: Db, regioId: string, waarden: IndicatorWaarden) {
  const [r] = await db.insert(indicator).values({ ...waarden, regioId }).returning({ id: indicator.id });
  return r!.id;
}

export async function wijzigIndicator(db: Db, regioId: string, id: string, waarden: Partial<IndicatorWaarden>) {
  await db
    .update(indicator)
    .set({ ...waarden, gewijzigdOp: sql`now()` })
    .where(and(eq(indicator.regioId, regioId), eq(indicator.id, id)));
}

export async function verwijderIndicator(db: Db, regioId: string, id: string) {
  await db.delete(indicator).where(and(eq(indicator.regioId, regioId), eq(indicator.id, id)));
}

export async function codeBestaat(db: Db, regioId: string, code: string, behalveId?: string) {
  const [r] = await db
    .select({ id: indicator.id })
    .from(indicator)
    .where(and(eq(indicator.regioId, regioId), eq(indicator.code, code)));
  return !!r && r.id !== behalveId;
}

// --- streefwaarden ------------------------------------------------------------------------------

export async function streefwaarden(db: Db, regioId: string, indicatorId: string, id?: string) {
  return db
    .select({
      id: streefwaarde.id,
      periode: streefwaarde.periode,
      gemeenteId: streefwaarde.gemeenteId,
      gemeentecode: gemeente.gemeentecode,
      gemeenteNaam: gemeente.naam,
      waarde: streefwaarde.waarde,
    })
    .from(streefwaarde)
    .leftJoin(gemeente, eq(gemeente.id, streefwaarde.gemeenteId))
    .where(and(eq(streefwaarde.regioId, regioId), eq(streefwaarde.indicatorId, indicatorId), id ? eq(streefwaarde.id, id) : undefined))
    .orderBy(asc(streefwaarde.periodeBegin), desc(streefwaarde.periodeEind), sql`${gemeente.naam} nulls first`);
}
export type StreefwaardeRij = Awaited<ReturnType<typeof streefwaarden>>[number];

export async function vindStreefwaarde(db: Db, regioId: string, indicatorId: string, periode: string, gemeenteId: string | null) {
  const [r] = await db
    .select({ id: streefwaarde.id })
    .from(streefwaarde)
    .where(
      and(
        eq(streefwaarde.regioId, regioId),
        eq(streefwaarde.indicatorId, indicatorId),
        eq(streefwaarde.periode, periode),
        zelfdeGeografie(streefwaarde.gemeenteId, gemeenteId),
      ),
    );
  return r?.id;
}

export type StreefwaardeWaarden = Omit<typeof streefwaarde.$inferInsert, 'id' | 'regioId' | 'gewijzigdOp'>;

export async function voegStreefwaardeToe(db: Db, regioId: string, waarden: StreefwaardeWaarden) {
  const [r] = await db.insert(streefwaarde).values({ ...waarden, regioId }).returning({ id: streefwaarde.id });
  return r!.id;
}

export async function wijzigStreefwaarde(db: Db, regioId: string, id: string, waarde: string) {
  await db
    .update(streefwaarde)
    .set({ waarde, gewijzigdOp: sql`now()` })
    .where(and(eq(streefwaarde.regioId, regioId), eq(streefwaarde.id, id)));
}

export async function verwijderStreefwaarde(db: Db, regioId: string, id: string) {
  await db.delete(streefwaarde).where(and(eq(streefwaarde.regioId, regioId), eq(streefwaarde.id, id)));
}

/** The years the accords run, from the first signature to the last end; null without accords. */
export async function looptijdAkkoorden(db: Db) {
  const [r] = await db
    .select({
      eerste: sql<string | null>`min(${akkoord.ondertekendOp})::text`,
      laatste: sql<string | null>`max(${akkoord.looptijdTot})::text`,
    })
    .from(akkoord);
  if (!r?.eerste || !r.laatste) return null;
  return { eersteJaar: Number(r.eerste.slice(0, 4)), laatsteJaar: Number(r.laatste.slice(0, 4)) };
}

// --- the evaluation: targets with their approved measurements, in one query ---------------------

export interface EvaluatieFilter {
  indicatorId?: string;
  /** Targets whose period overlaps [begin, eind]. */
  overlapt?: { begin: string; eind: string };
  /** Only measurements that end on or before this day count (a report shows the state at its period's end). */
  metingenTot?: string;
  /**
   * Per indicator and geography only the target of the most recent period that ended before this day
   * and has at least one approved measurement: a period without data yet (the quarter just ended)
   * would otherwise hide the outcome of the one before it.
   */
  laatsteAfgelopenVoor?: string;
}

/** The columns of a target that decide which measurements count for it. */
interface Doelbereik {
  indicatorId: SQLWrapper;
  periodeBegin: SQLWrapper;
  periodeEind: SQLWrapper;
  gemeenteId: SQLWrapper;
}

/** An approved measurement of the target's indicator, inside its period and of its geography. */
const goedgekeurdBinnen = (regioId: string, d: Doelbereik) =>
  and(
    eq(meting.regioId, regioId),
    eq(meting.indicatorId, d.indicatorId),
    eq(meting.status, 'goedgekeurd'),
    gte(meting.periodeBegin, d.periodeBegin),
    lte(meting.periodeEind, d.periodeEind),
    zelfdeGeografie(meting.gemeenteId, d.gemeenteId),
  );

/**
 * Every target of the region matching the filter, with the approved measurements inside its period
 * and of its geography (the region is a geography too: `is not distinct from`). Values stay decimal
 * text, also inside the JSON: a JSON number would be read back as a float.
 */
export async function streefwaardenMetMetingen(db: Db, regioId: string, filter: EvaluatieFilter = {}) {
  const voorwaarden: (SQL | undefined)[] = [eq(streefwaarde.regioId, regioId)];
  if (filter.indicatorId) voorwaarden.push(eq(streefwaarde.indicatorId, filter.indicatorId));
  if (filter.overlapt) voorwaarden.push(lte(streefwaarde.periodeBegin, filter.overlapt.eind), gte(streefwaarde.periodeEind, filter.overlapt.begin));
  if (filter.laatsteAfgelopenVoor) {
    voorwaarden.push(
      lt(streefwaarde.periodeEind, filter.laatsteAfgelopenVoor),
      exists(db.select({ een: sql`1` }).from(meting).where(goedgekeurdBinnen(regioId, streefwaarde))),
    );
  }
  const doel = db
    .select({
      id: streefwaarde.id,
      indicatorId: streefwaarde.indicatorId,
      periode: streefwaarde.periode,
      periodeBegin: streefwaarde.periodeBegin,
      periodeEind: streefwaarde.periodeEind,
      gemeenteId: streefwaarde.gemeenteId,
      waarde: streefwaarde.waarde,
      // Per indicator and geography the most recent period first; of periods ending the same day, the
      // longest (the year before its fourth quarter).
      rang: sql<number>`rank() over (partition by ${streefwaarde.indicatorId}, ${streefwaarde.gemeenteId} order by ${streefwaarde.periodeEind} desc, ${streefwaarde.periodeBegin} asc)`.as('rang'),
    })
    .from(streefwaarde)
    .where(and(...voorwaarden))
    .as('doel');
  return db
    .select({
      id: doel.id,
      indicatorId: doel.indicatorId,
      periode: doel.periode,
      gemeenteId: doel.gemeenteId,
      gemeentecode: gemeente.gemeentecode,
      gemeenteNaam: gemeente.naam,
      waarde: doel.waarde,
      metingen: sql<{ periode: string; waarde: string }[]>`coalesce(json_agg(json_build_object('periode', ${meting.periode}, 'waarde', ${meting.waarde}::text) order by ${meting.periodeBegin}) filter (where ${meting.id} is not null), '[]'::json)`,
    })
    .from(doel)
    .leftJoin(gemeente, eq(gemeente.id, doel.gemeenteId))
    .leftJoin(meting, and(goedgekeurdBinnen(regioId, doel), filter.metingenTot ? lte(meting.periodeEind, filter.metingenTot) : undefined))
    .where(filter.laatsteAfgelopenVoor ? eq(doel.rang, 1) : undefined)
    .groupBy(doel.id, doel.indicatorId, doel.periode, doel.periodeBegin, doel.periodeEind, doel.gemeenteId, doel.waarde, gemeente.gemeentecode, gemeente.naam)
    .orderBy(doel.indicatorId, asc(doel.periodeBegin), desc(doel.periodeEind), sql`${gemeente.naam} nulls first`);
}
export type StreefwaardeMetMetingen = Awaited<ReturnType<typeof streefwaardenMetMetingen>>[number];

// --- metingen -----------------------------------------------------------------------------------

export interface MetingFilter {
  id?: string;
  indicatorId?: string;
  periode?: string;
  status?: string;
}

export async function metingen(db: Db, regioId: string, filter: MetingFilter = {}) {
  return db
    .select({
      meting,
      indicatorCode: indicator.code,
      indicatorNaam: indicator.naam,
      indicatorEenheid: indicator.eenheid,
      gemeentecode: gemeente.gemeentecode,
      gemeenteNaam: gemeente.naam,
      vergrendeld: sql<boolean>`coalesce(${meetperiode.vergrendeld}, false)`,
    })
    .from(meting)
    .innerJoin(indicator, and(eq(indicator.regioId, regioId), eq(indicator.id, meting.indicatorId)))
    .leftJoin(gemeente, eq(gemeente.id, meting.gemeenteId))
    .leftJoin(meetperiode, and(eq(meetperiode.regioId, regioId), eq(meetperiode.indicatorId, meting.indicatorId), eq(meetperiode.periode, meting.periode)))
    .where(
      and(
        eq(meting.regioId, regioId),
        filter.id ? eq(meting.id, filter.id) : undefined,
        filter.indicatorId ? eq(meting.indicatorId, filter.indicatorId) : undefined,
        filter.periode ? eq(meting.periode, filter.periode) : undefined,
        filter.status ? eq(meting.status, filter.status) : undefined,
      ),
    )
    .orderBy(niveauVolgorde, asc(indicator.code), desc(meting.periodeBegin), sql`${gemeente.naam} nulls first`);
}
export type MetingRij = Awaited<ReturnType<typeof metingen>>[number];

/** The indicator of a measurement, unlocked: a measurement never moves to another indicator. */
export async function indicatorVanMeting(db: Db, regioId: string, id: string) {
  const [r] = await db
    .select({ indicatorId: meting.indicatorId })
    .from(meting)
    .where(and(eq(meting.regioId, regioId), eq(meting.id, id)));
  return r?.indicatorId;
}

/** One measurement, locked for the rest of the transaction (after its indicator: see the service). */
export async function vergrendelMeting(db: Db, regioId: string, id: string) {
  const [r] = await db.select().from(meting).where(and(eq(meting.regioId, regioId), eq(meting.id, id))).for('update');
  return r;
}

export async function bestaandeMeting(db: Db, regioId: string, indicatorId: string, periode: string, gemeenteId: string | null) {
  const [r] = await db
    .select({ id: meting.id })
    .from(meting)
    .where(and(eq(meting.regioId, regioId), eq(meting.indicatorId, indicatorId), eq(meting.periode, periode), zelfdeGeografie(meting.gemeenteId, gemeenteId)));
  return r?.id;
}

export type MetingWaarden = Omit<typeof meting.$inferInsert, 'id' | 'regioId' | 'aangemaaktOp' | 'gewijzigdOp'>;

export async function voegMetingToe(db: Db, regioId: string, waarden: MetingWaarden) {
  const [r] = await db.insert(meting).values({ ...waarden, regioId }).returning({ id: meting.id });
  return r!.id;
}

export async function wijzigMeting(db: Db, regioId: string, id: string, waarden: Partial<MetingWaarden>) {
  await db
    .update(meting)
    .set({ ...waarden, gewijzigdOp: sql`now()` })
    .where(and(eq(meting.regioId, regioId), eq(meting.id, id)));
}

export async function verwijderMeting(db: Db, regioId: string, id: string) {
  await db.delete(meting).where(and(eq(meting.regioId, regioId), eq(meting.id, id)));
}

export async function aantalGoedgekeurd(db: Db, regioId: string, indicatorId: string) {
  const [r] = await db
    .select({ n: count() })
    .from(meting)
    .where(and(eq(meting.regioId, regioId), eq(meting.indicatorId, indicatorId), eq(meting.status, 'goedgekeurd')));
  return Number(r?.n ?? 0);
}

// --- meetperiodes -------------------------------------------------------------------------------

/** Per measured period of an indicator: its drafts and approved values. */
export async function periodeTellingen(db: Db, regioId: string, indicatorId: string, periode?: string) {
  return db
    .select({
      periode: meting.periode,
      concepten: sql<number>`count(*) filter (where ${meting.status} = 'concept')`.mapWith(Number),
      goedgekeurd: sql<number>`count(*) filter (where ${meting.status} = 'goedgekeurd')`.mapWith(Number),
    })
    .from(meting)
    .where(and(eq(meting.regioId, regioId), eq(meting.indicatorId, indicatorId), periode ? eq(meting.periode, periode) : undefined))
    .groupBy(meting.periode);
}

export async function meetperiodes(db: Db, regioId: string, indicatorId: string, periode?: string) {
  return db
    .select()
    .from(meetperiode)
    .where(and(eq(meetperiode.regioId, regioId), eq(meetperiode.indicatorId, indicatorId), periode ? eq(meetperiode.periode, periode) : undefined));
}

export async function isVergrendeld(db: Db, regioId: string, indicatorId: string, periode: string) {
  const [r] = await meetperiodes(db, regioId, indicatorId, periode);
  return r?.vergrendeld ?? false;
}

/** Locks or unlocks a period; the row is made on the first lock and stays. */
export async function zetVergrendeling(db: Db, regioId: string, indicatorId: string, periode: string, door: string | null) {
  const waarden = door === null ? { vergrendeld: false, vergrendeldOp: null, vergrendeldDoor: null } : { vergrendeld: true, vergrendeldOp: sql`now()`, vergrendeldDoor: door };
  const [r] = await db
    .insert(meetperiode)
    .values({ regioId, indicatorId, periode, ...waarden })
    .onConflictDoUpdate({ target: [meetperiode.indicatorId, meetperiode.periode], set: waarden })
    .returning({ id: meetperiode.id });
  return r!.id;
}

// --- gemeenten ----------------------------------------------------------------------------------

export async function gemeenteVanRegio(db: Db, regioId: string, gemeenteId: string) {
  const [r] = await db
    .select({ id: gemeente.id, code: gemeente.gemeentecode, naam: gemeente.naam })
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .where(and(eq(gemeenteInRegio.regioId, regioId), eq(gemeenteInRegio.gemeenteId, gemeenteId)));
  return r;
}
