import { describe, expect, it } from 'vitest';
import { type Aanname, maakRaming, type RamingUitkering } from './meerjarenraming.rules';

// Beverwijk (DOMAIN.md §5): Brede SPUK € 785.500 in 2025, about € 500.000 from 2027, 10 % less if the cut applies.
// 2026: € 674.534 from the VWS letter of 12 September 2025 (../shared/data/spuk-brede-per-gemeente-2025-2026.csv).
const bredeSpuk: RamingUitkering = {
  id: 'brede',
  naam: 'Brede SPUK Beverwijk',
  laatsteJaar: 2026,
  bedragen: [
    { jaar: 2025, bedragCenten: 78_550_000 },
    { jaar: 2026, bedragCenten: 67_453_400 },
  ],
};
// SPUK-IZA of Kennemerland through Haarlem: granted through 2026, at risk after.
const spukIza: RamingUitkering = {
  id: 'spuk',
  naam: 'SPUK-IZA Kennemerland',
  laatsteJaar: 2026,
  bedragen: [
    { jaar: 2025, bedragCenten: 286_010_300 },
    { jaar: 2026, bedragCenten: 306_661_500 },
  ],
};
const steunpunten = { omschrijving: 'Steunpunten en procesregisseurs', bedragPerJaarCenten: 60_000_000, vanafJaar: 2025, totJaar: null };

const basis: Aanname[] = [{ uitkeringId: 'brede', soort: 'nieuw-bedrag', vanafJaar: 2027, bedragCenten: 50_000_000 }];

describe('maakRaming', () => {
  it('expresses the Beverwijk case: € 785.500 in 2025, € 500.000 from 2027, € 450.000 with the 10 % cut', () => {
    const zonder = maakRaming(2025, 2028, [bredeSpuk], [], basis);
    expect(zonder.map((j) => j.uitkeringen[0]!.bedragCenten)).toEqual([78_550_000, 67_453_400, 50_000_000, 50_000_000]);
    const metKorting = maakRaming(2025, 2028, [bredeSpuk], [], [...basis, { uitkeringId: 'brede', soort: 'korting', vanafJaar: 2027, basispunten: 1000 }]);
    expect(metKorting.map((j) => j.uitkeringen[0]!.bedragCenten)).toEqual([78_550_000, 67_453_400, 45_000_000, 45_000_000]);
    expect(metKorting[2]!.uitkeringen[0]).toMatchObject({ bron: 'nieuw-bedrag', kortingBasispunten: 1000 });
  });

  it('shows the cliff: SPUK-IZA stops after 2026 unless continued, and the gap per year', () => {
    const raming = maakRaming(2025, 2028, [spukIza], [steunpunten], []);
    expect(raming.map((j) => j.saldoCenten)).toEqual([226_010_300, 246_661_500, -60_000_000, -60_000_000]);
    expect(raming[2]!.uitkeringen[0]!.bron).toBe('geen');
    const voortgezet = maakRaming(2025, 2028, [spukIza], [steunpunten], [{ uitkeringId: 'spuk', soort: 'voortzetting', vanafJaar: 2027 }]);
    expect(voortgezet[3]!.uitkeringen[0]).toMatchObject({ bedragCenten: 306_661_500, bron: 'voortzetting' });
  });

  it('ends a grant from a year, and counts commitments only in their years', () => {
    const raming = maakRaming(2025, 2026, [spukIza], [{ ...steunpunten, vanafJaar: 2026, totJaar: 2026 }], [{ uitkeringId: 'spuk', soort: 'beeindiging', vanafJaar: 2026 }]);
    expect(raming.map((j) => [j.inkomstenCenten, j.verplichtingenCenten])).toEqual([
      [286_010_300, 0],
      [0, 60_000_000],
    ]);
  });
});
