import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controleerVerdeelsleutel, pasVerdeelsleutelToe, verdeelGrootsteRest } from './verdeling.rules';

describe('verdeelGrootsteRest', () => {
  it('never loses or invents a cent, and no part is more than one cent from its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 }).filter((g) => g.some((x) => x > 0)),
        (totaal, gewichten) => {
          const delen = verdeelGrootsteRest(totaal, gewichten.map((gewicht, sleutel) => ({ sleutel, gewicht })));
          expect(delen.reduce((s, d) => s + d.centen, 0)).toBe(totaal);
          const som = gewichten.reduce((s, g) => s + g, 0);
          delen.forEach((d, i) => {
            const exact = (totaal * gewichten[i]!) / som;
            expect(Math.abs(d.centen - exact)).toBeLessThan(1 + 1e-6);
            expect(d.centen).toBeGreaterThanOrEqual(0);
          });
        },
      ),
    );
  });

  it('gives a zero weight nothing', () => {
    expect(verdeelGrootsteRest(100, [{ sleutel: 'a', gewicht: 0 }, { sleutel: 'b', gewicht: 3 }])).toEqual([
      { sleutel: 'a', centen: 0 },
      { sleutel: 'b', centen: 100 },
    ]);
  });

  it('breaks ties deterministically: larger weight first, then the order given', () => {
    // 100 cents over three equal parts: 34, 33, 33 — the first part gets the extra cent.
    expect(verdeelGrootsteRest(100, [{ sleutel: 'a', gewicht: 1 }, { sleutel: 'b', gewicht: 1 }, { sleutel: 'c', gewicht: 1 }]).map((d) => d.centen)).toEqual([34, 33, 33]);
    // Equal remainders: the larger weight wins the cent.
    expect(verdeelGrootsteRest(5, [{ sleutel: 'klein', gewicht: 1 }, { sleutel: 'groot', gewicht: 3 }]).map((d) => d.centen)).toEqual([1, 4]);
  });

  it('refuses fractional cents and negative amounts', () => {
    expect(() => verdeelGrootsteRest(10.5, [{ sleutel: 'a', gewicht: 1 }])).toThrow(RangeError);
    expect(() => verdeelGrootsteRest(-1, [{ sleutel: 'a', gewicht: 1 }])).toThrow(RangeError);
  });
});

const gemeenten = [
  { gemeentecode: 'GM0983', naam: 'Venlo', inwoners: 104195 },
  { gemeentecode: 'GM0984', naam: 'Venray', inwoners: 45108 },
  { gemeentecode: 'GM0889', naam: 'Beesel', inwoners: 13579 },
];

describe('pasVerdeelsleutelToe', () => {
  it('splits 60 % local by population and 40 % regional, adding up to the grant exactly', () => {
    const t = pasVerdeelsleutelToe(474_785_000, {
      doelen: [
        { doel: 'lokaal', aandeelBasispunten: 6000, lokaal: true },
        { doel: 'regionaal', aandeelBasispunten: 4000, lokaal: false },
      ],
      lokaleVerdeling: 'inwoners',
      gemeenten,
    });
    expect(t.doelen.map((d) => d.centen)).toEqual([284_871_000, 189_914_000]);
    const lokaal = t.doelen[0]!.gemeenten!;
    expect(lokaal.reduce((s, g) => s + g.centen, 0)).toBe(284_871_000);
    expect(lokaal.find((g) => g.gemeentecode === 'GM0983')!.centen).toBeGreaterThan(lokaal.find((g) => g.gemeentecode === 'GM0984')!.centen);
  });

  it('respects every share of any valid key and never loses a cent (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('inwoners' as const, 'gelijk' as const),
        (totaal, ruweAandelen, lokaleVerdeling) => {
          // Make shares that total exactly 10000 basis points.
          const basis = verdeelGrootsteRest(10000, ruweAandelen.map((gewicht, sleutel) => ({ sleutel, gewicht })));
          const doelen = basis.map((b, i) => ({ doel: `doel ${i}`, aandeelBasispunten: b.centen, lokaal: i === 0 }));
          const t = pasVerdeelsleutelToe(totaal, { doelen, lokaleVerdeling, gemeenten });
          expect(t.doelen.reduce((s, d) => s + d.centen, 0)).toBe(totaal);
          expect(t.doelen[0]!.gemeenten!.reduce((s, g) => s + g.centen, 0)).toBe(t.doelen[0]!.centen);
          t.doelen.forEach((d) => expect(Math.abs(d.centen - (totaal * d.aandeelBasispunten) / 10000)).toBeLessThan(1 + 1e-6));
        },
      ),
    );
  });

  it('splits equally and by fixed shares', () => {
    const gelijk = pasVerdeelsleutelToe(100, { doelen: [{ doel: 'lokaal', aandeelBasispunten: 10000, lokaal: true }], lokaleVerdeling: 'gelijk', gemeenten });
    expect(gelijk.doelen[0]!.gemeenten!.map((g) => g.centen)).toEqual([34, 33, 33]);
    const vast = pasVerdeelsleutelToe(1000, {
      doelen: [{ doel: 'lokaal', aandeelBasispunten: 10000, lokaal: true }],
      lokaleVerdeling: 'vast',
      gemeenten: [
        { ...gemeenten[0]!, aandeelBasispunten: 5000 },
        { ...gemeenten[1]!, aandeelBasispunten: 3000 },
        { ...gemeenten[2]!, aandeelBasispunten: 2000 },
      ],
    });
    expect(vast.doelen[0]!.gemeenten!.map((g) => [g.gemeentecode, g.centen])).toEqual([['GM0889', 200], ['GM0983', 500], ['GM0984', 300]]);
  });
});

describe('controleerVerdeelsleutel', () => {
  it('names shares that do not total 100 %', () => {
    expect(controleerVerdeelsleutel({ doelen: [{ doel: 'a', aandeelBasispunten: 5000, lokaal: false }, { doel: 'b', aandeelBasispunten: 4000, lokaal: false }], lokaleVerdeling: 'geen' })).toEqual([
      { veld: 'doelen', reden: 'De aandelen tellen op tot 90% in plaats van 100%' },
    ]);
  });

  it('asks how the local purpose is split, and for fixed shares that total 100 %', () => {
    const p = controleerVerdeelsleutel({ doelen: [{ doel: 'lokaal', aandeelBasispunten: 10000, lokaal: true }], lokaleVerdeling: 'vast', gemeenten: [{ gemeentecode: 'GM0983', aandeelBasispunten: 9000 }] });
    expect(p.map((x) => x.veld)).toEqual(['gemeenten']);
    expect(controleerVerdeelsleutel({ doelen: [{ doel: 'lokaal', aandeelBasispunten: 10000, lokaal: true }], lokaleVerdeling: 'geen' })[0]!.veld).toBe('lokaleVerdeling');
  });
});
