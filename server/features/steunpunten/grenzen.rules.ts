/**
 * Reading a GeoJSON FeatureCollection of municipal boundaries (RFC 7946), such as the CBS file
 * `gemeenten-2025.geojson`. Pure: the caller decides which codes the register knows.
 */

export interface Grens {
  gemeentecode: string;
  geometrie: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };
}

export interface GrensFout {
  /** Where in the file: "bestand" or "features[3].geometry". */
  plaats: string;
  code: string;
  reden: string;
}

/** Properties that carry the CBS code in the usual publications; the feature id is the last resort. */
const codeEigenschappen = ['statcode', 'gemeentecode', 'GM_CODE', 'code'] as const;
const codePatroon = /^GM[0-9]{4}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A ring is at least four positions of two numbers each (RFC 7946 §3.1.6). */
function isRing(v: unknown): boolean {
  return Array.isArray(v) && v.length >= 4 && v.every((p) => Array.isArray(p) && p.length >= 2 && p.every((c) => typeof c === 'number' && Number.isFinite(c)));
}
const isPolygoon = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every(isRing);

function codeVan(feature: Record<string, unknown>): string | undefined {
  const eigenschappen = isObject(feature.properties) ? feature.properties : {};
  for (const naam of codeEigenschappen) {
    const waarde = eigenschappen[naam];
    if (typeof waarde === 'string' && codePatroon.test(waarde.trim())) return waarde.trim();
  }
  return typeof feature.id === 'string' && codePatroon.test(feature.id) ? feature.id : undefined;
}

/** Every problem of the file at once (up to a limit), or its boundaries; a code twice is an error too. */
export function leesGrenzen(tekst: string): { grenzen: Grens[] } | { fouten: GrensFout[] } {
  let data: unknown;
  try {
    data = JSON.parse(tekst.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { fouten: [{ plaats: 'bestand', code: 'geen-json', reden: `Het bestand is geen geldige JSON (${(error as Error).message})` }] };
  }
  return leesGrenzenUitJson(data);
}

export function leesGrenzenUitJson(data: unknown): { grenzen: Grens[] } | { fouten: GrensFout[] } {
  if (!isObject(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    return { fouten: [{ plaats: 'bestand', code: 'geen-featurecollection', reden: 'Verwacht een GeoJSON FeatureCollection: een object met "type": "FeatureCollection" en een lijst "features"' }] };
  }
  if (data.features.length === 0) return { fouten: [{ plaats: 'features', code: 'leeg', reden: 'De FeatureCollection heeft geen features' }] };
  const fouten: GrensFout[] = [];
  const grenzen: Grens[] = [];
  const gezien = new Map<string, number>();
  data.features.forEach((f: unknown, i: number) => {
    const plaats = `features[${i}]`;
    if (!isObject(f) || f.type !== 'Feature') {
      fouten.push({ plaats, code: 'geen-feature', reden: 'Geen GeoJSON Feature' });
      return;
    }
    const code = codeVan(f);
    if (!code) fouten.push({ plaats: `${plaats}.properties`, code: 'geen-gemeentecode', reden: `Geen gemeentecode (GMxxxx) in ${codeEigenschappen.join(', ')} of id` });
    const g = f.geometry;
    const geldig =
      isObject(g) &&
      ((g.type === 'Polygon' && isPolygoon(g.coordinates)) || (g.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isPolygoon)));
    if (!geldig) {
      fouten.push({
        plaats: `${plaats}.geometry`,
        code: g == null ? 'geen-geometrie' : 'ongeldige-geometrie',
        reden: g == null ? 'De feature heeft geen geometrie' : 'Verwacht een Polygon of MultiPolygon met gesloten ringen van coördinaten',
      });
    }
    if (code && gezien.has(code)) fouten.push({ plaats: `${plaats}.properties`, code: 'dubbel', reden: `${code} staat ook in features[${gezien.get(code)}]` });
    if (code) gezien.set(code, i);
    if (code && geldig) grenzen.push({ gemeentecode: code, geometrie: { type: (g as { type: 'Polygon' | 'MultiPolygon' }).type, coordinates: (g as { coordinates: unknown[] }).coordinates } });
  });
  return fouten.length ? { fouten } : { grenzen };
}
