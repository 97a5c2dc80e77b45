import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  begroting,
  begrotingsregel,
  organisatie,
  overlegorgaan,
  planVanAanpak,
  regiobeeldIndicator,
  regiobeeldVersie,
  regiobeeldWaarde,
  regioplanThema,
  regioplanThemaIndicator,
  uitvoeringsplan,
  uitvoeringsplanOnderdeel,
} from '../../db/schema/index';
import { schrijfAudit } from '../historie/historie.repository';

const illustratief = '(ter illustratie)';

/**
 * The staff shortage in care and welfare of Noord- en Midden-Limburg (DOMAIN.md §7), as the
 * regiobeeld of the region shows it, with the GGD Limburg-Noord as knowledge partner.
 */
const bron = 'Regiobeeld Noord- en Midden-Limburg; kennispartner GGD Limburg-Noord';
export const demoRegiobeeld = {
  versie: {
    naam: 'Regiobeeld Noord- en Midden-Limburg',
    peildatum: '2023-12-31',
    toelichting: `Het regiobeeld waarop het regioplan steunt. De peildatum is ${illustratief}.`,
  },
  indicatoren: [
    {
      code: 'personeelstekort',
      naam: 'Personeelstekort zorg en welzijn',
      eenheid: 'personen',
      bron,
      omschrijving: 'Het tekort aan werkenden in zorg en welzijn in de regio, waargenomen en voorspeld onder twee scenario’s.',
      waarden: [
        { jaar: 2023, soort: 'waargenomen', scenario: '', waarde: '2100' },
        { jaar: 2032, soort: 'prognose', scenario: 'huidig beleid', waarde: '4500' },
        { jaar: 2032, soort: 'prognose', scenario: 'geen groei van personeel en geen vraagverschuiving', waarde: '6700' },
      ],
    },
    {
      code: 'personeelstekort-aandeel',
      naam: 'Personeelstekort als aandeel van het benodigde personeel',
      eenheid: '%',
      bron,
      omschrijving: 'In 2032 het hoogste aandeel van het land.',
      waarden: [{ jaar: 2032, soort: 'prognose', scenario: 'huidig beleid', waarde: '10' }],
    },
  ],
} as const;

type DemoThema = { nummer: number; naam: string; omschrijving: string; orgaan: string; organisatie?: string; kartrekker: string; doelen: string[]; indicatoren: string[] };

/** The two priority tasks and five pillars of the regioplan (DOMAIN.md §7). */
const demoRegioplan: { opgaven: DemoThema[]; pijlers: DemoThema[] } = {
  opgaven: [
    {
      nummer: 1,
      naam: 'Personeelstekort',
      omschrijving: 'Het tekort aan personeel in zorg en welzijn groeit het snelst van het land; zorg en ondersteuning moeten met minder handen.',
      orgaan: 'Regionaal IZA-overleg',
      kartrekker: `De gemeenten en zorgpartners samen in het regionaal IZA-overleg ${illustratief}.`,
      doelen: [`De groei van het tekort tot 2032 afremmen ten opzichte van het scenario huidig beleid ${illustratief}`],
      indicatoren: ['personeelstekort', 'personeelstekort-aandeel'],
    },
    {
      nummer: 2,
      naam: 'Toegankelijkheid van zorg',
      omschrijving: 'Zorg en ondersteuning blijven bereikbaar voor wie ze nodig heeft, ook bij een groeiende vraag.',
      orgaan: 'Regionaal IZA-overleg',
      kartrekker: `De gemeenten en zorgpartners samen in het regionaal IZA-overleg ${illustratief}.`,
      doelen: [`Vraag verschuiven van het medische naar het sociale domein en naar preventie ${illustratief}`],
      indicatoren: [],
    },
  ],
  pijlers: [
    {
      nummer: 1,
      naam: 'Gezond vooruit',
      omschrijving: 'Preventie en gezondheid: de vijf ketenaanpakken en de regionale preventie-infrastructuur.',
      orgaan: 'Pijler 1 — Gezond vooruit',
      kartrekker: 'De gemeenten trekken deze pijler en betalen de programmamanager (GGD Limburg-Noord) uit onderdeel 1 van de begroting.',
      doelen: [],
      indicatoren: [],
    },
    { nummer: 2, naam: 'Regionale digitale organisatie van zorg en welzijn', omschrijving: '', orgaan: 'Pijler 2 — Regionale digitale organisatie van zorg en welzijn', kartrekker: '', doelen: [], indicatoren: [] },
    { nummer: 3, naam: 'Langer en beter thuis vooruit', omschrijving: '', orgaan: 'Pijler 3 — Langer en beter thuis vooruit', kartrekker: '', doelen: [], indicatoren: [] },
    {
      nummer: 4,
      naam: 'Toekomstbestendige arbeidsmarkt',
      omschrijving: '',
      orgaan: 'Pijler 4 — Toekomstbestendige arbeidsmarkt',
      kartrekker: '',
      doelen: [],
      indicatoren: ['personeelstekort', 'personeelstekort-aandeel'],
    },
    {
      nummer: 5,
      naam: 'Duurzaam regionaal gezondheidsinformatiestelsel',
      omschrijving: '',
      orgaan: 'Pijler 5 — Duurzaam regionaal gezondheidsinformatiestelsel',
      kartrekker: 'Met de GGD Limburg-Noord als kennispartner.',
      organisatie: 'GGD Limburg-Noord',
      doelen: [],
      indicatoren: [],
    },
  ],
};

type DemoOnderdeel = { code: string; taakNummer: number | null; titel: string; aanpak: string; orgaan: string | null; regel: string; onder?: string };

/**
 * The implementation plan 2024 "Samen sterk voor gezondheid" (DOMAIN.md §10), adopted by the PHO
 * on 20 March 2024: one component per budget line, the five chain approaches under onderdeel 3
 * with their state in 2024 (DOMAIN.md §9). The decision register links its PHO decision to it.
 */
export const demoUitvoeringsplan = {
  jaar: 2024,
  naam: 'Samen sterk voor gezondheid',
  toelichting: 'Het uitvoeringsplan van de veertien gemeenten voor 2024, met de begroting van € 4.747.850 uit de SPUK-IZA.',
  vastgesteldOp: '2024-03-20',
  besluitReferentie: 'PHO 20 maart 2024: uitvoeringsplan 2024 met begroting vastgesteld',
  onderdelen: ([
    { code: '1', taakNummer: 1, titel: 'Projectbureau, communicatie, regionale bijeenkomsten en programmamanager pijler 1', aanpak: 'Regionale samenwerking organiseren en coördineren op basis van het regioplan.', orgaan: 'Projectbureau IZA', regel: '1' },
    { code: '2', taakNummer: 2, titel: 'Netwerksamenwerking', aanpak: 'Netwerksamenwerking van het sociaal domein met GGZ, eerstelijnszorg en huisartsen; mentale gezondheidsnetwerken.', orgaan: 'Projectbureau IZA', regel: '2' },
    { code: '3', taakNummer: 3, titel: 'Ketenaanpakken', aanpak: 'Structurele coördinatie en organisatie van de vijf domeinoverstijgende ketenaanpakken.', orgaan: 'Werkgroep ketenaanpakken', regel: '3' },
    { code: '3.1', taakNummer: 3, titel: 'Kansrijke start', aanpak: 'Regionaal, onder regie van de GGD Limburg-Noord.', orgaan: 'Werkgroep ketenaanpakken', regel: '3', onder: '3' },
    { code: '3.2', taakNummer: 3, titel: 'Valpreventie bij ouderen', aanpak: 'Regionaal in Noord-Limburg; in Midden-Limburg lokaal of in voorbereiding.', orgaan: 'Werkgroep ketenaanpakken', regel: '3', onder: '3' },
    { code: '3.3', taakNummer: 3, titel: 'Aanpak overgewicht en obesitas bij kinderen', aanpak: 'In een aantal gemeenten opgepakt via Keigezond Limburg.', orgaan: 'Werkgroep ketenaanpakken', regel: '3', onder: '3' },
    { code: '3.4', taakNummer: 3, titel: 'Gecombineerde leefstijlinterventie (GLI) bij volwassenen', aanpak: 'In veel gemeenten via Healthy Life.', orgaan: 'Werkgroep ketenaanpakken', regel: '3', onder: '3' },
    { code: '3.5', taakNummer: 3, titel: 'Welzijn op recept', aanpak: 'Regionaal in Noord-Limburg; lokaal in Midden-Limburg.', orgaan: 'Werkgroep ketenaanpakken', regel: '3', onder: '3' },
    { code: '4', taakNummer: 4, titel: 'Dekkend netwerk steunpunten', aanpak: 'Een dekkend netwerk van laagdrempelige steunpunten voor mensen met psychische kwetsbaarheid, open voor iedereen.', orgaan: 'Werkgroep steunpunten', regel: '4' },
    { code: '5', taakNummer: 5, titel: 'E-health, anonieme zorg en digitale of hybride zorg', aanpak: 'Regionaal stimuleren van e-health, anonieme hulplijnen en hybride zorg.', orgaan: 'Projectbureau IZA', regel: '5' },
    { code: '6a', taakNummer: 6, titel: 'Regioplan', aanpak: 'Extra gemeentelijke inzet uit het regioplan, waaronder de actualisatie van het regiobeeld.', orgaan: 'Projectbureau IZA', regel: '6a' },
    { code: '6b', taakNummer: 6, titel: 'Aanvullende plannen', aanpak: 'Initiatieven van gemeenten en partners, gewogen met het afwegingskader; de Kerngroep besluit.', orgaan: 'Werkgroep aanvullende plannen', regel: '6b' },
    { code: 'M', taakNummer: null, titel: 'Monitoring en evaluatie', aanpak: 'Voortgang per onderdeel en de monitor per halfjaar.', orgaan: 'Projectbureau IZA', regel: 'M' },
    { code: 'G', taakNummer: null, titel: 'Inzet individuele gemeenten', aanpak: 'Vergoeding van de inzet van gemeenten in de agendacommissie en de werkgroepen.', orgaan: 'Agendacommissie', regel: 'G' },
  ] satisfies DemoOnderdeel[]) as DemoOnderdeel[],
};

/** The demo region's regiobeeld, regioplan and uitvoeringsplan 2024. Runs inside the demo transaction, once, when the region is created. */
export async function laadPlannenDemo(tx: Db, regioId: string, _gemeenteIds: Map<string, string>): Promise<void> {
  const audit = (soort: string, itemId: string, na: unknown) => schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort, itemId, omschrijving: 'demo geladen', na });
  const organen = new Map((await tx.select({ id: overlegorgaan.id, naam: overlegorgaan.naam, soort: overlegorgaan.soort }).from(overlegorgaan).where(eq(overlegorgaan.regioId, regioId))).map((o) => [o.naam, o] as const));
  const orgaan = (naam: string) => {
    const o = organen.get(naam);
    if (!o) throw new Error(`Demo: overlegorgaan "${naam}" ontbreekt`);
    return o.id;
  };

  const organisaties = new Map((await tx.select({ id: organisatie.id, naam: organisatie.naam }).from(organisatie).where(eq(organisatie.regioId, regioId))).map((o) => [o.naam, o.id] as const));

  // Regiobeeld.
  const [versie] = await tx.insert(regiobeeldVersie).values({ regioId, versie: 1, ...demoRegiobeeld.versie }).returning({ id: regiobeeldVersie.id });
  await audit('regiobeeld-versie', versie!.id, demoRegiobeeld.versie);
  const indicatorIds = new Map<string, string>();
  for (const { waarden, ...i } of demoRegiobeeld.indicatoren) {
    const [rij] = await tx.insert(regiobeeldIndicator).values({ regioId, ...i }).returning({ id: regiobeeldIndicator.id });
    indicatorIds.set(i.code, rij!.id);
    await tx.insert(regiobeeldWaarde).values(waarden.map((w) => ({ regioId, versieId: versie!.id, indicatorId: rij!.id, gemeenteId: null, ...w })));
    await audit('regiobeeld-indicator', rij!.id, { ...i, aantalWaarden: waarden.length });
  }

  // Regioplan.
  for (const [soort, themas] of [['opgave', demoRegioplan.opgaven], ['pijler', demoRegioplan.pijlers]] as const) {
    for (const t of themas) {
      const [rij] = await tx
        .insert(regioplanThema)
        .values({
          regioId,
          soort,
          nummer: t.nummer,
          naam: t.naam,
          omschrijving: t.omschrijving,
          kartrekkerOverlegorgaanId: orgaan(t.orgaan),
          kartrekkerOrganisatieId: t.organisatie ? (organisaties.get(t.organisatie) ?? null) : null,
          kartrekkerToelichting: t.kartrekker,
          doelen: t.doelen,
        })
        .returning({ id: regioplanThema.id });
      if (t.indicatoren.length) await tx.insert(regioplanThemaIndicator).values(t.indicatoren.map((code) => ({ regioId, themaId: rij!.id, indicatorId: indicatorIds.get(code)! })));
      await audit(`regioplan-${soort}`, rij!.id, t);
    }
  }

  // Uitvoeringsplan 2024, adopted by the PHO on 20 March 2024 (its besluitId is set by the decision register's demo).
  const u = demoUitvoeringsplan;
  const pho = [...organen.values()].find((o) => o.soort === 'pho')!;
  const [plan] = await tx
    .insert(uitvoeringsplan)
    .values({ regioId, jaar: u.jaar, versie: 1, naam: u.naam, toelichting: u.toelichting, status: 'vastgesteld', vastgesteldOp: u.vastgesteldOp, vastgesteldDoorId: pho.id, besluitReferentie: u.besluitReferentie })
    .returning({ id: uitvoeringsplan.id });
  const regels = new Map(
    (
      await tx
        .select({ id: begrotingsregel.id, code: begrotingsregel.code })
        .from(begrotingsregel)
        .innerJoin(begroting, eq(begroting.id, begrotingsregel.begrotingId))
        .where(and(eq(begroting.regioId, regioId), eq(begroting.jaar, u.jaar)))
    ).map((r) => [r.code, r.id] as const),
  );
  const ids = new Map<string, string>();
  for (const [volgorde, o] of u.onderdelen.entries()) {
    const [rij] = await tx
      .insert(uitvoeringsplanOnderdeel)
      .values({
        regioId,
        uitvoeringsplanId: plan!.id,
        bovenliggendId: o.onder ? ids.get(o.onder)! : null,
        code: o.code,
        taakNummer: o.taakNummer,
        titel: o.titel,
        aanpak: o.aanpak,
        overlegorgaanId: o.orgaan ? orgaan(o.orgaan) : null,
        status: 'in-uitvoering',
        begrotingsregelId: regels.get(o.regel)!,
        volgorde,
      })
      .returning({ id: uitvoeringsplanOnderdeel.id });
    ids.set(o.code, rij!.id);
  }
  await audit('uitvoeringsplan', plan!.id, { jaar: u.jaar, naam: u.naam, status: 'vastgesteld', vastgesteldOp: u.vastgesteldOp, onderdelen: u.onderdelen.length });

  const [pva] = await tx
    .insert(planVanAanpak)
    .values({
      regioId,
      jaar: u.jaar,
      onderdeelCode: '3.2',
      titel: `Valpreventie Midden-Limburg ${illustratief}`,
      omschrijving: 'Van lokale initiatieven naar één regionale aanpak in Midden-Limburg, zoals in Noord-Limburg. Voorbeeld van een plan van aanpak; bedrag en data zijn fictief.',
      overlegorgaanId: orgaan('Werkgroep ketenaanpakken'),
      budgetCenten: 15_000_000,
      status: 'goedgekeurd',
      ingediendOp: '2024-04-24',
      beoordeeldOp: '2024-05-15',
      beoordeeldDoorId: orgaan('Kerngroep IZA'),
      besluitReferentie: `Kerngroep 15 mei 2024 ${illustratief}`,
    })
    .returning({ id: planVanAanpak.id });
  await audit('plan-van-aanpak', pva!.id, { onderdeelCode: '3.2', status: 'goedgekeurd' });
}
