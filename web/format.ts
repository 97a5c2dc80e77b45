/** Formatting at the edge (ARCHITECTURE.md §4.2, UI.md "Numbers"): Dutch notation everywhere. */

const getal = new Intl.NumberFormat('nl-NL');
const getalDecimalen = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const euroHeel = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const euroCenten = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 4747850 → "4.747.850" */
export function formatGetal(waarde: number): string {
  return getal.format(waarde);
}

/** Integer euro cents → "€ 4.747.850", with cents only when the amount has them. */
export function formatEuro(centen: number | bigint): string {
  const c = BigInt(centen);
  if (c % 100n === 0n) return euroHeel.format(c / 100n);
  return euroCenten.format(Number(c) / 100);
}

/** Basis points → "12,5%". */
export function formatPercentage(basispunten: number): string {
  return `${getalDecimalen.format(basispunten / 100)}%`;
}

/** Percent as typed by a person ("12,5" or "12.5") → basis points, or null when it is no number. */
export function percentageNaarBasispunten(invoer: string): number | null {
  const tekst = invoer.trim().replace('%', '').replace(',', '.').trim();
  if (tekst === '' || !/^-?\d+(\.\d+)?$/.test(tekst)) return null;
  return Math.round(Number(tekst) * 100);
}

/** Basis points → the percent a person types ("12,5"). */
export function basispuntenNaarInvoer(basispunten: number): string {
  return String(basispunten / 100).replace('.', ',');
}

const datumFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const datumAmsterdam = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const tijdAmsterdam = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Amsterdam',
});

/** "2024-03-20" (or a full ISO timestamp) → "20 maart 2024". */
export function formatDatum(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const d = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : datumFormat.format(d);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : datumAmsterdam.format(d);
}

/** ISO timestamp → "20 maart 2024 14:05" (Dutch time). */
export function formatDatumTijd(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${datumAmsterdam.format(d)} ${tijdAmsterdam.format(d)}`;
}

/** "1 gemeente", "14 gemeenten". */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${formatGetal(n)} ${n === 1 ? enkelvoud : meervoud}`;
}

/**
 * An amount as a person types it in Dutch ("1.234,56", "€ 500.000", "17850,5") → integer euro
 * cents, without floating point: the digits are read as text. Null when it is no amount (or has
 * more than two decimals). A dot is a thousands separator when groups of three follow, otherwise
 * (one or two digits after it) a decimal point.
 */
export function euroInvoerNaarCenten(invoer: string): number | null {
  const tekst = invoer.replace(/[€\s\u00a0\u202f]/g, '');
  if (tekst === '') return null;
  let heel: string;
  let decimalen = '';
  const komma = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d+)?$/.exec(tekst);
  const alleenHeel = /^(\d{1,3}(?:\.\d{3})+|\d+)$/.exec(tekst);
  const punt = /^(\d+)\.(\d{1,2})$/.exec(tekst);
  if (komma) {
    heel = komma[1]!;
    decimalen = komma[2] ?? '';
  } else if (alleenHeel) {
    heel = alleenHeel[1]!;
  } else if (punt) {
    heel = punt[1]!;
    decimalen = punt[2]!;
  } else {
    return null;
  }
  if (decimalen.length > 2) return null;
  const cijfers = heel.replace(/\./g, '') + decimalen.padEnd(2, '0');
  const centen = Number(cijfers.replace(/^0+(?=\d)/, ''));
  return Number.isSafeInteger(centen) ? centen : null;
}

/** Integer cents → what a person types back ("500.000", "17.850,50"), without the euro sign. */
export function centenNaarInvoer(centen: number): string {
  const heel = Math.trunc(centen / 100);
  const rest = Math.abs(centen % 100);
  return rest === 0 ? formatGetal(heel) : `${formatGetal(heel)},${String(rest).padStart(2, '0')}`;
}
