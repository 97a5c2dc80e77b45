import { describe, expect, it } from 'vitest';
import type { Regiostand } from '../../../common/contracts/overzicht';
import { leesInhoud, periodeFout, serialiseer, standaardTitel } from './voortgangsrapportage.rules';

const stand: Regiostand = {
  versie: 1,
  regio: { id: '00000000-0000-4000-8000-000000000001', naam: 'Noord- en Midden-Limburg' },
  periode: '2024-K3',
  periodeLabel: '3e kwartaal 2024',
  peildatum: '2024-10-01',
  afspraken: { aantallen: { 'niet-gestart': 0, 'in-uitvoering': 0, gerealiseerd: 0, vertraagd: 0, 'niet-van-toepassing': 0, verlopen: 0 }, items: [] },
  ketenaanpakken: { ketenaanpakken: [], gemeenten: [] },
  dekking: { gemeenten: [], totaal: { gemeenten: 0, gedekteGemeenten: 0, inwoners: 0, gedekteInwoners: 0, inwonersBasispunten: 0, gemeentenBasispunten: 0 }, gemeentenMetGrens: 0 },
  indicatoren: [],
  mijlpalen: [],
  financien: null,
};

describe('standaardTitel', () => {
  it('names the period as the UI does', () => {
    expect(standaardTitel('2024-K3')).toBe('Voortgangsrapportage 3e kwartaal 2024');
    expect(standaardTitel('2025-H1')).toBe('Voortgangsrapportage 1e halfjaar 2025');
    expect(standaardTitel('2024')).toBe('Voortgangsrapportage 2024');
  });
});

describe('periodeFout', () => {
  it('accepts a period that has begun, also while it runs, and refuses one that has not', () => {
    expect(periodeFout('2024-K4', '2026-11-22')).toBeNull();
    expect(periodeFout('2026-K4', '2026-10-01')).toBeNull();
    expect(periodeFout('2026', '2026-11-22')).toBeNull();
    expect(periodeFout('2026-K4', '2026-09-30')).toEqual({
      name: 'periode',
      code: 'nog-niet-begonnen',
      reason: 'Het 4e kwartaal 2026 begint op 1 oktober 2026: over een periode die nog niet is begonnen valt niets te rapporteren',
    });
    expect(periodeFout('2024-K5', '2026-11-22')).toMatchObject({ name: 'periode', code: 'ongeldig' });
  });
});

describe('serialiseer en leesInhoud', () => {
  it('serialises in the contract’s key order without unknown keys, and reads the same state back', () => {
    const { regio, versie, ...rest } = stand;
    const tekst = serialiseer({ ...rest, extra: 'weg', regio: { naam: regio.naam, id: regio.id }, versie } as Regiostand);
    expect(tekst.startsWith('{"versie":1,"regio":{"id":')).toBe(true);
    expect(tekst).not.toContain('extra');
    expect(tekst).toBe(serialiseer(stand));
    expect(leesInhoud(tekst)).toEqual({ inhoud: stand });
    // Reading and writing again gives the same text: what the API answers is what was stored.
    expect(JSON.stringify((leesInhoud(tekst) as { inhoud: Regiostand }).inhoud)).toBe(tekst);
  });

  it('answers an unknown shape or broken text with a reason instead of throwing', () => {
    expect(leesInhoud('{"versie":2,"iets":true}')).toEqual({ fout: 'De inhoud is opgeslagen in vorm 2; deze versie van Regiekamer leest alleen vorm 1.' });
    expect(leesInhoud('[1,2')).toEqual({ fout: 'De opgeslagen inhoud is geen leesbare JSON.' });
    expect(leesInhoud('null')).toMatchObject({ fout: expect.stringContaining('vorm null') });
    expect(leesInhoud('[{"versie":1}]')).toMatchObject({ fout: expect.stringContaining('vorm null') });
    expect(leesInhoud('{"versie":"1"}')).toMatchObject({ fout: expect.stringContaining('vorm "1"') });
  });

  it('reads version-1 content as it was written, not through the live contract', () => {
    // As if the nested contracts changed after the freeze: a field they no longer know, one they
    // now require that the old report lacks, and keys in another order than the schema's.
    const tekst = '{"regio":{"naam":"Noord- en Midden-Limburg","id":"x"},"versie":1,"oudVeld":{"b":2,"a":1}}';
    const gelezen = leesInhoud(tekst);
    expect(gelezen).toEqual({ inhoud: JSON.parse(tekst) });
    expect(JSON.stringify((gelezen as { inhoud: unknown }).inhoud)).toBe(tekst);
  });

  it('refuses to serialise a state that does not fit the contract', () => {
    expect(() => serialiseer({ ...stand, periode: 3 } as unknown as Regiostand)).toThrow();
  });
});
