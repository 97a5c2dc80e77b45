import { describe, expect, it } from 'vitest';
import { deelperiodes, isBegonnen, isGroverOfGelijk, leesPeriode, periodeLabel, periodeVan } from './periode';

describe('periodes', () => {
  it('reads years, half years and quarters with their first and last day', () => {
    expect(leesPeriode('2024')).toMatchObject({ soort: 'jaar', begin: '2024-01-01', eind: '2024-12-31' });
    expect(leesPeriode('2024-H2')).toMatchObject({ soort: 'halfjaar', nummer: 2, begin: '2024-07-01', eind: '2024-12-31' });
    expect(leesPeriode('2024-K1')).toMatchObject({ soort: 'kwartaal', begin: '2024-01-01', eind: '2024-03-31' });
    expect(leesPeriode('2024-K4')).toMatchObject({ begin: '2024-10-01', eind: '2024-12-31' });
    expect(leesPeriode('2024-K2')?.eind).toBe('2024-06-30');
  });

  it('refuses what is no period', () => {
    for (const code of ['2024-K5', '2024-K0', '2024-H3', '24', '2024-Q1', '1999', '2024-k1', '']) expect(leesPeriode(code)).toBeNull();
  });

  it('labels periods as UI.md shows them', () => {
    expect(periodeLabel('2024-K1')).toBe('1e kwartaal 2024');
    expect(periodeLabel('2025-H2')).toBe('2e halfjaar 2025');
    expect(periodeLabel('2026')).toBe('2026');
  });

  it('finds the period of a date and the periods inside a period', () => {
    expect(periodeVan('2024-05-15', 'kwartaal')).toBe('2024-K2');
    expect(periodeVan('2024-07-01', 'halfjaar')).toBe('2024-H2');
    expect(periodeVan('2024-12-31', 'jaar')).toBe('2024');
    expect(deelperiodes(leesPeriode('2024-H2')!, 'kwartaal')).toEqual(['2024-K3', '2024-K4']);
    expect(deelperiodes(leesPeriode('2024')!, 'halfjaar')).toEqual(['2024-H1', '2024-H2']);
    expect(deelperiodes(leesPeriode('2024-K1')!, 'kwartaal')).toEqual(['2024-K1']);
    expect(deelperiodes(leesPeriode('2024-K1')!, 'jaar')).toEqual([]);
    expect(isGroverOfGelijk('jaar', 'kwartaal')).toBe(true);
    expect(isGroverOfGelijk('kwartaal', 'halfjaar')).toBe(false);
    expect(isBegonnen(leesPeriode('2026-K4')!, '2026-10-01')).toBe(true);
    expect(isBegonnen(leesPeriode('2026-K4')!, '2026-09-30')).toBe(false);
    expect(isBegonnen(leesPeriode('2026')!, '2026-11-22')).toBe(true);
  });
});
