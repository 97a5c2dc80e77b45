import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standPerRegel, toetsHerverdeling, toetsPlafond, toetsReserveringen, type RegelStand } from './herverdeling.rules';

// Intl writes a non-breaking space after €; compare with ordinary spaces.
const gewoon = (s: string) => s.replace(/\u00a0/g, ' ');

const regel = (code: string, omschrijving: string, vastgesteldCenten: number, benutCenten = 0, huidigCenten = vastgesteldCenten): RegelStand => ({
  regelId: code,
  code,
  omschrijving,
  vastgesteldCenten,
  huidigCenten,
  benutCenten,
});

// The adopted 2024 budget of Noord- en Midden-Limburg (DOMAIN.md §5).
const onderdeel3 = regel('3', 'Onderdeel 3 — ketenaanpakken', 200_000_000);
const onderdeel5 = regel('5', 'Onderdeel 5 — e-health, anonieme zorg e.d.', 1_785_000);

describe('toetsHerverdeling (Kerngroep, 20 %)', () => {
  it('allows a move within 20 % of both lines', () => {
    expect(toetsHerverdeling({ van: onderdeel3, naar: onderdeel5, bedragCenten: 357_000, mandaatBasispunten: 2000, orgaanNaam: 'Kerngroep' }).toegestaan).toBe(true);
  });

  it('refuses one cent more than 20 % of the receiving line, and says how much is still possible', () => {
    const t = toetsHerverdeling({ van: onderdeel3, naar: onderdeel5, bedragCenten: 357_001, mandaatBasispunten: 2000, orgaanNaam: 'Kerngroep' });
    expect(t.toegestaan).toBe(false);
    if (t.toegestaan) return;
    expect(t.overschrijdingen).toHaveLength(1);
    expect(t.overschrijdingen[0]).toMatchObject({ rol: 'ontvanger', ruimteCenten: 357_000, tekortCenten: 1 });
    expect(gewoon(t.melding)).toContain('Onderdeel 5 — e-health, anonieme zorg e.d. mag dit jaar nog € 3.570 ontvangen');
    expect(t.melding).toContain('voor meer is een besluit van het PHO nodig');
  });

  it('counts earlier moves of the year, in either direction', () => {
    const al = regel('5', 'Onderdeel 5', 1_785_000, 300_000);
    const t = toetsHerverdeling({ van: onderdeel3, naar: al, bedragCenten: 60_000, mandaatBasispunten: 2000, orgaanNaam: 'Kerngroep' });
    expect(t.toegestaan).toBe(false);
    if (!t.toegestaan) expect(t.overschrijdingen[0]!.ruimteCenten).toBe(57_000);
  });

  it('never lets a line go below zero', () => {
    const leeg = regel('5', 'Onderdeel 5', 1_785_000, 0, 100);
    const t = toetsHerverdeling({ van: leeg, naar: onderdeel3, bedragCenten: 101, mandaatBasispunten: 2000, orgaanNaam: 'Kerngroep' });
    expect(t).toMatchObject({ toegestaan: false, reden: 'onvoldoende-saldo' });
  });

  it('any sequence of allowed moves keeps every line within its limit and the total unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 2, maxLength: 6 }),
        fc.array(fc.record({ van: fc.nat(5), naar: fc.nat(5), bedrag: fc.integer({ min: 1, max: 5_000_000 }) }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 10000 }),
        (bedragen, pogingen, mandaat) => {
          const regels = bedragen.map((b, i) => ({ regelId: String(i), code: String(i), omschrijving: `r${i}`, vastgesteldCenten: b }));
          const toegepast: { vanRegelId: string; naarRegelId: string; bedragCenten: number }[] = [];
          for (const p of pogingen) {
            const van = p.van % regels.length;
            const naar = p.naar % regels.length;
            if (van === naar) continue;
            const stand = standPerRegel(regels, toegepast);
            const t = toetsHerverdeling({ van: stand[van]!, naar: stand[naar]!, bedragCenten: p.bedrag, mandaatBasispunten: mandaat, orgaanNaam: 'K' });
            if (t.toegestaan) toegepast.push({ vanRegelId: String(van), naarRegelId: String(naar), bedragCenten: p.bedrag });
          }
          const eind = standPerRegel(regels, toegepast);
          expect(eind.reduce((s, r) => s + r.huidigCenten, 0)).toBe(bedragen.reduce((s, b) => s + b, 0));
          for (const r of eind) {
            expect(r.benutCenten).toBeLessThanOrEqual(Math.floor((r.vastgesteldCenten * mandaat) / 10000));
            expect(r.huidigCenten).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});

describe('toetsPlafond', () => {
  it('allows the budget of Noord- en Midden-Limburg 2024 to equal its grant, not one cent more', () => {
    const regels = [50_000_000, 50_000_000, 200_000_000, 48_000_000, 1_785_000, 20_000_000, 50_000_000, 10_000_000, 45_000_000];
    expect(toetsPlafond(regels, 474_785_000)).toEqual({ binnen: true });
    const t = toetsPlafond([...regels, 1], 474_785_000);
    expect(t.binnen).toBe(false);
    if (!t.binnen) expect(gewoon(t.melding)).toBe('Het totaal van de begroting (€ 4.747.850,01) is € 0,01 hoger dan de uitkering(en) die haar financieren (€ 4.747.850).');
  });
});

describe('toetsReserveringen', () => {
  it('lets a line go down to what approved initiatives reserve on it, not one cent below', () => {
    expect(toetsReserveringen([{ code: '6b', nieuwCenten: 15_000_000, gereserveerdCenten: 15_000_000 }])).toEqual({ binnen: true });
    const t = toetsReserveringen([{ code: '6b', nieuwCenten: 14_999_999, gereserveerdCenten: 15_000_000 }]);
    expect(t.binnen).toBe(false);
    if (!t.binnen) {
      expect(gewoon(t.melding)).toBe(
        'Regel 6b houdt € 149.999,99 en er is € 150.000 gereserveerd voor aanvullende plannen. Een regel houdt minstens wat goedgekeurde aanvullende plannen erop reserveren.',
      );
    }
  });

  it('names every line that falls short, a dropped line as € 0, and ignores lines without reservations', () => {
    const t = toetsReserveringen([
      { code: '1', nieuwCenten: 0, gereserveerdCenten: 0 },
      { code: '6a', nieuwCenten: 0, gereserveerdCenten: 100 },
      { code: '6b', nieuwCenten: 30_000_000, gereserveerdCenten: 40_000_000 },
    ]);
    expect(t.binnen).toBe(false);
    if (!t.binnen) {
      expect(t.tekorten.map((r) => r.code)).toEqual(['6a', '6b']);
      expect(gewoon(t.melding)).toContain('Regel 6a houdt € 0 en er is € 1 gereserveerd voor aanvullende plannen; Regel 6b houdt € 300.000 en er is € 400.000 gereserveerd');
    }
  });
});
