import type { IndicatorRichting, Uitkomst } from '../../../common/contracts/indicatoren';
import { isGroverOfGelijk, leesPeriode, periodeLabel, periodesoorten, type Periodesoort } from '../../../common/periode';

// The rules of indicators: which periods a target or a measurement may have, and how a target is
// evaluated against approved measurements. Values arrive as decimal strings (PostgreSQL numeric)
// and are compared exactly: 0.1 + 0.2 is 0.3 here, as it is in the database.

// --- exact decimals -----------------------------------------------------------------------------

/** A decimal as an integer and the number of digits after the point: 12.50 is { n: 1250n, schaal: 2 }. */
interface Decimaal {
  n: bigint;
  schaal: number;
}

function leesDecimaal(tekst: string): Decimaal {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(tekst.trim());
  if (!m || (m[2] === '' && !m[3])) throw new Error(`Geen decimaal getal: "${tekst}"`);
  const fractie = m[3] ?? '';
  const n = BigInt(`${m[2] || '0'}${fractie}`);
  return { n: m[1] === '-' ? -n : n, schaal: fractie.length };
}

function opSchaal(d: Decimaal, schaal: number): bigint {
  return d.n * 10n ** BigInt(schaal - d.schaal);
}

function som(waarden: Decimaal[]): Decimaal {
  const schaal = Math.max(0, ...waarden.map((w) => w.schaal));
  return { n: waarden.reduce((s, w) => s + opSchaal(w, schaal), 0n), schaal };
}

function verschil(a: Decimaal, b: Decimaal): Decimaal {
  const schaal = Math.max(a.schaal, b.schaal);
  return { n: opSchaal(a, schaal) - opSchaal(b, schaal), schaal };
}

/** Negative when a < b, zero when equal, positive when a > b. */
function vergelijk(a: Decimaal, b: Decimaal): number {
  const v = verschil(a, b).n;
  return v < 0n ? -1 : v > 0n ? 1 : 0;
}

/** The canonical text: no trailing zeros after the point, no "-0". */
function alsTekst(d: Decimaal): string {
  const negatief = d.n < 0n;
  const cijfers = (negatief ? -d.n : d.n).toString().padStart(d.schaal + 1, '0');
  const heel = cijfers.slice(0, cijfers.length - d.schaal);
  const fractie = cijfers.slice(cijfers.length - d.schaal).replace(/0+$/, '');
  const tekst = fractie ? `${heel}.${fractie}` : heel;
  return negatief && tekst !== '0' ? `-${tekst}` : tekst;
}

// --- target evaluation --------------------------------------------------------------------------

export interface EvaluatieInvoer {
  richting: IndicatorRichting;
  cumulatief: boolean;
  /** The target, as a decimal string. */
  streefwaarde: string;
  /** The sub-periods of the target period at the indicator's frequency, in order (`deelperiodes`). */
  deelperiodes: string[];
  /** The APPROVED measurements inside the target period, values as decimal strings; drafts never count. */
  metingen: { periode: string; waarde: string }[];
}

export interface EvaluatieUitkomst {
  /** The value that counts (sum, or the latest for a cumulative indicator), exact; null without measurements. */
  werkelijk: string | null;
  gemeten: number;
  verwacht: number;
  uitkomst: Uitkomst;
  /** werkelijk − streefwaarde, exact; null without a value. */
  afwijking: string | null;
}

/**
 * Evaluates one target. Per period (not cumulative) the sub-periods add up and the target period is
 * complete when all are measured; cumulative, the latest measured value counts and the period is
 * complete once its last sub-period is measured. An incomplete target is always 'onvolledig', even
 * when the partial sum is already past the target: a value may be negative (a net growth that
 * shrank), so a sub-period still to come can move the sum back across.
 */
export function evalueer(invoer: EvaluatieInvoer): EvaluatieUitkomst {
  const verwacht = invoer.deelperiodes.length;
  const positie = new Map(invoer.deelperiodes.map((p, i) => [p, i]));
  // Only the expected sub-periods count, each once, in their order.
  const perPeriode = new Map<number, Decimaal>();
  for (const m of invoer.metingen) {
    const i = positie.get(m.periode);
    if (i !== undefined) perPeriode.set(i, leesDecimaal(m.waarde));
  }
  const gemeten = perPeriode.size;
  if (gemeten === 0) return { werkelijk: null, gemeten, verwacht, uitkomst: 'geen-meting', afwijking: null };

  const doel = leesDecimaal(invoer.streefwaarde);
  const volgorde = [...perPeriode.keys()].sort((a, b) => a - b);
  const waarden = volgorde.map((i) => perPeriode.get(i)!);
  const werkelijk = invoer.cumulatief ? waarden.at(-1)! : som(waarden);
  const volledig = invoer.cumulatief ? perPeriode.has(verwacht - 1) : gemeten === verwacht;
  const hoger = invoer.richting === 'hoger-is-beter';
  const vergeleken = vergelijk(werkelijk, doel);

  const uitkomst: Uitkomst = !volledig ? 'onvolledig' : (hoger ? vergeleken >= 0 : vergeleken <= 0) ? 'gehaald' : 'niet-gehaald';
  return { werkelijk: alsTekst(werkelijk), gemeten, verwacht, uitkomst, afwijking: alsTekst(verschil(werkelijk, doel)) };
}

/** The outcomes of a set of evaluations, counted (an indicator's `laatsteStand`). */
export function telUitkomsten(uitkomsten: Uitkomst[]) {
  const tel = (u: Uitkomst) => uitkomsten.filter((x) => x === u).length;
  return { gehaald: tel('gehaald'), nietGehaald: tel('niet-gehaald'), onvolledig: tel('onvolledig'), geenMeting: tel('geen-meting') };
}

// --- periods ------------------------------------------------------------------------------------

const perFrequentie: Record<Periodesoort, string> = { kwartaal: 'per kwartaal', halfjaar: 'per halfjaar', jaar: 'per jaar' };
const eenPeriode: Record<Periodesoort, string> = { kwartaal: 'een kwartaal (2024-K1)', halfjaar: 'een halfjaar (2024-H1)', jaar: 'een jaar (2024)' };
const soortNaam: Record<Periodesoort, string> = { kwartaal: 'een kwartaal', halfjaar: 'een halfjaar', jaar: 'een jaar' };

/** Why a period does not fit a target of an indicator measured at `meetfrequentie`; null when it does. */
export function streefperiodeFout(periode: string, meetfrequentie: Periodesoort): string | null {
  const p = leesPeriode(periode);
  if (!p) return `"${periode}" is geen periode (verwacht: 2024, 2024-H1 of 2024-K1)`;
  if (!isGroverOfGelijk(p.soort, meetfrequentie)) {
    const keuzes = periodesoorten.filter((s) => isGroverOfGelijk(s, meetfrequentie)).map((s) => soortNaam[s]);
    return `Een streefwaarde voor ${soortNaam[p.soort]} (${periodeLabel(periode)}) is niet gedefinieerd: deze indicator wordt ${perFrequentie[meetfrequentie]} gemeten. Kies ${keuzes.length > 1 ? `${keuzes.slice(0, -1).join(', ')} of ${keuzes.at(-1)}` : keuzes[0]}`;
  }
  return null;
}

/** Why a period does not fit a measurement: it must be exactly of the indicator's frequency. */
export function meetperiodeFout(periode: string, meetfrequentie: Periodesoort): string | null {
  const p = leesPeriode(periode);
  if (!p) return `"${periode}" is geen periode (verwacht: 2024, 2024-H1 of 2024-K1)`;
  if (p.soort !== meetfrequentie) {
    return `Deze indicator wordt ${perFrequentie[meetfrequentie]} gemeten; een meting is voor ${eenPeriode[meetfrequentie]}, niet voor ${soortNaam[p.soort]}`;
  }
  return null;
}

/** Why a target period lies outside the years of the accords [eersteJaar, laatsteJaar]; null inside. */
export function buitenAkkoordenFout(periode: string, looptijd: { eersteJaar: number; laatsteJaar: number } | null): string | null {
  const p = leesPeriode(periode);
  if (!p || !looptijd) return null;
  if (p.jaar < looptijd.eersteJaar || p.jaar > looptijd.laatsteJaar) {
    return `${periodeLabel(periode)} ligt buiten de looptijd van de akkoorden (${looptijd.eersteJaar}–${looptijd.laatsteJaar}); kies een periode daarbinnen`;
  }
  return null;
}

/** Why a period cannot be locked (counts in the text); null when it can. */
export function vergrendelFout(telling: { concepten: number; goedgekeurd: number }, periode: string): string | null {
  if (telling.concepten + telling.goedgekeurd === 0) {
    return `${periodeLabel(periode)} heeft nog geen metingen; een periode wordt vergrendeld als al haar metingen zijn goedgekeurd`;
  }
  if (telling.concepten > 0) {
    const n = telling.concepten;
    return `${n} ${n === 1 ? 'meting is' : 'metingen zijn'} nog concept (${telling.goedgekeurd} goedgekeurd); keur ${n === 1 ? 'die' : 'ze'} eerst goed voordat u ${periodeLabel(periode)} vergrendelt`;
  }
  return null;
}
