import type { Centen } from '../../../common/geld';

/**
 * Splitting an amount by weights without losing or inventing a cent: the largest-remainder
 * (Hamilton) method, in exact integer arithmetic.
 *
 * Each part first gets floor(total × weight / sum of weights). The cents left over go one by one
 * to the parts with the largest remainder. Ties are broken deterministically: the larger weight
 * first, then the order in which the parts were given (so callers pass parts in a stable order,
 * e.g. by CBS code).
 */
export interface Deel<K> {
  sleutel: K;
  gewicht: number;
}

export function verdeelGrootsteRest<K>(totaalCenten: Centen, delen: readonly Deel<K>[]): { sleutel: K; centen: Centen }[] {
  if (!Number.isSafeInteger(totaalCenten) || totaalCenten < 0) throw new RangeError('totaal moet een geheel, niet-negatief aantal centen zijn');
  if (delen.some((d) => !Number.isSafeInteger(d.gewicht) || d.gewicht < 0)) throw new RangeError('gewichten moeten gehele, niet-negatieve getallen zijn');
  const som = delen.reduce((s, d) => s + BigInt(d.gewicht), 0n);
  if (delen.length === 0) return [];
  if (som === 0n) {
    if (totaalCenten === 0) return delen.map((d) => ({ sleutel: d.sleutel, centen: 0 }));
    throw new RangeError('de gewichten tellen op tot nul');
  }
  const totaal = BigInt(totaalCenten);
  const voorlopig = delen.map((d, index) => {
    const teller = totaal * BigInt(d.gewicht);
    return { index, sleutel: d.sleutel, gewicht: d.gewicht, centen: teller / som, rest: teller % som };
  });
  let over = totaal - voorlopig.reduce((s, v) => s + v.centen, 0n);
  const volgorde = [...voorlopig].sort((a, b) =>
    a.rest !== b.rest ? (b.rest > a.rest ? 1 : -1) : b.gewicht !== a.gewicht ? b.gewicht - a.gewicht : a.index - b.index,
  );
  for (const v of volgorde) {
    if (over === 0n) break;
    v.centen += 1n;
    over -= 1n;
  }
  return voorlopig.map((v) => ({ sleutel: v.sleutel, centen: Number(v.centen) }));
}

export type LokaleVerdeling = 'inwoners' | 'gelijk' | 'vast' | 'geen';

export interface SleutelDoel {
  doel: string;
  aandeelBasispunten: number;
  lokaal: boolean;
}

export interface SleutelGemeente {
  gemeentecode: string;
  naam: string;
  inwoners: number;
  /** Only for a 'vast' split. */
  aandeelBasispunten?: number;
}

export interface Verdeelsleutel {
  doelen: SleutelDoel[];
  lokaleVerdeling: LokaleVerdeling;
  gemeenten: SleutelGemeente[];
}

export interface SleutelProbleem {
  veld: string;
  reden: string;
}

/** Whether a key can be applied: purposes total 100 %, one local purpose at most, fixed shares total 100 %. */
export function controleerVerdeelsleutel(s: Omit<Verdeelsleutel, 'gemeenten'> & { gemeenten?: Pick<SleutelGemeente, 'gemeentecode' | 'aandeelBasispunten'>[] }): SleutelProbleem[] {
  const problemen: SleutelProbleem[] = [];
  const som = s.doelen.reduce((t, d) => t + d.aandeelBasispunten, 0);
  if (s.doelen.length === 0) problemen.push({ veld: 'doelen', reden: 'Geef minstens één doel' });
  else if (som !== 10000) {
    problemen.push({ veld: 'doelen', reden: `De aandelen tellen op tot ${som / 100}% in plaats van 100%` });
  }
  const lokaal = s.doelen.filter((d) => d.lokaal);
  if (lokaal.length > 1) problemen.push({ veld: 'doelen', reden: 'Hoogstens één doel is het lokale deel dat over de gemeenten wordt verdeeld' });
  if (lokaal.length === 1 && s.lokaleVerdeling === 'geen') {
    problemen.push({ veld: 'lokaleVerdeling', reden: 'Er is een lokaal doel: kies hoe het over de gemeenten wordt verdeeld' });
  }
  if (lokaal.length === 0 && s.lokaleVerdeling !== 'geen') {
    problemen.push({ veld: 'lokaleVerdeling', reden: 'Markeer het doel dat over de gemeenten wordt verdeeld, of kies "geen"' });
  }
  if (s.lokaleVerdeling === 'vast') {
    const vast = s.gemeenten ?? [];
    const somVast = vast.reduce((t, g) => t + (g.aandeelBasispunten ?? 0), 0);
    if (somVast !== 10000) problemen.push({ veld: 'gemeenten', reden: `De vaste aandelen van de gemeenten tellen op tot ${somVast / 100}% in plaats van 100%` });
  }
  const namen = s.doelen.map((d) => d.doel);
  namen.forEach((n, i) => {
    if (namen.indexOf(n) !== i) problemen.push({ veld: `doelen.${i}.doel`, reden: `Het doel "${n}" staat er twee keer in` });
  });
  return problemen;
}

export interface Toepassing {
  totaalCenten: Centen;
  doelen: { doel: string; aandeelBasispunten: number; centen: Centen; gemeenten?: { gemeentecode: string; naam: string; centen: Centen }[] }[];
}

/** Applies a valid key to an amount: purposes first, then the local purpose over the municipalities. */
export function pasVerdeelsleutelToe(totaalCenten: Centen, s: Verdeelsleutel): Toepassing {
  const problemen = controleerVerdeelsleutel(s);
  if (problemen.length) throw new RangeError(problemen.map((p) => p.reden).join('; '));
  const perDoel = verdeelGrootsteRest(
    totaalCenten,
    s.doelen.map((d, i) => ({ sleutel: i, gewicht: d.aandeelBasispunten })),
  );
  const gemeenten = [...s.gemeenten].sort((a, b) => a.gemeentecode.localeCompare(b.gemeentecode));
  return {
    totaalCenten,
    doelen: s.doelen.map((d, i) => {
      const centen = perDoel[i]!.centen;
      if (!d.lokaal) return { doel: d.doel, aandeelBasispunten: d.aandeelBasispunten, centen };
      const gewicht = (g: SleutelGemeente) =>
        s.lokaleVerdeling === 'inwoners' ? g.inwoners : s.lokaleVerdeling === 'gelijk' ? 1 : (g.aandeelBasispunten ?? 0);
      const verdeeld = verdeelGrootsteRest(centen, gemeenten.map((g) => ({ sleutel: g, gewicht: gewicht(g) })));
      return {
        doel: d.doel,
        aandeelBasispunten: d.aandeelBasispunten,
        centen,
        gemeenten: verdeeld.map((v) => ({ gemeentecode: v.sleutel.gemeentecode, naam: v.sleutel.naam, centen: v.centen })),
      };
    }),
  };
}
