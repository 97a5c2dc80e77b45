import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Context, leesBedrag, leesBoekingen, leesDatum } from './boekingen-import.rules';

describe('leesBedrag', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,5', 123450],
    ['-12', -1200],
    ['€ 4.747.850', 474785000],
    ['1234.56', 123456],
    ['1.234', 123400],
    ['0,01', 1],
  ])('reads %s as %i cents', (tekst, centen) => {
    expect(leesBedrag(tekst)).toEqual({ centen });
  });

  it.each(['12,345', '1.2.3', 'abc', '', '12.345,678'])('refuses %s with a reason', (tekst) => {
    expect(leesBedrag(tekst)).toHaveProperty('fout');
  });

  it('refuses a formula where a number belongs', () => {
    expect(leesBedrag({ formule: 'SUM(A1:A3)' })).toEqual({ fout: 'een formule (SUM(A1:A3)) waar een getal hoort' });
  });

  it('reads back any amount written the Dutch way (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }), (centen) => {
        const tekst = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2 }).format(centen / 100);
        expect(leesBedrag(tekst)).toEqual({ centen });
      }),
    );
  });
});

describe('leesDatum', () => {
  it('reads ISO and Dutch dates and refuses impossible ones', () => {
    expect(leesDatum('2024-03-20')).toEqual({ datum: '2024-03-20' });
    expect(leesDatum('20-03-2024')).toEqual({ datum: '2024-03-20' });
    expect(leesDatum('1/2/2024')).toEqual({ datum: '2024-02-01' });
    expect(leesDatum('31-02-2024')).toHaveProperty('fout');
    expect(leesDatum('maart')).toHaveProperty('fout');
  });
});

const ctx: Context = {
  regels: new Map([
    ['3', { id: 'regel-3', jaar: 2024 }],
    ['4', { id: 'regel-4', jaar: 2024 }],
  ]),
  uitkeringenOpId: new Map([['spuk', { id: 'spuk', naam: 'SPUK-IZA', eersteJaar: 2023, laatsteJaar: 2026 }]]),
  uitkeringenOpNaam: new Map([['spuk-iza', { id: 'spuk', naam: 'SPUK-IZA', eersteJaar: 2023, laatsteJaar: 2026 }]]),
  gemeenten: new Map([
    ['GM0984', 'venray'],
    ['venray', 'venray'],
  ]),
  organisaties: new Map([['ggd limburg-noord', 'ggd']]),
};
const kop = ['Boekdatum', 'Bedrag', 'Kostenplaats', 'Gemeente', 'Factuur', 'Omschrijving'];
const toewijzing = {
  datum: 'Boekdatum',
  bedrag: 'Bedrag',
  begrotingsregel: 'Kostenplaats',
  gemeente: 'Gemeente',
  documentreferentie: 'Factuur',
  omschrijving: 'Omschrijving',
  vasteUitkeringId: 'spuk',
  vasteSoort: 'uitgave' as const,
};

describe('leesBoekingen', () => {
  it('maps columns onto ledger rows', () => {
    const r = leesBoekingen(kop, [{ regel: 2, cellen: ['15-04-2024', '12.500,00', '3', 'GM0984', 'F-2024-001', 'Valpreventie'] }], toewijzing, ctx);
    expect(r.fouten).toEqual([]);
    expect(r.rijen[0]).toMatchObject({ regel: 2, datum: '2024-04-15', bedragCenten: 1_250_000, begrotingsregelId: 'regel-3', gemeenteId: 'venray', documentreferentie: 'F-2024-001', soort: 'uitgave' });
  });

  it('reports every bad row with its line number and reason, and returns no rows at all', () => {
    const r = leesBoekingen(
      kop,
      [
        { regel: 2, cellen: ['15-04-2024', '100', '3', 'GM0984', 'a', ''] },
        { regel: 3, cellen: ['15-04-2024', '100', '99', '', 'b', ''] },
        { regel: 4, cellen: ['15-04-2027', '1,234', '4', 'Haarlem', 'c', ''] },
      ],
      toewijzing,
      ctx,
    );
    expect(r.rijen).toEqual([]);
    expect(r.fouten.map((f) => [f.regel, f.kolom])).toEqual([
      [3, 'Kostenplaats'],
      [4, 'Bedrag'],
      [4, 'Gemeente'],
      [4, 'Boekdatum'],
    ]);
    expect(r.fouten[0]!.reden).toBe('onbekende begrotingsregel "99"');
    expect(r.fouten[3]!.reden).toContain('valt buiten de jaren van SPUK-IZA (2023–2026)');
  });

  it('names mapped columns that the file does not have', () => {
    const r = leesBoekingen(['Datum', 'Bedrag'], [], toewijzing, ctx);
    expect(r.fouten[0]).toMatchObject({ regel: 1, kolom: 'kolommen' });
    expect(r.fouten[0]!.reden).toContain('Boekdatum (voor datum)');
  });
});
