/**
 * The region overview and the progress report at the size of the issue: a region of 20
 * municipalities with five years (2022–2026) of indicators, targets and approved measurements,
 * every agreement and chain-approach cell recorded, support points, milestones and earlier reports.
 * Synthetic (seeded) rows next to the demo; the figures go into docs/benchmarks.md via run.ts, and
 * `npx tsx bench/overzicht.ts` runs this part alone on PGlite.
 */
import { performance } from 'node:perf_hooks';
import { inArray } from 'drizzle-orm';
import { deelperiodes, leesPeriode } from '../common/periode';
import { openPglite, type Database } from '../server/db/client';
import type { Db } from '../server/db/client';
import { migrateDatabase } from '../server/db/migrate';
import {
  afspraak,
  afspraakStatus,
  gemeente,
  gemeenteInRegio,
  indicator,
  ketenaanpak,
  ketenaanpakGemeente,
  meting,
  mijlpaal,
  regio,
  steunpunt,
  streefwaarde,
} from '../server/db/schema/index';
import { laadDemo } from '../server/features/demo/demo.service';
import { overzicht } from '../server/features/overzicht/overzicht.service';
import { bouwRegiostand, inMomentopname } from '../server/features/overzicht/regiostand';
import { bevries } from '../server/features/voortgangsrapportages/voortgangsrapportages.service';
import { JAREN, Toeval } from './dataset';
import { markdownTabel, meetAfwisselend, meet, ms, samenvatting, type Meting } from './meten';

const GEMEENTEN = 20;
const INDICATOREN = 16;
const VANDAAG = '2026-11-22';
const statussen = ['niet-gestart', 'in-uitvoering', 'gerealiseerd', 'vertraagd', 'niet-van-toepassing'] as const;
const niveaus = ['regionaal', 'subregionaal', 'lokaal', 'in-voorbereiding', 'niet-gestart'] as const;

export interface OverzichtUitkomst {
  rijen: Record<string, number>;
  metingen: Meting[];
}

/** The synthetic region; returns its id and the number of rows per table. */
async function laadRegio(db: Db): Promise<{ regioId: string; rijen: Record<string, number> }> {
  const t = new Toeval(2026_11);
  return db.transaction(async (tx) => {
    const [r] = await tx.insert(regio).values({ naam: 'Benchregio overzicht (synthetisch)' }).returning({ id: regio.id });
    const regioId = r!.id;
    // GM7xxx are no CBS codes: these municipalities exist only in the benchmark.
    const codes = Array.from({ length: GEMEENTEN }, (_, i) => `GM${7001 + i}`);
    await tx.insert(gemeente).values(codes.map((c, i) => ({ gemeentecode: c, naam: `Benchgemeente ${i + 1}`, inwoners: t.geheel(8_000, 120_000) })));
    const gemeenteIds = (await tx.select({ id: gemeente.id }).from(gemeente).where(inArray(gemeente.gemeentecode, codes))).map((g) => g.id);
    await tx.insert(gemeenteInRegio).values(gemeenteIds.map((gemeenteId, i) => ({ regioId, gemeenteId, rol: i === 0 ? 'mandaatgemeente' : 'regiogemeente' })));

    const afspraken = await tx.select({ id: afspraak.id }).from(afspraak);
    await tx.insert(afspraakStatus).values(afspraken.map((a) => ({ regioId, afspraakId: a.id, status: t.kies(statussen) })));
    const aanpakken = await tx.select({ id: ketenaanpak.id }).from(ketenaanpak);
    await tx
      .insert(ketenaanpakGemeente)
      .values(aanpakken.flatMap((a) => gemeenteIds.map((gemeenteId) => ({ regioId, ketenaanpakId: a.id, gemeenteId, niveau: t.kies(niveaus) }))));
    const punten = gemeenteIds.flatMap((gemeenteId, i) =>
      Array.from({ length: t.geheel(0, 3) }, (_, j) => ({
        regioId,
        gemeenteId,
        naam: `Steunpunt ${i + 1}.${j + 1}`,
        straat: 'Dorpsstraat',
        huisnummer: String(j + 1),
        postcode: '5800 AA',
        plaats: `Benchgemeente ${i + 1}`,
        openVoorIedereen: t.volgende() < 0.7,
      })),
    );
    if (punten.length) await tx.insert(steunpunt).values(punten);
    const mijlpalen = Array.from({ length: 60 }, (_, i) => {
      const jaar = t.kies(JAREN);
      return { regioId, titel: `Mijlpaal ${i + 1}`, datum: `${jaar}-${String(t.geheel(1, 12)).padStart(2, '0')}-15`, status: t.kies(statussen) };
    });
    await tx.insert(mijlpaal).values(mijlpalen);

    // Half the indicators per municipality, half for the region; all quarterly, with a target per
    // year and per half year and an approved value per quarter up to the current quarter.
    const indicatoren = await tx
      .insert(indicator)
      .values(
        Array.from({ length: INDICATOREN }, (_, i) => ({
          regioId,
          code: `BENCH-${String(i + 1).padStart(2, '0')}`,
          naam: `Indicator ${i + 1}`,
          niveau: (['proces', 'beweging', 'doelgroepen'] as const)[i % 3]!,
          eenheid: 'aantal',
          richting: i % 4 === 0 ? 'lager-is-beter' : 'hoger-is-beter',
          cumulatief: i % 5 === 0,
          meetfrequentie: 'kwartaal',
          geografie: i % 2 === 0 ? 'gemeente' : 'regio',
        })),
      )
      .returning({ id: indicator.id, geografie: indicator.geografie });
    const doelen: (typeof streefwaarde.$inferInsert)[] = [];
    const waarden: (typeof meting.$inferInsert)[] = [];
    for (const ind of indicatoren) {
      const geos = ind.geografie === 'gemeente' ? gemeenteIds : [null];
      for (const gemeenteId of geos) {
        for (const jaar of JAREN) {
          for (const code of [String(jaar), `${jaar}-H1`, `${jaar}-H2`]) {
            const p = leesPeriode(code)!;
            doelen.push({ regioId, indicatorId: ind.id, gemeenteId, periode: code, periodeBegin: p.begin, periodeEind: p.eind, waarde: String(t.geheel(100, 400) * (code.includes('H') ? 1 : 2)) });
          }
          for (const code of deelperiodes(leesPeriode(String(jaar))!, 'kwartaal')) {
            const p = leesPeriode(code)!;
            if (p.begin > VANDAAG) continue;
            waarden.push({
              regioId,
              indicatorId: ind.id,
              gemeenteId,
              periode: code,
              periodeBegin: p.begin,
              periodeEind: p.eind,
              waarde: String(t.geheel(20, 220)),
              bron: 'synthetisch',
              peildatum: p.eind,
              status: 'goedgekeurd',
              ingevoerdDoor: 'bench',
              goedgekeurdDoor: 'bench',
              goedgekeurdOp: new Date(`${p.eind}T12:00:00Z`),
            });
          }
        }
      }
    }
    for (let i = 0; i < doelen.length; i += 1000) await tx.insert(streefwaarde).values(doelen.slice(i, i + 1000));
    for (let i = 0; i < waarden.length; i += 1000) await tx.insert(meting).values(waarden.slice(i, i + 1000));
    return {
      regioId,
      rijen: {
        gemeenten: GEMEENTEN,
        afspraakstatussen: afspraken.length,
        'ketenaanpak-cellen': aanpakken.length * GEMEENTEN,
        steunpunten: punten.length,
        mijlpalen: mijlpalen.length,
        indicatoren: INDICATOREN,
        streefwaarden: doelen.length,
        metingen: waarden.length,
      },
    };
  });
}

export async function overzichtSuite(database: Database, log: (s: string) => void = () => undefined): Promise<OverzichtUitkomst> {
  await migrateDatabase(database);
  // The catalogue of agreements and the five chain approaches come with the demo.
  await laadDemo(database.db, { wachtwoord: 'benchmark-wachtwoord-2026' });
  const t0 = performance.now();
  const { regioId, rijen } = await laadRegio(database.db);
  log(`benchregio geladen in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // Earlier reports: one per quarter of two years, so the latest is picked from a real list.
  for (const k of ['2025-K1', '2025-K2', '2025-K3', '2025-K4', '2026-K1', '2026-K2', '2026-K3', '2026-K4']) await bevries(database.db, null, regioId, { periode: k }, VANDAAG);
  rijen.voortgangsrapportages = 8;

  const db = database.db;
  const [tOverzicht, tStand] = await meetAfwisselend(50, 5, [
    () => overzicht(db, regioId, VANDAAG),
    () => inMomentopname(db, (tx) => bouwRegiostand(tx, regioId, '2026', VANDAAG)),
  ]);
  const metingen = [
    samenvatting('overzicht (service `overzicht`, één momentopname)', tOverzicht!),
    samenvatting('regiostand van een jaar (`bouwRegiostand`, alleen lezen)', tStand!),
    samenvatting('rapportage bevriezen (`bevries`: lezen, serialiseren, hash, opslaan)', await meet(10, () => bevries(db, null, regioId, { periode: '2026-K3' }, VANDAAG))),
  ];
  return { rijen, metingen };
}

export function regioOverzichtTabel(u: OverzichtUitkomst): string {
  return markdownTabel(
    ['meting', 'n', 'mediaan (ms)', 'p95 (ms)'],
    ['l', 'r', 'r', 'r'],
    u.metingen.map((m) => [m.wat, m.n, ms(m.mediaanMs).replace('.', ','), ms(m.p95Ms).replace('.', ',')]),
  );
}

export const overzichtDataset = (u: OverzichtUitkomst) =>
  Object.entries(u.rijen)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');

// Alone: `npx tsx bench/overzicht.ts` (PGlite, in memory).
if (import.meta.url === `file://${process.argv[1]}`) {
  const database = await openPglite();
  try {
    const u = await overzichtSuite(database, console.log);
    console.log(`Dataset: ${overzichtDataset(u)}\n\n${regioOverzichtTabel(u)}`);
  } finally {
    await database.close();
  }
}
