import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesGemeentenCsv } from './gemeenten-import.rules';

const sharedCsv = new URL('../../../../shared/data/gemeenten-2025.csv', import.meta.url);

describe('leesGemeentenCsv', () => {
  it('reads all 342 municipalities of the CBS 2025 file with their population', () => {
    const uitkomst = leesGemeentenCsv(readFileSync(sharedCsv, 'utf8'));
    expect(uitkomst.soort).toBe('goed');
    if (uitkomst.soort !== 'goed') return;
    expect(uitkomst.rijen).toHaveLength(342);
    expect(uitkomst.rijen.reduce((s, r) => s + r.inwoners, 0)).toBe(18_130_208);
    expect(uitkomst.rijen.find((r) => r.gemeentecode === 'GM0983')?.naam).toBe('Venlo');
  });

  it('accepts semicolons, a BOM, Dutch thousands separators and extra columns', () => {
    const uitkomst = leesGemeentenCsv('\uFEFFgemeentecode;gemeentenaam;provincie;inwoners\nGM0983;Venlo;Limburg;102.592\n');
    expect(uitkomst).toEqual({ soort: 'goed', rijen: [{ regel: 2, gemeentecode: 'GM0983', naam: 'Venlo', inwoners: 102592 }] });
  });

  it('reports every bad row by line number, and nothing is taken', () => {
    const uitkomst = leesGemeentenCsv(
      ['gemeentecode,gemeentenaam,inwoners', 'GM0983,Venlo,100', 'GM98,Kort,5', 'GM0984,,abc', 'GM0983,Venlo twee,7'].join('\n'),
    );
    expect(uitkomst.soort).toBe('fout');
    if (uitkomst.soort !== 'fout') return;
    expect(uitkomst.fouten.map((f) => [f.regel, f.veld])).toEqual([
      [3, 'gemeentecode'],
      [4, 'gemeentenaam'],
      [4, 'inwoners'],
      [5, 'gemeentecode'],
    ]);
    expect(uitkomst.fouten[3]!.reden).toContain('regel 2');
  });

  it('names the missing columns', () => {
    const uitkomst = leesGemeentenCsv('code,naam\nGM0983,Venlo\n');
    expect(uitkomst).toMatchObject({ soort: 'fout', fouten: [{ regel: 1, veld: 'kolommen' }] });
    if (uitkomst.soort === 'fout') expect(uitkomst.fouten[0]!.reden).toMatch(/gemeentecode, gemeentenaam, inwoners/);
  });

  it('refuses an empty file', () => {
    expect(leesGemeentenCsv('').soort).toBe('fout');
    expect(leesGemeentenCsv('gemeentecode,gemeentenaam,inwoners\n').soort).toBe('fout');
  });
});
