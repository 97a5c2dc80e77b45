import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  aanvullendPlan,
  begroting,
  begrotingsregel,
  beoordeling,
  beoordelingsscore,
  boeking,
  instemming,
  organisatie,
  overlegorgaan,
  snelleToets,
  toetsvraag,
  transformatieplan,
  transformatieplanFinanciering,
  transformatieplanGemeente,
  transformatieplanPartner,
  transformatieplanStap,
} from '../../db/schema/index';
import { schrijfAudit } from '../historie/historie.repository';

const illustratief = '(illustratief)';
const demo = `demogegevens ${illustratief}`;

/** The insurers' criteria of DOMAIN.md §8; the scale 1–5 is the region's own choice, here illustrative. */
const criteria = [
  { vraag: 'Lagere kosten onder de Zorgverzekeringswet', toelichting: 'Verlaagt het plan de zorgkosten die onder de Zvw vallen?' },
  { vraag: 'Doelmatiger inzet van zorgpersoneel', toelichting: 'Bijvoorbeeld door digitalisering: minder uren zorgpersoneel voor dezelfde zorg.' },
  { vraag: 'Verschuiving van het medisch naar het sociaal domein', toelichting: 'Verplaatst het plan patiëntstromen van het medisch naar het sociaal domein?' },
].map((c) => ({ ...c, schaalMin: 1, schaalMax: 5, toelichting: `${c.toelichting} Schaal 1 (niet) tot 5 (sterk) ${illustratief}.` }));

/** The six questions of the afwegingskader (DOMAIN.md §8); the scale is illustrative. */
const afwegingskader = [
  'Hoe helpt het plan zorgvraag te voorkomen of om te buigen en/of het personeelstekort te verminderen?',
  'Kan het plan structureel worden en/of worden uitgebreid naar andere gemeenten, en hoe?',
  'Welke partners doen mee?',
  'Wat is de begroting van het plan?',
  'Is het plan al gefinancierd? Worden eigen middelen of GALA-middelen ingezet?',
  'Wat is het perspectief op structurele financiering en samenwerking na 2026?',
].map((vraag) => ({ vraag, toelichting: `Schaal 1 (zwak) tot 5 (sterk) ${illustratief}.`, schaalMin: 1, schaalMax: 5 }));

/** Providers that lead the demo plans; names and roles are fictitious. */
const aanbieders = [
  { naam: 'Zorgcoöperatie Maasvallei (illustratief)', soort: 'ziekenhuis', omschrijving: `Penvoerder van het transformatieplan Mooi Maasvallei in de demo ${illustratief}.` },
  { naam: 'Welzijn Noord-Limburg (illustratief)', soort: 'welzijn', omschrijving: `Welzijnsorganisatie in de demo ${illustratief}.` },
  { naam: 'Huisartsen Noord-Limburg (illustratief)', soort: 'huisartsen', omschrijving: `Huisartsencoöperatie in de demo ${illustratief}.` },
];

type Stap = [van: string | null, naar: string, datum: string, door: 'penvoerder' | 'VGZ'];
type Instemming = [gemeentecode: string, soort: 'verleend' | 'ingetrokken', datum: string, referentie: string];
type Beoordeling = { door: 'VGZ' | 'CZ'; advies: string; toelichting: string; datum: string; scores: [number, string][] };

interface DemoTransformatieplan {
  titel: string;
  omschrijving: string;
  penvoerder: string;
  partners: string[];
  domeinen: string[];
  doelgroep: string;
  bereik: number | null;
  gemeenten: string[];
  financiering: { jaar: number; aangevraagdCenten: number; toegekendCenten: number | null }[];
  gemeentelijkeBijdrageCenten: number;
  bijdrageVoorwaarde: string;
  addendum: boolean;
  addendumToelichting: string;
  stappen: Stap[];
  instemmingen: Instemming[];
  snelleToets?: { uitkomst: string; datum: string; toelichting: string };
  beoordelingen: Beoordeling[];
}

const miljoen = 100_000_000;

const demoTransformatieplannen: DemoTransformatieplan[] = [
  {
    // DOMAIN.md §8: three municipalities, € 64 million until 2028, 130,000 inhabitants, the first plan approved with the addendum.
    titel: 'Mooi Maasvallei',
    omschrijving:
      'Transformatieplan van drie gemeenten met hun zorg- en welzijnspartners: € 64 miljoen tot en met 2028 voor 130.000 inwoners; ' +
      `het eerste plan dat met het addendum werd goedgekeurd. De gemeenten, de penvoerder, de partners, de data en de verdeling over de jaren zijn in deze demo ${illustratief}.`,
    penvoerder: 'Zorgcoöperatie Maasvallei (illustratief)',
    partners: ['Welzijn Noord-Limburg (illustratief)', 'Huisartsen Noord-Limburg (illustratief)', 'GGD Limburg-Noord'],
    domeinen: ['medisch', 'sociaal', 'ggz'],
    doelgroep: `Alle inwoners van de drie gemeenten, met nadruk op ouderen en mensen met een kwetsbare gezondheid ${illustratief}.`,
    bereik: 130_000,
    gemeenten: ['GM0889', 'GM0893', 'GM0907'],
    financiering: [
      { jaar: 2024, aangevraagdCenten: 4 * miljoen, toegekendCenten: 4 * miljoen },
      { jaar: 2025, aangevraagdCenten: 15 * miljoen, toegekendCenten: 15 * miljoen },
      { jaar: 2026, aangevraagdCenten: 15 * miljoen, toegekendCenten: 15 * miljoen },
      { jaar: 2027, aangevraagdCenten: 15 * miljoen, toegekendCenten: 15 * miljoen },
      { jaar: 2028, aangevraagdCenten: 15 * miljoen, toegekendCenten: 15 * miljoen },
    ],
    gemeentelijkeBijdrageCenten: 150_000_000,
    bijdrageVoorwaarde: `Onder voorbehoud van structurele financiering ${illustratief}.`,
    addendum: true,
    addendumToelichting:
      'Met het addendum van het Bestuurlijk Overleg van 30 september 2024 dekken transformatiegelden tijdelijk de extra structurele kosten in het sociaal domein die uit het plan voortkomen.',
    stappen: [
      [null, 'idee', '2024-01-15', 'penvoerder'],
      ['idee', 'snelle-toets', '2024-03-01', 'penvoerder'],
      ['snelle-toets', 'ingediend', '2024-05-01', 'penvoerder'],
      ['ingediend', 'beoordeeld', '2024-09-16', 'VGZ'],
      ['beoordeeld', 'goedgekeurd', '2024-10-15', 'VGZ'],
    ],
    instemmingen: [
      ['GM0889', 'verleend', '2024-04-09', `Collegebesluit Beesel ${illustratief}`],
      ['GM0893', 'verleend', '2024-04-16', `Collegebesluit Bergen ${illustratief}`],
      ['GM0907', 'verleend', '2024-04-23', `Collegebesluit Gennep ${illustratief}`],
    ],
    snelleToets: { uitkomst: 'positief', datum: '2024-03-20', toelichting: `Kansrijk; uitwerken tot volledig plan ${illustratief}.` },
    beoordelingen: [
      {
        door: 'VGZ',
        advies: 'positief',
        toelichting: `Positief, met gebruik van het addendum voor de structurele kosten in het sociaal domein ${illustratief}.`,
        datum: '2024-09-10',
        scores: [
          [4, `Minder ziekenhuisopnamen verwacht ${illustratief}.`],
          [4, `Digitale triage en gedeelde wijkteams ${illustratief}.`],
          [5, `Zorgvragen worden in de wijk opgevangen ${illustratief}.`],
        ],
      },
      {
        door: 'CZ',
        advies: 'positief',
        toelichting: `Sluit aan bij de beoordeling van VGZ ${illustratief}.`,
        datum: '2024-09-12',
        scores: [
          [4, `Kostenbesparing aannemelijk ${illustratief}.`],
          [3, `Effect op personeel nog te onderbouwen ${illustratief}.`],
          [4, `Duidelijke verschuiving naar het sociaal domein ${illustratief}.`],
        ],
      },
    ],
  },
  {
    titel: 'Wijkverbinders Venray, Horst en Peel en Maas (illustratief)',
    omschrijving:
      'Wijkverbinders van welzijn werken samen met huisartsen, zodat inwoners met vragen over wonen, werk of eenzaamheid sneller in het sociaal domein terechtkomen. ' +
      `Een bedacht plan ${illustratief}: het raakt het sociaal domein van drie gemeenten, en de instemming van één gemeente ontbreekt nog.`,
    penvoerder: 'Welzijn Noord-Limburg (illustratief)',
    partners: ['Huisartsen Noord-Limburg (illustratief)'],
    domeinen: ['medisch', 'sociaal'],
    doelgroep: `Volwassenen die met niet-medische vragen bij de huisarts komen ${illustratief}.`,
    bereik: 135_000,
    gemeenten: ['GM0984', 'GM1507', 'GM1894'],
    financiering: [
      { jaar: 2025, aangevraagdCenten: 90_000_000, toegekendCenten: null },
      { jaar: 2026, aangevraagdCenten: 110_000_000, toegekendCenten: null },
      { jaar: 2027, aangevraagdCenten: 110_000_000, toegekendCenten: null },
    ],
    gemeentelijkeBijdrageCenten: 30_000_000,
    bijdrageVoorwaarde: `Onder voorbehoud van structurele financiering ${illustratief}.`,
    addendum: false,
    addendumToelichting: '',
    stappen: [
      [null, 'idee', '2024-09-02', 'penvoerder'],
      ['idee', 'snelle-toets', '2024-10-01', 'penvoerder'],
    ],
    instemmingen: [
      ['GM0984', 'verleend', '2024-11-05', `Collegebesluit Venray ${illustratief}`],
      ['GM1894', 'verleend', '2024-11-12', `Collegebesluit Peel en Maas ${illustratief}`],
      ['GM1894', 'ingetrokken', '2024-12-03', `Collegebesluit Peel en Maas: eerst de financiering na 2027 uitwerken ${illustratief}`],
      ['GM1894', 'verleend', '2025-01-14', `Collegebesluit Peel en Maas na aanvulling ${illustratief}`],
    ],
    snelleToets: { uitkomst: 'positief', datum: '2024-10-28', toelichting: `Kansrijk; let op de instemming van de betrokken gemeenten ${illustratief}.` },
    beoordelingen: [],
  },
  {
    titel: 'Positief Gezond Noord-Limburg (illustratief)',
    omschrijving: `Huisartsen en GGD werken met het gesprek over positieve gezondheid in de spreekkamer. Een bedacht plan in de fase van de snelle toets ${illustratief}.`,
    penvoerder: 'Huisartsen Noord-Limburg (illustratief)',
    partners: ['GGD Limburg-Noord'],
    domeinen: ['medisch', 'preventie'],
    doelgroep: `Patiënten met chronische aandoeningen ${illustratief}.`,
    bereik: null,
    gemeenten: ['GM0983', 'GM0957'],
    financiering: [{ jaar: 2025, aangevraagdCenten: 40_000_000, toegekendCenten: null }],
    gemeentelijkeBijdrageCenten: 0,
    bijdrageVoorwaarde: '',
    addendum: false,
    addendumToelichting: '',
    stappen: [
      [null, 'idee', '2025-01-06', 'penvoerder'],
      ['idee', 'snelle-toets', '2025-02-03', 'penvoerder'],
    ],
    instemmingen: [],
    beoordelingen: [],
  },
];

/** Illustrative initiatives on line 6b of 2024; the first one's spending is the demo ledger's entry for it. */
interface DemoAanvullendPlan {
  titel: string;
  omschrijving: string;
  indiener: { gemeentecode: string } | { organisatie: string };
  gevraagdCenten: number;
  kenmerk: string;
  ingediendOp: string;
  advies?: { advies: string; toelichting: string; datum: string; scores: number[] };
  besluit?: { datum: string; referentie: string };
  /** The ledger entry of the demo that is this initiative's spending (demo.data.ts). */
  boekingDocument?: string;
}

const demoAanvullendePlannen: DemoAanvullendPlan[] = [
  {
    titel: 'Beweegcoaches in de wijk (illustratief)',
    omschrijving: `Beweegcoaches begeleiden inwoners met overgewicht naar lokaal sportaanbod ${illustratief}.`,
    indiener: { gemeentecode: 'GM0983' },
    gevraagdCenten: 15_000_000,
    kenmerk: 'AP-2024-01',
    ingediendOp: '2024-04-02',
    advies: { advies: 'positief', toelichting: `Past bij pijler 1 en is uit te breiden naar andere gemeenten ${illustratief}.`, datum: '2024-04-24', scores: [4, 4, 3, 4, 3, 3] },
    besluit: { datum: '2024-05-15', referentie: `Kerngroep 15 mei 2024 ${illustratief}` },
    boekingDocument: 'DEMO-2024-009',
  },
  {
    titel: 'Valpreventie thuis (illustratief)',
    omschrijving: `Huisbezoeken om valrisico’s bij ouderen thuis te verkleinen ${illustratief}.`,
    indiener: { organisatie: 'GGD Limburg-Noord' },
    gevraagdCenten: 12_000_000,
    kenmerk: 'AP-2024-02',
    ingediendOp: '2024-06-04',
    advies: { advies: 'positief', toelichting: `Positief advies aan de Kerngroep ${illustratief}.`, datum: '2024-06-26', scores: [5, 3, 4, 4, 3, 2] },
  },
  {
    titel: 'Ontmoetingsplek mantelzorgers Venray (illustratief)',
    omschrijving: `Een wekelijkse ontmoetingsplek voor mantelzorgers in Venray ${illustratief}.`,
    indiener: { gemeentecode: 'GM0984' },
    gevraagdCenten: 6_000_000,
    kenmerk: 'AP-2024-03',
    ingediendOp: '2024-09-10',
  },
];

/** The demo region's transformation plans, the afwegingskader and supplementary initiatives. Runs inside the demo transaction, once, when the region is created. */
export async function laadTransformatieplannenDemo(tx: Db, regioId: string, gemeenteIds: Map<string, string>): Promise<void> {
  const audit = (soort: string, itemId: string, na: unknown) => schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort, itemId, omschrijving: 'demo geladen', na });

  const vragen = async (kader: string, lijst: { vraag: string; toelichting: string; schaalMin: number; schaalMax: number }[]) => {
    const rijen = await tx
      .insert(toetsvraag)
      .values(lijst.map((v, i) => ({ ...v, regioId, kader, volgorde: i + 1 })))
      .returning({ id: toetsvraag.id });
    for (const [i, r] of rijen.entries()) await audit(kader === 'transformatieplan' ? 'beoordelingscriterium' : 'afwegingsvraag', r.id, lijst[i]);
    return rijen.map((r) => r.id);
  };
  const criteriumIds = await vragen('transformatieplan', criteria);
  const vraagIds = await vragen('aanvullend-plan', afwegingskader);

  await tx.insert(organisatie).values(aanbieders.map((a) => ({ ...a, regioId })));
  const organisaties = new Map((await tx.select({ id: organisatie.id, naam: organisatie.naam }).from(organisatie).where(eq(organisatie.regioId, regioId))).map((o) => [o.naam, o.id] as const));
  const org = (naam: string) => organisaties.get(naam)!;
  const gemeente = (code: string) => gemeenteIds.get(code)!;

  for (const p of demoTransformatieplannen) {
    const status = p.stappen.at(-1)![1];
    const [rij] = await tx
      .insert(transformatieplan)
      .values({
        regioId,
        titel: p.titel,
        omschrijving: p.omschrijving,
        penvoerderId: org(p.penvoerder),
        domeinen: p.domeinen,
        doelgroep: p.doelgroep,
        bereik: p.bereik,
        gemeentelijkeBijdrageCenten: p.gemeentelijkeBijdrageCenten,
        bijdrageVoorwaarde: p.bijdrageVoorwaarde,
        addendum: p.addendum,
        addendumToelichting: p.addendumToelichting,
        status,
        ingediendBijId: p.stappen.some((s) => s[1] === 'ingediend') ? org('VGZ') : null,
      })
      .returning({ id: transformatieplan.id });
    const planId = rij!.id;
    if (p.partners.length) await tx.insert(transformatieplanPartner).values(p.partners.map((naam) => ({ regioId, transformatieplanId: planId, organisatieId: org(naam) })));
    await tx.insert(transformatieplanGemeente).values(p.gemeenten.map((code) => ({ regioId, transformatieplanId: planId, gemeenteId: gemeente(code) })));
    await tx.insert(transformatieplanFinanciering).values(p.financiering.map((f) => ({ ...f, regioId, transformatieplanId: planId })));
    await tx.insert(transformatieplanStap).values(
      p.stappen.map(([van, naar, datum, door]) => ({
        regioId,
        transformatieplanId: planId,
        vanStatus: van,
        naarStatus: naar,
        datum,
        gebruikerNaam: demo,
        organisatieId: door === 'VGZ' ? org('VGZ') : org(p.penvoerder),
      })),
    );
    for (const [code, soort, datum, referentie] of p.instemmingen) {
      await tx.insert(instemming).values({ regioId, transformatieplanId: planId, gemeenteId: gemeente(code), soort, datum, referentie, gebruikerNaam: demo });
    }
    if (p.snelleToets) await tx.insert(snelleToets).values({ regioId, transformatieplanId: planId, organisatieId: org('VGZ'), ...p.snelleToets, gebruikerNaam: demo });
    for (const b of p.beoordelingen) {
      const [rijB] = await tx
        .insert(beoordeling)
        .values({ regioId, transformatieplanId: planId, organisatieId: org(b.door), advies: b.advies, toelichting: b.toelichting, datum: b.datum, gebruikerNaam: demo })
        .returning({ id: beoordeling.id });
      await tx.insert(beoordelingsscore).values(b.scores.map(([score, reden], i) => ({ regioId, beoordelingId: rijB!.id, toetsvraagId: criteriumIds[i]!, score, toelichting: reden })));
    }
    await audit('transformatieplan', planId, { titel: p.titel, status });
  }

  // Line 6b "aanvullende plannen" of the adopted 2024 budget (DOMAIN.md §5).
  const [regel] = await tx
    .select({ id: begrotingsregel.id })
    .from(begrotingsregel)
    .innerJoin(begroting, eq(begroting.id, begrotingsregel.begrotingId))
    .where(and(eq(begrotingsregel.regioId, regioId), eq(begroting.jaar, 2024), eq(begrotingsregel.code, '6b')));
  const [kerngroep] = await tx.select({ id: overlegorgaan.id }).from(overlegorgaan).where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.soort, 'kerngroep')));
  for (const a of demoAanvullendePlannen) {
    const status = a.besluit ? 'goedgekeurd' : a.advies ? 'beoordeeld' : 'ingediend';
    const [rij] = await tx
      .insert(aanvullendPlan)
      .values({
        regioId,
        titel: a.titel,
        omschrijving: a.omschrijving,
        indienerGemeenteId: 'gemeentecode' in a.indiener ? gemeente(a.indiener.gemeentecode) : null,
        indienerOrganisatieId: 'organisatie' in a.indiener ? org(a.indiener.organisatie) : null,
        gevraagdCenten: a.gevraagdCenten,
        kenmerk: a.kenmerk,
        begrotingsregelId: regel!.id,
        status,
        ingediendOp: a.ingediendOp,
        toegekendCenten: a.besluit ? a.gevraagdCenten : null,
        besluitDatum: a.besluit?.datum ?? null,
        besluitOverlegorgaanId: a.besluit ? (kerngroep?.id ?? null) : null,
        besluitReferentie: a.besluit?.referentie ?? '',
      })
      .returning({ id: aanvullendPlan.id });
    if (a.advies) {
      const [b] = await tx
        .insert(beoordeling)
        .values({ regioId, aanvullendPlanId: rij!.id, advies: a.advies.advies, toelichting: a.advies.toelichting, datum: a.advies.datum, gebruikerNaam: demo })
        .returning({ id: beoordeling.id });
      await tx.insert(beoordelingsscore).values(
        a.advies.scores.map((score, i) => ({ regioId, beoordelingId: b!.id, toetsvraagId: vraagIds[i]!, score, toelichting: `Antwoord van de indiener, samengevat door de werkgroep ${illustratief}.` })),
      );
    }
    if (a.boekingDocument) {
      await tx.update(boeking).set({ activiteit: a.kenmerk }).where(and(eq(boeking.regioId, regioId), eq(boeking.documentreferentie, a.boekingDocument)));
    }
    await audit('aanvullend-plan', rij!.id, { titel: a.titel, kenmerk: a.kenmerk, status });
  }
}
