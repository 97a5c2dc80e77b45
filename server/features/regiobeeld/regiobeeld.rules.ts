import type { WaardeSoort } from '../../../common/contracts/plannen';
import type { Tabel } from '../importen/csv.rules';

/**
 * Values of the regiobeeld (DOMAIN.md §7) in long format: one row per indicator, geography, year
 * and scenario. The same checks serve the CSV import and the form, so a value is accepted or
 * refused for the same reason whichever way it arrives.
 */

/** A row as typed or read from a file: everything still text. */
export interface RuweWaarde {
  indicator: string;
  geografie: string;
  jaar: string;
  scenario: string;
  soort: string;
  waarde: string;
}

export interface GelezenWaarde {
  indicatorcode: string;
  /** Null: the region as a whole. */
  gemeentecode: string | null;
  jaar: number;
  soort: WaardeSoort;
  scenario: string;
  /** The value as a canonical decimal string ("2100", "10.5", "-0.25"): exact, comparable as text. */
  waarde: string;
}

export interface Waardefout {
  kolom: keyof RuweWaarde | 'kolommen';
  reden: string;
}

export interface Context {
  /** The codes of the region's indicators. */
  indicatorcodes: ReadonlySet<string>;
  /** CBS codes of the municipalities that are members of the region. */
  gemeentecodes: ReadonlySet<string>;
}

export const eersteJaar = 1900;
export const laatsteJaar = 2200;
/** More significant digits than a double holds exactly would change on the way to the screen. */
const maxCijfers = 15;

/**
 * A decimal number as people type it in the Netherlands and elsewhere: a comma or a point as the
 * decimal sign ("10,5" and "10.5" are the same), an optional minus sign, no thousands separators
 * (a "2.100" would be ambiguous, so it reads as 2.1: the help text says so). Returns the canonical
 * string, or null when the text is no number.
 */
export function leesDecimaal(tekst: string): string | null {
  const m = /^([+-]?)(\d+)(?:[.,](\d+))?$/.exec(tekst.trim());
  if (!m) return null;
  const heel = m[2]!.replace(/^0+(?=\d)/, '');
  const fractie = (m[3] ?? '').replace(/0+$/, '');
  if ((heel === '0' ? 0 : heel.length) + fractie.length > maxCijfers) return null;
  const nul = heel === '0' && fractie === '';
  const teken = m[1] === '-' && !nul ? '-' : '';
  return `${teken}${heel}${fractie ? `.${fractie}` : ''}`;
}

/** A number from JSON as the same canonical string; null when it cannot be written exactly. */
export function decimaalVanGetal(waarde: number): string | null {
  if (!Number.isFinite(waarde)) return null;
  const tekst = String(waarde);
  return /e/i.test(tekst) ? null : leesDecimaal(tekst);
}

/** The identity of a value within a version: indicator, geography, year and scenario. */
export function sleutel(w: { indicatorcode: string; gemeentecode: string | null; jaar: number; scenario: string }): string {
  return JSON.stringify([w.indicatorcode, w.gemeentecode ?? '', w.jaar, w.scenario]);
}

/** Checks one row; every problem of the row at once. */
export function controleerWaarde(ruw: RuweWaarde, context: Context): { waarde: GelezenWaarde } | { fouten: Waardefout[] } {
  const fouten: Waardefout[] = [];
  const code = ruw.indicator.trim();
  if (code === '') fouten.push({ kolom: 'indicator', reden: 'Geen indicatorcode' });
  else if (!context.indicatorcodes.has(code)) fouten.push({ kolom: 'indicator', reden: `Onbekende indicator "${code}": maak haar eerst aan of gebruik een bestaande code` });

  const geo = ruw.geografie.trim();
  let gemeentecode: string | null = null;
  if (geo !== '' && geo.toLowerCase() !== 'regio') {
    const gm = geo.toUpperCase();
    if (!/^GM\d{4}$/.test(gm)) fouten.push({ kolom: 'geografie', reden: `"${geo}" is geen CBS-gemeentecode (zoals GM0984); laat leeg of vul "regio" in voor de hele regio` });
    else if (!context.gemeentecodes.has(gm)) fouten.push({ kolom: 'geografie', reden: `Gemeente ${gm} hoort niet bij deze regio` });
    else gemeentecode = gm;
  }

  const jaarTekst = ruw.jaar.trim();
  const jaar = /^\d{4}$/.test(jaarTekst) ? Number(jaarTekst) : NaN;
  if (!(jaar >= eersteJaar && jaar <= laatsteJaar)) fouten.push({ kolom: 'jaar', reden: `"${ruw.jaar}" is geen jaartal (verwacht: vier cijfers, ${eersteJaar}–${laatsteJaar})` });

  const scenario = ruw.scenario.trim().replace(/\s+/g, ' ');
  if (scenario.length > 120) fouten.push({ kolom: 'scenario', reden: 'Een scenarionaam is hoogstens 120 tekens' });

  const soortTekst = ruw.soort.trim().toLowerCase();
  let soort: WaardeSoort = scenario ? 'prognose' : 'waargenomen';
  if (soortTekst === 'waargenomen' || soortTekst === 'prognose') soort = soortTekst;
  else if (soortTekst !== '') fouten.push({ kolom: 'soort', reden: `"${ruw.soort}" is geen soort: kies waargenomen of prognose (of laat leeg)` });
  if (soort === 'waargenomen' && scenario) fouten.push({ kolom: 'scenario', reden: `Een waargenomen waarde heeft geen scenario ("${scenario}")` });

  const waarde = leesDecimaal(ruw.waarde);
  if (waarde === null) fouten.push({ kolom: 'waarde', reden: `"${ruw.waarde}" is geen getal (bijvoorbeeld 2100, 10,5 of 10.5; zonder scheidingsteken voor duizendtallen)` });

  if (fouten.length) return { fouten };
  return { waarde: { indicatorcode: code, gemeentecode, jaar, soort, scenario, waarde: waarde! } };
}

export interface Regelfout extends Waardefout {
  regel: number;
}

const verplichteKolommen = ['indicator', 'geografie', 'jaar', 'scenario', 'waarde'] as const;

/**
 * Reads the long-format table: columns indicator, geografie, jaar, scenario, waarde and optionally
 * soort (any order, any case). All or nothing: every bad row is reported with its line number, and
 * a row that repeats an earlier one (same indicator, geography, year and scenario) is refused too.
 */
export function leesWaardenTabel(tabel: Tabel, context: Context): { rijen: (GelezenWaarde & { regel: number })[] } | { fouten: Regelfout[] } {
  const kop = tabel.kop.map((k) => k.trim().toLowerCase());
  const ontbrekend = verplichteKolommen.filter((k) => !kop.includes(k));
  if (ontbrekend.length) {
    return { fouten: [{ regel: 1, kolom: 'kolommen', reden: `Ontbrekende kolom(men): ${ontbrekend.join(', ')}. Verwacht: ${verplichteKolommen.join(', ')} en eventueel soort` }] };
  }
  if (tabel.rijen.length === 0) return { fouten: [{ regel: 2, kolom: 'kolommen', reden: 'Het bestand heeft geen regels onder de kolomnamen' }] };
  const cel = (cellen: string[], naam: string) => {
    const i = kop.indexOf(naam);
    return i < 0 ? '' : (cellen[i] ?? '');
  };
  const fouten: Regelfout[] = [];
  const rijen: (GelezenWaarde & { regel: number })[] = [];
  const gezien = new Map<string, number>();
  for (const { regel, cellen } of tabel.rijen) {
    const uitkomst = controleerWaarde(
      { indicator: cel(cellen, 'indicator'), geografie: cel(cellen, 'geografie'), jaar: cel(cellen, 'jaar'), scenario: cel(cellen, 'scenario'), soort: cel(cellen, 'soort'), waarde: cel(cellen, 'waarde') },
      context,
    );
    if ('fouten' in uitkomst) {
      fouten.push(...uitkomst.fouten.map((f) => ({ ...f, regel })));
      continue;
    }
    const k = sleutel(uitkomst.waarde);
    const eerder = gezien.get(k);
    if (eerder !== undefined) {
      fouten.push({ regel, kolom: 'indicator', reden: `Dubbele regel: dezelfde indicator, geografie, jaar en scenario staan al op regel ${eerder}` });
      continue;
    }
    gezien.set(k, regel);
    rijen.push({ ...uitkomst.waarde, regel });
  }
  return fouten.length ? { fouten } : { rijen };
}

export interface BestaandeWaarde {
  soort: WaardeSoort;
  waarde: string;
}

export interface Vergelijking<T> {
  nieuw: T[];
  gewijzigd: T[];
  ongewijzigd: number;
}

/**
 * What an upsert would do: values not there yet are added, values that differ are changed, equal
 * ones are left alone (so importing the same file twice changes nothing). Values of the version
 * that are not in the input stay as they are.
 */
export function vergelijk<T extends GelezenWaarde>(bestaand: ReadonlyMap<string, BestaandeWaarde>, rijen: readonly T[]): Vergelijking<T> {
  const uitkomst: Vergelijking<T> = { nieuw: [], gewijzigd: [], ongewijzigd: 0 };
  for (const rij of rijen) {
    const oud = bestaand.get(sleutel(rij));
    if (!oud) uitkomst.nieuw.push(rij);
    else if (oud.soort !== rij.soort || leesDecimaal(oud.waarde) !== rij.waarde) uitkomst.gewijzigd.push(rij);
    else uitkomst.ongewijzigd++;
  }
  return uitkomst;
}

/**
 * Values are written into the current (highest) version only: an earlier version stays readable
 * exactly as it was when the profile was recalibrated (DOMAIN.md §7).
 */
export function toetsSchrijfbaar(versie: { versie: number; naam: string }, huidig: { versie: number; naam: string }): string | null {
  if (versie.versie === huidig.versie) return null;
  return `Versie ${versie.versie} ("${versie.naam}") is vervangen door versie ${huidig.versie} ("${huidig.naam}") en blijft zoals zij was; wijzig de waarden in versie ${huidig.versie} of maak een nieuwe versie.`;
}
