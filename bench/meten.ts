/** Measuring helpers shared by the benchmark parts: timings, percentiles and Markdown tables. */
import { performance } from 'node:perf_hooks';

export interface Meting {
  wat: string;
  n: number;
  mediaanMs: number;
  p95Ms: number;
  perSeconde?: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentiel(gesorteerd: number[], p: number): number {
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil(p * gesorteerd.length) - 1))]!;
}

export function samenvatting(wat: string, tijden: number[], perSeconde?: number): Meting {
  const s = [...tijden].sort((a, b) => a - b);
  return { wat, n: s.length, mediaanMs: percentiel(s, 0.5), p95Ms: percentiel(s, 0.95), perSeconde };
}

export async function meet(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const tijden: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    tijden.push(performance.now() - t0);
  }
  return tijden;
}

/** Wall time of one call in milliseconds, with its result. */
export async function klok<T>(fn: () => Promise<T>): Promise<{ ms: number; uitkomst: T }> {
  const t0 = performance.now();
  const uitkomst = await fn();
  return { ms: performance.now() - t0, uitkomst };
}

/**
 * Several variants measured in turn, round after round, so that drift (caches, the JIT, other
 * load on the machine) hits every variant alike. Warm-up rounds are not counted.
 */
export async function meetAfwisselend(n: number, opwarmen: number, varianten: (() => Promise<unknown>)[]): Promise<number[][]> {
  const tijden = varianten.map(() => [] as number[]);
  for (let ronde = 0; ronde < opwarmen + n; ronde++) {
    for (const [i, fn] of varianten.entries()) {
      const t0 = performance.now();
      await fn();
      if (ronde >= opwarmen) tijden[i]!.push(performance.now() - t0);
    }
  }
  return tijden;
}

export const ms = (x: number) => x.toFixed(1);
export const getal = (x: number) => Math.round(x).toLocaleString('nl-NL');
export const factor = (x: number) => `${x.toFixed(2).replace('.', ',')}×`;

export function markdownTabel(kop: string[], uitlijning: ('l' | 'r')[], rijen: (string | number)[][]): string {
  return [
    `| ${kop.join(' | ')} |`,
    `|${uitlijning.map((u) => (u === 'r' ? '---:' : '---')).join('|')}|`,
    ...rijen.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
