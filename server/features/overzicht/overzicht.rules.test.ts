import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { voortgangsstatussen, type Voortgangsstatus } from '../../../common/contracts/algemeen';
import type { IndicatorStand } from '../../../common/contracts/overzicht';
import { aandachtspunten, kiesBegroting, nietGehaald, telAfspraken, volgendeMijlpalen } from './overzicht.rules';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const afspraak = (n: number, status: Voortgangsstatus, dagen: number | null, deadline: string | null = '2025-01-01') => ({
  id: id(n),
  akkoordCode: 'IZA',
  code: `A${n}`,
  titel: `Afspraak ${n}`,
  status,
  deadline,
  verlopen: dagen !== null,
  dagenOverDeadline: dagen,
  verlopenTekst: dagen !== null ? `${dagen} dagen over de deadline` : null,
});
const mijlpaal = (n: number, status: Voortgangsstatus, datum: string, dagen: number | null = null) => ({
  id: id(100 + n),
  titel: `Mijlpaal ${n}`,
  status,
  datum,
  verlopen: dagen !== null,
  dagenOverDatum: dagen,
  verlopenTekst: dagen !== null ? `${dagen} dagen over de datum` : null,
});

describe('telAfspraken', () => {
  it('counts every status, and overdue on top of its status', () => {
    const a = telAfspraken([afspraak(1, 'vertraagd', 10), afspraak(2, 'vertraagd', null), afspraak(3, 'gerealiseerd', null), afspraak(4, 'niet-gestart', 3)]);
    expect(a).toEqual({ 'niet-gestart': 1, 'in-uitvoering': 0, gerealiseerd: 1, vertraagd: 2, 'niet-van-toepassing': 0, verlopen: 2 });
  });

  it('the statuses add up to the number of agreements', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ status: fc.constantFrom(...voortgangsstatussen), verlopen: fc.boolean() })), (items) => {
        const a = telAfspraken(items);
        expect(voortgangsstatussen.reduce((s, k) => s + a[k], 0)).toBe(items.length);
        expect(a.verlopen).toBe(items.filter((i) => i.verlopen).length);
      }),
    );
  });
});

describe('aandachtspunten', () => {
  it('puts overdue first, longest overdue first across agreements and milestones, then delayed by date', () => {
    const punten = aandachtspunten(
      [afspraak(1, 'in-uitvoering', 30), afspraak(2, 'vertraagd', null, '2027-06-01'), afspraak(3, 'gerealiseerd', null), afspraak(4, 'vertraagd', null, null)],
      [mijlpaal(1, 'vertraagd', '2025-01-01', 400), mijlpaal(2, 'vertraagd', '2027-01-01'), mijlpaal(3, 'in-uitvoering', '2030-01-01')],
    );
    expect(punten.map((p) => [p.soort, p.titel, p.verlopen])).toEqual([
      ['mijlpaal', 'Mijlpaal 1', true],
      ['afspraak', 'IZA A1 Afspraak 1', true],
      ['mijlpaal', 'Mijlpaal 2', false],
      ['afspraak', 'IZA A2 Afspraak 2', false],
      ['afspraak', 'IZA A4 Afspraak 4', false],
    ]);
    expect(punten[0]).toEqual({ soort: 'mijlpaal', id: id(101), titel: 'Mijlpaal 1', status: 'vertraagd', datum: '2025-01-01', verlopen: true, verlopenTekst: '400 dagen over de datum' });
  });

  it('holds exactly the overdue and delayed items, overdue before the rest, whatever the input order', () => {
    const status = fc.constantFrom(...voortgangsstatussen);
    const dagen = fc.option(fc.integer({ min: 1, max: 2000 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(status, dagen), { maxLength: 12 }), fc.array(fc.tuple(status, dagen), { maxLength: 12 }), (as, ms) => {
        const punten = aandachtspunten(
          as.map(([s, d], i) => afspraak(i, s, d)),
          ms.map(([s, d], i) => mijlpaal(i, s, '2025-01-01', d)),
        );
        const verwacht = [...as, ...ms].filter(([s, d]) => d !== null || s === 'vertraagd').length;
        expect(punten).toHaveLength(verwacht);
        const eersteNietVerlopen = punten.findIndex((p) => !p.verlopen);
        if (eersteNietVerlopen >= 0) expect(punten.slice(eersteNietVerlopen).every((p) => !p.verlopen)).toBe(true);
        const dagenVan = punten.filter((p) => p.verlopen).map((p) => Number(p.verlopenTekst!.split(' ')[0]));
        expect(dagenVan).toEqual([...dagenVan].sort((a, b) => b - a));
      }),
    );
  });
});

describe('volgendeMijlpalen', () => {
  it('takes open milestones from today on, by date, at most five', () => {
    const lijst = [
      mijlpaal(1, 'in-uitvoering', '2026-11-21'),
      mijlpaal(2, 'niet-gestart', '2026-11-22'),
      mijlpaal(3, 'gerealiseerd', '2026-12-01'),
      mijlpaal(4, 'niet-van-toepassing', '2026-12-02'),
      ...[7, 3, 5, 4, 6, 8].map((m) => mijlpaal(10 + m, 'vertraagd', `2027-0${m}-01`)),
    ];
    expect(volgendeMijlpalen(lijst, '2026-11-22').map((m) => m.datum)).toEqual(['2026-11-22', '2027-03-01', '2027-04-01', '2027-05-01', '2027-06-01']);
    expect(volgendeMijlpalen(lijst, '2030-01-01')).toEqual([]);
  });
});

describe('nietGehaald', () => {
  const evaluatie = (uitkomst: 'gehaald' | 'niet-gehaald' | 'onvolledig' | 'geen-meting') => ({
    streefwaardeId: id(900),
    periode: '2024',
    periodeLabel: '2024',
    gemeente: null,
    streefwaarde: 10,
    werkelijk: 5,
    gemeten: 4,
    verwacht: 4,
    uitkomst,
    afwijking: -5,
  });
  const stand = (n: number, ...uitkomsten: Parameters<typeof evaluatie>[0][]): IndicatorStand => ({
    id: id(n),
    code: `I${n}`,
    naam: `Indicator ${n}`,
    niveau: 'proces',
    eenheid: 'aantal',
    richting: 'hoger-is-beter',
    cumulatief: false,
    evaluaties: uitkomsten.map(evaluatie),
  });

  it('keeps indicators with an unmet target, with only those evaluations', () => {
    const r = nietGehaald([stand(1, 'gehaald'), stand(2, 'gehaald', 'niet-gehaald', 'onvolledig'), stand(3, 'geen-meting'), stand(4)]);
    expect(r.map((s) => [s.code, s.evaluaties.map((e) => e.uitkomst)])).toEqual([['I2', ['niet-gehaald']]]);
  });
});

describe('kiesBegroting', () => {
  it('prefers an adopted budget over a draft, then the highest version, then the name', () => {
    const b = (naam: string, status: string, versie: number) => ({ id: naam, naam, status, versie });
    expect(kiesBegroting([])).toBeNull();
    expect(kiesBegroting([b('Concept', 'concept', 5), b('Vast', 'vastgesteld', 1)])!.naam).toBe('Vast');
    expect(kiesBegroting([b('A', 'vastgesteld', 1), b('B', 'bijgesteld', 2)])!.naam).toBe('B');
    expect(kiesBegroting([b('B', 'vastgesteld', 1), b('A', 'vastgesteld', 1)])!.naam).toBe('A');
  });
});
