import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ketenaanpakNiveaus, ketenaanpakNiveauSchema } from '../../../common/contracts/ketenaanpakken';
import { bouwMatrix, celVan, ketenaanpakkenVanHetIza, legeRij } from './ketenaanpak.rules';

const leeg = (ketenaanpakId: string, gemeentecode: string) => legeRij(ketenaanpakId, gemeentecode, gemeentecode);

describe('ketenaanpakken', () => {
  it('zijn de vijf van het IZA, met unieke codes', () => {
    expect(ketenaanpakkenVanHetIza.map((a) => a.naam)).toEqual([
      'Kansrijke start',
      'Valpreventie bij ouderen',
      'Aanpak overgewicht en obesitas bij kinderen',
      'Gecombineerde leefstijlinterventie (GLI) bij volwassenen',
      'Welzijn op recept',
    ]);
    expect(new Set(ketenaanpakkenVanHetIza.map((a) => a.code)).size).toBe(5);
  });

  it('kent precies de vijf niveaus en weigert andere', () => {
    expect(ketenaanpakNiveaus).toEqual(['regionaal', 'subregionaal', 'lokaal', 'in-voorbereiding', 'niet-gestart']);
    expect(ketenaanpakNiveauSchema.safeParse('landelijk').success).toBe(false);
    expect(ketenaanpakNiveauSchema.safeParse('in voorbereiding').success).toBe(false);
  });

  it('een niet opgeslagen cel is "niet gestart" met lege velden', () => {
    expect(celVan(leeg('a', 'GM0984'))).toEqual({
      ketenaanpakId: 'a',
      gemeentecode: 'GM0984',
      niveau: 'niet-gestart',
      coordinator: null,
      coordinatorNaam: '',
      interventie: '',
      verwijsroutes: '',
      notities: '',
      opgeslagen: false,
      id: null,
      bijgewerktOp: null,
    });
  });

  it('een opgeslagen cel houdt wat er staat, met de coördinerende organisatie', () => {
    const cel = celVan({
      ...leeg('a', 'GM0984'),
      id: 'r1',
      niveau: 'regionaal',
      coordinatorId: 'o1',
      coordinatorOrganisatie: 'GGD Limburg-Noord',
      coordinatorNaam: 'ketenregisseur GGD',
      bijgewerktOp: '2024-05-01T10:00:00Z',
    });
    expect(cel).toMatchObject({ niveau: 'regionaal', opgeslagen: true, coordinator: { id: 'o1', naam: 'GGD Limburg-Noord' }, bijgewerktOp: '2024-05-01T10:00:00.000Z' });
  });

  it('de matrix heeft voor elke gemeente × aanpak een cel, gemeenten op naam, aanpakken in volgorde', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{3}$/), { minLength: 1, maxLength: 5 }),
        fc.uniqueArray(fc.stringMatching(/^GM[0-9]{4}$/), { minLength: 0, maxLength: 20 }),
        fc.func(fc.option(fc.constantFrom(...ketenaanpakNiveaus), { nil: null })),
        (aanpakken, codes, niveauVan) => {
          const rijen = codes.flatMap((c) =>
            aanpakken.flatMap((a) => {
              const niveau = niveauVan(`${c}${a}`);
              return niveau === null ? [] : [{ ...leeg(a, c), id: `${c}${a}`, niveau }];
            }),
          );
          const matrix = bouwMatrix(aanpakken, codes.map((c) => ({ gemeentecode: c, naam: c })), rijen);
          expect(matrix.map((g) => g.gemeentecode)).toEqual([...codes].sort((x, y) => x.localeCompare(y, 'nl')));
          for (const g of matrix) {
            expect(g.cellen.map((c) => c.ketenaanpakId)).toEqual(aanpakken);
            for (const cel of g.cellen) {
              const opgeslagen = rijen.find((r) => r.gemeentecode === g.gemeentecode && r.ketenaanpakId === cel.ketenaanpakId);
              expect(cel.niveau).toBe(opgeslagen?.niveau ?? 'niet-gestart');
              expect(cel.opgeslagen).toBe(Boolean(opgeslagen));
            }
          }
        },
      ),
    );
  });
});
