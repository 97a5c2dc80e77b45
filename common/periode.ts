// Reporting periods (UI.md "Numbers"): a year "2024", a half year "2024-H1" or a quarter
// "2024-K1". One spelling on the wire and in the database; shown as "1e kwartaal 2024".
// Indicators, their targets and measurements, and progress reports all use these.

export const periodesoorten = ['kwartaal', 'halfjaar', 'jaar'] as const;
export type Periodesoort = (typeof periodesoorten)[number];

export const periodesoortLabels: Record<Periodesoort, string> = {
  kwartaal: 'Kwartaal',
  halfjaar: 'Halfjaar',
  jaar: 'Jaar',
};

export interface Periode {
  code: string;
  soort: Periodesoort;
  jaar: number;
  /** 1–4 for a quarter, 1–2 for a half year, 1 for a year. */
  nummer: number;
  /** First day, ISO date. */
  begin: string;
  /** Last day, ISO date. */
  eind: string;
}

/** The pattern of a period code, for contracts. Years 2000–2099: the accords run 2023–2030. */
export const periodePatroon = /^(20\d\d)(?:-([KH])([1-4]))?$/;

const maandenPer: Record<Periodesoort, number> = { kwartaal: 3, halfjaar: 6, jaar: 12 };

function laatsteDag(jaar: number, maand: number): string {
  // Day 0 of the next month is the last day of this one (UTC, so no timezone can shift it).
  const d = new Date(Date.UTC(jaar, maand, 0));
  return d.toISOString().slice(0, 10);
}

/** Parses "2024", "2024-H2" or "2024-K3"; null when it is no period ("2024-K5", "2024-H3", "24"). */
export function leesPeriode(code: string): Periode | null {
  const m = periodePatroon.exec(code);
  if (!m) return null;
  const jaar = Number(m[1]);
  const soort: Periodesoort = m[2] === 'K' ? 'kwartaal' : m[2] === 'H' ? 'halfjaar' : 'jaar';
  const nummer = m[3] ? Number(m[3]) : 1;
  if (soort === 'halfjaar' && nummer > 2) return null;
  const maanden = maandenPer[soort];
  const eersteMaand = (nummer - 1) * maanden + 1;
  return {
    code,
    soort,
    jaar,
    nummer,
    begin: `${jaar}-${String(eersteMaand).padStart(2, '0')}-01`,
    eind: laatsteDag(jaar, eersteMaand + maanden - 1),
  };
}

/** "1e kwartaal 2024", "2e halfjaar 2024", "2024". */
export function periodeLabel(code: string): string {
  const p = leesPeriode(code);
  if (!p) return code;
  if (p.soort === 'jaar') return String(p.jaar);
  return `${p.nummer}e ${p.soort} ${p.jaar}`;
}

/** The code of the period of a kind that contains an ISO date: ("2024-05-15", "kwartaal") → "2024-K2". */
export function periodeVan(datum: string, soort: Periodesoort): string {
  const jaar = Number(datum.slice(0, 4));
  const maand = Number(datum.slice(5, 7));
  if (soort === 'jaar') return String(jaar);
  const nummer = Math.floor((maand - 1) / maandenPer[soort]) + 1;
  return `${jaar}-${soort === 'kwartaal' ? 'K' : 'H'}${nummer}`;
}

/**
 * Whether a period has begun by `vandaag` (ISO date): one cannot measure or report on a period
 * that lies wholly ahead. A running period has begun.
 */
export function isBegonnen(periode: Periode, vandaag: string): boolean {
  return periode.begin <= vandaag;
}

/** Whether `soort` is as fine as or coarser than `basis` (a year target over quarterly measurements). */
export function isGroverOfGelijk(soort: Periodesoort, basis: Periodesoort): boolean {
  return maandenPer[soort] >= maandenPer[basis];
}

/** The periods of kind `soort` inside `periode`, in order: ("2024-H1", "kwartaal") → 2024-K1, 2024-K2. */
export function deelperiodes(periode: Periode, soort: Periodesoort): string[] {
  if (!isGroverOfGelijk(periode.soort, soort)) return [];
  const aantal = maandenPer[periode.soort] / maandenPer[soort];
  const eerste = ((periode.nummer - 1) * maandenPer[periode.soort]) / maandenPer[soort] + 1;
  return Array.from({ length: aantal }, (_, i) =>
    soort === 'jaar' ? String(periode.jaar) : `${periode.jaar}-${soort === 'kwartaal' ? 'K' : 'H'}${eerste + i}`,
  );
}
