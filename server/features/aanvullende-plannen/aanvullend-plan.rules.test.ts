import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AanvullendPlanStatus, aanvullendPlanStatussen } from '../../../common/contracts/aanvullende-plannen';
import { toetsReservering, toetsStap } from './aanvullend-plan.rules';

const gewoon = (s: string) => s.replace(/\u00a0/g, ' ');

const toegestaan: [AanvullendPlanStatus, AanvullendPlanStatus][] = [
  ['ingediend', 'beoordeeld'],
  ['beoordeeld', 'beoordeeld'],
  ['beoordeeld', 'goedgekeurd'],
  ['beoordeeld', 'afgewezen'],
];
const paren = aanvullendPlanStatussen.flatMap((van) => aanvullendPlanStatussen.map((naar) => [van, naar] as const));

describe('the states of a supplementary initiative, for every pair', () => {
  it.each(paren)('%s → %s', (van, naar) => {
    const mag = toegestaan.some(([a, b]) => a === van && b === naar);
    expect(toetsStap(van, naar) === null).toBe(mag);
  });

  it('explains why: not yet assessed, or already decided', () => {
    expect(toetsStap('ingediend', 'goedgekeurd')).toBe('Dit aanvullend plan is nog niet beoordeeld: de Kerngroep besluit pas na het advies van de werkgroep.');
    expect(toetsStap('goedgekeurd', 'afgewezen')).toBe('Over dit aanvullend plan is al besloten: het is goedgekeurd. Een genomen besluit verandert niet meer.');
    expect(toetsStap('afgewezen', 'beoordeeld')).toContain('het is afgewezen');
  });
});

// Line 6b of the adopted 2024 budget of Noord- en Midden-Limburg: € 500.000 (DOMAIN.md §5).
const regel6b = { omschrijving: 'Onderdeel 6 — aanvullende plannen', huidigCenten: 50_000_000 };

describe('the reservation on the line "aanvullende plannen"', () => {
  it('an approval that fits reserves the amount and says what is left', () => {
    expect(toetsReservering({ regel: regel6b, gereserveerdCenten: 30_000_000, aantalGoedgekeurd: 2, bedragCenten: 20_000_000 })).toEqual({ binnen: true, vrijNaCenten: 0 });
  });

  it('one cent beyond the line is refused with the numbers', () => {
    const t = toetsReservering({ regel: regel6b, gereserveerdCenten: 30_000_000, aantalGoedgekeurd: 2, bedragCenten: 20_000_001 });
    expect(t.binnen).toBe(false);
    if (t.binnen) return;
    expect(t).toMatchObject({ vrijCenten: 20_000_000, tekortCenten: 1 });
    expect(gewoon(t.melding)).toBe(
      'Onderdeel 6 — aanvullende plannen is nu € 500.000 en heeft al € 300.000 gereserveerd voor 2 goedgekeurde plannen; er is nog € 200.000 vrij. ' +
        'Toekennen van € 200.000,01 is € 0,01 te veel; ken minder toe, of verhoog eerst de regel (herverdeling).',
    );
  });

  it('a line lowered below its reservations has nothing free, and says so', () => {
    const t = toetsReservering({ regel: { ...regel6b, huidigCenten: 10_000_000 }, gereserveerdCenten: 15_000_000, aantalGoedgekeurd: 1, bedragCenten: 100 });
    expect(t).toMatchObject({ binnen: false, vrijCenten: 0, tekortCenten: 100 });
    if (!t.binnen) expect(gewoon(t.melding)).toContain('voor 1 goedgekeurde plan; er is nog € 0 vrij');
  });

  it('property: the reservations never exceed the line', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000_000), fc.nat(1_000_000_000), fc.integer({ min: 1, max: 1_000_000_000 }), (huidig, gereserveerd, bedrag) => {
        const t = toetsReservering({ regel: { omschrijving: 'r', huidigCenten: huidig }, gereserveerdCenten: gereserveerd, aantalGoedgekeurd: 1, bedragCenten: bedrag });
        expect(t.binnen).toBe(gereserveerd + bedrag <= huidig);
      }),
    );
  });
});
