import { type Regiostand, regiostandSchema } from '../../../common/contracts/overzicht';
import { isBegonnen, leesPeriode, periodeLabel } from '../../../common/periode';

// A progress report freezes the region's state as text: serialised once, stored verbatim with its
// SHA-256, and read back from that same text. These rules are the text's side of it.

/** "Voortgangsrapportage 3e kwartaal 2024", "Voortgangsrapportage 2024". */
export function standaardTitel(periode: string): string {
  return `Voortgangsrapportage ${periodeLabel(periode)}`;
}

const datumTekst = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Why a period cannot be reported on at `vandaag`, or null. A period that has begun may be frozen
 * while it runs (an interim state); one that has not begun has nothing to report yet.
 */
export function periodeFout(periode: string, vandaag: string): { name: string; code: string; reason: string } | null {
  const p = leesPeriode(periode);
  if (!p) return { name: 'periode', code: 'ongeldig', reason: 'Geen geldige periode (verwacht: 2024, 2024-H1 of 2024-K1)' };
  if (!isBegonnen(p, vandaag)) {
    return {
      name: 'periode',
      code: 'nog-niet-begonnen',
      reason: `Het ${periodeLabel(periode)} begint op ${datumTekst(p.begin)}: over een periode die nog niet is begonnen valt niets te rapporteren`,
    };
  }
  return null;
}

/**
 * The text that is stored: the state as the contract shapes it (its key order, unknown keys
 * dropped), serialised once. This is the only place the content is checked against the live
 * contract; from then on it is read back as it was written.
 */
export function serialiseer(stand: Regiostand): string {
  return JSON.stringify(regiostandSchema.parse(stand));
}

/** The shapes of frozen content this version reads. */
const BEKENDE_VERSIES: readonly unknown[] = [1];

export type GelezenInhoud = { inhoud: Regiostand } | { fout: string };

/**
 * Reads stored content back: it must be JSON and a report in a shape (`versie`) this version
 * knows. It is deliberately NOT checked against the live `regiostandSchema`: it was checked when it
 * was frozen (and its hash shows whether it changed since), and a later change of the nested
 * contracts must neither drop fields from an old report nor make it unreadable. Content that
 * cannot be read is answered with a reason rather than an exception.
 */
export function leesInhoud(tekst: string): GelezenInhoud {
  let data: unknown;
  try {
    data = JSON.parse(tekst);
  } catch {
    return { fout: 'De opgeslagen inhoud is geen leesbare JSON.' };
  }
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  const versie = isObject ? (data as { versie?: unknown }).versie : undefined;
  if (!isObject || !BEKENDE_VERSIES.includes(versie)) {
    return { fout: `De inhoud is opgeslagen in vorm ${JSON.stringify(versie ?? null)}; deze versie van Regiekamer leest alleen vorm 1.` };
  }
  // Frozen as a version-1 regiostand (serialiseer); passed on as it is.
  return { inhoud: data as Regiostand };
}
