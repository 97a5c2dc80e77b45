import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { periodeVan } from '../common/periode';
import { vandaagInNederland } from '../common/voortgang';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

// The journey. Earlier spec files share this demo database and may have changed the
// matrix or the coverage, so the numbers are read off the page before and after, not assumed.

const aanpak = 'Kansrijke start';
const niveaus = ['regionaal', 'subregionaal', 'lokaal', 'in voorbereiding'] as const;

/** The overview's matrix cell of Venray for the approach, as a link ("Kansrijke start in Venray: lokaal"). */
const overzichtCel = (page: Page) => page.getByRole('region', { name: 'Ketenaanpakken per gemeente' }).getByRole('link', { name: new RegExp(`^${aanpak} in Venray: `) });

async function niveauOpOverzicht(page: Page): Promise<string> {
  const naam = await overzichtCel(page).getAttribute('aria-label');
  return naam!.replace(`${aanpak} in Venray: `, '');
}

/** "9 van 14 gemeenten gedekt" → 9 (and the 14). */
async function dekkingOp(page: Page, sectie: string): Promise<{ gedekt: number; totaal: number }> {
  const tekst = await page.getByRole('region', { name: sectie }).getByText(/\d+ van \d+ gemeenten gedekt/).first().textContent();
  const m = /(\d+) van (\d+) gemeenten gedekt/.exec(tekst ?? '');
  return { gedekt: Number(m![1]), totaal: Number(m![2]) };
}

async function zetNiveau(page: Page, id: string, niveau: string) {
  await page.goto(`/regios/${id}`);
  await verwachtTitel(page, `Overzicht ${nml}`);
  await overzichtCel(page).click();
  await verwachtTitel(page, `${aanpak} in Venray`);
  await page.getByLabel('Niveau').selectOption({ label: niveau });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText(`${aanpak} in Venray is vastgelegd: ${niveau}.`)).toBeVisible();
}

test('het overzicht en een bevroren voortgangsrapportage: de rapportage blijft zoals zij was terwijl de stand verandert', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);

  // 1. The overview: coverage and the cell of Venray.
  await page.goto(`/regios/${id}`);
  await verwachtTitel(page, `Overzicht ${nml}`);
  for (const kop of ['Aandacht nodig', 'Ketenaanpakken', 'Steunpunten', 'Indicatoren niet op koers', 'Volgende mijlpalen', 'Laatste voortgangsrapportage']) {
    await expect(page.getByRole('heading', { level: 2, name: kop })).toBeVisible();
  }
  const kerncijfers = page.getByRole('list', { name: 'Kerncijfers' });
  await expect(kerncijfers).toContainText('Gemeenten gedekt');
  const voor = await dekkingOp(page, 'Steunpunten');
  await expect(kerncijfers.getByRole('listitem').filter({ hasText: 'Gemeenten gedekt' })).toContainText(`${voor.gedekt} van ${voor.totaal}`);
  const oudNiveau = await niveauOpOverzicht(page);
  await verwachtAxeSchoon(page);

  // 2. A different level for Venray, via the cell's page; a support point open to all in a municipality not yet covered.
  const nieuwNiveau = niveaus.find((n) => n !== oudNiveau)!;
  await zetNiveau(page, id, nieuwNiveau);

  await page.goto(`/regios/${id}/monitoring/steunpunten`);
  await verwachtTitel(page, 'Steunpunten');
  const kaartKnop = page.getByRole('button', { name: 'Toon als tabel' });
  if (await kaartKnop.isVisible()) await kaartKnop.click();
  const ongedekt = page.getByRole('region', { name: 'Dekking per gemeente' }).getByRole('row').filter({ hasText: 'niet gedekt' });
  const namen = (await ongedekt.getByRole('rowheader').allTextContents()).filter((n) => n !== 'Venray');
  expect(namen.length, 'een gemeente die nog niet gedekt is').toBeGreaterThan(0);
  const gemeente = namen[0]!;
  const steunpunt = `Inloop Overzichtsproef ${gemeente}`;

  await page.getByRole('link', { name: 'Steunpunt toevoegen' }).click();
  await verwachtTitel(page, 'Steunpunt toevoegen');
  await page.getByLabel('Naam (verplicht)').fill(steunpunt);
  await page.getByLabel('Gemeente').selectOption({ label: gemeente });
  await page.getByLabel('Straat').fill('Markt');
  await page.getByLabel('Huisnummer').fill('1');
  await page.getByLabel('Postcode').fill('5900 AA');
  await page.getByLabel('Plaats').fill(gemeente);
  await page.getByLabel('Open voor iedereen zonder verwijzing').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, steunpunt);
  const steunpuntUrl = page.url();

  // 3. The overview shows the changed cell and one more municipality covered.
  await page.goto(`/regios/${id}`);
  await verwachtTitel(page, `Overzicht ${nml}`);
  expect(await niveauOpOverzicht(page)).toBe(nieuwNiveau);
  expect(await dekkingOp(page, 'Steunpunten')).toEqual({ gedekt: voor.gedekt + 1, totaal: voor.totaal });
  await expect(page.getByRole('region', { name: 'Steunpunten' })).not.toContainText(new RegExp(`Nog niet gedekt:.*\\b${gemeente}\\b`));

  // 4. Freeze a quarterly report; a period that has not started is refused on its field.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Monitoring' }).click();
  await page.getByRole('navigation', { name: 'Monitoring' }).getByRole('link', { name: 'Voortgangsrapportages' }).click();
  await verwachtTitel(page, 'Voortgangsrapportages');
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Rapportage bevriezen' }).click();
  await verwachtTitel(page, 'Rapportage bevriezen');
  await verwachtAxeSchoon(page);
  const kwartaal = periodeVan(vandaagInNederland(), 'kwartaal');
  const jaar = Number(kwartaal.slice(0, 4));
  await page.getByLabel('Periode (verplicht)').fill(`${jaar + 2}-K1`);
  await page.getByRole('button', { name: 'Rapportage bevriezen' }).click();
  await expect(page.getByRole('link', { name: /Periode/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapportage bevriezen');

  await page.getByLabel('Periode (verplicht)').fill(kwartaal);
  const titel = `Stand voor de Kerngroep ${Date.now()}`;
  await page.getByLabel('Titel').fill(titel);
  await page.getByLabel('Toelichting').fill('Voor de vergadering van de Kerngroep.');
  await page.getByRole('button', { name: 'Rapportage bevriezen' }).click();
  await verwachtTitel(page, titel);
  const rapportUrl = page.url();
  await expect(page.getByText('De rapportage is bevroren.')).toBeVisible();
  await expect(page.getByText(/Bevroren op \d{1,2} [a-z]+ \d{4} door .+; deze rapportage verandert niet meer\./)).toBeVisible();
  const bevrorenCel = page.getByRole('region', { name: 'Ketenaanpakken per gemeente in de rapportage' }).getByRole('cell', { name: `${aanpak} in Venray: ${nieuwNiveau}` });
  await expect(bevrorenCel).toBeVisible();
  expect(await dekkingOp(page, 'Dekking met steunpunten')).toEqual({ gedekt: voor.gedekt + 1, totaal: voor.totaal });
  await verwachtAxeSchoon(page);

  // The whole report as one workbook.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren naar Excel' }).click();
  const bestand = await download;
  expect(bestand.suggestedFilename()).toMatch(/^voortgangsrapportage-noord-en-midden-limburg-.*\.xlsx$/);
  // The peildatum is a real date in Excel, not text.
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.readFile(await bestand.path());
  const blad = boek.getWorksheet('Rapportage')!;
  const koppen = (blad.getRow(1).values as unknown[]).slice(1);
  const peildatum = blad.getRow(2).getCell(koppen.indexOf('Peildatum') + 1).value;
  expect(peildatum).toBeInstanceOf(Date);
  expect((peildatum as Date).toISOString().slice(0, 10)).toBe(vandaagInNederland());
  // So is the moment of freezing, in Dutch clock time.
  const bevrorenOp = blad.getRow(2).getCell(koppen.indexOf('Bevroren op') + 1).value;
  expect(bevrorenOp).toBeInstanceOf(Date);
  expect((bevrorenOp as Date).toISOString().slice(0, 10)).toBe(vandaagInNederland());
  expect(blad.getRow(2).getCell(koppen.indexOf('Titel') + 1).value).toBe(titel);

  // 5. The live data changes again: the old level back, the support point no longer open to all.
  await zetNiveau(page, id, oudNiveau);
  await page.goto(steunpuntUrl);
  await verwachtTitel(page, steunpunt);
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await page.getByLabel('Open voor iedereen zonder verwijzing').uncheck();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText(`Steunpunt ${steunpunt} is gewijzigd.`)).toBeVisible();

  // 6. The report is as it was frozen; the overview shows today's state.
  await page.goto(`/regios/${id}/monitoring/voortgangsrapportages`);
  await verwachtTitel(page, 'Voortgangsrapportages');
  await page.getByRole('link', { name: titel }).click();
  await verwachtTitel(page, titel);
  expect(page.url()).toBe(rapportUrl);
  await expect(bevrorenCel).toBeVisible();
  expect(await dekkingOp(page, 'Dekking met steunpunten')).toEqual({ gedekt: voor.gedekt + 1, totaal: voor.totaal });
  await expect(page.getByText(/niet meer zoals zij is bevroren/)).toHaveCount(0);

  await page.goto(`/regios/${id}`);
  await verwachtTitel(page, `Overzicht ${nml}`);
  expect(await niveauOpOverzicht(page)).toBe(oudNiveau);
  expect(await dekkingOp(page, 'Steunpunten')).toEqual(voor);
  await expect(page.getByRole('region', { name: 'Laatste voortgangsrapportage' }).getByRole('link', { name: titel })).toBeVisible();

  // Leave the shared demo database as it was for the spec files after this one.
  const csrf = ((await page.request.get('/api/v1/sessies/huidige').then((r) => r.json())) as { csrfToken: string }).csrfToken;
  const weg = await page.request.delete(`/api/v1/regios/${id}/steunpunten/${steunpuntUrl.split('/').pop()}`, { headers: { 'X-CSRF-Token': csrf } });
  expect(weg.status()).toBe(204);
});

test('het overzicht en de rapportages zijn bruikbaar op 320 pixels breed; een lezer bevriest niets', async ({ page }) => {
  await logIn(page, accounts.lezer);
  const id = await regioId(page, nml);
  await page.setViewportSize({ width: 320, height: 700 });

  await page.goto(`/regios/${id}`);
  await verwachtTitel(page, `Overzicht ${nml}`);
  await expect(page.getByRole('region', { name: 'Ketenaanpakken per gemeente' })).toBeVisible();
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);

  await page.goto(`/regios/${id}/monitoring/voortgangsrapportages`);
  await verwachtTitel(page, 'Voortgangsrapportages');
  await expect(page.getByRole('link', { name: 'Rapportage bevriezen' })).toHaveCount(0);
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);

  // The demo's report of 2024 has the budget of that year in it: the finance section as a table.
  await page.getByRole('region', { name: 'Voortgangsrapportages' }).getByRole('link', { name: /4e kwartaal 2024/ }).first().click();
  await verwachtTitel(page, /4e kwartaal 2024/);
  await expect(page.getByText(/deze rapportage verandert niet meer/)).toBeVisible();
  await expect(page.getByRole('region', { name: /^Begroot, verplicht en uitgegeven per onderdeel 2024/ })).toBeVisible();
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);

  await page.goto(`/regios/${id}/monitoring/voortgangsrapportages/nieuw`);
  await verwachtTitel(page, 'Rapportage bevriezen');
  await expect(page.getByText('Alleen de regiocoördinator bevriest voortgangsrapportages.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rapportage bevriezen' })).toHaveCount(0);
});

test('het overzicht opent met de omschrijving van de regio en telt afspraken die niet van toepassing zijn niet mee', async ({ page }) => {
  await logIn(page, accounts.lezer);
  const id = await regioId(page, nml);
  const regio = (await page.request.get(`/api/v1/regios/${id}`).then((r) => r.json())) as { omschrijving: string };
  expect(regio.omschrijving).not.toBe('');

  // The demo has no agreement that does not apply; the overview's answer gets three, as if it had.
  let afspraken: Record<string, number> = {};
  await page.route(`**/api/v1/regios/${id}/overzicht`, async (route) => {
    const antwoord = await route.fetch();
    const overzicht = (await antwoord.json()) as { aantallen: { afspraken: Record<string, number> } };
    overzicht.aantallen.afspraken['niet-van-toepassing'] = 3;
    afspraken = overzicht.aantallen.afspraken;
    await route.fulfill({ response: antwoord, json: overzicht });
  });
  await page.goto(`/regios/${id}`);
  await verwachtTitel(page, `Overzicht ${nml}`);
  await expect(page.locator('main .utrecht-paragraph--lead')).toHaveText(regio.omschrijving);

  const gerealiseerd = page.getByRole('list', { name: 'Kerncijfers' }).getByRole('listitem').filter({ hasText: 'Afspraken gerealiseerd' });
  await expect(gerealiseerd).toContainText('3 niet van toepassing');
  const vanToepassing = afspraken['niet-gestart']! + afspraken['in-uitvoering']! + afspraken.gerealiseerd! + afspraken.vertraagd!;
  await expect(gerealiseerd.locator('.kerncijfers__waarde')).toHaveText(`${afspraken.gerealiseerd} van ${vanToepassing}`);
  await verwachtAxeSchoon(page);
});
