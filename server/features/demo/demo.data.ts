/**
 * The demo: Noord- en Midden-Limburg as it really is (DOMAIN.md §10), the accords IZA, GALA and
 * AZWA (§3) with the werkagenda (§4), and a second, smaller example region so that switching
 * regions and the walls between them can be seen. Population: CBS, 1 January 2026.
 */

export const demoAkkoorden = [
  {
    code: 'IZA',
    naam: 'Integraal Zorgakkoord',
    omschrijving:
      'Afspraken van VWS, VNG en landelijke zorgpartijen (veertien partijen) over de beweging van zorg naar gezondheid: ' +
      'acht actielijnen en vier bewegingen, waaronder van het medische naar het sociale domein.',
    ondertekendOp: '2022-09-16',
    looptijdTot: '2026-12-31',
    // The six tasks of the VNG werkagenda (bijlage 2 bij het GALA) that SPUK-IZA funds.
    taken: [
      { nummer: 1, titel: 'Regionale samenwerking organiseren en coördineren', omschrijving: 'Met zorgverzekeraars, zorgkantoren en aanbieders, op basis van het regioplan.' },
      { nummer: 2, titel: 'Netwerksamenwerking sociaal domein, GGZ, eerstelijnszorg en huisartsen', omschrijving: 'Regionale preventie-infrastructuur; mentale gezondheidsnetwerken en regionale wachtlijsten.' },
      { nummer: 3, titel: 'Vijf domeinoverstijgende ketenaanpakken', omschrijving: 'Structurele coördinatie en organisatie van de ketenaanpakken.' },
      { nummer: 4, titel: 'Dekkend netwerk van laagdrempelige steunpunten', omschrijving: 'Opzetten en bemensen van steunpunten voor mensen met psychische kwetsbaarheid.' },
      { nummer: 5, titel: 'E-health, anonieme hulplijnen en digitale of hybride zorg', omschrijving: 'Regionaal stimuleren.' },
      { nummer: 6, titel: 'Extra gemeentelijke inzet uit het regioplan', omschrijving: 'Inclusief aanvullende plannen.' },
    ],
    deelnames: [
      { partij: 'VNG', status: 'toegetreden', datum: '2022-12-02', toelichting: 'Algemene ledenvergadering, onder drie voorwaarden (financiële klif 2026, compensatie abonnementstarief Wmo, structureel preventiegeld).' },
      { partij: 'VNG', status: 'opgeschort', datum: '2024-11-29', toelichting: 'Algemene ledenvergadering schortte de landelijke samenwerking op (resolutie: ruim 93% voor).' },
      { partij: 'VNG', status: 'hervat', datum: '2025-09-08', toelichting: 'Samenwerking hervat na afspraken over gelijkwaardig partnerschap; vastgelegd in het AZWA.' },
    ],
  },
  {
    code: 'GALA',
    naam: 'Gezond en Actief Leven Akkoord',
    omschrijving:
      'Afspraken van VNG, VWS, ZN en GGD GHOR met zeven doelen, waaronder de vijf ketenaanpakken en een regionale preventie-infrastructuur.',
    ondertekendOp: '2023-02-03',
    looptijdTot: '2026-12-31',
    taken: [],
    deelnames: [{ partij: 'VNG', status: 'ondertekend', datum: '2023-02-03', toelichting: '' }],
  },
  {
    code: 'AZWA',
    naam: 'Aanvullend Zorg- en Welzijnsakkoord',
    omschrijving:
      'Bouwt voort op het IZA: versnelling, focus en meer verbinding tussen het medische en het sociale domein, met doorbraakmiddelen ' +
      '(bijvoorbeeld voor Welzijn op Recept). Sociaal Werk Nederland, GGD GHOR en MIND zijn toegevoegd.',
    ondertekendOp: '2025-09-08',
    looptijdTot: '2028-12-31',
    taken: [],
    deelnames: [
      { partij: 'VNG', status: 'ondertekend-onder-voorbehoud', datum: '2025-09-08', toelichting: 'Onder voorbehoud van de ledenraadpleging.' },
    ],
  },
];

type DemoGemeente = { gemeentecode: string; naam: string; inwoners: number; rol: 'mandaatgemeente' | 'regiogemeente' };

const nml: DemoGemeente[] = [
  { gemeentecode: 'GM0889', naam: 'Beesel', inwoners: 13579, rol: 'regiogemeente' },
  { gemeentecode: 'GM0893', naam: 'Bergen (L.)', inwoners: 13037, rol: 'regiogemeente' },
  { gemeentecode: 'GM1711', naam: 'Echt-Susteren', inwoners: 32385, rol: 'regiogemeente' },
  { gemeentecode: 'GM0907', naam: 'Gennep', inwoners: 17953, rol: 'regiogemeente' },
  { gemeentecode: 'GM1507', naam: 'Horst aan de Maas', inwoners: 44821, rol: 'regiogemeente' },
  { gemeentecode: 'GM1640', naam: 'Leudal', inwoners: 36099, rol: 'regiogemeente' },
  { gemeentecode: 'GM1641', naam: 'Maasgouw', inwoners: 24377, rol: 'regiogemeente' },
  { gemeentecode: 'GM0946', naam: 'Nederweert', inwoners: 17533, rol: 'regiogemeente' },
  { gemeentecode: 'GM1894', naam: 'Peel en Maas', inwoners: 45816, rol: 'regiogemeente' },
  { gemeentecode: 'GM1669', naam: 'Roerdalen', inwoners: 20995, rol: 'regiogemeente' },
  { gemeentecode: 'GM0957', naam: 'Roermond', inwoners: 61431, rol: 'regiogemeente' },
  { gemeentecode: 'GM0983', naam: 'Venlo', inwoners: 104195, rol: 'mandaatgemeente' },
  { gemeentecode: 'GM0984', naam: 'Venray', inwoners: 45108, rol: 'regiogemeente' },
  { gemeentecode: 'GM0988', naam: 'Weert', inwoners: 51498, rol: 'regiogemeente' },
];

const kennemerland: DemoGemeente[] = [
  { gemeentecode: 'GM0375', naam: 'Beverwijk', inwoners: 43052, rol: 'regiogemeente' },
  { gemeentecode: 'GM0377', naam: 'Bloemendaal', inwoners: 23554, rol: 'regiogemeente' },
  { gemeentecode: 'GM0392', naam: 'Haarlem', inwoners: 168898, rol: 'mandaatgemeente' },
  { gemeentecode: 'GM0396', naam: 'Heemskerk', inwoners: 39529, rol: 'regiogemeente' },
  { gemeentecode: 'GM0397', naam: 'Heemstede', inwoners: 27556, rol: 'regiogemeente' },
  { gemeentecode: 'GM0453', naam: 'Velsen', inwoners: 70361, rol: 'regiogemeente' },
  { gemeentecode: 'GM0473', naam: 'Zandvoort', inwoners: 17335, rol: 'regiogemeente' },
];

type DemoLid = { naam?: string; functie?: string; rol?: 'voorzitter' | 'lid' | 'secretaris' | 'adviseur'; gemeentecode?: string; organisatie?: string; stemgerechtigd?: boolean };
type DemoOrgaan = {
  naam: string;
  soort: 'pho' | 'kerngroep' | 'regionaal-overleg' | 'agendacommissie' | 'werkgroep' | 'pijler' | 'projectbureau';
  omschrijving: string;
  consensusEerst?: boolean;
  quorumBasispunten?: number;
  meerderheidBasispunten?: number;
  bronBesluitregels?: string;
  herverdelingsmandaatBasispunten?: number;
  leden: DemoLid[];
};

const sok = 'Samenwerkingsovereenkomst IZA Noord- en Midden-Limburg';

export const demoRegios: {
  naam: string;
  omschrijving: string;
  gemeenten: DemoGemeente[];
  organisaties: { naam: string; soort: string; website?: string; omschrijving?: string }[];
  preferent?: string;
  tweede?: string;
  overlegorganen: DemoOrgaan[];
}[] = [
  {
    naam: 'Noord- en Midden-Limburg',
    omschrijving:
      'Veertien gemeenten met Venlo als mandaatgemeente. Uitvoeringsplan 2024 "Samen sterk voor gezondheid", ' +
      'vastgesteld door het PHO op 20 maart 2024.',
    gemeenten: nml,
    organisaties: [
      { naam: 'VGZ', soort: 'zorgverzekeraar', omschrijving: 'Preferente zorgverzekeraar; beoordeelt transformatieplannen samen met CZ.' },
      { naam: 'CZ', soort: 'zorgverzekeraar', omschrijving: 'Tweede zorgverzekeraar bij de beoordeling van transformatieplannen.' },
      { naam: 'GGD Limburg-Noord', soort: 'ggd', omschrijving: 'Kennispartner voor regiobeeld en monitoring; regisseur van Kansrijke start.' },
    ],
    preferent: 'VGZ',
    tweede: 'CZ',
    overlegorganen: [
      {
        naam: 'Portefeuillehoudersoverleg (PHO) IZA',
        soort: 'pho',
        omschrijving: 'De wethouders van de veertien gemeenten; stelt jaarlijks het uitvoeringsplan en de begroting vast.',
        consensusEerst: true,
        quorumBasispunten: 5000,
        meerderheidBasispunten: 5000,
        bronBesluitregels: `${sok}: besluiten bij consensus waar mogelijk, anders bij meerderheid van de uitgebrachte stemmen; één stem per gemeente.`,
        leden: nml.map((g) => ({ gemeentecode: g.gemeentecode, functie: 'wethouder', stemgerechtigd: true })),
      },
      {
        naam: 'Kerngroep IZA',
        soort: 'kerngroep',
        omschrijving: 'Voert het plan uit; mag binnen de grenzen van de samenwerkingsovereenkomst budget herverdelen.',
        bronBesluitregels: `${sok}: herverdelen tussen begrotingsregels tot 20% van het vastgestelde bedrag van de betrokken regel per jaar; meer vraagt een besluit van het PHO.`,
        herverdelingsmandaatBasispunten: 2000,
        leden: [
          { gemeentecode: 'GM0983', functie: 'beleidsadviseur' },
          { gemeentecode: 'GM0957', functie: 'beleidsadviseur' },
          { organisatie: 'GGD Limburg-Noord', naam: 'Programmamanager pijler 1', functie: 'programmamanager', rol: 'adviseur' },
        ],
      },
      {
        naam: 'Regionaal IZA-overleg',
        soort: 'regionaal-overleg',
        omschrijving: 'Regionaal overleg met de zorgpartners; Venlo en Roermond vertegenwoordigen de gemeenten.',
        leden: [
          { gemeentecode: 'GM0983', functie: 'wethouder', rol: 'lid' },
          { gemeentecode: 'GM0957', functie: 'wethouder', rol: 'lid' },
          { organisatie: 'VGZ', naam: 'Vertegenwoordiger VGZ', functie: 'preferente zorgverzekeraar' },
          { organisatie: 'GGD Limburg-Noord', naam: 'Vertegenwoordiger GGD', functie: 'directeur publieke gezondheid' },
        ],
      },
      {
        naam: 'Projectbureau IZA',
        soort: 'projectbureau',
        omschrijving: 'Twee projectleiders en een ondersteunend medewerker, ondergebracht bij de mandaatgemeente Venlo.',
        leden: [
          { naam: 'Projectleider', functie: 'projectleider', rol: 'lid' },
          { naam: 'Projectleider', functie: 'projectleider', rol: 'lid' },
          { naam: 'Ondersteunend medewerker', functie: 'ondersteuning', rol: 'secretaris' },
        ],
      },
      { naam: 'Agendacommissie', soort: 'agendacommissie', omschrijving: 'Bereidt de agenda van het PHO voor.', leden: [] },
      { naam: 'Werkgroep ketenaanpakken', soort: 'werkgroep', omschrijving: 'Onderdeel 3 van het uitvoeringsplan.', leden: [] },
      { naam: 'Werkgroep steunpunten', soort: 'werkgroep', omschrijving: 'Onderdeel 4: dekkend netwerk van steunpunten.', leden: [] },
      { naam: 'Werkgroep aanvullende plannen', soort: 'werkgroep', omschrijving: 'Beoordeelt aanvullende plannen met het afwegingskader en adviseert de Kerngroep.', leden: [] },
      { naam: 'Pijler 1 — Gezond vooruit', soort: 'pijler', omschrijving: 'Gemeenten trekken; zij financieren de programmamanager.', leden: [] },
      { naam: 'Pijler 2 — Regionale digitale organisatie van zorg en welzijn', soort: 'pijler', omschrijving: '', leden: [] },
      { naam: 'Pijler 3 — Langer en beter thuis vooruit', soort: 'pijler', omschrijving: '', leden: [] },
      { naam: 'Pijler 4 — Toekomstbestendige arbeidsmarkt', soort: 'pijler', omschrijving: '', leden: [] },
      { naam: 'Pijler 5 — Duurzaam regionaal gezondheidsinformatiestelsel', soort: 'pijler', omschrijving: '', leden: [] },
    ],
  },
  {
    naam: 'Zuid-Kennemerland en IJmond',
    omschrijving:
      'Tweede voorbeeldregio met Haarlem als mandaatgemeente (SPUK-IZA-regio Kennemerland). De samenstelling is hier ter illustratie.',
    gemeenten: kennemerland,
    organisaties: [{ naam: 'GGD Kennemerland', soort: 'ggd' }],
    overlegorganen: [
      {
        naam: 'Portefeuillehoudersoverleg (PHO) IZA',
        soort: 'pho',
        omschrijving: 'De wethouders van de gemeenten in de regio.',
        leden: kennemerland.map((g) => ({ gemeentecode: g.gemeentecode, functie: 'wethouder', stemgerechtigd: true })),
      },
    ],
  },
];

export const demoAccounts: { email: string; naam: string; rollen: { rol: string; regio?: string; gemeentecode?: string; organisatie?: string }[] }[] = [
  { email: 'beheerder@regiekamer.demo', naam: 'Bea Beheerder', rollen: [{ rol: 'beheerder' }] },
  {
    email: 'coordinator@regiekamer.demo',
    naam: 'Cor Coördinator',
    rollen: [
      { rol: 'regiocoordinator', regio: 'Noord- en Midden-Limburg' },
      { rol: 'regiocoordinator', regio: 'Zuid-Kennemerland en IJmond' },
    ],
  },
  {
    email: 'beleidsadviseur.venray@regiekamer.demo',
    naam: 'Vera Venray',
    rollen: [{ rol: 'beleidsadviseur', regio: 'Noord- en Midden-Limburg', gemeentecode: 'GM0984' }],
  },
  { email: 'financieel@regiekamer.demo', naam: 'Frank Financiën', rollen: [{ rol: 'financieel-adviseur', regio: 'Noord- en Midden-Limburg' }] },
  {
    email: 'wethouder.venlo@regiekamer.demo',
    naam: 'Wim Wethouder',
    rollen: [{ rol: 'bestuurder', regio: 'Noord- en Midden-Limburg', gemeentecode: 'GM0983' }],
  },
  { email: 'partner.vgz@regiekamer.demo', naam: 'Paula Partner', rollen: [{ rol: 'partner', regio: 'Noord- en Midden-Limburg', organisatie: 'VGZ' }] },
  { email: 'lezer@regiekamer.demo', naam: 'Lies Lezer', rollen: [{ rol: 'lezer', regio: 'Noord- en Midden-Limburg' }] },
];

/**
 * The money of Noord- en Midden-Limburg (DOMAIN.md §5): its SPUK-IZA grant through Venlo and the
 * implementation-plan budget 2024 as adopted by the PHO on 20 March 2024, in euro cents.
 */
export const demoFinancien = {
  regio: 'Noord- en Midden-Limburg',
  uitkering: {
    soort: 'spuk-iza',
    naam: 'SPUK-IZA',
    ontvanger: 'GM0983',
    regeling: 'Regeling specifieke uitkering IZA-doelen 2023–2026',
    eersteJaar: 2024,
    laatsteJaar: 2026,
    voorwaarden: 'Verantwoording van de hele uitkering door de mandaatgemeente via SiSa, uiterlijk 15 juli van het jaar erna.',
    bedragen: [
      { jaar: 2024, bedragCenten: 474_785_000 },
      { jaar: 2025, bedragCenten: 474_785_000 },
      { jaar: 2026, bedragCenten: 509_066_600 },
    ],
  },
  begroting: {
    jaar: 2024,
    naam: 'Uitvoeringsplan 2024 "Samen sterk voor gezondheid"',
    vastgesteldOp: '2024-03-20',
    besluitReferentie: 'PHO 20 maart 2024: uitvoeringsplan 2024 met begroting vastgesteld',
    regels: [
      { code: '1', taakNummer: 1, bedragCenten: 50_000_000, omschrijving: 'Onderdeel 1 — projectbureau incl. communicatie, regionale bijeenkomsten, overige kosten en programmamanager GGD pijler 1' },
      { code: '2', taakNummer: 2, bedragCenten: 50_000_000, omschrijving: 'Onderdeel 2 — netwerksamenwerking' },
      { code: '3', taakNummer: 3, bedragCenten: 200_000_000, omschrijving: 'Onderdeel 3 — ketenaanpakken' },
      { code: '4', taakNummer: 4, bedragCenten: 48_000_000, omschrijving: 'Onderdeel 4 — dekkend netwerk steunpunten' },
      { code: '5', taakNummer: 5, bedragCenten: 1_785_000, omschrijving: 'Onderdeel 5 — e-health, anonieme zorg e.d.' },
      { code: '6a', taakNummer: 6, bedragCenten: 20_000_000, omschrijving: 'Onderdeel 6 — regioplan' },
      { code: '6b', taakNummer: 6, bedragCenten: 50_000_000, omschrijving: 'Onderdeel 6 — aanvullende plannen' },
      { code: 'M', taakNummer: null, bedragCenten: 10_000_000, omschrijving: 'Monitoring en evaluatie' },
      { code: 'G', taakNummer: null, bedragCenten: 45_000_000, omschrijving: 'Vergoeding inzet individuele gemeenten (agendacommissie en werkgroepen)' },
    ],
  },
};

/**
 * Illustrative spending so that the demo shows spending against each line. The ledger of the
 * region is not public: these entries are fictitious and say so in their description.
 */
type DemoBoeking = { code: string; soort: 'verplichting' | 'uitgave'; datum: string; bedragCenten: number; document: string; omschrijving: string };
export const demoBoekingen: DemoBoeking[] = ([
  { code: '1', soort: 'uitgave', datum: '2024-04-30', bedragCenten: 11_250_000, document: 'DEMO-2024-001', omschrijving: 'Projectbureau, eerste kwartaal' },
  { code: '1', soort: 'verplichting', datum: '2024-05-15', bedragCenten: 6_000_000, document: 'DEMO-2024-002', omschrijving: 'Programmamanager pijler 1 (GGD), tweede halfjaar' },
  { code: '2', soort: 'uitgave', datum: '2024-06-14', bedragCenten: 8_500_000, document: 'DEMO-2024-003', omschrijving: 'Netwerkbijeenkomsten mentale gezondheid' },
  { code: '3', soort: 'uitgave', datum: '2024-05-31', bedragCenten: 42_000_000, document: 'DEMO-2024-004', omschrijving: 'Ketenregie Kansrijke start (GGD)' },
  { code: '3', soort: 'verplichting', datum: '2024-06-03', bedragCenten: 35_000_000, document: 'DEMO-2024-005', omschrijving: 'Valpreventie Noord-Limburg' },
  { code: '4', soort: 'uitgave', datum: '2024-06-28', bedragCenten: 12_000_000, document: 'DEMO-2024-006', omschrijving: 'Steunpunten: huur en bemensing' },
  { code: '5', soort: 'uitgave', datum: '2024-05-10', bedragCenten: 600_000, document: 'DEMO-2024-007', omschrijving: 'Licentie anonieme chat' },
  { code: '6a', soort: 'verplichting', datum: '2024-04-12', bedragCenten: 5_000_000, document: 'DEMO-2024-008', omschrijving: 'Actualisatie regiobeeld' },
  { code: '6b', soort: 'uitgave', datum: '2024-06-20', bedragCenten: 9_500_000, document: 'DEMO-2024-009', omschrijving: 'Aanvullend plan: beweegcoaches' },
  { code: 'M', soort: 'uitgave', datum: '2024-06-30', bedragCenten: 2_000_000, document: 'DEMO-2024-010', omschrijving: 'Monitor eerste halfjaar' },
  { code: 'G', soort: 'uitgave', datum: '2024-06-30', bedragCenten: 15_000_000, document: 'DEMO-2024-011', omschrijving: 'Vergoeding inzet gemeenten, eerste halfjaar' },
] satisfies DemoBoeking[]).map((b) => ({ ...b, omschrijving: `${b.omschrijving} (voorbeeldboeking, fictief)` }));

/** What happens after 2026 (DOMAIN.md §5 "financial cliff"): structural commitments and two scenarios. */
export const demoMeerjarenraming = {
  verplichtingen: [
    { omschrijving: 'Dekkend netwerk van steunpunten (structureel)', bedragPerJaarCenten: 48_000_000, vanafJaar: 2024, totJaar: null },
    { omschrijving: 'Ketenregie vijf ketenaanpakken (structureel)', bedragPerJaarCenten: 150_000_000, vanafJaar: 2024, totJaar: null },
    { omschrijving: 'Projectbureau en programmamanagement', bedragPerJaarCenten: 50_000_000, vanafJaar: 2024, totJaar: 2026 },
  ],
  scenarios: [
    { naam: 'SPUK-IZA voortgezet na 2026', toelichting: 'De uitkering loopt door op het bedrag van 2026.', aannames: [{ soort: 'voortzetting' as const, vanafJaar: 2027 }] },
    {
      naam: 'Voortgezet met 10% korting',
      toelichting: 'De uitkering loopt door, met de mogelijke korting van 10% op specifieke uitkeringen.',
      aannames: [
        { soort: 'voortzetting' as const, vanafJaar: 2027 },
        { soort: 'korting' as const, vanafJaar: 2027, basispunten: 1000 },
      ],
    },
  ],
};
