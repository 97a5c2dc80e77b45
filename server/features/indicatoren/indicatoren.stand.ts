import type { Evaluatie, Indicator, IndicatorNiveau, IndicatorRichting } from '../../../common/contracts/indicatoren';
import type { IndicatorStand } from '../../../common/contracts/overzicht';
import { deelperiodes, leesPeriode, periodeLabel, type Periodesoort } from '../../../common/periode';
import type { Db } from '../../db/client';
import type { indicator } from '../../db/schema/index';
import * as repo from './indicatoren.repository';
import { evalueer, telUitkomsten } from './indicatoren.rules';

// Where the indicators stand against their targets: one code path for the detail page, the list's
// latest standing, the overview and the frozen progress reports. The database gathers each target's
// approved measurements in one query; the pure rule (indicatoren.rules.ts) evaluates them exactly.

type IndicatorTabelRij = typeof indicator.$inferSelect;

function alsEvaluatie(r: repo.StreefwaardeMetMetingen, ind: IndicatorTabelRij): Evaluatie {
  const uitkomst = evalueer({
    richting: ind.richting as IndicatorRichting,
    cumulatief: ind.cumulatief,
    streefwaarde: r.waarde,
    deelperiodes: deelperiodes(leesPeriode(r.periode)!, ind.meetfrequentie as Periodesoort),
    metingen: r.metingen,
  });
  return {
    streefwaardeId: r.id,
    periode: r.periode,
    periodeLabel: periodeLabel(r.periode),
    gemeente: r.gemeenteId ? { id: r.gemeenteId, code: r.gemeentecode!, naam: r.gemeenteNaam! } : null,
    streefwaarde: Number(r.waarde),
    // Exact until here; a JSON number on the wire, as every other measured value.
    werkelijk: uitkomst.werkelijk === null ? null : Number(uitkomst.werkelijk),
    gemeten: uitkomst.gemeten,
    verwacht: uitkomst.verwacht,
    uitkomst: uitkomst.uitkomst,
    afwijking: uitkomst.afwijking === null ? null : Number(uitkomst.afwijking),
  };
}

/** The evaluations of the targets matching the filter, per indicator id (in the order of the query). */
async function evaluatiesPerIndicator(db: Db, regioId: string, indicatoren: IndicatorTabelRij[], filter: repo.EvaluatieFilter) {
  const perId = new Map(indicatoren.map((i) => [i.id, i]));
  const uitkomst = new Map<string, Evaluatie[]>();
  for (const r of await repo.streefwaardenMetMetingen(db, regioId, filter)) {
    const ind = perId.get(r.indicatorId);
    if (!ind) continue;
    uitkomst.set(r.indicatorId, [...(uitkomst.get(r.indicatorId) ?? []), alsEvaluatie(r, ind)]);
  }
  return uitkomst;
}

/** The fields of an indicator as the API shows them in a standing and in the list. */
export function indicatorKern(ind: IndicatorTabelRij): Omit<IndicatorStand, 'evaluaties'> {
  return {
    id: ind.id,
    code: ind.code,
    naam: ind.naam,
    niveau: ind.niveau as IndicatorNiveau,
    eenheid: ind.eenheid,
    richting: ind.richting as IndicatorRichting,
    cumulatief: ind.cumulatief,
  };
}

const alsStand = (ind: IndicatorTabelRij, evaluaties: Evaluatie[]): IndicatorStand => ({ ...indicatorKern(ind), evaluaties });

/**
 * Each indicator of the region (ordered as the list) with the evaluation of its targets whose period
 * overlaps `periode` (all targets when omitted); only approved measurements that END on or before the
 * end of `periode` count, so a report for 2024-K3 shows the year target 2024 as it stood at the end of K3.
 */
export async function indicatorenStand(db: Db, regioId: string, opties: { periode?: string } = {}): Promise<IndicatorStand[]> {
  const p = opties.periode === undefined ? null : leesPeriode(opties.periode);
  if (opties.periode !== undefined && !p) throw new Error(`Geen periode: "${opties.periode}"`);
  const indicatoren = (await repo.indicatoren(db, regioId)).map((r) => r.indicator);
  const evaluaties = await evaluatiesPerIndicator(db, regioId, indicatoren, p ? { overlapt: { begin: p.begin, eind: p.eind }, metingenTot: p.eind } : {});
  return indicatoren.map((i) => alsStand(i, evaluaties.get(i.id) ?? []));
}

/**
 * Per indicator and geography, the evaluation of its most recent target period that has ENDED before
 * `vandaag` and has at least one approved measurement (a quarter that has just ended without data
 * does not hide the miss of the quarter before); indicators without such a target are left out. The
 * overview lists those with an uitkomst 'niet-gehaald'. Of periods ending the same day, the longest
 * counts (the year, not its fourth quarter).
 */
export async function laatsteEvaluaties(db: Db, regioId: string, vandaag: string): Promise<IndicatorStand[]> {
  const indicatoren = (await repo.indicatoren(db, regioId)).map((r) => r.indicator);
  return standVanLaatste(db, regioId, indicatoren, vandaag);
}

async function standVanLaatste(db: Db, regioId: string, indicatoren: IndicatorTabelRij[], vandaag: string) {
  const evaluaties = await evaluatiesPerIndicator(db, regioId, indicatoren, { laatsteAfgelopenVoor: vandaag });
  return indicatoren.filter((i) => evaluaties.has(i.id)).map((i) => alsStand(i, evaluaties.get(i.id)!));
}

/** The period that ended last; of those ending the same day, the longest (as `laatsteEvaluaties` ranks them). */
function recentste(periodes: string[]): string {
  const later = (a: string, b: string) => {
    const [pa, pb] = [leesPeriode(a)!, leesPeriode(b)!];
    return pa.eind > pb.eind || (pa.eind === pb.eind && pa.begin < pb.begin);
  };
  return periodes.reduce((a, b) => (later(b, a) ? b : a));
}

/**
 * The list's `laatsteStand` per indicator id: the outcomes of `laatsteEvaluaties`, counted. Each
 * geography counts at its own latest measured period; the period shown is the most recent of those.
 */
export async function laatsteStanden(db: Db, regioId: string, indicatoren: IndicatorTabelRij[], vandaag: string) {
  const standen = new Map<string, NonNullable<Indicator['laatsteStand']>>();
  for (const s of await standVanLaatste(db, regioId, indicatoren, vandaag)) {
    const periode = recentste(s.evaluaties.map((e) => e.periode));
    standen.set(s.id, { periode, periodeLabel: periodeLabel(periode), ...telUitkomsten(s.evaluaties.map((e) => e.uitkomst)) });
  }
  return standen;
}

/** All targets of one indicator, evaluated with every approved measurement (the detail page). */
export async function evaluatiesVan(db: Db, regioId: string, ind: IndicatorTabelRij): Promise<Evaluatie[]> {
  return (await evaluatiesPerIndicator(db, regioId, [ind], { indicatorId: ind.id })).get(ind.id) ?? [];
}
