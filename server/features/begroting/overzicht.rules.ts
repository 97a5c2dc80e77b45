import type { Centen } from '../../../common/geld';

/**
 * Over- and under-spending flags of the half-yearly adjustment (DOMAIN.md §5 "Prognosis").
 * Over-spending: the expected year-end (the prognosis, or without one what is spent and committed)
 * exceeds the line. Under-spending: a prognosis below the line by more than the given share.
 */
export function signaleer(
  r: { begrootCenten: Centen; verplichtCenten: Centen; uitgegevenCenten: Centen; prognoseCenten: Centen | null },
  onderbestedingBasispunten: number,
): 'overschrijding' | 'onderbesteding' | 'geen' {
  const verwacht = r.prognoseCenten ?? r.uitgegevenCenten + r.verplichtCenten;
  if (verwacht > r.begrootCenten) return 'overschrijding';
  if (r.prognoseCenten !== null && r.begrootCenten - r.prognoseCenten > Math.floor((r.begrootCenten * onderbestedingBasispunten) / 10000)) {
    return 'onderbesteding';
  }
  return 'geen';
}
