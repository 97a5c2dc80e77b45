import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesGrenzen } from './grenzen.rules';

const vierkant = [[[5, 51], [6, 51], [6, 52], [5, 51]]];
const feature = (props: Record<string, unknown>, geometry: unknown = { type: 'Polygon', coordinates: vierkant }, id?: string) => ({ type: 'Feature', ...(id && { id }), properties: props, geometry });
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('gemeentegrenzen lezen', () => {
  it('leest het echte CBS-bestand: 342 gemeenten met hun code uit statcode', () => {
    const r = leesGrenzen(readFileSync(path.resolve('../shared/data/gemeenten-2025.geojson'), 'utf8'));
    expect('grenzen' in r && r.grenzen.length).toBe(342);
    if ('grenzen' in r) expect(r.grenzen.find((g) => g.gemeentecode === 'GM0984')?.geometrie.type).toMatch(/Polygon/);
  });

  it('vindt de code in statcode, gemeentecode of het id', () => {
    const r = leesGrenzen(fc(feature({ statcode: 'GM0001' }), feature({ gemeentecode: 'GM0002' }), feature({}, undefined, 'GM0003')));
    expect('grenzen' in r && r.grenzen.map((g) => g.gemeentecode)).toEqual(['GM0001', 'GM0002', 'GM0003']);
  });

  it('geen JSON, geen FeatureCollection of een lege', () => {
    expect(leesGrenzen('{kapot')).toMatchObject({ fouten: [{ plaats: 'bestand', code: 'geen-json' }] });
    expect(leesGrenzen('{"type":"Feature"}')).toMatchObject({ fouten: [{ plaats: 'bestand', code: 'geen-featurecollection' }] });
    expect(leesGrenzen(fc())).toMatchObject({ fouten: [{ code: 'leeg' }] });
  });

  it('noemt elke feature zonder geometrie of code, en dubbele codes', () => {
    const r = leesGrenzen(
      fc(feature({ statcode: 'GM0001' }), feature({ statcode: 'GM0002' }, null), feature({ statnaam: 'Nergens' }), feature({ statcode: 'GM0004' }, { type: 'Point', coordinates: [5, 51] }), feature({ statcode: 'GM0001' })),
    );
    expect('fouten' in r && r.fouten.map((f) => `${f.plaats} ${f.code}`)).toEqual([
      'features[1].geometry geen-geometrie',
      'features[2].properties geen-gemeentecode',
      'features[3].geometry ongeldige-geometrie',
      'features[4].properties dubbel',
    ]);
  });
});
