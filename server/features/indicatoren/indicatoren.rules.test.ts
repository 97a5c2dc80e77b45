import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deelperiodes, leesPeriode } from '../../../common/periode';
import { buitenAkkoordenFout, evalueer, type EvaluatieInvoer, meetperiodeFout, streefperiodeFout, telUitkomsten, vergrendelFout } from './indicatoren.rules';

const kwartalen = deelperiodes(leesPeriode('2024')!, 'kwartaal');
const metingen = (...waarden: (string | null)[]) =>
  waarden.flatMap((w, i) => (w === null ? [] : [{ periode: kwartalen[i]!, waarde: w }]));
const invoer = (extra: Partial<EvaluatieInvoer>): EvaluatieInvoer => ({
  richting: 'hoger-is-beter',
  cumulatief: false,
  streefwaarde: '100',
  deelperiodes: kwartalen,
  metingen: [],
  ...extra,
});

describe('a target per period (not cumulative): the sub-periods add up', () => {
  it('hoger-is-beter, complete: the sum against the target, at and above is met', () => {
    expect(evalueer(invoer({ metingen: metingen('25', '25', '25', '25') }))).toEqual({ werkelijk: '100', gemeten: 4, verwacht: 4, uitkomst: 'gehaald', afwijking: '0' });
    expect(evalueer(invoer({ metingen: metingen('30', '20', '25', '24') }))).toEqual({ werkelijk: '99', gemeten: 4, verwacht: 4, uitkomst: 'niet-gehaald', afwijking: '-1' });
  });

  it('lager-is-beter, complete: at and below is met', () => {
    const lager = { richting: 'lager-is-beter' as const };
    expect(evalueer(invoer({ ...lager, metingen: metingen('25', '25', '25', '25') })).uitkomst).toBe('gehaald');
    expect(evalueer(invoer({ ...lager, metingen: metingen('25', '25', '25', '24') }))).toMatchObject({ uitkomst: 'gehaald', afwijking: '-1' });
    expect(evalueer(invoer({ ...lager, metingen: metingen('25', '25', '25', '26') }))).toMatchObject({ uitkomst: 'niet-gehaald', afwijking: '1' });
  });

  it('incomplete is onvolledig, with the partial sum as werkelijk', () => {
    expect(evalueer(invoer({ metingen: metingen('25', null, '25', null) }))).toEqual({ werkelijk: '50', gemeten: 2, verwacht: 4, uitkomst: 'onvolledig', afwijking: '-50' });
    expect(evalueer(invoer({ richting: 'lager-is-beter', metingen: metingen('25', '25', '25', null) })).uitkomst).toBe('onvolledig');
  });

  it('an incomplete sum past the target does not decide yet: a later value may be negative', () => {
    // hoger-is-beter: already at the target after two quarters, and still onvolledig ...
    expect(evalueer(invoer({ metingen: metingen('60', '40', null, null) }))).toMatchObject({ uitkomst: 'onvolledig', gemeten: 2, werkelijk: '100', afwijking: '0' });
    // ... because a later negative quarter (a net decrease) takes it back under.
    expect(evalueer(invoer({ metingen: metingen('60', '40', '-10', null) }))).toMatchObject({ uitkomst: 'onvolledig', werkelijk: '90' });
    expect(evalueer(invoer({ metingen: metingen('60', '40', '-10', '5') }))).toMatchObject({ uitkomst: 'niet-gehaald', werkelijk: '95', afwijking: '-5' });
    // lager-is-beter: over the target after two quarters, and back under it with a later negative value.
    const lager = { richting: 'lager-is-beter' as const };
    expect(evalueer(invoer({ ...lager, metingen: metingen('60', '41', null, null) })).uitkomst).toBe('onvolledig');
    expect(evalueer(invoer({ ...lager, metingen: metingen('60', '41', '-5', null) })).uitkomst).toBe('onvolledig');
    expect(evalueer(invoer({ ...lager, metingen: metingen('60', '41', '-5', '0') }))).toMatchObject({ uitkomst: 'gehaald', werkelijk: '96' });
  });

  it('a negative value in an incomplete sum: still onvolledig in both directions', () => {
    expect(evalueer(invoer({ metingen: metingen('150', '-10', null, null) })).uitkomst).toBe('onvolledig');
    expect(evalueer(invoer({ richting: 'lager-is-beter', metingen: metingen('150', '-10', null, null) })).uitkomst).toBe('onvolledig');
  });

  it('for any incomplete set of values, the outcome is onvolledig', () => {
    const waarde = fc.option(fc.integer({ min: -1000, max: 1000 }).map(String), { nil: null });
    fc.assert(
      fc.property(fc.tuple(waarde, waarde, waarde, waarde), fc.constantFrom('hoger-is-beter' as const, 'lager-is-beter' as const), (waarden, richting) => {
        fc.pre(waarden.includes(null) && waarden.some((w) => w !== null));
        expect(evalueer(invoer({ richting, metingen: metingen(...waarden) })).uitkomst).toBe('onvolledig');
      }),
    );
  });
});

describe('a cumulative target: the latest value counts', () => {
  const cumulatief = { cumulatief: true };

  it('complete once the last sub-period is measured, whatever came before', () => {
    expect(evalueer(invoer({ ...cumulatief, metingen: metingen('10', null, null, '120') }))).toEqual({ werkelijk: '120', gemeten: 2, verwacht: 4, uitkomst: 'gehaald', afwijking: '20' });
    expect(evalueer(invoer({ ...cumulatief, metingen: metingen('200', '150', '120', '90') }))).toMatchObject({ werkelijk: '90', uitkomst: 'niet-gehaald', afwijking: '-10' });
    expect(evalueer(invoer({ ...cumulatief, richting: 'lager-is-beter', metingen: metingen('200', '150', '120', '90') })).uitkomst).toBe('gehaald');
  });

  it('without the last sub-period it is onvolledig, even far above the target', () => {
    expect(evalueer(invoer({ ...cumulatief, metingen: metingen('500', '600', '700', null) }))).toMatchObject({ werkelijk: '700', gemeten: 3, uitkomst: 'onvolledig', afwijking: '600' });
    expect(evalueer(invoer({ ...cumulatief, richting: 'lager-is-beter', metingen: metingen('500', null, null, null) })).uitkomst).toBe('onvolledig');
  });

  it('the latest by period, not by the order given', () => {
    const omgekeerd = metingen('1', '2', '3', '4').reverse();
    expect(evalueer(invoer({ ...cumulatief, metingen: omgekeerd })).werkelijk).toBe('4');
  });

  it('a year target of a yearly indicator is one sub-period', () => {
    const jaar = { ...cumulatief, deelperiodes: ['2024'], streefwaarde: '14' };
    expect(evalueer(invoer({ ...jaar, metingen: [{ periode: '2024', waarde: '9' }] }))).toEqual({ werkelijk: '9', gemeten: 1, verwacht: 1, uitkomst: 'niet-gehaald', afwijking: '-5' });
  });
});

describe('no approved measurement', () => {
  it('is geen-meting, without werkelijk or afwijking, for every kind', () => {
    for (const cumulatief of [true, false]) {
      for (const richting of ['hoger-is-beter', 'lager-is-beter'] as const) {
        expect(evalueer(invoer({ cumulatief, richting }))).toEqual({ werkelijk: null, gemeten: 0, verwacht: 4, uitkomst: 'geen-meting', afwijking: null });
      }
    }
  });

  it('measurements outside the expected sub-periods do not count', () => {
    expect(evalueer(invoer({ metingen: [{ periode: '2023-K4', waarde: '500' }] })).uitkomst).toBe('geen-meting');
  });
});

describe('exact decimals, as numeric in the database', () => {
  it('0.1 + 0.2 meets a target of 0.3 exactly, in both directions', () => {
    const drie = { streefwaarde: '0.3', deelperiodes: ['2024-H1', '2024-H2'], metingen: [{ periode: '2024-H1', waarde: '0.1' }, { periode: '2024-H2', waarde: '0.2' }] };
    expect(evalueer(invoer(drie))).toMatchObject({ werkelijk: '0.3', afwijking: '0', uitkomst: 'gehaald' });
    expect(evalueer(invoer({ ...drie, richting: 'lager-is-beter' })).uitkomst).toBe('gehaald');
  });

  it('trailing zeros and different scales compare as the same number', () => {
    expect(evalueer(invoer({ streefwaarde: '12.50', metingen: metingen('3.125', '3.125', '3.125', '3.125') }))).toMatchObject({ werkelijk: '12.5', afwijking: '0', uitkomst: 'gehaald' });
    expect(evalueer(invoer({ streefwaarde: '0.000001', metingen: metingen('0', '0', '0', '0') }))).toMatchObject({ werkelijk: '0', afwijking: '-0.000001', uitkomst: 'niet-gehaald' });
    expect(evalueer(invoer({ streefwaarde: '-2.5', cumulatief: true, metingen: metingen(null, null, null, '-2.50') }))).toMatchObject({ werkelijk: '-2.5', afwijking: '0', uitkomst: 'gehaald' });
  });

  it('for any values in hundredths, the sum and comparison match integer arithmetic', () => {
    const honderdsten = fc.integer({ min: 0, max: 1_000_000 });
    const tekst = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
    fc.assert(
      fc.property(fc.array(honderdsten, { minLength: 4, maxLength: 4 }), honderdsten, (waarden, doel) => {
        const u = evalueer(invoer({ streefwaarde: tekst(doel), metingen: metingen(...waarden.map(tekst)) }));
        const totaal = waarden.reduce((s, w) => s + w, 0);
        expect(Math.round(Number(u.werkelijk) * 100)).toBe(totaal);
        expect(u.uitkomst).toBe(totaal >= doel ? 'gehaald' : 'niet-gehaald');
        expect(Math.round(Number(u.afwijking) * 100)).toBe(totaal - doel);
      }),
    );
  });
});

describe('counting outcomes', () => {
  it('counts each kind', () => {
    expect(telUitkomsten(['gehaald', 'niet-gehaald', 'niet-gehaald', 'geen-meting'])).toEqual({ gehaald: 1, nietGehaald: 2, onvolledig: 0, geenMeting: 1 });
  });
});

describe('which periods fit', () => {
  it('a target: the frequency or coarser; finer is undefined, said with the frequency', () => {
    expect(streefperiodeFout('2024', 'kwartaal')).toBeNull();
    expect(streefperiodeFout('2024-H2', 'kwartaal')).toBeNull();
    expect(streefperiodeFout('2024-K3', 'kwartaal')).toBeNull();
    expect(streefperiodeFout('2024-H1', 'halfjaar')).toBeNull();
    expect(streefperiodeFout('2024-K1', 'jaar')).toBe(
      'Een streefwaarde voor een kwartaal (1e kwartaal 2024) is niet gedefinieerd: deze indicator wordt per jaar gemeten. Kies een jaar',
    );
    expect(streefperiodeFout('2024-K1', 'halfjaar')).toMatch(/per halfjaar gemeten\. Kies een halfjaar of een jaar$/);
    expect(streefperiodeFout('2024-K5', 'kwartaal')).toMatch(/geen periode/);
  });

  it('a measurement: exactly the frequency', () => {
    expect(meetperiodeFout('2024-K2', 'kwartaal')).toBeNull();
    expect(meetperiodeFout('2024', 'kwartaal')).toBe('Deze indicator wordt per kwartaal gemeten; een meting is voor een kwartaal (2024-K1), niet voor een jaar');
    expect(meetperiodeFout('2024-H1', 'jaar')).toMatch(/per jaar gemeten/);
    expect(meetperiodeFout('2024-H3', 'halfjaar')).toMatch(/geen periode/);
  });

  it('a target inside the years of the accords', () => {
    const looptijd = { eersteJaar: 2022, laatsteJaar: 2026 };
    expect(buitenAkkoordenFout('2026-K4', looptijd)).toBeNull();
    expect(buitenAkkoordenFout('2022', looptijd)).toBeNull();
    expect(buitenAkkoordenFout('2031', looptijd)).toBe('2031 ligt buiten de looptijd van de akkoorden (2022–2026); kies een periode daarbinnen');
    expect(buitenAkkoordenFout('2021-H2', looptijd)).toMatch(/^2e halfjaar 2021 ligt buiten/);
    expect(buitenAkkoordenFout('2031', null)).toBeNull();
  });
});

describe('locking a period', () => {
  it('only with measurements, all approved; the refusal counts', () => {
    expect(vergrendelFout({ concepten: 0, goedgekeurd: 3 }, '2024-K1')).toBeNull();
    expect(vergrendelFout({ concepten: 0, goedgekeurd: 0 }, '2024-K1')).toMatch(/^1e kwartaal 2024 heeft nog geen metingen/);
    expect(vergrendelFout({ concepten: 2, goedgekeurd: 1 }, '2024-K1')).toMatch(/^2 metingen zijn nog concept \(1 goedgekeurd\)/);
    expect(vergrendelFout({ concepten: 1, goedgekeurd: 0 }, '2024')).toMatch(/^1 meting is nog concept/);
  });
});
