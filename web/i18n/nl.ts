import type { Voortgangsstatus } from '../../common/contracts/algemeen';
import type {
  begrotingStatussen,
  boekingSoorten,
  lokaleVerdelingen,
  uitkeringSoorten,
  versieStatussen,
} from '../../common/contracts/financien';
import type {
  deelnameStatussen,
  gemeenteRollen,
  lidRollen,
  organisatieSoorten,
  overlegorgaanSoorten,
  rollen,
} from '../../common/contracts/regios';

/** Screen labels of the glossary values (DOMAIN.md §1–§2): the wire value stays, people read these. */

export const rolLabels: Record<(typeof rollen)[number], string> = {
  regiocoordinator: 'regiocoördinator',
  beleidsadviseur: 'gemeentelijk beleidsadviseur',
  'financieel-adviseur': 'financieel adviseur',
  bestuurder: 'bestuurder',
  partner: 'partner',
  lezer: 'lezer',
};

export const gemeenteRolLabels: Record<(typeof gemeenteRollen)[number], string> = {
  mandaatgemeente: 'Mandaatgemeente',
  centrumgemeente: 'Centrumgemeente',
  regiogemeente: 'Regiogemeente',
};

export const organisatieSoortLabels: Record<(typeof organisatieSoorten)[number], string> = {
  zorgverzekeraar: 'Zorgverzekeraar',
  zorgkantoor: 'Zorgkantoor',
  ggd: 'GGD',
  ziekenhuis: 'Ziekenhuis',
  huisartsen: 'Huisartsen',
  ggz: 'GGZ',
  wijkverpleging: 'Wijkverpleging',
  welzijn: 'Welzijn en sociaal werk',
  inwonersorganisatie: 'Inwonersorganisatie',
  onderwijs: 'Onderwijs',
  werkgever: 'Werkgever',
  gemeente: 'Gemeente',
  overig: 'Overig',
};

export const overlegorgaanSoortLabels: Record<(typeof overlegorgaanSoorten)[number], string> = {
  pho: 'Portefeuillehoudersoverleg (PHO)',
  kerngroep: 'Kerngroep',
  'regionaal-overleg': 'Regionaal overleg',
  stuurgroep: 'Stuurgroep',
  agendacommissie: 'Agendacommissie',
  werkgroep: 'Werkgroep',
  pijler: 'Pijler',
  projectbureau: 'Projectbureau',
};

export const lidRolLabels: Record<(typeof lidRollen)[number], string> = {
  voorzitter: 'Voorzitter',
  lid: 'Lid',
  secretaris: 'Secretaris',
  adviseur: 'Adviseur',
};

export const deelnameStatusLabels: Record<(typeof deelnameStatussen)[number], string> = {
  toegetreden: 'Toegetreden',
  ondertekend: 'Ondertekend',
  'ondertekend-onder-voorbehoud': 'Ondertekend onder voorbehoud',
  opgeschort: 'Opgeschort',
  hervat: 'Hervat',
  uitgetreden: 'Uitgetreden',
};

export const historieActieLabels: Record<string, string> = {
  aangemaakt: 'Aangemaakt',
  gewijzigd: 'Gewijzigd',
  verwijderd: 'Verwijderd',
  geimporteerd: 'Geïmporteerd',
};

/** The progress status of components and agreements (UI.md "Status"), as words. */
export const voortgangsstatusLabels: Record<Voortgangsstatus, string> = {
  'niet-gestart': 'niet gestart',
  'in-uitvoering': 'in uitvoering',
  gerealiseerd: 'gerealiseerd',
  vertraagd: 'vertraagd',
  'niet-van-toepassing': 'niet van toepassing',
};

/** A progress status as a word that starts a sentence or a table cell: "Niet gestart". */
export function voortgangsstatusTitel(status: Voortgangsstatus): string {
  const woord = voortgangsstatusLabels[status];
  return woord.charAt(0).toUpperCase() + woord.slice(1);
}

export const historieSoortLabels: Record<string, string> = {
  regio: 'Regio',
  gemeente: 'Gemeente',
  organisatie: 'Organisatie',
  overlegorgaan: 'Overlegorgaan',
  'overlegorgaan-lid': 'Lid van overlegorgaan',
  begroting: 'Begroting',
  herverdeling: 'Herverdeling',
  uitkering: 'Uitkering',
  verdeelsleutel: 'Verdeelsleutel',
  begrotingsversie: 'Begrotingsversie',
  boekingimport: 'Import van boekingen',
  'regiobeeld-versie': 'Regiobeeldversie',
  'regiobeeld-indicator': 'Indicator van het regiobeeld',
  'regioplan-opgave': 'Opgave',
  'regioplan-pijler': 'Pijler',
  uitvoeringsplan: 'Uitvoeringsplan',
  'uitvoeringsplan-onderdeel': 'Onderdeel van het uitvoeringsplan',
  'plan-van-aanpak': 'Plan van aanpak',
  transformatieplan: 'Transformatieplan',
  'aanvullend-plan': 'Aanvullend plan',
  beoordelingscriterium: 'Beoordelingscriterium',
  afwegingsvraag: 'Vraag van het afwegingskader',
  vergadering: 'Vergadering',
  agendapunt: 'Agendapunt',
  besluit: 'Besluit',
  standpunt: 'Standpunt van een college',
  activiteit: 'Activiteit',
  doorbetaling: 'Doorbetaling',
  importprofiel: 'Importprofiel',
  scenario: 'Scenario',
  'sisa-opgave': 'SiSa-opgave',
  'sisa-indicatoren': 'SiSa-indicatoren',
  'structurele-verplichting': 'Structurele verplichting',
  afspraakstatus: 'Stand van een afspraak',
  ketenaanpak: 'Ketenaanpak',
  'ketenaanpak-gemeente': 'Ketenaanpak in een gemeente',
  steunpunt: 'Steunpunt',
  gemeentegrenzen: 'Gemeentegrenzen',
  mijlpaal: 'Mijlpaal',
  venstervraag: 'Vraag van het Venster',
  vensterantwoord: 'Antwoord op het Venster',
  indicator: 'Indicator',
  streefwaarde: 'Streefwaarde',
  meting: 'Meting',
  meetperiode: 'Meetperiode',
  voortgangsrapportage: 'Voortgangsrapportage',
};

/** Field names as they appear in history rows (voor/na) and problem details. */
export const veldLabels: Record<string, string> = {
  naam: 'Naam',
  omschrijving: 'Omschrijving',
  accentkleur: 'Accentkleur',
  preferenteZorgverzekeraarId: 'Preferente zorgverzekeraar',
  tweedeZorgverzekeraarId: 'Tweede zorgverzekeraar',
  gemeentecode: 'Gemeentecode',
  inwoners: 'Inwoners',
  rol: 'Rol',
  portefeuillehouder: 'Portefeuillehouder',
  toelichting: 'Toelichting',
  soort: 'Soort',
  website: 'Website',
  functie: 'Functie',
  stemgerechtigd: 'Stemgerechtigd',
  organisatieId: 'Organisatie',
  besluitregels: 'Besluitregels',
  consensusEerst: 'Eerst consensus zoeken',
  quorumBasispunten: 'Quorum',
  meerderheidBasispunten: 'Meerderheid',
  bronBesluitregels: 'Bron van de besluitregels',
  titel: 'Titel',
  aanpak: 'Aanpak',
  voorzitter: 'Voorzitter',
  code: 'Code',
  status: 'Status',
  jaar: 'Jaar',
  versie: 'Versie',
  eenheid: 'Eenheid',
  bron: 'Bron',
  peildatum: 'Peildatum',
  scenario: 'Scenario',
  waarde: 'Waarde',
  geografie: 'Geografie',
  doelen: 'Doelen',
  kartrekkerToelichting: 'Kartrekker (toelichting)',
  kartrekkerOrganisatieId: 'Kartrekker (organisatie)',
  kartrekkerGemeentecode: 'Kartrekker (gemeente)',
  kartrekkerOverlegorgaanId: 'Kartrekker (overlegorgaan)',
  indicatorIds: 'Indicatoren',
  begrotingsregelId: 'Begrotingsregel',
  onderdeelCode: 'Onderdeel',
  bovenliggendeCode: 'Hoort bij onderdeel',
  budgetCenten: 'Budget',
  penvoerderId: 'Penvoerder',
  partnerIds: 'Partners',
  domeinen: 'Domeinen',
  doelgroep: 'Doelgroep',
  bereik: 'Bereik (inwoners)',
  gemeentecodes: 'Betrokken gemeenten',
  financiering: 'Financiering per jaar',
  aangevraagdCenten: 'Aangevraagd',
  toegekendCenten: 'Toegekend',
  gemeentelijkeBijdrageCenten: 'Gemeentelijke bijdrage',
  bijdrageVoorwaarde: 'Voorwaarde bij de bijdrage',
  addendum: 'Addendum',
  addendumToelichting: 'Toelichting op het addendum',
  standpunt: 'Standpunt',
  standpuntToelichting: 'Toelichting op het standpunt',
  gevraagdCenten: 'Gevraagd bedrag',
  kenmerk: 'Kenmerk',
  indienerGemeentecode: 'Indiener (gemeente)',
  indienerOrganisatieId: 'Indiener (organisatie)',
  advies: 'Advies',
  vraag: 'Vraag',
  schaalMin: 'Laagste score',
  schaalMax: 'Hoogste score',
  volgorde: 'Volgorde',
  datum: 'Datum',
  locatie: 'Locatie',
  beslispunt: 'Beslispunt',
  voorstel: 'Voorstel',
  referentie: 'Kenmerk',
  collegebesluitOp: 'Datum collegebesluit',
  keuze: 'Stem',
  uitkomst: 'Uitkomst',
  wijze: 'Wijze',
  nummer: 'Nummer',
  aanwezig: 'Aanwezig',
  overlegorgaanId: 'Overlegorgaan',
  besluitId: 'Besluit',
  besluitReferentie: 'Besluit',
  vastgesteldOp: 'Vastgesteld op',
  regeling: 'Regeling',
  bedragCenten: 'Bedrag',
  niveau: 'Niveau',
  richting: 'Richting',
  cumulatief: 'Cumulatief',
  meetfrequentie: 'Meetfrequentie',
  nulmetingWaarde: 'Nulmeting (waarde)',
  nulmetingPeriode: 'Nulmeting (periode)',
  periode: 'Periode',
  reden: 'Reden',
  vergrendeld: 'Vergrendeld',
  periodeLabel: 'Periode (voluit)',
  indicator: 'Indicator',
  gemeente: 'Gemeente',
  concepten: 'Concepten',
  goedgekeurd: 'Goedgekeurd',
  ingevoerdDoor: 'Ingevoerd door',
  goedgekeurdDoor: 'Goedgekeurd door',
  goedgekeurdOp: 'Goedgekeurd op',
};

export const begrotingStatusLabels: Record<(typeof begrotingStatussen)[number], string> = {
  concept: 'concept',
  vastgesteld: 'vastgesteld',
  bijgesteld: 'bijgesteld',
};

export const versieStatusLabels: Record<(typeof versieStatussen)[number], string> = {
  concept: 'concept',
  vastgesteld: 'vastgesteld',
  vervallen: 'vervallen',
};

export const boekingSoortLabels: Record<(typeof boekingSoorten)[number], string> = {
  verplichting: 'Verplichting',
  uitgave: 'Uitgave',
};

export const uitkeringSoortLabels: Record<(typeof uitkeringSoorten)[number], string> = {
  'spuk-iza': 'SPUK-IZA',
  'brede-spuk': 'Brede SPUK (GALA)',
  'spuk-dos': 'SPUK-DOS',
  transformatiemiddelen: 'Transformatiemiddelen',
  'eigen-middelen': 'Eigen middelen',
};

export const lokaleVerdelingLabels: Record<(typeof lokaleVerdelingen)[number], string> = {
  inwoners: 'Naar inwoners',
  gelijk: 'Gelijk per gemeente',
  vast: 'Vaste aandelen per gemeente',
  geen: 'Geen verdeling over gemeenten',
};

export function label<K extends string>(labels: Record<K, string>, waarde: string): string {
  return (labels as Record<string, string>)[waarde] ?? waarde;
}
