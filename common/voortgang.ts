import type { Voortgangsstatus } from './contracts/algemeen';

// When something with a progress status is overdue: one rule for the agreements of an accord and
// the milestones of a region, so "verlopen" means the same everywhere (UI.md "Status").

/** Statuses that close an item: such an item is never overdue, whatever its date. */
export const afgerondeStatussen: readonly Voortgangsstatus[] = ['gerealiseerd', 'niet-van-toepassing'];

const DAG_MS = 86_400_000;

/** Whole days from one ISO date to another (UTC, so daylight saving cannot shift a day). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / DAG_MS);
}

/**
 * Days an item is past its date, or null when it is not overdue. The date itself still counts as
 * on time: "by 1 January 2025" is met on 1 January. `vandaag` is an ISO date.
 */
export function dagenOver(datum: string | null, status: Voortgangsstatus, vandaag: string): number | null {
  if (!datum || afgerondeStatussen.includes(status)) return null;
  const dagen = dagenTussen(datum, vandaag);
  return dagen > 0 ? dagen : null;
}

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/**
 * How long overdue, in the coarsest unit that still reads precisely (UI.md: "3 weken over de
 * deadline"): days under two weeks, weeks under three months, months under two years, then years.
 * `waarover` names the date: "deadline" for an agreement, "datum" for a milestone.
 */
export function verlopenTekst(dagen: number, waarover: 'deadline' | 'datum'): string {
  let duur: string;
  if (dagen < 14) duur = meervoud(dagen, 'dag', 'dagen');
  else if (dagen < 91) duur = meervoud(Math.floor(dagen / 7), 'week', 'weken');
  else if (dagen < 730) duur = meervoud(Math.floor(dagen / 30.44), 'maand', 'maanden');
  else duur = meervoud(Math.floor(dagen / 365.25), 'jaar', 'jaar');
  return `${duur} over de ${waarover}`;
}

/** Today's date in the Netherlands (ISO), which is what a deadline in Dutch agreements means. */
export function vandaagInNederland(nu = new Date()): string {
  return nu.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}
