import type { AfspraakStatus } from '../../../common/contracts/afspraken';

/** Statuses that close an agreement: such an agreement is never overdue, whatever its deadline. */
export const afgerondeStatussen: readonly AfspraakStatus[] = ['gerealiseerd', 'niet-van-toepassing'];

const DAG_MS = 86_400_000;

/** Whole days from one ISO date to another (UTC, so daylight saving cannot shift a day). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / DAG_MS);
}

/**
 * Days an agreement is past its deadline, or null when it is not overdue. The deadline day itself
 * still counts as on time: "by 1 January 2025" is met on 1 January. `vandaag` is an ISO date.
 */
export function dagenOverDeadline(deadline: string | null, status: AfspraakStatus, vandaag: string): number | null {
  if (!deadline || afgerondeStatussen.includes(status)) return null;
  const dagen = dagenTussen(deadline, vandaag);
  return dagen > 0 ? dagen : null;
}

export function isVerlopen(deadline: string | null, status: AfspraakStatus, vandaag: string): boolean {
  return dagenOverDeadline(deadline, status, vandaag) !== null;
}

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/**
 * How long overdue, in the coarsest unit that still reads precisely (UI.md: "3 weken over de
 * deadline"): days under two weeks, weeks under three months, months under two years, then years.
 */
export function verlopenTekst(dagen: number): string {
  let duur: string;
  if (dagen < 14) duur = meervoud(dagen, 'dag', 'dagen');
  else if (dagen < 91) duur = meervoud(Math.floor(dagen / 7), 'week', 'weken');
  else if (dagen < 730) duur = meervoud(Math.floor(dagen / 30.44), 'maand', 'maanden');
  else duur = meervoud(Math.floor(dagen / 365.25), 'jaar', 'jaar');
  return `${duur} over de deadline`;
}

/** A deadline before the accord was signed cannot be meant: the accord did not exist yet. */
export function deadlineVoorOndertekening(deadline: string | null | undefined, ondertekendOp: string | null): boolean {
  return !!deadline && !!ondertekendOp && deadline < ondertekendOp;
}
