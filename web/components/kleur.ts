/** WCAG 2.x relative luminance and contrast, to decide whether a region's accent colour is usable. */

function kanaal(waarde: number): number {
  const c = waarde / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminantie(hex: string): number | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((d) => kanaal(parseInt(d, 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(hexA: string, hexB: string): number | null {
  const a = luminantie(hexA);
  const b = luminantie(hexB);
  if (a === null || b === null) return null;
  const [licht, donker] = a > b ? [a, b] : [b, a];
  return (licht + 0.05) / (donker + 0.05);
}

/** White text on the accent colour must reach 4.5:1 (WCAG 1.4.3), otherwise the theme colour stays. */
export function accentIsBruikbaar(hex: string | null | undefined): hex is string {
  if (!hex) return false;
  const c = contrast(hex, '#ffffff');
  return c !== null && c >= 4.5;
}

/** The same colour, darker, for hover and active states. */
export function donkerder(hex: string, factor = 0.8): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return hex;
  return `#${match
    .slice(1)
    .map((d) => Math.round(parseInt(d, 16) * factor).toString(16).padStart(2, '0'))
    .join('')}`;
}
