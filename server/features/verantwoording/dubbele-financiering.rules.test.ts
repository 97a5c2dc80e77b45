import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Uitgave, zoekDubbeleFinanciering } from './dubbele-financiering.rules';

let volgnummer = 0;
const uitgave = (u: Partial<Uitgave>): Uitgave => ({
  id: ++volgnummer,
  uitkeringId: 'spuk',
  uitkeringNaam: 'SPUK-IZA',
  documentreferentie: '',
  documentbedragCenten: null,
  activiteit: '',
  bedragCenten: 0,
  ...u,
});
const brede = { uitkeringId: 'brede', uitkeringNaam: 'Brede SPUK Venlo' };

describe('zoekDubbeleFinanciering', () => {
  it('an invoice split over two grants within its total is fine', () => {
    const u = [uitgave({ documentreferentie: 'F-1', documentbedragCenten: 100_000, bedragCenten: 60_000 }), uitgave({ ...brede, documentreferentie: 'F-1', documentbedragCenten: 100_000, bedragCenten: 40_000 })];
    expect(zoekDubbeleFinanciering(u, new Map())).toEqual([]);
  });

  it('an invoice charged to two grants beyond its total is flagged with the trace per grant', () => {
    const u = [uitgave({ documentreferentie: 'F-2', documentbedragCenten: 100_000, bedragCenten: 100_000 }), uitgave({ ...brede, documentreferentie: 'F-2', documentbedragCenten: 100_000, bedragCenten: 100_000 })];
    const [s] = zoekDubbeleFinanciering(u, new Map());
    expect(s).toMatchObject({ soort: 'document', sleutel: 'F-2', grensCenten: 100_000, aangerekendCenten: 200_000, teveelCenten: 100_000, zekerheid: 'dubbel' });
    expect(s!.spoor.map((x) => [x.uitkeringNaam, x.bedragCenten])).toEqual([
      ['Brede SPUK Venlo', 100_000],
      ['SPUK-IZA', 100_000],
    ]);
  });

  it('without the invoice total, a document on several grants is flagged for checking', () => {
    const u = [uitgave({ documentreferentie: 'F-3', bedragCenten: 50_000 }), uitgave({ ...brede, documentreferentie: 'F-3', bedragCenten: 50_000 })];
    expect(zoekDubbeleFinanciering(u, new Map())[0]).toMatchObject({ zekerheid: 'te-controleren', teveelCenten: null });
  });

  it('several entries of one invoice on one grant are not double funding', () => {
    const u = [uitgave({ documentreferentie: 'F-4', bedragCenten: 50_000 }), uitgave({ documentreferentie: 'F-4', bedragCenten: 50_000 })];
    expect(zoekDubbeleFinanciering(u, new Map())).toEqual([]);
  });

  it('an activity charged beyond its cost across grants is flagged', () => {
    const u = [uitgave({ activiteit: 'Valpreventie', bedragCenten: 30_000 }), uitgave({ ...brede, activiteit: 'Valpreventie', bedragCenten: 30_000 })];
    const [s] = zoekDubbeleFinanciering(u, new Map([['Valpreventie', 50_000]]));
    expect(s).toMatchObject({ soort: 'activiteit', teveelCenten: 10_000 });
  });

  it('flags exactly the documents charged beyond their total, and every flagged trace adds up (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ doc: fc.integer({ min: 0, max: 5 }), grant: fc.integer({ min: 0, max: 2 }), bedrag: fc.integer({ min: 1, max: 1_000_000 }) }),
          { maxLength: 40 },
        ),
        fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 6, maxLength: 6 }),
        (boekingen, totalen) => {
          const u = boekingen.map((b) =>
            uitgave({ uitkeringId: `u${b.grant}`, uitkeringNaam: `U${b.grant}`, documentreferentie: `D${b.doc}`, documentbedragCenten: totalen[b.doc]!, bedragCenten: b.bedrag }),
          );
          const signalen = zoekDubbeleFinanciering(u, new Map());
          for (let d = 0; d < 6; d++) {
            const groep = u.filter((x) => x.documentreferentie === `D${d}`);
            const meerdere = new Set(groep.map((x) => x.uitkeringId)).size > 1;
            const som = groep.reduce((s, x) => s + x.bedragCenten, 0);
            const verwacht = meerdere && som > totalen[d]!;
            expect(signalen.some((s) => s.sleutel === `D${d}`)).toBe(verwacht);
          }
          for (const s of signalen) expect(s.spoor.reduce((t, x) => t + x.bedragCenten, 0)).toBe(s.aangerekendCenten);
        },
      ),
    );
  });
});
