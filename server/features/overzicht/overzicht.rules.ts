import type { Aantallen, AfspraakMetStatus } from '../../../common/contracts/afspraken';
import { voortgangsstatussen } from '../../../common/contracts/algemeen';
import type { Mijlpaal } from '../../../common/contracts/mijlpalen';
import type { Aandachtspunt, IndicatorStand } from '../../../common/contracts/overzicht';
import { afgerondeStatussen } from '../../../common/voortgang';

// "Where do we stand?": the pure parts of the region overview and the progress report. The
// services that know agreements, milestones and indicators decide status and overdue; these rules
// only count, order and select what those services answered.

/** Agreements per status, and how many of them are overdue. */
export function telAfspraken(items: Pick<AfspraakMetStatus, 'status' | 'verlopen'>[]): Aantallen {
  const aantallen = Object.fromEntries([...voortgangsstatussen.map((s) => [s, 0]), ['verlopen', 0]]) as Aantallen;
  for (const a of items) {
    aantallen[a.status]++;
    if (a.verlopen) aantallen.verlopen++;
  }
  return aantallen;
}

/** Days overdue of a point, for ordering; a delayed point that is not overdue counts as 0. */
interface Punt extends Aandachtspunt {
  dagen: number;
}

/**
 * What needs attention: overdue agreements and milestones first, longest overdue first; then the
 * delayed ones that are not (yet) overdue, earliest date first and those without a date last.
 * Ties are broken by kind and title so the order is the same on every call.
 */
export function aandachtspunten(
  afspraken: Pick<AfspraakMetStatus, 'id' | 'akkoordCode' | 'code' | 'titel' | 'status' | 'deadline' | 'verlopen' | 'verlopenTekst' | 'dagenOverDeadline'>[],
  mijlpalen: Pick<Mijlpaal, 'id' | 'titel' | 'status' | 'datum' | 'verlopen' | 'verlopenTekst' | 'dagenOverDatum'>[],
): Aandachtspunt[] {
  const punten: Punt[] = [
    ...afspraken
      .filter((a) => a.verlopen || a.status === 'vertraagd')
      .map((a) => ({
        soort: 'afspraak' as const,
        id: a.id,
        titel: `${a.akkoordCode} ${a.code} ${a.titel}`,
        status: a.status,
        datum: a.deadline,
        verlopen: a.verlopen,
        verlopenTekst: a.verlopenTekst,
        dagen: a.dagenOverDeadline ?? 0,
      })),
    ...mijlpalen
      .filter((m) => m.verlopen || m.status === 'vertraagd')
      .map((m) => ({
        soort: 'mijlpaal' as const,
        id: m.id,
        titel: m.titel,
        status: m.status,
        datum: m.datum,
        verlopen: m.verlopen,
        verlopenTekst: m.verlopenTekst,
        dagen: m.dagenOverDatum ?? 0,
      })),
  ];
  const datum = (p: Punt) => p.datum ?? '9999-12-31';
  punten.sort(
    (a, b) =>
      Number(b.verlopen) - Number(a.verlopen) ||
      b.dagen - a.dagen ||
      datum(a).localeCompare(datum(b)) ||
      a.soort.localeCompare(b.soort) ||
      a.titel.localeCompare(b.titel, 'nl'),
  );
  return punten.map(({ dagen: _d, ...p }) => p);
}

/** The next milestones from today (today included) that are not closed, by date, at most `aantal`. */
export function volgendeMijlpalen<M extends Pick<Mijlpaal, 'datum' | 'status' | 'titel'>>(mijlpalen: M[], vandaag: string, aantal = 5): M[] {
  return mijlpalen
    .filter((m) => m.datum >= vandaag && !afgerondeStatussen.includes(m.status))
    .sort((a, b) => a.datum.localeCompare(b.datum) || a.titel.localeCompare(b.titel, 'nl'))
    .slice(0, aantal);
}

/** The indicators with an evaluation that is not met, each keeping only those evaluations. */
export function nietGehaald(standen: IndicatorStand[]): IndicatorStand[] {
  return standen
    .map((s) => ({ ...s, evaluaties: s.evaluaties.filter((e) => e.uitkomst === 'niet-gehaald') }))
    .filter((s) => s.evaluaties.length > 0);
}

/**
 * Which of a year's budgets the overview and a report show when a year has several: the adopted
 * one (vastgesteld or bijgesteld) before a draft, and among those the highest version in force,
 * then the name. A report must not fail because a second (draft) budget exists for the year.
 */
export function kiesBegroting<B extends { id: string; naam: string; status: string; versie: number }>(begrotingen: B[]): B | null {
  const gewicht = (b: B) => (b.status === 'concept' ? 0 : 1);
  return [...begrotingen].sort((a, b) => gewicht(b) - gewicht(a) || b.versie - a.versie || a.naam.localeCompare(b.naam, 'nl'))[0] ?? null;
}
