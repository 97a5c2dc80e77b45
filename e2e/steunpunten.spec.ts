import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

const dekkingsTabel = (page: Page) => page.getByRole('region', { name: 'Dekking per gemeente' });
const rij = (page: Page, gemeente: string) => dekkingsTabel(page).getByRole('row', { name: new RegExp(`^${gemeente}\\b`) });

test('de beheerder importeert de gemeentegrenzen uit het CBS-bestand', async ({ page }) => {
  await logIn(page, accounts.beheerder);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/monitoring/steunpunten`);
  await verwachtTitel(page, 'Steunpunten');
  await expect(page.getByText('Een kaart verschijnt zodra de beheerder de gemeentegrenzen heeft geïmporteerd.')).toBeVisible();
  await page.getByRole('link', { name: 'Gemeentegrenzen importeren' }).click();
  await verwachtTitel(page, 'Gemeentegrenzen importeren');
  await verwachtAxeSchoon(page);

  // Without a file the field says so; a file whose codes match no municipality writes nothing.
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText('Kies een GeoJSON-bestand')).toBeVisible();
  const onbekend = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { statcode: 'GM9999' }, geometry: { type: 'Polygon', coordinates: [[[5, 51], [5.1, 51], [5.1, 51.1], [5, 51]]] } }] };
  await page.getByLabel('Bestand').setInputFiles({ name: 'onbekend.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(onbekend)) });
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('heading', { name: 'De gemeentegrenzen zijn niet geïmporteerd' })).toBeVisible();
  await expect(page.getByText(/GM9999/).first()).toBeVisible();

  await page.getByLabel('Bestand').setInputFiles(path.resolve('../shared/data/gemeenten-2025.geojson'));
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('heading', { name: 'De gemeentegrenzen zijn geïmporteerd' })).toBeVisible();
  await expect(page.getByText(/^342 gemeenten in het bestand/)).toBeVisible();
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: 'Naar de steunpunten' }).click();
  await expect(page.getByRole('img', { name: /Kaart van de dekking met steunpunten/ })).toBeVisible();
});

test('de beleidsadviseur van Venray voegt een steunpunt voor iedereen toe en ziet de dekking veranderen', async ({ page }) => {
  await logIn(page, accounts.beleidsadviseurVenray);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/monitoring/steunpunten`);
  await verwachtTitel(page, 'Steunpunten');
  await expect(page.getByText('8 van 14 gemeenten')).toBeVisible();
  await expect(page.getByRole('img', { name: /Kaart van de dekking met steunpunten\. 8 van de 14 gemeenten zijn gedekt/ })).toBeVisible();
  await expect(page.locator('.kaart svg path').first()).toBeVisible();
  await expect(page.getByText(/Niet gedekt: geen steunpunt dat voor iedereen open is/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Excel/ }).first()).toBeVisible();
  await verwachtAxeSchoon(page);

  await page.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(rij(page, 'Venray')).toContainText('niet gedekt');

  await page.getByRole('link', { name: 'Steunpunt toevoegen' }).click();
  await verwachtTitel(page, 'Steunpunt toevoegen');
  await verwachtAxeSchoon(page);
  // Venray's officer can only choose Venray.
  await expect(page.getByLabel('Gemeente')).toHaveValue('GM0984');
  await page.getByLabel('Naam (verplicht)').fill('Inloop De Brug');
  await page.getByLabel('Straat').fill('Grotestraat');
  await page.getByLabel('Huisnummer').fill('12');
  await page.getByLabel('Postcode').fill('5801bd');
  await page.getByLabel('Plaats').fill('Venray');
  await page.getByLabel('E-mail').fill('geen-adres');
  await page.getByLabel('Open voor iedereen zonder verwijzing').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // A wrong e-mail address is named in the error summary, and nothing is saved.
  await expect(page.getByRole('link', { name: /E-mail/ }).first()).toBeVisible();
  await page.getByLabel('E-mail').fill('info@debrug.nl');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await verwachtTitel(page, 'Inloop De Brug');
  await expect(page.getByText('Steunpunt Inloop De Brug is toegevoegd.')).toBeVisible();
  await expect(page.getByText('Grotestraat 12, 5801 BD Venray')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Historie' })).toBeVisible();
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: 'Steunpunten' }).last().click();
  await verwachtTitel(page, 'Steunpunten');
  await expect(page.getByText('9 van 14 gemeenten')).toBeVisible();
  await page.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(rij(page, 'Venray')).toContainText('gedekt');
  await expect(rij(page, 'Venray')).not.toContainText('niet gedekt');

  // Filtering on Venray shows the new point; Venlo's points are not Venray's to edit.
  await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Venray' });
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect(page.getByRole('region', { name: 'Steunpunten', exact: true }).getByRole('link', { name: 'Inloop De Brug' })).toBeVisible();
  await page.goto(`/regios/${id}/monitoring/steunpunten?gemeentecode=GM0983`);
  await page.getByRole('link', { name: /Steunpunt De Ontmoeting Venlo/ }).click();
  await verwachtTitel(page, /Steunpunt De Ontmoeting Venlo/);
  await expect(page.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);

  // Removing the point goes back to the list with a message, and the coverage drops again.
  await page.goto(`/regios/${id}/monitoring/steunpunten?gemeentecode=GM0984`);
  await page.getByRole('region', { name: 'Steunpunten', exact: true }).getByRole('link', { name: 'Inloop De Brug' }).click();
  await verwachtTitel(page, 'Inloop De Brug');
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await verwachtTitel(page, 'Steunpunten');
  await expect(page.getByText('Steunpunt Inloop De Brug is verwijderd.')).toBeVisible();
  await page.goto(`/regios/${id}/monitoring/steunpunten`);
  await expect(page.getByText('8 van 14 gemeenten')).toBeVisible();
});

test('de steunpunten zijn bruikbaar op 320 pixels breed', async ({ page }) => {
  await logIn(page, accounts.lezer);
  const id = await regioId(page, nml);
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`/regios/${id}/monitoring/steunpunten`);
  await verwachtTitel(page, 'Steunpunten');
  await expect(page.getByRole('img', { name: /Kaart van de dekking/ })).toBeVisible();
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
  await expect(page.getByRole('link', { name: 'Steunpunt toevoegen' })).toHaveCount(0);
});
