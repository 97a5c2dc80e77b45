import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TransformatieplanStatus, transformatieplanStatussen } from '../../../common/contracts/transformatieplannen';
import {
  huidigeInstemmingen,
  ingediendOfLater,
  type Instemmingsregel,
  instemmingMelding,
  nieuwOntbrekend,
  stapDoor,
  toetsInstemming,
  toetsInstemmingsregel,
  toetsOvergang,
  toetsSnelleToets,
  volgendeStappen,
  wijzigingZonderInstemmingMelding,
} from './transformatieplan.rules';
import { controleerSchaal, controleerScores, type Vraag } from './toetsing.rules';

// The lifecycle of DOMAIN.md §8, written out once more by hand: the test does not trust the table.
const toegestaan: [TransformatieplanStatus, TransformatieplanStatus][] = [
  ['idee', 'snelle-toets'],
  ['snelle-toets', 'ingediend'],
  ['ingediend', 'beoordeeld'],
  ['beoordeeld', 'goedgekeurd'],
  ['beoordeeld', 'afgewezen'],
  ['goedgekeurd', 'in-uitvoering'],
  ['in-uitvoering', 'afgerond'],
];
const isToegestaan = (van: TransformatieplanStatus, naar: TransformatieplanStatus) => toegestaan.some(([a, b]) => a === van && b === naar);
const paren = transformatieplanStatussen.flatMap((van) => transformatieplanStatussen.map((naar) => [van, naar] as const));

describe('the lifecycle of a transformation plan, tried for every pair of states', () => {
  it.each(paren)('%s → %s is allowed exactly when it is the next step', (van, naar) => {
    const t = toetsOvergang(van, naar);
    expect(t.toegestaan).toBe(isToegestaan(van, naar));
    if (t.toegestaan) return;
    // A refusal names the allowed next steps (or says the status is final).
    expect(t.mogelijk).toEqual(volgendeStappen[van]);
    if (t.mogelijk.length === 0) expect(t.melding).toContain('eindstatus');
    else expect(t.melding).toContain('kan het plan alleen naar');
  });

  it('classifies a refusal: staying, going back, skipping, or from a final status', () => {
    const reden = (van: TransformatieplanStatus, naar: TransformatieplanStatus) => {
      const t = toetsOvergang(van, naar);
      return t.toegestaan ? 'toegestaan' : t.reden;
    };
    expect(reden('snelle-toets', 'beoordeeld')).toBe('overslaan');
    expect(reden('idee', 'ingediend')).toBe('overslaan');
    expect(reden('idee', 'afgewezen')).toBe('overslaan');
    expect(reden('ingediend', 'snelle-toets')).toBe('terug');
    expect(reden('goedgekeurd', 'afgewezen')).toBe('terug');
    expect(reden('in-uitvoering', 'beoordeeld')).toBe('terug');
    expect(reden('ingediend', 'ingediend')).toBe('gelijk');
    expect(reden('afgerond', 'idee')).toBe('eindstatus');
    expect(reden('afgewezen', 'goedgekeurd')).toBe('eindstatus');
  });

  it('explains a skipped step in words with the allowed step', () => {
    const t = toetsOvergang('snelle-toets', 'beoordeeld');
    expect(t.toegestaan).toBe(false);
    if (t.toegestaan) return;
    expect(t.melding).toBe('Van «snelle toets» naar «beoordeeld» slaat een stap over. Vanuit «snelle toets» kan het plan alleen naar «ingediend».');
    const b = toetsOvergang('beoordeeld', 'in-uitvoering');
    expect(!b.toegestaan && b.melding).toContain('alleen naar «goedgekeurd» of «afgewezen»');
  });

  it('every status can be reached from idee by allowed steps, and every path ends in afgerond or afgewezen', () => {
    const bereikt = new Set<TransformatieplanStatus>(['idee']);
    let rand: TransformatieplanStatus[] = ['idee'];
    while (rand.length) {
      rand = rand.flatMap((s) => volgendeStappen[s].filter((n) => !bereikt.has(n)));
      rand.forEach((s) => bereikt.add(s));
    }
    expect([...bereikt].sort()).toEqual([...transformatieplanStatussen].sort());
    const einden = transformatieplanStatussen.filter((s) => volgendeStappen[s].length === 0);
    expect(einden.sort()).toEqual(['afgerond', 'afgewezen']);
  });

  it('the insurer takes the steps of assessment and decision; the plan side the others', () => {
    expect(transformatieplanStatussen.filter((s) => stapDoor(s) === 'verzekeraar')).toEqual(['beoordeeld', 'goedgekeurd', 'afgewezen']);
  });
});

const venray = { gemeenteId: 'venray', naam: 'Venray' };
const venlo = { gemeenteId: 'venlo', naam: 'Venlo' };
const horst = { gemeenteId: 'horst', naam: 'Horst aan de Maas' };
let volgnummer = 0;
const regel = (gemeenteId: string, soort: 'verleend' | 'ingetrokken', datum: string): Instemmingsregel => ({ gemeenteId, soort, datum, volgnummer: ++volgnummer });

describe('the consent gate (DOMAIN.md §8: consent blocks submission until given)', () => {
  const sociaal = { domeinen: ['medisch', 'sociaal'] as const, gemeenten: [venray, venlo, horst] };

  it('a plan that does not touch the social domain needs no consent', () => {
    expect(toetsInstemming({ domeinen: ['medisch', 'ggz'], gemeenten: [venray, venlo] }, [])).toEqual({ vereist: false, ontbrekend: [] });
  });

  it('a plan touching the social domain needs every affected municipality, and names the missing ones', () => {
    const t = toetsInstemming(sociaal, [regel('venray', 'verleend', '2024-05-01'), regel('venlo', 'verleend', '2024-05-02')]);
    expect(t).toEqual({ vereist: true, ontbrekend: [horst] });
    expect(instemmingMelding(t.ontbrekend)).toContain('De instemming van Horst aan de Maas ontbreekt nog.');
    expect(instemmingMelding([venlo, horst])).toContain('De instemming van Venlo en Horst aan de Maas ontbreekt nog.');
    expect(instemmingMelding([venray, venlo, horst])).toContain('Venray, Venlo en Horst aan de Maas');
  });

  it('all consents given: submission may go ahead', () => {
    const t = toetsInstemming(sociaal, [regel('venray', 'verleend', '2024-05-01'), regel('venlo', 'verleend', '2024-05-02'), regel('horst', 'verleend', '2024-05-03')]);
    expect(t.ontbrekend).toEqual([]);
  });

  it('a consent withdrawn again counts as missing; given again, it counts again', () => {
    const regels = [regel('venray', 'verleend', '2024-05-01'), regel('venlo', 'verleend', '2024-05-01'), regel('horst', 'verleend', '2024-05-01'), regel('venlo', 'ingetrokken', '2024-06-01')];
    expect(toetsInstemming(sociaal, regels).ontbrekend).toEqual([venlo]);
    expect(toetsInstemming(sociaal, [...regels, regel('venlo', 'verleend', '2024-07-01')]).ontbrekend).toEqual([]);
  });

  it('only affected municipalities count: consent of another municipality does not fill a gap', () => {
    const t = toetsInstemming({ domeinen: ['sociaal'], gemeenten: [venray] }, [regel('venlo', 'verleend', '2024-05-01')]);
    expect(t.ontbrekend).toEqual([venray]);
    const zonderVenlo = toetsInstemming({ domeinen: ['sociaal'], gemeenten: [venray] }, [regel('venray', 'verleend', '2024-05-01'), regel('venlo', 'ingetrokken', '2024-05-02')]);
    expect(zonderVenlo.ontbrekend).toEqual([]);
  });

  it('the latest record by date wins; at the same date the one recorded last', () => {
    const a = regel('venray', 'verleend', '2024-05-01');
    const b = regel('venray', 'ingetrokken', '2024-05-01');
    expect(huidigeInstemmingen([a, b]).get('venray')).toBe('ingetrokken');
    expect(huidigeInstemmingen([b, a]).get('venray')).toBe('ingetrokken');
    expect(huidigeInstemmingen([regel('venray', 'verleend', '2024-06-01'), { ...b, datum: '2024-05-01' }]).get('venray')).toBe('verleend');
  });

  it('property: the outcome does not depend on the order in which records are read', () => {
    const regelArb = fc.record({
      gemeenteId: fc.constantFrom('venray', 'venlo', 'horst', 'beesel'),
      soort: fc.constantFrom('verleend' as const, 'ingetrokken' as const),
      datum: fc.constantFrom('2024-01-01', '2024-02-01', '2024-03-01'),
      volgnummer: fc.nat(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(regelArb, { selector: (r) => r.volgnummer }), (regels) => {
        const vooruit = toetsInstemming(sociaal, regels).ontbrekend;
        expect(toetsInstemming(sociaal, [...regels].reverse()).ontbrekend).toEqual(vooruit);
      }),
    );
  });

  it('consent twice or withdrawing what was never given is refused', () => {
    expect(toetsInstemmingsregel('verleend', 'verleend', 'Venray')).toBe('Venray heeft al ingestemd met dit plan.');
    expect(toetsInstemmingsregel(undefined, 'ingetrokken', 'Venray')).toBe('Venray heeft geen instemming om in te trekken.');
    expect(toetsInstemmingsregel('ingetrokken', 'ingetrokken', 'Venray')).toBe('Venray heeft geen instemming om in te trekken.');
    expect(toetsInstemmingsregel('ingetrokken', 'verleend', 'Venray')).toBeNull();
    expect(toetsInstemmingsregel('verleend', 'ingetrokken', 'Venray')).toBeNull();
    expect(toetsInstemmingsregel(undefined, 'verleend', 'Venray')).toBeNull();
  });
});

describe('after submission a change of domains or municipalities keeps the consent gate', () => {
  const gegeven = [regel('venray', 'verleend', '2024-05-01')];

  it('widening a medical plan to the social domain lacks the consent of every affected municipality that has not given it', () => {
    const voor = toetsInstemming({ domeinen: ['medisch'], gemeenten: [venray, venlo] }, gegeven);
    const na = toetsInstemming({ domeinen: ['medisch', 'sociaal'], gemeenten: [venray, venlo, horst] }, gegeven);
    expect(nieuwOntbrekend(voor, na)).toEqual([venlo, horst]);
    expect(wijzigingZonderInstemmingMelding('ingediend', [venlo, horst])).toContain('Na deze wijziging ontbreekt de instemming van Venlo en Horst aan de Maas.');
    expect(wijzigingZonderInstemmingMelding('in-uitvoering', [venlo])).toMatch(/^Het plan is in uitvoering: /);
  });

  it('a consent that was already missing (withdrawn after submission) does not block a change that adds no gap', () => {
    const ingetrokken = [...gegeven, regel('venlo', 'verleend', '2024-05-01'), regel('venlo', 'ingetrokken', '2024-08-01')];
    const voor = toetsInstemming({ domeinen: ['sociaal'], gemeenten: [venray, venlo] }, ingetrokken);
    expect(nieuwOntbrekend(voor, toetsInstemming({ domeinen: ['sociaal', 'ggz'], gemeenten: [venray, venlo] }, ingetrokken))).toEqual([]);
    expect(nieuwOntbrekend(voor, toetsInstemming({ domeinen: ['sociaal'], gemeenten: [venray] }, ingetrokken))).toEqual([]);
    expect(nieuwOntbrekend(voor, toetsInstemming({ domeinen: ['sociaal'], gemeenten: [venray, venlo, horst] }, ingetrokken))).toEqual([horst]);
  });

  it('applies from submission on, not before and not to a closed plan', () => {
    expect(transformatieplanStatussen.filter((s) => ingediendOfLater.includes(s))).toEqual(['ingediend', 'beoordeeld', 'goedgekeurd', 'in-uitvoering']);
  });
});

describe('the quick scan comes first (DOMAIN.md §8)', () => {
  const datum = (iso: string) => `op ${iso}`;

  it('no quick scan, or a latest one that is negative or on hold, refuses submission with the reason', () => {
    expect(toetsSnelleToets(undefined, 'VGZ', datum)).toEqual({ code: 'snelle-toets-ontbreekt', melding: expect.stringContaining('er is nog geen snelle toets vastgelegd') });
    expect(toetsSnelleToets({ uitkomst: 'negatief', datum: '2025-02-17' }, 'VGZ', datum)).toEqual({
      code: 'snelle-toets-niet-positief',
      melding: 'Het plan kan pas worden ingediend na een positieve snelle toets van VGZ; de laatste snelle toets (op 2025-02-17) is negatief. Pas het plan aan en vraag een nieuwe snelle toets.',
    });
    expect(toetsSnelleToets({ uitkomst: 'aangehouden', datum: '2025-02-17' }, 'VGZ', datum)?.melding).toContain('is aangehouden');
  });

  it('a positive latest quick scan lets the plan be submitted', () => {
    expect(toetsSnelleToets({ uitkomst: 'positief', datum: '2025-02-17' }, 'VGZ', datum)).toBeNull();
  });
});

const vragen: Vraag[] = [
  { id: 'zvw', volgorde: 1, vraag: 'Lagere kosten onder de Zorgverzekeringswet', schaalMin: 1, schaalMax: 5 },
  { id: 'personeel', volgorde: 2, vraag: 'Doelmatiger inzet van zorgpersoneel', schaalMin: 1, schaalMax: 5 },
  { id: 'sociaal', volgorde: 3, vraag: 'Verschuiving van medisch naar sociaal domein', schaalMin: 0, schaalMax: 3 },
];

describe('scores within the scale of each question (a score outside the scale is a precise problem)', () => {
  it('a complete set within the scales has no problems, including both ends of each scale', () => {
    expect(controleerScores(vragen, [{ vraagId: 'zvw', score: 1 }, { vraagId: 'personeel', score: 5 }, { vraagId: 'sociaal', score: 0 }], 'criteriumId')).toEqual([]);
  });

  it('names the field of a score outside its scale, with the question and its scale', () => {
    const p = controleerScores(vragen, [{ vraagId: 'zvw', score: 6 }, { vraagId: 'personeel', score: 3 }, { vraagId: 'sociaal', score: -1 }], 'criteriumId');
    expect(p).toEqual([
      { veld: 'scores.0.score', code: 'buiten-schaal', reden: 'Vraag 1 «Lagere kosten onder de Zorgverzekeringswet» wordt gescoord van 1 tot en met 5; 6 valt buiten die schaal' },
      { veld: 'scores.2.score', code: 'buiten-schaal', reden: 'Vraag 3 «Verschuiving van medisch naar sociaal domein» wordt gescoord van 0 tot en met 3; -1 valt buiten die schaal' },
    ]);
  });

  it('every question must be scored, once, and only questions of the kader', () => {
    const p = controleerScores(vragen, [{ vraagId: 'zvw', score: 3 }, { vraagId: 'zvw', score: 4 }, { vraagId: 'onbekend', score: 1 }], 'vraagId');
    expect(p.map((x) => [x.veld, x.code])).toEqual([
      ['scores.1.vraagId', 'dubbel'],
      ['scores.2.vraagId', 'onbekend'],
      ['scores', 'onbeantwoord'],
    ]);
    expect(p[2]!.reden).toContain('vraag 2 «Doelmatiger inzet van zorgpersoneel», vraag 3');
  });

  it('property: a score is accepted exactly when it lies within its scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -10, max: 10 }), fc.integer({ min: 1, max: 10 }), (score, min, breedte) => {
        const v = [{ id: 'v', volgorde: 1, vraag: 'v', schaalMin: min, schaalMax: min + breedte }];
        const binnen = score >= min && score <= min + breedte;
        expect(controleerScores(v, [{ vraagId: 'v', score }], 'vraagId').length === 0).toBe(binnen);
      }),
    );
  });

  it('a scale has a higher maximum than minimum', () => {
    expect(controleerSchaal(1, 5)).toBeNull();
    expect(controleerSchaal(3, 3)).toContain('moet groter zijn');
    expect(controleerSchaal(5, 1)).toContain('maximum (1)');
  });
});
