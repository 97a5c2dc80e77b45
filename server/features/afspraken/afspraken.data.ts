import type { AfspraakInvoer } from '../../../common/contracts/afspraken';

/**
 * The shipped agreement catalogues, per accord code (DOMAIN.md §9). Only what the domain text
 * states; a field it does not fill stays empty rather than invented. Loaded for an accord that
 * exists, matched on code, so loading twice adds nothing (afspraken.catalogus.ts).
 */
export const afsprakencatalogi: Record<string, AfspraakInvoer[]> = {
  IZA: [
    {
      code: 'RS-1',
      titel: 'Regionale preventieakkoorden met zorgverzekeraars',
      omschrijving: 'Gemeenten en zorgverzekeraars sluiten per regio preventieafspraken.',
      thema: 'regionale samenwerking',
      verantwoordelijkePartij: 'Gemeenten en zorgverzekeraars',
      gemeentelijkeRol: 'De afspraken maken met de preferente zorgverzekeraar van de regio.',
      deadline: '2025-01-01',
    },
    {
      code: 'RS-2',
      titel: 'Regionale samenwerking organiseren op basis van het regioplan',
      omschrijving: 'Werkagenda taak 1: met zorgverzekeraars, zorgkantoren en aanbieders, op basis van het regioplan.',
      thema: 'regionale samenwerking',
      verantwoordelijkePartij: 'Gemeenten van de regio',
      gemeentelijkeRol: 'Organiseren en coördineren.',
      deadline: null,
    },
    {
      code: 'GHS-1',
      titel: 'Het verkennend gesprek',
      thema: 'GGZ–huisarts–sociaal domein',
      verantwoordelijkePartij: 'GGZ, huisartsen en sociaal domein',
      gemeentelijkeRol: 'Het sociaal domein neemt deel.',
    },
    {
      code: 'GHS-2',
      titel: 'Consultatiefunctie',
      thema: 'GGZ–huisarts–sociaal domein',
      verantwoordelijkePartij: 'GGZ, huisartsen en sociaal domein',
      gemeentelijkeRol: 'Het sociaal domein neemt deel.',
    },
    {
      code: 'GHS-3',
      titel: 'Dekkend netwerk van laagdrempelige steunpunten',
      omschrijving: 'Werkagenda taak 4: steunpunten voor mensen met psychische kwetsbaarheid, toegankelijk voor iedereen zonder verwijzing.',
      thema: 'GGZ–huisarts–sociaal domein',
      verantwoordelijkePartij: 'Gemeenten',
      gemeentelijkeRol: 'Opzetten en bemensen.',
    },
    {
      code: 'GHS-4',
      titel: 'E-communities',
      thema: 'GGZ–huisarts–sociaal domein',
      verantwoordelijkePartij: 'GGZ, huisartsen en sociaal domein',
      gemeentelijkeRol: '',
    },
    {
      code: 'GHS-5',
      titel: 'Mentale gezondheidscentra',
      thema: 'GGZ–huisarts–sociaal domein',
      verantwoordelijkePartij: 'GGZ, huisartsen en sociaal domein',
      gemeentelijkeRol: 'Het sociaal domein neemt deel.',
    },
    {
      code: 'EL-1',
      titel: 'Netwerksamenwerking eerstelijnszorg',
      omschrijving: 'Werkagenda taak 2: netwerksamenwerking van het sociaal domein met GGZ, eerstelijnszorg en huisartsen.',
      thema: 'eerstelijnszorg',
      verantwoordelijkePartij: 'Eerstelijnszorg, huisartsen en gemeenten',
      gemeentelijkeRol: 'Structurele inzet van het sociaal domein.',
    },
    {
      code: 'EL-2',
      titel: 'Welzijn op Recept',
      thema: 'eerstelijnszorg',
      verantwoordelijkePartij: 'Huisartsen en welzijn',
      gemeentelijkeRol: 'Het welzijnsaanbod organiseren waarnaar wordt verwezen.',
    },
    {
      code: 'KA-1',
      titel: 'De vijf domeinoverstijgende ketenaanpakken',
      omschrijving:
        'Werkagenda taak 3: Kansrijke start; Valpreventie bij ouderen; Aanpak overgewicht en obesitas bij kinderen; ' +
        'Gecombineerde leefstijlinterventie (GLI) bij volwassenen; Welzijn op recept. De stand per gemeente staat onder Ketenaanpakken.',
      thema: 'ketenaanpakken',
      verantwoordelijkePartij: 'Gemeenten',
      gemeentelijkeRol: 'Structurele coördinatie en organisatie.',
    },
    {
      code: 'EH-1',
      titel: 'Afspraken over hybride zorg in alle contracten met aanbieders',
      thema: 'e-health en hybride zorg',
      verantwoordelijkePartij: 'Zorgverzekeraars en aanbieders',
      gemeentelijkeRol: '',
      deadline: '2025-12-31',
    },
    {
      code: 'EH-2',
      titel: 'E-health, anonieme hulplijnen en digitale of hybride zorg stimuleren',
      omschrijving: 'Werkagenda taak 5.',
      thema: 'e-health en hybride zorg',
      verantwoordelijkePartij: 'Gemeenten',
      gemeentelijkeRol: 'Regionaal stimuleren.',
    },
    {
      code: 'GGD-1',
      titel: 'Kennisfunctie van de GGD',
      omschrijving: 'De GGD is kennispartner voor regiobeeld en regioplan.',
      thema: 'kennisfunctie GGD',
      verantwoordelijkePartij: 'GGD',
      gemeentelijkeRol: 'Opdrachtgever van de GGD.',
    },
    { code: 'AM-1', titel: 'Bredere stages', thema: 'arbeidsmarkt', verantwoordelijkePartij: 'Zorg- en welzijnsorganisaties, onderwijs' },
    { code: 'AM-2', titel: 'Tekorten monitoren', thema: 'arbeidsmarkt', verantwoordelijkePartij: 'Werkgevers in zorg en welzijn' },
    { code: 'AM-3', titel: 'Minder regeldruk', thema: 'arbeidsmarkt', verantwoordelijkePartij: 'Alle partijen van het akkoord' },
  ],
};
