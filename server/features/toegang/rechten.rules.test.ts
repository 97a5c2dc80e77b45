import { describe, expect, it } from 'vitest';
import { type Actor, heeftRecht, isLidVan } from './rechten.rules';

const regioA = '00000000-0000-4000-8000-00000000000a';
const regioB = '00000000-0000-4000-8000-00000000000b';
const venray = '00000000-0000-4000-8000-000000000984';
const venlo = '00000000-0000-4000-8000-000000000983';
const vgz = '00000000-0000-4000-8000-0000000000f1';

const actor = (lidmaatschappen: Actor['lidmaatschappen'], isBeheerder = false): Actor => ({
  gebruikerId: 'u',
  naam: 'n',
  email: 'e',
  isBeheerder,
  lidmaatschappen,
});

describe('rechten', () => {
  it('a member of one region has no right at all in another region', () => {
    const a = actor([{ regioId: regioA, rol: 'regiocoordinator', gemeenteId: null, organisatieId: null }]);
    expect(heeftRecht(a, regioA, 'organisaties.bewerken')).toBe(true);
    expect(heeftRecht(a, regioB, 'regio.lezen')).toBe(false);
    expect(isLidVan(a, regioB)).toBe(false);
  });

  it('a lezer reads but never edits', () => {
    const a = actor([{ regioId: regioA, rol: 'lezer', gemeenteId: null, organisatieId: null }]);
    expect(heeftRecht(a, regioA, 'regio.lezen')).toBe(true);
    for (const recht of ['regio.bewerken', 'gemeente.bewerken', 'organisaties.bewerken', 'overlegorganen.bewerken'] as const) {
      expect(heeftRecht(a, regioA, recht)).toBe(false);
    }
  });

  it('a beleidsadviseur edits only its own municipality, and never its role in the region', () => {
    const a = actor([{ regioId: regioA, rol: 'beleidsadviseur', gemeenteId: venray, organisatieId: null }]);
    expect(heeftRecht(a, regioA, 'gemeente.bewerken', { gemeenteId: venray })).toBe(true);
    expect(heeftRecht(a, regioA, 'gemeente.bewerken', { gemeenteId: venlo })).toBe(false);
    expect(heeftRecht(a, regioA, 'gemeente.rol-bewerken', { gemeenteId: venray })).toBe(false);
  });

  it('a partner edits only its own organisation', () => {
    const a = actor([{ regioId: regioA, rol: 'partner', gemeenteId: null, organisatieId: vgz }]);
    expect(heeftRecht(a, regioA, 'organisaties.bewerken', { organisatieId: vgz })).toBe(true);
    expect(heeftRecht(a, regioA, 'organisaties.bewerken', { organisatieId: 'ander' })).toBe(false);
  });

  it('a beheerder may do everything in every region', () => {
    const a = actor([], true);
    expect(heeftRecht(a, regioB, 'overlegorganen.bewerken')).toBe(true);
    expect(isLidVan(a, regioB)).toBe(true);
  });
});
