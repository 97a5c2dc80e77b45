import { datumTekst } from '../../../common/datum';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bepaalUitslag,
  besluitnummer,
  besluitReferentie,
  type Besluitregels,
  heeftMeerderheid,
  orgaanAfkorting,
  overstemmingsrisico,
  quorumNodig,
  type StemKeuze,
  type Zetel,
} from './stemming.rules';

const namen = ['Beesel', 'Bergen', 'Echt-Susteren', 'Gennep', 'Horst aan de Maas', 'Leudal', 'Maasgouw', 'Nederweert', 'Peel en Maas', 'Roerdalen', 'Roermond', 'Venlo', 'Venray', 'Weert'];
const gemeente = (naam: string) => ({ gemeentecode: `GM${String(namen.indexOf(naam)).padStart(4, '0')}`, naam });
const pho: Besluitregels = { consensusEerst: true, quorumBasispunten: 5000, meerderheidBasispunten: 5000 };

/** Fourteen seats, all present, all voting `standaard`, except the ones named. */
function zetels(standaard: StemKeuze | null, anders: Record<string, StemKeuze | null | 'afwezig'> = {}): Zetel[] {
  return namen.map((naam) => {
    const a = anders[naam];
    if (a === 'afwezig') return { gemeente: gemeente(naam), aanwezig: false, keuze: null };
    return { gemeente: gemeente(naam), aanwezig: true, keuze: a === undefined ? standaard : a };
  });
}
const wie = (gs: { naam: string }[]) => gs.map((g) => g.naam);

describe('consensus', () => {
  it('all fourteen present vote for: adopted by consensus, nobody outvoted', () => {
    const u = bepaalUitslag(pho, zetels('voor'));
    expect(u).toMatchObject({ soort: 'besloten', uitkomst: 'aangenomen', wijze: 'consensus', overstemd: [] });
    expect(u.voor).toHaveLength(14);
    expect(u.uitleg).toBe('Aangenomen bij consensus: alle 14 aanwezige gemeenten stemden voor (14 voor, 0 tegen, 0 onthouding, 0 afwezig).');
  });

  it('absent seats do not break consensus among those present', () => {
    const u = bepaalUitslag(pho, zetels('voor', { Venlo: 'afwezig', Weert: 'afwezig' }));
    expect(u).toMatchObject({ uitkomst: 'aangenomen', wijze: 'consensus' });
    expect(wie(u.afwezig)).toEqual(['Venlo', 'Weert']);
  });

  it('one abstention breaks consensus; the majority of votes cast then decides', () => {
    const u = bepaalUitslag(pho, zetels('voor', { Venray: 'onthouding' }));
    expect(u).toMatchObject({ uitkomst: 'aangenomen', wijze: 'meerderheid', overstemd: [] });
    expect(wie(u.onthouding)).toEqual(['Venray']);
    expect(u.uitleg).toContain('Geen consensus; aangenomen bij meerderheid: 13 stemmen voor is meer dan 50% van de 13 uitgebrachte stemmen');
  });

  it('a body that does not decide consensus-first records a unanimous vote as a majority decision', () => {
    const u = bepaalUitslag({ ...pho, consensusEerst: false }, zetels('voor'));
    expect(u).toMatchObject({ uitkomst: 'aangenomen', wijze: 'meerderheid' });
    expect(u.uitleg).toMatch(/^Aangenomen bij meerderheid: 14 stemmen voor/);
  });
});

describe('majority of votes cast', () => {
  it('one municipality against: adopted by majority, and that municipality is outvoted', () => {
    const u = bepaalUitslag(pho, zetels('voor', { Venlo: 'tegen' }));
    expect(u).toMatchObject({ soort: 'besloten', uitkomst: 'aangenomen', wijze: 'meerderheid' });
    expect(wie(u.overstemd)).toEqual(['Venlo']);
    expect(wie(u.tegen)).toEqual(['Venlo']);
    expect(u.voor).toHaveLength(13);
  });

  it('a tie fails, and says so', () => {
    const tegen = Object.fromEntries(namen.slice(0, 7).map((n) => [n, 'tegen' as const]));
    const u = bepaalUitslag(pho, zetels('voor', tegen));
    expect(u).toMatchObject({ uitkomst: 'verworpen', wijze: 'meerderheid' });
    expect(u.overstemd).toHaveLength(7);
    expect(u.uitleg).toContain('bij staking van stemmen is een voorstel verworpen');
  });

  it('abstentions are not votes cast: 3 for, 2 against, 9 abstaining is adopted', () => {
    const anders: Record<string, StemKeuze> = { Beesel: 'voor', Bergen: 'voor', Gennep: 'voor', Venlo: 'tegen', Weert: 'tegen' };
    const u = bepaalUitslag(pho, zetels('onthouding', anders));
    expect(u).toMatchObject({ uitkomst: 'aangenomen', wijze: 'meerderheid' });
    expect(wie(u.overstemd)).toEqual(['Venlo', 'Weert']);
    expect(u.onthouding).toHaveLength(9);
  });

  it('everybody abstains: nobody voted for, so the proposal fails and nobody is outvoted', () => {
    const u = bepaalUitslag(pho, zetels('onthouding'));
    expect(u).toMatchObject({ uitkomst: 'verworpen', wijze: 'meerderheid', overstemd: [] });
  });

  it('a majority against rejects; those who voted for are outvoted', () => {
    const voor = { Venlo: 'voor', Roermond: 'voor' } as const;
    const u = bepaalUitslag(pho, zetels('tegen', voor));
    expect(u.uitkomst).toBe('verworpen');
    expect(wie(u.overstemd)).toEqual(['Roermond', 'Venlo']);
  });

  it('the thresholds are data: a two-thirds rule rejects 9 of 14 and adopts 10 of 14', () => {
    const tweeDerde: Besluitregels = { consensusEerst: true, quorumBasispunten: 5000, meerderheidBasispunten: 6667 };
    const negen = bepaalUitslag(tweeDerde, zetels('voor', Object.fromEntries(namen.slice(0, 5).map((n) => [n, 'tegen' as const]))));
    expect(negen.uitkomst).toBe('verworpen');
    const tien = bepaalUitslag(tweeDerde, zetels('voor', Object.fromEntries(namen.slice(0, 4).map((n) => [n, 'tegen' as const]))));
    expect(tien.uitkomst).toBe('aangenomen');
    expect(tien.uitleg).toContain('meer dan 66,67%');
  });

  it('"more than" is strict at the threshold and never rounds', () => {
    expect(heeftMeerderheid(7, 7, 5000)).toBe(false);
    expect(heeftMeerderheid(8, 6, 5000)).toBe(true);
    expect(heeftMeerderheid(2, 1, 6667)).toBe(false);
    expect(heeftMeerderheid(2, 1, 6666)).toBe(true);
    expect(heeftMeerderheid(0, 0, 0)).toBe(false);
  });
});

describe('quorum and presence', () => {
  it('six of fourteen present is no quorum under a half: nothing is decided', () => {
    const afwezig = Object.fromEntries(namen.slice(0, 8).map((n) => [n, 'afwezig' as const]));
    const u = bepaalUitslag(pho, zetels('voor', afwezig));
    expect(u).toMatchObject({ soort: 'geen-quorum', uitkomst: null, wijze: null });
    expect(u.uitleg).toBe('Geen quorum: 6 van de 14 stemgerechtigde zetels aanwezig, minstens 7 nodig (50%). Er kan niet worden besloten.');
  });

  it('seven of fourteen is exactly the quorum', () => {
    const afwezig = Object.fromEntries(namen.slice(0, 7).map((n) => [n, 'afwezig' as const]));
    expect(bepaalUitslag(pho, zetels('voor', afwezig)).soort).toBe('besloten');
    expect(quorumNodig(14, 5000)).toBe(7);
    expect(quorumNodig(15, 5000)).toBe(8);
    expect(quorumNodig(14, 10000)).toBe(14);
  });

  it('a quorum of zero still needs someone present to vote', () => {
    const alleAfwezig = Object.fromEntries(namen.map((n) => [n, 'afwezig' as const]));
    expect(bepaalUitslag({ ...pho, quorumBasispunten: 0 }, zetels('voor', alleAfwezig)).soort).toBe('geen-quorum');
  });

  it('a body without voting seats cannot vote', () => {
    expect(bepaalUitslag(pho, []).uitleg).toContain('geen stemgerechtigde zetels');
  });

  it('while present seats have not voted, the outcome is not yet known and names them', () => {
    const u = bepaalUitslag(pho, zetels('voor', { Venray: null, Weert: null, Venlo: 'afwezig' }));
    expect(u).toMatchObject({ soort: 'onvolledig', uitkomst: null });
    expect(wie(u.nogNiet)).toEqual(['Venray', 'Weert']);
    expect(u.uitleg).toBe('Nog niet gestemd: Venray en Weert (2 van 13 aanwezigen).');
  });
});

describe('properties', () => {
  const keuze = fc.constantFrom<StemKeuze | 'afwezig'>('voor', 'tegen', 'onthouding', 'afwezig');
  const regels = fc.record({ consensusEerst: fc.boolean(), quorumBasispunten: fc.integer({ min: 0, max: 10000 }), meerderheidBasispunten: fc.integer({ min: 0, max: 9999 }) });

  it('every seat appears exactly once among for, against, abstaining and absent once all have voted', () => {
    fc.assert(
      fc.property(regels, fc.array(keuze, { minLength: 1, maxLength: 20 }), (r, ks) => {
        const z: Zetel[] = ks.map((k, i) => ({ gemeente: { gemeentecode: `GM${i}`, naam: `G${i}` }, aanwezig: k !== 'afwezig', keuze: k === 'afwezig' ? null : k }));
        const u = bepaalUitslag(r, z);
        expect(u.voor.length + u.tegen.length + u.onthouding.length + u.afwezig.length).toBe(z.length);
        if (u.soort === 'besloten') {
          // The outvoted always voted against the outcome; consensus outvotes nobody.
          const tegenUitkomst = u.uitkomst === 'aangenomen' ? u.tegen : u.voor;
          expect(u.overstemd).toEqual(u.wijze === 'consensus' ? [] : tegenUitkomst);
          if (u.uitkomst === 'aangenomen') expect(u.voor.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('adding a vote for never turns an adoption into a rejection', () => {
    fc.assert(
      fc.property(regels, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (r, voor, tegen) => {
        if (heeftMeerderheid(voor, tegen, r.meerderheidBasispunten)) expect(heeftMeerderheid(voor + 1, tegen, r.meerderheidBasispunten)).toBe(true);
      }),
    );
  });
});

describe('college positions and the risk of being outvoted', () => {
  const alle = namen.map(gemeente);
  it('shows who disagrees, who agrees and who is unknown', () => {
    const r = overstemmingsrisico(
      [
        { gemeente: gemeente('Venray'), standpunt: 'akkoord' },
        { gemeente: gemeente('Venlo'), standpunt: 'niet-akkoord' },
        { gemeente: gemeente('Weert'), standpunt: 'onthouding' },
      ],
      alle,
    );
    expect(wie(r.akkoord)).toEqual(['Venray']);
    expect(wie(r.nietAkkoord)).toEqual(['Venlo']);
    expect(r.onbekend).toHaveLength(11);
    expect(r.risico).toBe('Venlo kan worden overstemd: het college is niet akkoord, 1 van de 14 colleges wel (11 nog onbekend). Zonder consensus beslist de meerderheid.');
  });

  it('no risk when no college disagrees', () => {
    expect(overstemmingsrisico([{ gemeente: gemeente('Venray'), standpunt: 'akkoord' }], alle).risico).toBeNull();
  });
});

describe('numbers and references', () => {
  it('numbers per body and year, with the abbreviation from the body name', () => {
    expect(orgaanAfkorting('Portefeuillehoudersoverleg (PHO) IZA')).toBe('PHO');
    expect(orgaanAfkorting('Kerngroep IZA')).toBe('Kerngroep IZA');
    expect(besluitnummer('PHO', 2024, 3)).toBe('PHO 2024-03');
    expect(besluitnummer('PHO', 2024, 112)).toBe('PHO 2024-112');
    expect(besluitReferentie('PHO', '2024-03-20', 2024, 3)).toBe('PHO 20 maart 2024, besluit 2024-03');
    expect(datumTekst('2024-12-01')).toBe('1 december 2024');
  });
});
