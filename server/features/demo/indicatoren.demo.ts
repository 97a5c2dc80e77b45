import { leesPeriode } from '../../../common/periode';
import type { Db } from '../../db/client';
import { indicator, meetperiode, meting, streefwaarde } from '../../db/schema/index';
import { schrijfAudit } from '../historie/historie.repository';

// DOMAIN.md has no indicator figures for the region: every indicator, target and value below is
// illustrative and says so. Together they show each outcome: a year target over quarterly values
// that is missed, a half-year target that is met, a cumulative count, a target per municipality
// (met in Venray, missed in Venlo), a value still in concept and two locked quarters.

type Geo = 'regio' | string;

interface DemoIndicator {
  code: string;
  naam: string;
  omschrijving: string;
  niveau: 'proces' | 'beweging' | 'doelgroepen';
  eenheid: string;
  richting: 'hoger-is-beter' | 'lager-is-beter';
  cumulatief: boolean;
  meetfrequentie: 'kwartaal' | 'halfjaar' | 'jaar';
  geografie: 'regio' | 'gemeente';
  bron: string;
  nulmeting?: [periode: string, waarde: string];
  /** [periode, geografie (regio or CBS code), waarde] */
  streefwaarden: [string, Geo, string][];
  /** [periode, geografie, waarde, status] */
  metingen: [string, Geo, string, 'concept' | 'goedgekeurd'][];
  vergrendeld?: string[];
}

const demo: DemoIndicator[] = [
  {
    code: 'PRO-01',
    naam: 'Gemeenten met een vastgesteld lokaal preventieakkoord',
    omschrijving: 'Illustratief: het aantal gemeenten van de regio dat een lokaal preventieakkoord heeft vastgesteld, aan het eind van het jaar.',
    niveau: 'proces',
    eenheid: 'gemeenten',
    richting: 'hoger-is-beter',
    cumulatief: true,
    meetfrequentie: 'jaar',
    geografie: 'regio',
    bron: 'Projectbureau IZA, uitvraag bij de gemeenten (illustratief)',
    nulmeting: ['2023', '3'],
    streefwaarden: [
      ['2024', 'regio', '8'],
      ['2025', 'regio', '14'],
    ],
    metingen: [['2024', 'regio', '9', 'goedgekeurd']],
  },
  {
    code: 'BEW-01',
    naam: 'Deelnemers GLI (Healthy Life)',
    omschrijving: 'Illustratief: het aantal volwassenen dat in het kwartaal is gestart met de gecombineerde leefstijlinterventie Healthy Life.',
    niveau: 'beweging',
    eenheid: 'deelnemers',
    richting: 'hoger-is-beter',
    cumulatief: false,
    meetfrequentie: 'kwartaal',
    geografie: 'regio',
    bron: 'Registratie GLI-aanbieders via GGD Limburg-Noord (illustratief)',
    nulmeting: ['2023', '480'],
    streefwaarden: [
      ['2024', 'regio', '600'],
      ['2024-H1', 'regio', '250'],
    ],
    metingen: [
      ['2024-K1', 'regio', '130', 'goedgekeurd'],
      ['2024-K2', 'regio', '145', 'goedgekeurd'],
      ['2024-K3', 'regio', '150', 'goedgekeurd'],
      ['2024-K4', 'regio', '140', 'goedgekeurd'],
      ['2025-K1', 'regio', '120', 'concept'],
    ],
    vergrendeld: ['2024-K1', '2024-K2'],
  },
  {
    code: 'BEW-02',
    naam: 'Verwijzingen via Welzijn op recept',
    omschrijving: 'Illustratief: het totaal aantal verwijzingen van huisartsen naar Welzijn op recept sinds de start, aan het eind van het halfjaar.',
    niveau: 'beweging',
    eenheid: 'verwijzingen',
    richting: 'hoger-is-beter',
    cumulatief: true,
    meetfrequentie: 'halfjaar',
    geografie: 'regio',
    bron: 'Welzijnsorganisaties in de regio (illustratief)',
    nulmeting: ['2023-H2', '95'],
    streefwaarden: [['2024', 'regio', '400']],
    metingen: [
      ['2024-H1', 'regio', '180', 'goedgekeurd'],
      ['2024-H2', 'regio', '420', 'goedgekeurd'],
    ],
  },
  {
    code: 'DOE-01',
    naam: 'Valincidenten bij 65-plussers met SEH-bezoek',
    omschrijving: 'Illustratief: het aantal bezoeken van 65-plussers aan de spoedeisende hulp na een val, per gemeente in het jaar.',
    niveau: 'doelgroepen',
    eenheid: 'SEH-bezoeken',
    richting: 'lager-is-beter',
    cumulatief: false,
    meetfrequentie: 'jaar',
    geografie: 'gemeente',
    bron: 'VeiligheidNL, letsel-informatiesysteem (illustratief)',
    streefwaarden: [
      ['2024', 'GM0984', '180'],
      ['2024', 'GM0983', '420'],
      ['2024', 'GM0957', '250'],
    ],
    metingen: [
      ['2024', 'GM0984', '171', 'goedgekeurd'],
      ['2024', 'GM0983', '436', 'goedgekeurd'],
      ['2024', 'GM0957', '248', 'goedgekeurd'],
    ],
  },
];

const door = 'Projectbureau IZA (demo)';

/** The demo region's indicatoren. Runs inside the demo transaction when the region is created. */
export async function laadIndicatorenDemo(tx: Db, regioId: string, gemeenteIds: Map<string, string>): Promise<void> {
  const geo = (g: Geo) => (g === 'regio' ? null : gemeenteIds.get(g)!);
  const periode = (code: string) => {
    const p = leesPeriode(code)!;
    return { periode: code, periodeBegin: p.begin, periodeEind: p.eind };
  };
  for (const d of demo) {
    const { streefwaarden, metingen, vergrendeld, nulmeting, ...velden } = d;
    const [i] = await tx
      .insert(indicator)
      .values({ ...velden, regioId, nulmetingPeriode: nulmeting?.[0] ?? null, nulmetingWaarde: nulmeting?.[1] ?? null })
      .returning({ id: indicator.id });
    const indicatorId = i!.id;
    await schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort: 'indicator', itemId: indicatorId, omschrijving: `${d.code} ${d.naam}: demo geladen` });
    for (const [code, g, waarde] of streefwaarden) {
      const [s] = await tx.insert(streefwaarde).values({ regioId, indicatorId, ...periode(code), gemeenteId: geo(g), waarde }).returning({ id: streefwaarde.id });
      await schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort: 'streefwaarde', itemId: s!.id, omschrijving: `${d.code} ${code}: demo geladen`, na: { periode: code, waarde: Number(waarde) } });
    }
    for (const [code, g, waarde, status] of metingen) {
      const goedgekeurd = status === 'goedgekeurd';
      const [m] = await tx
        .insert(meting)
        .values({
          regioId,
          indicatorId,
          ...periode(code),
          gemeenteId: geo(g),
          waarde,
          bron: d.bron,
          peildatum: leesPeriode(code)!.eind,
          status,
          ingevoerdDoor: door,
          goedgekeurdDoor: goedgekeurd ? door : null,
          goedgekeurdOp: goedgekeurd ? new Date() : null,
        })
        .returning({ id: meting.id });
      await schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort: 'meting', itemId: m!.id, omschrijving: `${d.code} ${code}: demo geladen`, na: { periode: code, waarde: Number(waarde), status } });
    }
    for (const code of vergrendeld ?? []) {
      await tx.insert(meetperiode).values({ regioId, indicatorId, periode: code, vergrendeld: true, vergrendeldOp: new Date(), vergrendeldDoor: door });
      await schrijfAudit(tx, { regioId, actor: null, actie: 'gewijzigd', soort: 'meetperiode', itemId: indicatorId, omschrijving: `${d.code} ${code} vergrendeld: demo geladen`, na: { periode: code, vergrendeld: true } });
    }
  }
}
