// Numbers as a person types them in Dutch (UI.md "Numbers"): "1.234,5", "12,5", "-3". One reading
// for every form — indicator values, regional figures, percentages and euro amounts — so the same
// text means the same number on every page.

/** A typed number split into its parts, digits kept as text (so amounts can become cents exactly). */
export interface Getaldelen {
  negatief: boolean;
  /** The whole part, digits only, without thousands separators or leading zeros ("0" for none). */
  heel: string;
  /** The digits after the decimal separator, as typed ("" for none). */
  decimalen: string;
}

// "," is the decimal separator. A "." separates thousands only in groups of exactly three digits
// after a first group of 1–3 digits that does not start with 0 ("1.234", "12.345.678"); any other
// "." is a decimal point, so "0.125" is a fraction and not 125.
const metKomma = /^([1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,(\d*))?$/;
const metPunt = /^(\d+)\.(\d+)$/;

/**
 * Reads the parts of a number ("1.234,5" → 1234 and "5"); null when the text is no number.
 * Spaces (also non-breaking) are ignored; "−" (the typographic minus) counts as "-".
 */
export function getaldelen(invoer: string): Getaldelen | null {
  let tekst = invoer.replace(/[\s\u00a0\u202f]/g, '').replace(/^[-\u2212]/, '-');
  const negatief = tekst.startsWith('-');
  if (negatief) tekst = tekst.slice(1);
  const komma = metKomma.exec(tekst);
  const punt = komma ? null : metPunt.exec(tekst);
  if (!komma && !punt) return null;
  const heel = (komma ? komma[1]! : punt![1]!).replace(/\./g, '').replace(/^0+(?=\d)/, '');
  const decimalen = komma ? (komma[2] ?? '') : punt![2]!;
  return { negatief, heel, decimalen };
}

/** "12,5", "1.234,5", "0.125", "-3", "12,5%" → the number; null when it is none. */
export function getalUitInvoer(invoer: string): number | null {
  const delen = getaldelen(invoer.replace(/%\s*$/, ''));
  if (!delen) return null;
  const waarde = Number(`${delen.negatief ? '-' : ''}${delen.heel}.${delen.decimalen || '0'}`);
  // -0 would show as "-0" in a form.
  return Number.isFinite(waarde) ? waarde + 0 : null;
}

/** The shortest decimal text that reads back as the same number, without an exponent ("1e-7" → "0.0000001"). */
function decimaleTekst(waarde: number): string {
  const tekst = String(waarde);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(tekst);
  if (!m) return tekst;
  const cijfers = m[2]! + (m[3] ?? '');
  const macht = Number(m[4]);
  // String() only uses an exponent below 1e-6 and from 1e21, where the digits never reach the point.
  return macht < 0 ? `${m[1]}0.${'0'.repeat(-macht - 1)}${cijfers}` : `${m[1]}${cijfers.padEnd(macht + 1, '0')}`;
}

/** A stored number back as a person types it, read back by `getalUitInvoer`: 12.5 → "12,5", 1234.5 → "1234,5". */
export function getalNaarInvoer(waarde: number | null | undefined): string {
  return waarde === null || waarde === undefined ? '' : decimaleTekst(waarde).replace('.', ',');
}

/**
 * An amount as a person types it ("1.234,56", "€ 500.000", "17850,5", "12.50") → integer euro
 * cents, without floating point: the digits are read as text. Null when it is no amount, when it
 * is negative, or when it has more than two decimals.
 */
export function euroInvoerNaarCenten(invoer: string): number | null {
  const delen = getaldelen(invoer.replace(/€/g, ''));
  if (!delen || delen.negatief || delen.decimalen.length > 2) return null;
  const centen = Number(`${delen.heel}${delen.decimalen.padEnd(2, '0')}`);
  return Number.isSafeInteger(centen) ? centen : null;
}

/** A percentage as typed ("12,5", "12.5", "12,5 %") → basis points (1250); null when it is no number. */
export function percentageNaarBasispunten(invoer: string): number | null {
  const waarde = getalUitInvoer(invoer.trim());
  return waarde === null ? null : Math.round(waarde * 100);
}

/** Basis points → the percentage a person types: 1250 → "12,5". */
export function basispuntenNaarInvoer(basispunten: number): string {
  return getalNaarInvoer(basispunten / 100);
}
