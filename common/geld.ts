/**
 * Money is integer euro cents everywhere (ARCHITECTURE.md §4.2); formatting happens only at the
 * edge. Shares are basis points: 10000 = 100 %.
 */
export type Centen = number;

const euroHeel = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const euroCenten = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** € 4.747.850, or € 3.570,25 when the amount has cents (UI.md "Numbers"). */
export function formatEuro(centen: Centen): string {
  const tekst = centen % 100 === 0 ? euroHeel.format(centen / 100) : euroCenten.format(centen / 100);
  // Intl writes a non-breaking space after the sign; keep it, it stops "€" and the number from wrapping apart.
  return tekst;
}

/** 12,5% from 1250 basis points. */
export function formatBasispunten(bp: number): string {
  return `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(bp / 100)}%`;
}

export const euroNaarCenten = (euro: number): Centen => Math.round(euro * 100);
