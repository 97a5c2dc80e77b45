/** Formatting at the edge (ARCHITECTURE.md §4.2, UI.md "Numbers"): Dutch notation everywhere. */

// Reading what a person types is pure and shared, so that it is unit-tested: one reading for every form.
export { basispuntenNaarInvoer, euroInvoerNaarCenten, getalNaarInvoer, getalUitInvoer, percentageNaarBasispunten } from '../common/getal';

const getal = new Intl.NumberFormat('nl-NL');
const euroHeel = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const euroCenten = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });

const getalMetDecimalen = new Map<number, Intl.NumberFormat>();

/** 4747850 → "4.747.850"; 0.1234 → "0,123", or with `maxDecimalen` 4 → "0,1234". */
export function formatGetal(waarde: number, maxDecimalen?: number): string {
  if (maxDecimalen === undefined) return getal.format(waarde);
  let formaat = getalMetDecimalen.get(maxDecimalen);
  if (!formaat) getalMetDecimalen.set(maxDecimalen, (formaat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: maxDecimalen })));
  return formaat.format(waarde);
}

/** Integer euro cents → "€ 4.747.850", with cents only when the amount has them. */
export function formatEuro(centen: number | bigint): string {
  const c = BigInt(centen);
  if (c % 100n === 0n) return euroHeel.format(c / 100n);
  return euroCenten.format(Number(c) / 100);
}

/** Basis points → "12,5%". */
export function formatPercentage(basispunten: number): string {
  return `${formatGetal(basispunten / 100, 2)}%`;
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

/** Integer cents → what a person types back ("500.000", "17.850,50"), without the euro sign. */
export function centenNaarInvoer(centen: number): string {
  const heel = Math.trunc(centen / 100);
  const rest = Math.abs(centen % 100);
  return rest === 0 ? formatGetal(heel) : `${formatGetal(heel)},${String(rest).padStart(2, '0')}`;
}
