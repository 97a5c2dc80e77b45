/**
 * A deterministic national dataset: the 342 municipalities (CBS) and the 42 SPUK-IZA regions from
 * ../shared/data, five years of adopted budgets and a ledger of any size. Everything follows from
 * one seed: the same seed gives the same ids, amounts and rows on every machine.
 *
 * Which municipality belongs to which IZA region is not public. The assignment here is synthetic
 * (see verdeelGemeenten) and only meant to give each region a plausible size.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { csvVeld, inRuweTransactie } from '../server/db/bulk';
import type { Database } from '../server/db/client';

export const JAREN = [2022, 2023, 2024, 2025, 2026] as const;
export const STANDAARD_ZAAD = 2026;

// --- deterministic chance ----------------------------------------------------------------------

/** mulberry32: small, fast and good enough to spread synthetic data; never Math.random. */
export function mulberry32(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Toeval {
  readonly volgende: () => number;
  constructor(zaad: number) {
    this.volgende = mulberry32(zaad);
  }
  /** An integer in [min, max]. */
  geheel(min: number, max: number): number {
    return min + Math.floor(this.volgende() * (max - min + 1));
  }
  kies<T>(lijst: readonly T[]): T {
    return lijst[Math.floor(this.volgende() * lijst.length)]!;
  }
  /** An index by cumulative weights (the last one is the total). */
  gewogen(cumulatief: readonly number[]): number {
    const x = this.volgende() * cumulatief[cumulatief.length - 1]!;
    let i = 0;
    while (cumulatief[i]! <= x) i++;
    return i;
  }
  /** A version-4 UUID from the seeded stream, so that ids are reproducible too. */
  uuid(): string {
    const b: number[] = [];
    for (let i = 0; i < 4; i++) {
      const x = Math.floor(this.volgende() * 4294967296);
      b.push(x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255);
    }
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

/** Splits a total over weights in whole numbers that add up exactly (largest remainder). */
export function verdeelGeheel(totaal: number, gewichten: readonly number[]): number[] {
  const som = gewichten.reduce((s, g) => s + g, 0);
  const exact = gewichten.map((g) => (totaal * g) / som);
  const delen = exact.map(Math.floor);
  let rest = totaal - delen.reduce((s, d) => s + d, 0);
  const volgorde = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of volgorde) {
    if (rest-- <= 0) break;
    delen[i]!++;
  }
  return delen;
}

// --- the public files ----------------------------------------------------------------------------

const dataMap = new URL('../../shared/data/', import.meta.url);
const leesBestand = (naam: string) => parse(readFileSync(new URL(naam, dataMap), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];

// --- the plan ------------------------------------------------------------------------------------

export interface GemeentePlan {
  id: string;
  code: string;
  naam: string;
  inwoners: number;
  ggd: string;
  zorgkantoor: string;
  zorgkantoorNaam: string;
}

export interface RegelPlan {
  id: string;
  /** The id of its amount in the adopted version. */
  bedragId: string;
  code: string;
  omschrijving: string;
  volgorde: number;
  bedragCenten: number;
  /** Basis points of the budget, also the line's share of the ledger. */
  aandeel: number;
}

export interface BegrotingPlan {
  id: string;
  jaar: number;
  naam: string;
  koppelId: string;
  versieId: string;
  plafondCenten: number;
  regels: RegelPlan[];
}

export interface RegioPlan {
  id: string;
  naam: string;
  mandaat: GemeentePlan | null;
  leden: { id: string; gemeente: GemeentePlan; rol: 'mandaatgemeente' | 'regiogemeente' }[];
  phoId: string;
  uitkeringId: string;
  uitkeringNaam: string;
  bedragen: { id: string; jaar: number; centen: number }[];
  begrotingen: BegrotingPlan[];
  /** The real SPUK-IZA amount for 2025 in euros: the region's weight in the ledger. */
  spuk2025: number;
}

export interface Dataset {
  zaad: number;
  gemeenten: GemeentePlan[];
  regios: RegioPlan[];
  /** Ledger rows per region and year, in the order of JAREN. */
  boekingenPerRegioJaar: number[][];
  boekingenTotaal: number;
  /** Regions that got their municipalities from the fallback (no anchor in their care region). */
  toewijzing: { viaZorgkantoor: number; viaGgd: number; elders: number };
}

/** The nine lines of every budget: IZA themes, with their share of the ceiling in basis points (95 % in total). */
export const BEGROTINGSREGELS: readonly { code: string; omschrijving: string; aandeel: number }[] = [
  { code: '1', omschrijving: 'Regionale coördinatie en projectbureau', aandeel: 1400 },
  { code: '2', omschrijving: 'Gezonde leefstijl en preventie', aandeel: 1300 },
  { code: '3', omschrijving: 'Mentale gezondheid', aandeel: 1200 },
  { code: '4', omschrijving: 'Kansrijke start', aandeel: 1100 },
  { code: '5', omschrijving: 'Valpreventie ouderen', aandeel: 1000 },
  { code: '6', omschrijving: 'Wijkgerichte netwerken zorg en sociaal domein', aandeel: 1000 },
  { code: '7', omschrijving: 'Digitale gegevensuitwisseling', aandeel: 900 },
  { code: '8', omschrijving: 'Arbeidsmarkt en personeel', aandeel: 900 },
  { code: '9', omschrijving: 'Monitoring en evaluatie', aandeel: 700 },
];

/** The ledger's spread over the years (the accord started small). */
const JAARGEWICHT = [14, 18, 22, 24, 22];
/** Synthetic grant amounts for the years before 2025, as a share of the real 2025 amount. */
const EERDERE_JAREN_FACTOR: Record<number, number> = { 2022: 0.8, 2023: 0.88, 2024: 0.95 };
const OMSCHRIJVINGEN = [
  'Inhuur projectleider',
  'Subsidie uitvoeringsorganisatie',
  'Training professionals',
  'Bijeenkomst netwerkpartners',
  'Communicatiemateriaal',
  'Licentie en hosting',
  'Onderzoek en monitoring',
  'Vergoeding ervaringsdeskundigen',
];

const normaal = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Synthetic membership: each region's mandaatgemeente (from the SPUK-IZA file) anchors it in a
 * care-office region (zorgkantoorregio) and a GGD region. Every other municipality, in the order
 * of the CBS file's care-office and GGD columns, goes to the region with the fewest inhabitants
 * so far among those anchored in its care-office region, else its GGD region, else all regions.
 */
function verdeelGemeenten(gemeenten: GemeentePlan[], regios: { naam: string; mandaat: GemeentePlan | null }[]) {
  const anker = regios.map((r) => {
    if (r.mandaat) return { zk: r.mandaat.zorgkantoor, ggd: r.mandaat.ggd };
    const zk = gemeenten.find((g) => normaal(g.zorgkantoorNaam) === normaal(r.naam));
    return { zk: zk?.zorgkantoor, ggd: zk?.ggd };
  });
  const leden: GemeentePlan[][] = regios.map((r) => (r.mandaat ? [r.mandaat] : []));
  const inwoners = leden.map((l) => l.reduce((s, g) => s + g.inwoners, 0));
  const mandaten = new Set(regios.flatMap((r) => (r.mandaat ? [r.mandaat.code] : [])));
  const telling = { viaZorgkantoor: 0, viaGgd: 0, elders: 0 };
  const volgorde = [...gemeenten].sort((a, b) => a.zorgkantoor.localeCompare(b.zorgkantoor) || a.ggd.localeCompare(b.ggd) || a.code.localeCompare(b.code));
  for (const g of volgorde) {
    if (mandaten.has(g.code)) continue;
    let kandidaten = regios.map((_, i) => i).filter((i) => anker[i]!.zk === g.zorgkantoor);
    if (kandidaten.length) telling.viaZorgkantoor++;
    else {
      kandidaten = regios.map((_, i) => i).filter((i) => anker[i]!.ggd === g.ggd);
      if (kandidaten.length) telling.viaGgd++;
      else {
        kandidaten = regios.map((_, i) => i);
        telling.elders++;
      }
    }
    const doel = kandidaten.reduce((best, i) => (inwoners[i]! < inwoners[best]! ? i : best));
    leden[doel]!.push(g);
    inwoners[doel]! += g.inwoners;
  }
  return { leden, telling };
}

export function maakDataset(opties: { zaad?: number; boekingen: number }): Dataset {
  const zaad = opties.zaad ?? STANDAARD_ZAAD;
  const t = new Toeval(zaad);
  const gemeenten: GemeentePlan[] = leesBestand('gemeenten-2025.csv').map((r) => ({
    id: t.uuid(),
    code: r.gemeentecode!,
    naam: r.gemeentenaam!,
    inwoners: Number(r.inwoners_2026_01_01),
    ggd: r.ggdregiocode!,
    zorgkantoor: r.zorgkantoorregiocode!,
    zorgkantoorNaam: r.zorgkantoorregio!,
  }));
  const opCode = new Map(gemeenten.map((g) => [g.code, g] as const));
  const spuk = leesBestand('spuk-iza-regios-2025-2026.csv').map((r) => ({
    naam: r.iza_regio!,
    mandaat: opCode.get(r.mandaatgemeentecode ?? '') ?? null,
    bedrag2025: Number(r.spuk_iza_2025_eur),
    bedrag2026: Number(r.spuk_iza_2026_eur),
  }));
  const { leden, telling } = verdeelGemeenten(gemeenten, spuk);

  const regios: RegioPlan[] = spuk.map((s, i) => {
    const regioId = t.uuid();
    const euro: Record<number, number> = { 2025: s.bedrag2025, 2026: s.bedrag2026 };
    for (const [jaar, f] of Object.entries(EERDERE_JAREN_FACTOR)) euro[Number(jaar)] = Math.round(s.bedrag2025 * f);
    const bedragen = JAREN.map((jaar) => ({ id: t.uuid(), jaar, centen: euro[jaar]! * 100 }));
    return {
      id: regioId,
      naam: s.naam,
      mandaat: s.mandaat,
      leden: leden[i]!
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((g) => ({ id: t.uuid(), gemeente: g, rol: g === s.mandaat ? ('mandaatgemeente' as const) : ('regiogemeente' as const) })),
      phoId: t.uuid(),
      uitkeringId: t.uuid(),
      uitkeringNaam: 'SPUK-IZA',
      bedragen,
      spuk2025: s.bedrag2025,
      begrotingen: bedragen.map((b) => ({
        id: t.uuid(),
        jaar: b.jaar,
        naam: `Begroting IZA ${b.jaar}`,
        koppelId: t.uuid(),
        versieId: t.uuid(),
        plafondCenten: b.centen,
        regels: BEGROTINGSREGELS.map((r, volgorde) => ({
          id: t.uuid(),
          bedragId: t.uuid(),
          code: r.code,
          omschrijving: r.omschrijving,
          volgorde,
          // Whole euros: a budget line is never set in cents.
          bedragCenten: Math.floor((b.centen * r.aandeel) / 10000 / 100) * 100,
          aandeel: r.aandeel,
        })),
      })),
    };
  });

  const cellen = regios.flatMap((r) => JAARGEWICHT.map((j) => r.spuk2025 * j));
  const aantallen = verdeelGeheel(opties.boekingen, cellen);
  const boekingenPerRegioJaar = regios.map((_, i) => aantallen.slice(i * JAREN.length, (i + 1) * JAREN.length));
  return { zaad, gemeenten, regios, boekingenPerRegioJaar, boekingenTotaal: opties.boekingen, toewijzing: telling };
}

/** The region with the largest ledger: the heaviest finance overview. */
export function grootsteRegio(d: Dataset): RegioPlan {
  let best = 0;
  d.regios.forEach((_, i) => {
    const som = (x: number) => d.boekingenPerRegioJaar[x]!.reduce((s, n) => s + n, 0);
    if (som(i) > som(best)) best = i;
  });
  return d.regios[best]!;
}

// --- ledger rows ---------------------------------------------------------------------------------

/** The columns the ledger import writes with COPY (boekingen.service.ts). */
export const BOEKING_KOLOMMEN = [
  'regio_id', 'soort', 'datum', 'bedrag_centen', 'begrotingsregel_id', 'uitkering_id', 'gemeente_id',
  'organisatie_id', 'activiteit', 'documentreferentie', 'omschrijving', 'import_id', 'import_regel',
];

export interface Boeking {
  soort: 'verplichting' | 'uitgave';
  datum: string;
  bedragCenten: number;
  regel: RegelPlan;
  gemeente: GemeentePlan | null;
  documentreferentie: string;
  omschrijving: string;
}

const DAGEN_VOOR_MAAND = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
const schrikkel = (j: number) => (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0;

/** A day of the year's quarter (0–3) as yyyy-mm-dd. */
function dagInKwartaal(t: Toeval, jaar: number, kwartaal: number): string {
  const extra = (m: number) => (schrikkel(jaar) && m >= 2 ? 1 : 0);
  const begin = DAGEN_VOOR_MAAND[kwartaal * 3]! + extra(kwartaal * 3);
  const eind = DAGEN_VOOR_MAAND[kwartaal * 3 + 3]! + extra(kwartaal * 3 + 3);
  let dag = t.geheel(begin, eind - 1);
  let maand = 0;
  while (DAGEN_VOOR_MAAND[maand + 1]! + extra(maand + 1) <= dag) maand++;
  dag -= DAGEN_VOOR_MAAND[maand]! + extra(maand);
  return `${jaar}-${String(maand + 1).padStart(2, '0')}-${String(dag + 1).padStart(2, '0')}`;
}

/** Rows of one region, year and quarter; on average they spend 90 % of the budget over the year. */
function* boekingenVan(t: Toeval, regio: RegioPlan, begroting: BegrotingPlan, kwartaal: number, aantal: number, jaarAantal: number, volgnummer: { n: number }) {
  const gemiddeld = (begroting.plafondCenten * 0.9) / Math.max(1, jaarAantal);
  const cumulatief: number[] = [];
  for (const r of begroting.regels) cumulatief.push((cumulatief.at(-1) ?? 0) + r.aandeel);
  for (let i = 0; i < aantal; i++) {
    const soort = t.volgende() < 0.35 ? ('verplichting' as const) : ('uitgave' as const);
    const bedragCenten = Math.max(100, Math.round(-Math.log(1 - t.volgende()) * gemiddeld));
    const regel = begroting.regels[t.gewogen(cumulatief)]!;
    const gemeente = t.volgende() < 0.75 ? t.kies(regio.leden).gemeente : null;
    const datum = dagInKwartaal(t, begroting.jaar, kwartaal);
    const n = ++volgnummer.n;
    yield {
      soort,
      datum,
      bedragCenten,
      regel,
      gemeente,
      documentreferentie: `${soort === 'uitgave' ? 'F' : 'O'}-${begroting.jaar}-${String(n).padStart(7, '0')}`,
      omschrijving: t.kies(OMSCHRIJVINGEN),
    } satisfies Boeking;
  }
}

/** One ledger row as CSV for COPY into BOEKING_KOLOMMEN (ids already resolved). */
export function boekingAlsCsv(regio: RegioPlan, b: Boeking, importId: string | null, importRegel: number | null): string {
  return [
    csvVeld(regio.id), csvVeld(b.soort), csvVeld(b.datum), csvVeld(b.bedragCenten), csvVeld(b.regel.id), csvVeld(regio.uitkeringId),
    b.gemeente ? csvVeld(b.gemeente.id) : '', '', csvVeld(''), csvVeld(b.documentreferentie), csvVeld(b.omschrijving),
    importId ? csvVeld(importId) : '', importRegel === null ? '' : csvVeld(importRegel),
  ].join(',') + '\n';
}

/**
 * The whole ledger as CSV blocks of at most blokGrootte rows, in the order a national installation
 * fills it: per year, per quarter, each region's quarterly import after the other.
 */
export function* grootboekCsv(d: Dataset, blokGrootte = 5000): Generator<string> {
  const t = new Toeval(d.zaad + 1);
  const volgnummers = d.regios.map(() => ({ n: 0 }));
  let blok: string[] = [];
  for (const [j] of JAREN.entries()) {
    for (let kwartaal = 0; kwartaal < 4; kwartaal++) {
      for (const [i, regio] of d.regios.entries()) {
        const jaarAantal = d.boekingenPerRegioJaar[i]![j]!;
        const aantal = verdeelGeheel(jaarAantal, [1, 1, 1, 1])[kwartaal]!;
        for (const b of boekingenVan(t, regio, regio.begrotingen[j]!, kwartaal, aantal, jaarAantal, volgnummers[i]!)) {
          blok.push(boekingAlsCsv(regio, b, null, null));
          if (blok.length === blokGrootte) {
            yield blok.join('');
            blok = [];
          }
        }
      }
    }
  }
  if (blok.length) yield blok.join('');
}

const duizendtallen = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "12.500,00": the way a municipal ledger export writes euros. */
export function alsEuroTekst(centen: number): string {
  return `${duizendtallen(Math.floor(centen / 100))},${String(centen % 100).padStart(2, '0')}`;
}

export const IMPORT_KOP = 'Boekdatum;Bedrag;Onderdeel;Uitkering;Soort;Gemeente;Factuurnummer;Omschrijving';

/** The column mapping of that layout, as the import's query parameters. */
export const importToewijzing = (jaar: number, bestandsnaam: string) => ({
  bestandsnaam,
  jaar,
  kolomDatum: 'Boekdatum',
  kolomBedrag: 'Bedrag',
  kolomBegrotingsregel: 'Onderdeel',
  kolomUitkering: 'Uitkering',
  kolomSoort: 'Soort',
  kolomGemeente: 'Gemeente',
  kolomDocumentreferentie: 'Factuurnummer',
  kolomOmschrijving: 'Omschrijving',
});

/**
 * A ledger export of one region and year with n rows, as a user uploads it (";", Dutch dates
 * and amounts), and the same rows already resolved to ids for a bare COPY into boeking.
 */
export function importBestand(d: Dataset, regio: RegioPlan, jaar: number, n: number, importId: string) {
  const t = new Toeval(d.zaad + 2);
  const begroting = regio.begrotingen.find((b) => b.jaar === jaar)!;
  const volgnummer = { n: 10_000_000 };
  const bestand: string[] = [IMPORT_KOP + '\n'];
  const kaal: string[] = [];
  let regelsBestand: string[] = [];
  let regelsKaal: string[] = [];
  let regel = 1;
  for (let kwartaal = 0; kwartaal < 4; kwartaal++) {
    const aantal = verdeelGeheel(n, [1, 1, 1, 1])[kwartaal]!;
    for (const b of boekingenVan(t, regio, begroting, kwartaal, aantal, n, volgnummer)) {
      regel++;
      const [j, m, dag] = b.datum.split('-');
      regelsBestand.push(
        `${dag}-${m}-${j};${alsEuroTekst(b.bedragCenten)};${b.regel.code};${regio.uitkeringNaam};${b.soort};${b.gemeente?.code ?? ''};${b.documentreferentie};${b.omschrijving}\n`,
      );
      regelsKaal.push(boekingAlsCsv(regio, b, importId, regel));
      if (regelsKaal.length === 5000) {
        bestand.push(regelsBestand.join(''));
        kaal.push(regelsKaal.join(''));
        regelsBestand = [];
        regelsKaal = [];
      }
    }
  }
  bestand.push(regelsBestand.join(''));
  kaal.push(regelsKaal.join(''));
  return { bestand: bestand.join(''), kaal };
}

// --- loading -------------------------------------------------------------------------------------

export interface GeladenDataset {
  gebruikerId: string;
  /** Wall time of the ledger load alone. */
  grootboekMs: number;
  overigMs: number;
}

const rij = (...velden: (string | number | null)[]) => velden.map((v) => (v === null ? '' : csvVeld(v))).join(',') + '\n';

/**
 * Loads the dataset with COPY on a migrated, empty database: reference data and budgets in one
 * transaction, then the ledger in transactions of blokkenPerTransactie × 5,000 rows.
 */
export async function laadDataset(database: Database, d: Dataset, blokkenPerTransactie = 50): Promise<GeladenDataset> {
  const t0 = performance.now();
  const gebruikerId = new Toeval(d.zaad + 3).uuid();
  await inRuweTransactie(database, async (tx) => {
    await tx.kopieer('gebruiker', ['id', 'email', 'naam', 'wachtwoord_hash', 'is_beheerder'], [rij(gebruikerId, 'meting@regiekamer.test', 'Meting', '!', 'true')]);
    await tx.kopieer('gemeente', ['id', 'gemeentecode', 'naam', 'inwoners'], d.gemeenten.map((g) => rij(g.id, g.code, g.naam, g.inwoners)));
    await tx.kopieer('regio', ['id', 'naam', 'omschrijving'], d.regios.map((r) => rij(r.id, r.naam, 'SPUK-IZA-regio (benchmark)')));
    await tx.kopieer('gemeente_in_regio', ['id', 'regio_id', 'gemeente_id', 'rol'], d.regios.flatMap((r) => r.leden.map((l) => rij(l.id, r.id, l.gemeente.id, l.rol))));
    await tx.kopieer('overlegorgaan', ['id', 'regio_id', 'naam', 'soort'], d.regios.map((r) => rij(r.phoId, r.id, 'Bestuurlijk overleg (PHO)', 'pho')));
    await tx.kopieer(
      'uitkering',
      ['id', 'regio_id', 'soort', 'naam', 'ontvanger_gemeente_id', 'regeling', 'eerste_jaar', 'laatste_jaar'],
      d.regios.map((r) => rij(r.uitkeringId, r.id, 'spuk-iza', r.uitkeringNaam, r.mandaat?.id ?? null, 'Regeling specifieke uitkering IZA', JAREN[0], JAREN.at(-1)!)),
    );
    await tx.kopieer('uitkering_bedrag', ['id', 'regio_id', 'uitkering_id', 'jaar', 'bedrag_centen'], d.regios.flatMap((r) => r.bedragen.map((b) => rij(b.id, r.id, r.uitkeringId, b.jaar, b.centen))));
    const begrotingen = d.regios.flatMap((r) => r.begrotingen.map((b) => ({ r, b })));
    await tx.kopieer('begroting', ['id', 'regio_id', 'jaar', 'naam'], begrotingen.map(({ r, b }) => rij(b.id, r.id, b.jaar, b.naam)));
    await tx.kopieer('begroting_uitkering', ['id', 'regio_id', 'begroting_id', 'uitkering_id'], begrotingen.map(({ r, b }) => rij(b.koppelId, r.id, b.id, r.uitkeringId)));
    await tx.kopieer(
      'begrotingsregel',
      ['id', 'regio_id', 'begroting_id', 'code', 'omschrijving', 'volgorde'],
      begrotingen.flatMap(({ r, b }) => b.regels.map((x) => rij(x.id, r.id, b.id, x.code, x.omschrijving, x.volgorde))),
    );
    await tx.kopieer(
      'begrotingsversie',
      ['id', 'regio_id', 'begroting_id', 'versie', 'status', 'vastgesteld_op', 'vastgesteld_door_id', 'besluit_referentie'],
      begrotingen.map(({ r, b }) => rij(b.versieId, r.id, b.id, 1, 'vastgesteld', `${b.jaar - 1}-12-15`, r.phoId, `PHO ${b.jaar - 1}-12`)),
    );
    await tx.kopieer(
      'begrotingsbedrag',
      ['id', 'regio_id', 'versie_id', 'regel_id', 'bedrag_centen'],
      begrotingen.flatMap(({ r, b }) => b.regels.map((x) => rij(x.bedragId, r.id, b.versieId, x.id, x.bedragCenten))),
    );
  });
  const t1 = performance.now();
  let blokken: string[] = [];
  const schrijf = async () => {
    const inhoud = blokken;
    blokken = [];
    await inRuweTransactie(database, (tx) => tx.kopieer('boeking', BOEKING_KOLOMMEN, inhoud));
  };
  for (const blok of grootboekCsv(d)) {
    blokken.push(blok);
    if (blokken.length === blokkenPerTransactie) await schrijf();
  }
  if (blokken.length) await schrijf();
  return { gebruikerId, grootboekMs: performance.now() - t1, overigMs: t1 - t0 };
}
