/** docs/benchmarks.md from the figures of one run: the machine, the dataset, tables and targets. */
import os from 'node:os';
import { DEKKENDE_INDEX, GEWONE_INDEX, IMPORT_JAAR, OVERZICHT_JAAR, type FinancienUitkomst, type OverzichtMeting } from './financien';
import { JAREN } from './dataset';
import { factor, getal, markdownTabel, ms, type Meting } from './meten';
import { overzichtDataset, regioOverzichtTabel, type OverzichtUitkomst } from './overzicht';

export interface DatabaseUitkomst {
  api: Meting[];
  overzicht: OverzichtUitkomst;
  financien: FinancienUitkomst;
}

export interface RapportInvoer {
  pglite: DatabaseUitkomst;
  postgres?: DatabaseUitkomst & { versie: string; instellingen: string };
  schaal: number;
  duurMs: number;
  eigenCluster: boolean;
  /** Load average (1 min) of the machine at the start of the run. */
  belastingBegin: number;
}

/** The targets of the issue, for PostgreSQL. */
export const DOELEN = { overzichtP95Ms: 25, overzichtFactor: 1.5, importFactor: 2 };

const ja = (x: boolean) => (x ? '**ja**' : '**nee**');
const seconden = (x: number) => `${(x / 1000).toFixed(1).replace('.', ',')} s`;
const perSeconde = (rijen: number, duurMs: number) => getal(rijen / (duurMs / 1000));
const mss = (x: number) => ms(x).replace('.', ',');
const komma = (x: number) => x.toFixed(1).replace('.', ',');

function apiTabel(metingen: Meting[]) {
  return markdownTabel(
    ['meting', 'n', 'mediaan (ms)', 'p95 (ms)', 'verzoeken/s'],
    ['l', 'r', 'r', 'r', 'r'],
    metingen.map((m) => [m.wat, m.n, mss(m.mediaanMs), mss(m.p95Ms), m.perSeconde ?? '']),
  );
}

function overzichtRijen(o: OverzichtMeting, label: string) {
  const rij = (wat: string, m: Meting) => [`${label}: ${wat}`, getal(o.boekingen), m.n, mss(m.mediaanMs), mss(m.p95Ms), factor(m.p95Ms / o.sql.p95Ms)];
  return [
    rij('service `financieelOverzicht`', o.service),
    ...(o.http ? [rij('HTTP `GET …/financieel-overzicht`', o.http)] : []),
    ...(o.begroting ? [rij('alleen de eerste stap van de service, `begrotingen` (zonder boekingen)', o.begroting)] : []),
    rij('ruwe SQL, één statement', o.sql),
  ];
}

function overzichtTabel(f: FinancienUitkomst) {
  return markdownTabel(
    ['meting', 'boekingen in de begroting', 'n', 'mediaan (ms)', 'p95 (ms)', 'p95 t.o.v. ruwe SQL'],
    ['l', 'r', 'r', 'r', 'r', 'r'],
    [
      ...overzichtRijen(f.overzicht, `${OVERZICHT_JAAR}`),
      ...overzichtRijen(f.naImport[0]!, `${IMPORT_JAAR}, na de import`),
      ...overzichtRijen(f.naImport[1]!, `${OVERZICHT_JAAR}, na de import`),
    ],
  );
}

function indexTabel(f: FinancienUitkomst) {
  const paren = [
    [f.gewoneIndex[0]!, f.naImport[1]!],
    [f.gewoneIndex[1]!, f.naImport[0]!],
  ] as const;
  return markdownTabel(
    ['overzicht', 'boekingen', 'service p95 zonder INCLUDE (ms)', 'service p95 met INCLUDE (ms)', 'ruwe SQL p95 zonder (ms)', 'ruwe SQL p95 met (ms)'],
    ['l', 'r', 'r', 'r', 'r', 'r'],
    paren.map(([nu, met]) => [`${met.jaar}`, getal(met.boekingen), mss(nu.service.p95Ms), mss(met.service.p95Ms), mss(nu.sql.p95Ms), mss(met.sql.p95Ms)]),
  );
}

function importTabel(f: FinancienUitkomst) {
  const i = f.importMeting;
  return markdownTabel(
    ['meting', 'rijen', 'tijd', 'rijen/s', 't.o.v. kale COPY'],
    ['l', 'r', 'r', 'r', 'r'],
    [
      ['kale COPY van dezelfde rijen (ids al opgezocht) in `boeking`', getal(i.regels), seconden(i.kaleCopyMs), perSeconde(i.regels, i.kaleCopyMs), factor(1)],
      [`\`importeerBoekingen\` met het CSV-bestand (${(i.bestandBytes / 2 ** 20).toFixed(0)} MiB)`, getal(i.regels), seconden(i.importMs), perSeconde(i.regels, i.importMs), factor(i.importMs / i.kaleCopyMs)],
      ['waarvan alleen het CSV-bestand lezen (`leesCsv`, apart gemeten)', getal(i.regels), seconden(i.csvLezenMs), perSeconde(i.regels, i.csvLezenMs), ''],
      [`ter vergelijking: het grootboek laden (COPY, ${getal(f.dataset.boekingenTotaal)} rijen)`, getal(f.dataset.boekingenTotaal), seconden(f.laden.grootboekMs), perSeconde(f.dataset.boekingenTotaal, f.laden.grootboekMs), ''],
    ],
  );
}

function doelenTabel(f: FinancienUitkomst) {
  const o = f.overzicht;
  const i = f.importMeting;
  const rij = (doel: string, gemeten: string, gehaald: boolean) => [doel, gemeten, ja(gehaald)];
  return markdownTabel(
    ['doel (PostgreSQL)', 'gemeten', 'gehaald'],
    ['l', 'r', 'l'],
    [
      rij(`overzicht p95 ≤ ${DOELEN.overzichtP95Ms} ms (service)`, `${mss(o.service.p95Ms)} ms`, o.service.p95Ms <= DOELEN.overzichtP95Ms),
      rij(`overzicht p95 ≤ ${DOELEN.overzichtP95Ms} ms (via HTTP)`, `${mss(o.http!.p95Ms)} ms`, o.http!.p95Ms <= DOELEN.overzichtP95Ms),
      rij(`overzicht p95 ≤ ${factor(DOELEN.overzichtFactor)} ruwe SQL (service)`, factor(o.service.p95Ms / o.sql.p95Ms), o.service.p95Ms <= DOELEN.overzichtFactor * o.sql.p95Ms),
      rij(`overzicht p95 ≤ ${factor(DOELEN.overzichtFactor)} ruwe SQL (via HTTP)`, factor(o.http!.p95Ms / o.sql.p95Ms), o.http!.p95Ms <= DOELEN.overzichtFactor * o.sql.p95Ms),
      rij(`import van ${getal(i.regels)} rijen ≤ ${factor(DOELEN.importFactor)} kale COPY`, factor(i.importMs / i.kaleCopyMs), i.importMs <= DOELEN.importFactor * i.kaleCopyMs),
    ],
  );
}

export function rapport(r: RapportInvoer): string {
  const cpu = os.cpus();
  const machine = `${cpu[0]?.model.trim() ?? 'onbekend'}, ${cpu.length} kernen, ${Math.round(os.totalmem() / 2 ** 30)} GiB geheugen, ${os.type()} ${os.release()}, Node ${process.version}`;
  const f = r.pglite.financien;
  const d = f.dataset;
  const pg = r.postgres;
  const leden = d.regios.map((x) => x.leden.length);
  const zonderMandaat = d.regios.filter((x) => !x.mandaat).map((x) => x.naam);
  const regio = f.regio;
  const ri = d.regios.indexOf(regio);
  const grootte = (u: FinancienUitkomst) => `${getal(u.dataset.boekingenTotaal)} boekingen en een import van ${getal(u.importMeting.regels)} rijen`;
  const zelfdeGrootte = !pg || (pg.financien.opties.boekingen === f.opties.boekingen && pg.financien.opties.importRegels === f.opties.importRegels);

  const financienSectie = (u: FinancienUitkomst) => `### Financieel overzicht

${regio.naam} is de regio met het grootste grootboek (${getal(u.dataset.boekingenPerRegioJaar[ri]!.reduce((s, n) => s + n, 0))} boekingen over vijf jaar).
Gemeten is het overzicht van ${OVERZICHT_JAAR} (onderbestedingsdrempel 10 %), ${u.overzicht.service.n} keer na ${Math.min(20, Math.ceil(u.opties.herhalingen / 5))} keer opwarmen,
de varianten om en om. Daarna hetzelfde voor ${IMPORT_JAAR}, de begroting waarin de import hieronder
${getal(u.importMeting.regels)} boekingen heeft gezet.

${overzichtTabel(u)}

### Grootboekimport

Een CSV-export van ${getal(u.importMeting.regels)} regels voor ${regio.naam}, ${IMPORT_JAAR} (\`;\`, datums als 15-04-${IMPORT_JAAR}, bedragen als
12.500,00, kolommen Boekdatum, Bedrag, Onderdeel, Uitkering, Soort, Gemeente, Factuurnummer, Omschrijving),
ingelezen met \`importeerBoekingen\`, de functie achter \`POST …/boekingen/importen\`, rechtstreeks aangeroepen
(zonder de HTTP-laag). Ernaast de fysieke grens: een kale \`COPY\` van dezelfde rijen met de ids al
opgezocht, in dezelfde kolommen als de import (met een importregel), in dezelfde tabel met al haar
indexen en verwijzende sleutels. Eerst de kale COPY; die rijen gaan er daarna weer uit
(\`vacuum\`), dan de import.

${importTabel(u)}`;

  return `# Benchmarks

Gemeten met \`npm run bench\` (\`bench/run.ts\`) op ${new Date().toISOString().slice(0, 10)}; de hele run duurde ${Math.round(r.duurMs / 60000)} minuten.
Machine: ${machine}. Belasting van de machine (load average over 1 minuut) bij het begin van de run ${komma(r.belastingBegin)}, aan het einde ${komma(os.loadavg()[0]!)}:
alles wat daarboven ligt, draaide naast de meting en maakt de tijden hoger en onrustiger.
${r.schaal !== 1 ? `\n**Proefrun op schaal ${r.schaal}: de aantallen hieronder zijn niet die van de eis.**\n` : ''}
De server draait in hetzelfde proces als de meter en wordt over loopback aangesproken met \`fetch\`.
Tijden zijn wandkloktijden per verzoek of per aanroep; p95 is het 95e percentiel (dichtstbijzijnde rang).

## De landelijke dataset

\`bench/dataset.ts\` maakt de dataset deterministisch uit de openbare bestanden in \`../shared/data\`
(die niet naar de repository worden gekopieerd) en één zaad (${d.zaad}, mulberry32; ook de uuid's komen
uit die reeks): twee runs geven dezelfde ids, bedragen en boekingen.

- **${d.gemeenten.length} gemeenten** uit \`gemeenten-2025.csv\` (CBS-code, naam, inwoners).
- **${d.regios.length} SPUK-IZA-regio's** uit \`spuk-iza-regios-2025-2026.csv\`, elk met haar mandaatgemeente uit dat
  bestand (${zonderMandaat.length ? `behalve ${zonderMandaat.join(', ')}: daar staat geen mandaatgemeentecode, dus heeft de regio er geen` : 'voor elke regio'}).
- **De indeling van gemeenten in IZA-regio's is synthetisch.** Welke gemeente bij welke IZA-regio hoort, is
  niet openbaar. De mandaatgemeente verankert haar regio in haar zorgkantoorregio en GGD-regio; elke andere
  gemeente gaat, in de volgorde van de kolommen zorgkantoorregio en GGD-regio van het CBS-bestand, naar de
  regio met tot dan toe de minste inwoners onder de regio's die in haar zorgkantoorregio verankerd zijn
  (${d.toewijzing.viaZorgkantoor} gemeenten), anders in haar GGD-regio (${d.toewijzing.viaGgd}), anders naar alle regio's (${d.toewijzing.elders}).
  Zo heeft een regio ${Math.min(...leden)} tot ${Math.max(...leden)} gemeenten. Geschikt om te meten, niet om iets over echte regio's te zeggen.
- Per regio een uitkering SPUK-IZA ${JAREN[0]}–${JAREN.at(-1)} met de **echte bedragen voor 2025 en 2026**; de bedragen voor
  2022–2024 zijn synthetisch (80, 88 en 95 % van 2025). Een PHO, en per jaar een begroting met **9 regels**
  (samen 95 % van het plafond), versie 1 vastgesteld door het PHO: ${d.regios.length * JAREN.length} begrotingen, ${d.regios.length * JAREN.length * 9} regels.
- **Grootboek: ${getal(d.boekingenTotaal)} boekingen**, over regio's naar hun SPUK-IZA-bedrag 2025 en over de jaren als
  14/18/22/24/22; per jaar en kwartaal staat elk kwartaalblok van een regio na dat van de vorige, zoals
  kwartaalimporten binnenkomen. 35 % verplichtingen, bedragen exponentieel verdeeld zodat een jaar
  gemiddeld 90 % van de begroting besteedt, 75 % met een gemeente uit de regio.
- Geladen met \`COPY\` (\`server/db/bulk.ts\`) na de migraties, met alle indexen, verwijzende sleutels en
  controles aan; daarna \`vacuum analyze\`, zoals autovacuum na een bulklading zou doen. Na de import en
  na het aanleggen van de index van het experiment nog eens.
${zelfdeGrootte ? '' : `\nPGlite kreeg een kleinere dataset (${grootte(f)}) dan PostgreSQL (${grootte(pg!.financien)}): het laadt hier rond de ${perSeconde(f.dataset.boekingenTotaal, f.laden.grootboekMs)} boekingen per seconde, en in een proefrun op deze machine (met andere processen ernaast) kostte alleen het laden van 2 miljoen boekingen al ruim vier minuten en de kale COPY van 1 miljoen rijen (met opruimen) nog eens bijna vijf; de hele run bleef dan niet binnen twintig minuten. Dezelfde zaad, dus dezelfde regio's, gemeenten en begrotingen; alleen minder boekingen.\n`}
## Doelen

${pg ? doelenTabel(pg.financien) : 'PostgreSQL niet gemeten.'}

${pg ? doelenToelichting(pg.financien) : ''}

## PostgreSQL ${pg?.versie ?? ''} (${r.eigenCluster ? 'wegwerpcluster' : 'BENCH_DATABASE_URL'}; ${pg?.instellingen ?? ''})

${pg ? financienSectie(pg.financien) : 'niet gemeten'}

### Web en API (demoregio)

${pg ? apiTabel(pg.api) : 'niet gemeten'}

### Regio-overzicht en voortgangsrapportage (${overzichtDataset(r.pglite.overzicht)})

${pg ? regioOverzichtTabel(pg.overzicht) : 'niet gemeten'}

## Ingebed (PGlite, in het geheugen)

${financienSectie(f)}

### Web en API (demoregio)

${apiTabel(r.pglite.api)}

### Regio-overzicht en voortgangsrapportage

${regioOverzichtTabel(r.pglite.overzicht)}

## De dekkende index (migratie 0005)

\`bestedingPerRegel\` (\`begroting.repository.ts\`) telt per begrotingsregel de bedragen op via de index
\`boeking_regio_regel (regio_id, begrotingsregel_id, soort)\`. Zonder \`bedrag_centen\` in de index leest
PostgreSQL daarna elke boeking uit de tabel: één tabelpagina per paar boekingen, omdat de boekingen van een
regel over de hele tabel verspreid staan. Migratie \`drizzle/0005_boeking_dekkende_index.sql\` zet het bedrag
in de index (\`INCLUDE\`), zodat het een index-only scan wordt:

\`\`\`sql
${DEKKENDE_INDEX};
\`\`\`

De metingen hierboven zijn met die index. Ter vergelijking, in dezelfde run op dezelfde database, met de
gewone index van vóór migratie 0005 (\`${GEWONE_INDEX}\`):

${pg ? `PostgreSQL:\n\n${indexTabel(pg.financien)}\n\n` : ''}PGlite:

${indexTabel(f)}

${pg ? indexConclusie('PostgreSQL', pg.financien) : ''}
${indexConclusie('PGlite', f)}
${pg ? verhoudingMetIndex(pg.financien) : ''}

De index wordt er per boeking 8 bytes groter door; wat dat bij de import kost, zit in de importmeting hierboven.

## Lezen

- Aanmelden is bewust traag: argon2id met 19 MiB en twee passes.
- PGlite heeft één verbinding: gelijktijdige verzoeken wachten op elkaar, en de service stuurt haar
  vragen daar na elkaar in plaats van tegelijk. Voor veel gebruikers tegelijk en voor landelijke
  aantallen is PostgreSQL met een pool de weg (docs/decisions/0003).
- De wegwerpcluster draait zonder fsync: de import- en laadtijden zijn daardoor een ondergrens voor een
  server die wél naar schijf schrijft. Voor de vergelijking met de kale COPY maakt dat niet uit: die
  schrijft even veel.
`;
}

function doelenToelichting(f: FinancienUitkomst): string {
  const o = f.overzicht;
  const i = f.importMeting;
  const regels: string[] = [];
  const ratio = (m: Meting) => m.p95Ms / o.sql.p95Ms;
  const haalt = (m: Meting) => m.p95Ms <= DOELEN.overzichtP95Ms && ratio(m) <= DOELEN.overzichtFactor;
  const oordeel = (m: Meting, wat: string) =>
    `${wat} ${haalt(m) ? 'haalt beide doelen' : 'haalt niet elk doel'} (p95 ${mss(m.p95Ms)} ms, ${factor(ratio(m))} de ruwe SQL)`;
  regels.push(
    `Het overzicht van ${f.regio.naam} ${OVERZICHT_JAAR} (${getal(o.boekingen)} boekingen): ${oordeel(o.service, 'de service')}; ${oordeel(o.http!, 'via HTTP')}. ` +
      `Bovenop de aggregatie vraagt de service eerst begroting, versies, regels, bedragen, financiering en herverdelingen op (\`begrotingen\`, alleen al p95 ${mss(o.begroting!.p95Ms)} ms) en pas daarna de boekingen; HTTP voegt aanmelden met het token, validatie en serialisatie toe. ` +
      `Die vaste kosten wegen zwaarder naarmate de aggregatie sneller is (zie de dekkende index hieronder).`,
  );
  const naImport = f.naImport[0]!;
  regels.push(
    `Na de import van ${getal(i.regels)} rijen in ${IMPORT_JAAR} telt die begroting ${getal(naImport.boekingen)} boekingen; het overzicht kost dan p95 ${mss(naImport.service.p95Ms)} ms, de ruwe SQL ${mss(naImport.sql.p95Ms)} ms: ` +
      (naImport.sql.p95Ms > DOELEN.overzichtP95Ms
        ? `daar ligt de fysieke grens zelf al boven ${DOELEN.overzichtP95Ms} ms, en alleen een voorberekende stand per regel brengt die verder omlaag.`
        : `ook dat blijft binnen ${DOELEN.overzichtP95Ms} ms.`),
  );
  const f2 = i.importMs / i.kaleCopyMs;
  regels.push(
    f2 <= DOELEN.importFactor
      ? `De import haalt ${factor(f2)} de tijd van een kale COPY van dezelfde rijen: lezen en controleren van ${getal(i.regels)} regels (het CSV-bestand lezen alleen al ${seconden(i.csvLezenMs)}) kost minder dan het schrijven zelf.`
      : `De import kost ${factor(f2)} de tijd van een kale COPY van dezelfde rijen en haalt het doel van ${factor(DOELEN.importFactor)} niet. Het CSV-bestand lezen alleen al kost ${seconden(i.csvLezenMs)}; daarna komen controleren, de rijen opnieuw als CSV opbouwen en pas dan de COPY, allemaal na elkaar.`,
  );
  return regels.map((x) => `- ${x}`).join('\n');
}

function indexConclusie(soort: string, f: FinancienUitkomst): string {
  const [nu2025, nu2026] = f.gewoneIndex as [OverzichtMeting, OverzichtMeting];
  const [met2025, met2026] = [f.naImport[1]!, f.naImport[0]!];
  return (
    `- ${soort}: het overzicht van ${IMPORT_JAAR} (${getal(met2026.boekingen)} boekingen) p95 ${mss(nu2026.service.p95Ms)} → ${mss(met2026.service.p95Ms)} ms ` +
    `(ruwe SQL ${mss(nu2026.sql.p95Ms)} → ${mss(met2026.sql.p95Ms)} ms), dat van ${OVERZICHT_JAAR} (${getal(met2025.boekingen)} boekingen) ${mss(nu2025.service.p95Ms)} → ${mss(met2025.service.p95Ms)} ms ` +
    `(ruwe SQL ${mss(nu2025.sql.p95Ms)} → ${mss(met2025.sql.p95Ms)} ms).`
  );
}

/** With the index the aggregation gets faster, the service's fixed part does not: say what that does to the ratio. */
function verhoudingMetIndex(f: FinancienUitkomst): string {
  const met = f.naImport[1]!;
  const r = met.service.p95Ms / met.sql.p95Ms;
  return (
    `\nMet de index wordt de aggregatie sneller, de vaste kosten van de service niet: op PostgreSQL is het overzicht van ${OVERZICHT_JAAR} dan ${factor(r)} de ruwe SQL ` +
    `(p95 ${mss(met.service.p95Ms)} tegen ${mss(met.sql.p95Ms)} ms)${r > DOELEN.overzichtFactor ? `, boven het doel van ${factor(DOELEN.overzichtFactor)}, terwijl de absolute tijd daalt` : ''}. ` +
    '`financieelOverzicht` vraagt daarom de boekingen per regel op regio en jaar op, tegelijk met `begrotingen` in plaats van erna, ' +
    'en de herverdelingen in dezelfde `Promise.all` als versies, regels en financiering.'
  );
}
