import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leesCsv, type Tabel } from '../importen/csv.rules';
import { controleerWaarde, decimaalVanGetal, leesDecimaal, leesWaardenTabel, sleutel, toetsSchrijfbaar, vergelijk, type RuweWaarde } from './regiobeeld.rules';

const context = {
  indicatorcodes: new Set(['personeelstekort', 'personeelstekort-aandeel']),
  gemeentecodes: new Set(['GM0983', 'GM0984']),
};

const tabel = (tekst: string): Tabel => {
  const r = leesCsv(tekst);
  if ('fout' in r) throw new Error(r.fout);
  return r.tabel;
};

const kop = 'indicator;geografie;jaar;scenario;waarde';
const ruw = (r: Partial<RuweWaarde>): RuweWaarde => ({ indicator: 'personeelstekort', geografie: '', jaar: '2023', scenario: '', soort: '', waarde: '2100', ...r });

describe('leesDecimaal: a comma or a point as the decimal sign, no thousands separators', () => {
  it.each([
    ['2100', '2100'],
    ['10,5', '10.5'],
    ['10.5', '10.5'],
    ['0,250', '0.25'],
    ['-3,0', '-3'],
    ['007', '7'],
    ['-0', '0'],
    [' 42 ', '42'],
  ])('%s reads as %s', (invoer, verwacht) => expect(leesDecimaal(invoer)).toBe(verwacht));

  it.each(['', 'twee', '2.100,5', '1,2,3', '1e5', '€ 5', '10%', '1 000', '.5', '5.'])('%j is no number', (invoer) => expect(leesDecimaal(invoer)).toBeNull());

  it('refuses more significant digits than a double keeps exactly', () => {
    expect(leesDecimaal('1234567890.12345')).toBe('1234567890.12345');
    expect(leesDecimaal('1234567890.123456')).toBeNull();
  });

  it('a comma and a point give the same canonical value (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 9999 }), (heel, fractie) => {
        expect(leesDecimaal(`${heel},${fractie}`)).toBe(leesDecimaal(`${heel}.${fractie}`));
      }),
    );
  });

  it('numbers from JSON read back to the same number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 999 }), (heel, duizendsten) => {
        const n = Number(`${heel}.${String(duizendsten).padStart(3, '0')}`);
        const tekst = decimaalVanGetal(n);
        expect(tekst).not.toBeNull();
        expect(Number(tekst)).toBe(n);
      }),
    );
  });
});

describe('controleerWaarde: every kind of bad value, with its reason', () => {
  it('accepts an observed value for the region (empty geography or "regio")', () => {
    expect(controleerWaarde(ruw({}), context)).toEqual({ waarde: { indicatorcode: 'personeelstekort', gemeentecode: null, jaar: 2023, soort: 'waargenomen', scenario: '', waarde: '2100' } });
    expect(controleerWaarde(ruw({ geografie: 'Regio' }), context)).toMatchObject({ waarde: { gemeentecode: null } });
  });

  it('a scenario makes it a projection by default; a member municipality by its CBS code in any case', () => {
    expect(controleerWaarde(ruw({ geografie: 'gm0984', jaar: '2032', scenario: ' huidig   beleid ', waarde: '4500' }), context)).toEqual({
      waarde: { indicatorcode: 'personeelstekort', gemeentecode: 'GM0984', jaar: 2032, soort: 'prognose', scenario: 'huidig beleid', waarde: '4500' },
    });
  });

  it.each([
    [{ indicator: 'onbekend' }, 'indicator', 'Onbekende indicator "onbekend"'],
    [{ indicator: '' }, 'indicator', 'Geen indicatorcode'],
    [{ geografie: 'GM0363' }, 'geografie', 'Gemeente GM0363 hoort niet bij deze regio'],
    [{ geografie: 'Venlo' }, 'geografie', '"Venlo" is geen CBS-gemeentecode'],
    [{ jaar: '23' }, 'jaar', '"23" is geen jaartal'],
    [{ jaar: '2023,5' }, 'jaar', 'is geen jaartal'],
    [{ jaar: '3000' }, 'jaar', 'is geen jaartal'],
    [{ waarde: 'veel' }, 'waarde', '"veel" is geen getal'],
    [{ waarde: '' }, 'waarde', 'is geen getal'],
    [{ soort: 'schatting' }, 'soort', '"schatting" is geen soort'],
    [{ soort: 'waargenomen', scenario: 'huidig beleid' }, 'scenario', 'Een waargenomen waarde heeft geen scenario'],
    [{ scenario: 'x'.repeat(121) }, 'scenario', 'hoogstens 120 tekens'],
  ] as const)('%j → %s', (afwijking, kolom, reden) => {
    const r = controleerWaarde(ruw(afwijking), context);
    expect('fouten' in r).toBe(true);
    if ('fouten' in r) expect(r.fouten).toContainEqual({ kolom, reden: expect.stringContaining(reden) });
  });

  it('names every problem of one row at once', () => {
    const r = controleerWaarde(ruw({ indicator: 'x', geografie: 'GM9999', jaar: 'nu', waarde: 'veel' }), context);
    expect('fouten' in r && r.fouten.map((f) => f.kolom)).toEqual(['indicator', 'geografie', 'jaar', 'waarde']);
  });

  it('a projection may have no scenario when it says so', () => {
    expect(controleerWaarde(ruw({ soort: 'prognose', jaar: '2030' }), context)).toMatchObject({ waarde: { soort: 'prognose', scenario: '' } });
  });
});

describe('leesWaardenTabel: the long-format file, all or nothing', () => {
  it('reads the demo figures, with ";" and a decimal comma, columns in any order and case', () => {
    const r = leesWaardenTabel(
      tabel(['Waarde;Jaar;Indicator;Scenario;Geografie;Soort', '2100;2023;personeelstekort;;regio;', '4500;2032;personeelstekort;huidig beleid;;', '10,0;2032;personeelstekort-aandeel;huidig beleid;;prognose'].join('\n')),
      context,
    );
    expect('rijen' in r && r.rijen.map((x) => [x.regel, x.waarde, x.soort])).toEqual([
      [2, '2100', 'waargenomen'],
      [3, '4500', 'prognose'],
      [4, '10', 'prognose'],
    ]);
  });

  it('reports every bad row with its line number, and a repeated row as double', () => {
    const r = leesWaardenTabel(
      tabel(
        [
          kop,
          'personeelstekort;;2023;;2100',
          'onbekend;;2023;;1',
          'personeelstekort;GM0363;2023;;1',
          'personeelstekort;;twintig;;1',
          'personeelstekort;;2024;;veel',
          'personeelstekort;regio;2023;;2200',
        ].join('\n'),
      ),
      context,
    );
    expect('fouten' in r).toBe(true);
    if (!('fouten' in r)) return;
    expect(r.fouten.map((f) => [f.regel, f.kolom])).toEqual([
      [3, 'indicator'],
      [4, 'geografie'],
      [5, 'jaar'],
      [6, 'waarde'],
      [7, 'indicator'],
    ]);
    expect(r.fouten.at(-1)!.reden).toContain('regel 2');
  });

  it('line numbers are those of the file, blank lines included', () => {
    const r = leesWaardenTabel(tabel([kop, 'personeelstekort;;2023;;2100', '', 'personeelstekort;;2024;;x'].join('\n')), context);
    expect('fouten' in r && r.fouten[0]!.regel).toBe(4);
  });

  it('names the missing columns, and refuses a file without rows', () => {
    const r = leesWaardenTabel(tabel('indicator;jaar;waarde\npersoneelstekort;2023;1'), context);
    expect('fouten' in r && r.fouten[0]).toMatchObject({ regel: 1, kolom: 'kolommen', reden: expect.stringContaining('geografie, scenario') });
    expect('fouten' in leesWaardenTabel(tabel(kop), context)).toBe(true);
  });
});

describe('vergelijk: an upsert that can be repeated', () => {
  const rij = (jaar: number, waarde: string, scenario = '') => ({ indicatorcode: 'personeelstekort', gemeentecode: null, jaar, soort: scenario ? ('prognose' as const) : ('waargenomen' as const), scenario, waarde });

  it('adds new values, changes different ones and leaves equal ones alone', () => {
    const bestaand = new Map([
      [sleutel(rij(2023, '2100')), { soort: 'waargenomen' as const, waarde: '2100' }],
      [sleutel(rij(2032, '4500', 'huidig beleid')), { soort: 'prognose' as const, waarde: '4400' }],
    ]);
    const v = vergelijk(bestaand, [rij(2023, '2100'), rij(2032, '4500', 'huidig beleid'), rij(2032, '6700', 'geen groei')]);
    expect({ nieuw: v.nieuw.length, gewijzigd: v.gewijzigd.length, ongewijzigd: v.ongewijzigd }).toEqual({ nieuw: 1, gewijzigd: 1, ongewijzigd: 1 });
  });

  it('the same input twice changes nothing the second time (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 0, max: 99999 })), { selector: (t) => t[0] }), (paren) => {
        const rijen = paren.map(([jaar, w]) => rij(jaar, String(w)));
        const eerste = vergelijk(new Map(), rijen);
        expect(eerste.nieuw).toHaveLength(rijen.length);
        const na = new Map(rijen.map((r) => [sleutel(r), { soort: r.soort, waarde: r.waarde }]));
        expect(vergelijk(na, rijen)).toEqual({ nieuw: [], gewijzigd: [], ongewijzigd: rijen.length });
      }),
    );
  });

  it('compares numbers, not their notation: 10.0 stored equals 10 imported', () => {
    const bestaand = new Map([[sleutel(rij(2023, '10')), { soort: 'waargenomen' as const, waarde: '10.0' }]]);
    expect(vergelijk(bestaand, [rij(2023, '10')]).ongewijzigd).toBe(1);
  });
});

describe('toetsSchrijfbaar: earlier versions stay as they were', () => {
  it('allows the current version and refuses an earlier one, naming both', () => {
    expect(toetsSchrijfbaar({ versie: 2, naam: 'Herijking 2025' }, { versie: 2, naam: 'Herijking 2025' })).toBeNull();
    expect(toetsSchrijfbaar({ versie: 1, naam: 'Regiobeeld' }, { versie: 2, naam: 'Herijking 2025' })).toContain('Versie 1 ("Regiobeeld") is vervangen door versie 2');
  });
});
