import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { voortgangsstatussen } from '../../../common/contracts/algemeen';
import { dagenOverDatum, verlopenTekst } from './mijlpalen.rules';

describe('a milestone is overdue', () => {
  it('only after its date: the day itself is on time', () => {
    expect(dagenOverDatum('2025-01-01', 'in-uitvoering', '2025-01-01')).toBeNull();
    expect(dagenOverDatum('2025-01-01', 'in-uitvoering', '2024-12-31')).toBeNull();
    expect(dagenOverDatum('2025-01-01', 'in-uitvoering', '2025-01-02')).toBe(1);
    expect(dagenOverDatum('2025-01-01', 'vertraagd', '2025-01-15')).toBe(14);
    expect(dagenOverDatum('2025-01-01', 'niet-gestart', '2025-01-15')).toBe(14);
  });

  it('never when gerealiseerd or niet van toepassing, however late', () => {
    expect(dagenOverDatum('2023-12-31', 'gerealiseerd', '2026-11-22')).toBeNull();
    expect(dagenOverDatum('2023-12-31', 'niet-van-toepassing', '2026-11-22')).toBeNull();
  });

  it('counts whole days across daylight saving', () => {
    expect(dagenOverDatum('2024-03-30', 'in-uitvoering', '2024-04-01')).toBe(2);
    expect(dagenOverDatum('2024-10-26', 'in-uitvoering', '2024-10-28')).toBe(2);
  });

  it('for any open status and any later day, and for none before', () => {
    const dag = fc.integer({ min: 0, max: 20000 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(dag, dag, fc.constantFrom(...voortgangsstatussen), (datum, vandaag, status) => {
        const dagen = dagenOverDatum(datum, status, vandaag);
        const open = status !== 'gerealiseerd' && status !== 'niet-van-toepassing';
        expect(dagen !== null).toBe(open && vandaag > datum);
        if (dagen !== null) expect(dagen).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the overdue text', () => {
  it('reads in the coarsest precise unit, "over de datum"', () => {
    expect(verlopenTekst(1)).toBe('1 dag over de datum');
    expect(verlopenTekst(14)).toBe('2 weken over de datum');
    expect(verlopenTekst(100)).toBe('3 maanden over de datum');
    expect(verlopenTekst(800)).toBe('2 jaar over de datum');
  });
});
