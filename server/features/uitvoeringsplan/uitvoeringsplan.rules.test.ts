import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planStatussen, pvaStatussen, type PlanStatus, type PvaStatus } from '../../../common/contracts/plannen';
import { naVaststelling, type PlanActie, toetsPlanActie, toetsPositie, toetsPvaBudget, toetsPvaOvergang } from './uitvoeringsplan.rules';

const gewoon = (s: string) => s.replace(/\u00a0/g, ' ');
const v = (versie: number, status: PlanStatus) => ({ versie, status });

describe('toetsPlanActie: the versions of a yearly plan', () => {
  const concept1 = v(1, 'concept');
  const vast1 = v(1, 'vastgesteld');
  const vervallen1 = v(1, 'vervallen');
  const vast2 = v(2, 'vastgesteld');
  const concept2 = v(2, 'concept');

  it('a concept is edited, adopted (by the PHO) or thrown away, but not adjusted', () => {
    expect(toetsPlanActie(concept1, [concept1], 'inhoud-wijzigen').toegestaan).toBe(true);
    expect(toetsPlanActie(concept1, [concept1], 'vaststellen').toegestaan).toBe(true);
    expect(toetsPlanActie(concept1, [concept1], 'verwijderen').toegestaan).toBe(true);
    expect(toetsPlanActie(concept1, [concept1], 'onderdeel-status').toegestaan).toBe(true);
    const b = toetsPlanActie(concept1, [concept1], 'bijstellen');
    expect(b).toEqual({ toegestaan: false, reden: expect.stringContaining('nog een concept') });
  });

  it('an adopted version never changes in content, is not adopted again and is not removed', () => {
    for (const actie of ['inhoud-wijzigen', 'vaststellen', 'verwijderen'] as PlanActie[]) {
      expect(toetsPlanActie(vast1, [vast1], actie).toegestaan).toBe(false);
    }
    expect(toetsPlanActie(vast1, [vast1], 'inhoud-wijzigen')).toMatchObject({ reden: expect.stringContaining('Maak een bijstelling') });
  });

  it('the status of its components does change: that is progress, not plan content', () => {
    expect(toetsPlanActie(vast1, [vast1], 'onderdeel-status').toegestaan).toBe(true);
  });

  it('an adopted version is adjusted into a new concept, but only once at a time', () => {
    expect(toetsPlanActie(vast1, [vast1], 'bijstellen').toegestaan).toBe(true);
    expect(toetsPlanActie(vast1, [vast1, concept2], 'bijstellen')).toEqual({ toegestaan: false, reden: expect.stringContaining('al een bijstelling in concept (versie 2)') });
  });

  it('a lapsed version changes in nothing and points to the version in force', () => {
    for (const actie of ['inhoud-wijzigen', 'onderdeel-status', 'bijstellen', 'vaststellen', 'verwijderen'] as PlanActie[]) {
      expect(toetsPlanActie(vervallen1, [vervallen1, vast2], actie).toegestaan).toBe(false);
    }
    expect(toetsPlanActie(vervallen1, [vervallen1, vast2], 'bijstellen')).toMatchObject({ reden: expect.stringContaining('(versie 2)') });
  });

  it('every action on every status: allowed exactly as the table says (property)', () => {
    const toegestaan: Record<PlanStatus, PlanActie[]> = {
      concept: ['inhoud-wijzigen', 'onderdeel-status', 'vaststellen', 'verwijderen'],
      vastgesteld: ['onderdeel-status', 'bijstellen'],
      vervallen: [],
    };
    fc.assert(
      fc.property(fc.constantFrom(...planStatussen), fc.constantFrom<PlanActie>('inhoud-wijzigen', 'onderdeel-status', 'bijstellen', 'vaststellen', 'verwijderen'), (status, actie) => {
        const versie = v(1, status);
        expect(toetsPlanActie(versie, [versie], actie).toegestaan).toBe(toegestaan[status].includes(actie));
      }),
    );
  });

  it('adoption: the new version becomes vastgesteld and the one in force before it vervallen', () => {
    const alle = [
      { id: 'a', versie: 1, status: 'vervallen' as const },
      { id: 'b', versie: 2, status: 'vastgesteld' as const },
      { id: 'c', versie: 3, status: 'concept' as const },
    ];
    expect(naVaststelling(alle, 'c')).toEqual([
      { id: 'b', status: 'vervallen' },
      { id: 'c', status: 'vastgesteld' },
    ]);
    expect(naVaststelling([{ id: 'a', versie: 1, status: 'concept' }], 'a')).toEqual([{ id: 'a', status: 'vastgesteld' }]);
  });
});

describe('toetsPositie: sub-items one level under a main component', () => {
  const hoofd = [
    { code: '3', bovenliggendeCode: null },
    { code: '3.1', bovenliggendeCode: '3' },
    { code: '4', bovenliggendeCode: null },
  ];
  it('a main component, or a sub-item under an existing main component', () => {
    expect(toetsPositie({ code: '5', bovenliggendeCode: null }, hoofd)).toBeNull();
    expect(toetsPositie({ code: '3.2', bovenliggendeCode: '3' }, hoofd)).toBeNull();
  });
  it.each([
    [{ code: '3.2', bovenliggendeCode: '9' }, 'Er is geen onderdeel met code "9"'],
    [{ code: '3.1.1', bovenliggendeCode: '3.1' }, 'zelf een subonderdeel'],
    [{ code: '4', bovenliggendeCode: '4' }, 'niet onder zichzelf'],
    [{ code: '3', bovenliggendeCode: '4' }, 'heeft zelf subonderdelen (3.1)'],
  ])('%j is refused: %s', (onderdeel, reden) => {
    expect(toetsPositie(onderdeel, hoofd)).toContain(reden);
  });
});

describe('toetsPvaOvergang: concept → ingediend → goedgekeurd | afgewezen', () => {
  const toegestaan: [PvaStatus, PvaStatus][] = [
    ['concept', 'ingediend'],
    ['ingediend', 'goedgekeurd'],
    ['ingediend', 'afgewezen'],
  ];
  it('allows exactly the three steps and refuses every other transition (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pvaStatussen), fc.constantFrom(...pvaStatussen), (van, naar) => {
        expect(toetsPvaOvergang(van, naar).toegestaan).toBe(toegestaan.some(([a, b]) => a === van && b === naar));
      }),
    );
  });
  it('says why a step is refused', () => {
    expect(toetsPvaOvergang('concept', 'goedgekeurd')).toMatchObject({ reden: expect.stringContaining('dien het eerst in bij de Kerngroep') });
    expect(toetsPvaOvergang('goedgekeurd', 'afgewezen')).toMatchObject({ reden: expect.stringContaining('al goedgekeurd; dat is definitief') });
    expect(toetsPvaOvergang('ingediend', 'ingediend')).toMatchObject({ reden: expect.stringContaining('alleen nog goedgekeurd of afgewezen') });
  });
});

describe('toetsPvaBudget: a plan of approach within its budget line', () => {
  const regel = { code: '3', omschrijving: 'Onderdeel 3 — ketenaanpakken', bedragCenten: 200_000_000 };
  it('allows up to what the line still has after the other plans', () => {
    expect(toetsPvaBudget({ regel, anderenCenten: 15_000_000, budgetCenten: 185_000_000 })).toEqual({ binnen: true });
  });
  it('refuses one cent more, with the numbers', () => {
    const t = toetsPvaBudget({ regel, anderenCenten: 15_000_000, budgetCenten: 185_000_001 });
    expect(t.binnen).toBe(false);
    if (t.binnen) return;
    expect(t.nogCenten).toBe(185_000_000);
    expect(gewoon(t.melding)).toBe(
      'Begrotingsregel 3 (Onderdeel 3 — ketenaanpakken) heeft € 2.000.000; andere plannen van aanpak op deze regel houden al € 150.000. ' +
        'Er is nog € 1.850.000; dit plan van aanpak vraagt € 1.850.000,01, € 0,01 te veel.',
    );
  });
  it('never lets the plans on a line together exceed it (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000_000 }), { maxLength: 20 }), (budgetten) => {
        let anderen = 0;
        for (const b of budgetten) if (toetsPvaBudget({ regel, anderenCenten: anderen, budgetCenten: b }).binnen) anderen += b;
        expect(anderen).toBeLessThanOrEqual(regel.bedragCenten);
      }),
    );
  });
});
