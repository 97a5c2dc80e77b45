import { expect, test } from '@playwright/test';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

test('de regiocoördinator voegt een mijlpaal toe en ziet die op de tijdlijn, ook op 320 px', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/monitoring/mijlpalen`);
  await verwachtTitel(page, 'Mijlpalen');
  const tijdlijn = page.getByRole('list', { name: 'Mijlpalen per jaar' });
  await expect(tijdlijn).toContainText('PHO stelt het uitvoeringsplan 2024 vast');
  const preventie = page.getByRole('table', { name: 'Alle mijlpalen' }).getByRole('row', { name: /Regionale preventieakkoorden/ });
  await expect(preventie).toContainText('Vertraagd');
  await expect(preventie).toContainText(/over de datum/);
  await verwachtAxeSchoon(page);

  // A bad date is named next to its field first; then the milestone is saved.
  await page.getByRole('link', { name: 'Mijlpaal toevoegen' }).click();
  await verwachtTitel(page, 'Mijlpaal toevoegen');
  await page.getByLabel('Titel').fill('Uitvoeringsplan 2027 vastgesteld (e2e)');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: /Datum/ })).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.getByLabel('Datum').fill('2027-03-17');
  await page.getByLabel('Status').selectOption('in-uitvoering');
  await page.getByLabel('Overlegorgaan als eigenaar').selectOption({ label: 'Portefeuillehoudersoverleg (PHO) IZA' });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('De mijlpaal is toegevoegd.')).toBeVisible();
  await verwachtTitel(page, 'Uitvoeringsplan 2027 vastgesteld (e2e)');
  await expect(page.getByRole('region', { name: 'Historie' })).toContainText('Cor Coördinator');
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: 'Mijlpalen', exact: true }).first().click();
  await verwachtTitel(page, 'Mijlpalen');
  const jaar2027 = tijdlijn.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '2027' }) });
  await expect(jaar2027).toContainText('maart 2027');
  await expect(jaar2027).toContainText('Uitvoeringsplan 2027 vastgesteld (e2e)');
  await expect(jaar2027).toContainText('In uitvoering');

  // Only what is over its date: the filter lands in the query string; the table shows just that.
  await page.getByLabel('Over de datum').selectOption('ja');
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect(page).toHaveURL(/verlopen=ja/);
  const tabel = page.getByRole('table', { name: 'Alle mijlpalen' });
  await expect(tabel.getByRole('row', { name: /Regionale preventieakkoorden/ })).toBeVisible();
  await expect(tabel.getByRole('row', { name: /Uitvoeringsplan 2027/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /van \d+ mijlpalen/ })).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(tabel.getByRole('row', { name: /Uitvoeringsplan 2027/ })).toBeVisible();

  await page.setViewportSize({ width: 320, height: 800 });
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
});

test('de beleidsadviseur van Venray vult het Venster in voor Venray en ziet het resultaat veranderen', async ({ page }) => {
  await logIn(page, accounts.beleidsadviseurVenray);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/monitoring/venster`);
  await verwachtTitel(page, 'Venster');
  const resultaten = page.getByRole('table', { name: 'Resultaten van het Venster 2024' });
  const tevreden = resultaten.getByRole('row', { name: /Hoe tevreden bent u over de samenwerking/ });
  await expect(tevreden).toContainText('7,2');
  const respondenten = page.getByRole('table', { name: 'Respondenten van het Venster 2024' });
  await expect(respondenten.getByRole('row', { name: /Venray/ })).toContainText('nog niet ingevuld');
  // Only Venray's own response is offered to its officer.
  await expect(respondenten.getByRole('link')).toHaveCount(1);
  await page.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(page.getByRole('table', { name: 'Gemiddelde per vraag per jaar' })).toBeVisible();
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: 'Venster 2024 invullen voor Venray' }).click();
  await verwachtTitel(page, 'Venster 2024 invullen voor Venray');
  await page.getByLabel(/Hoe tevreden bent u over de samenwerking/).selectOption('10');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: /gezamenlijke doelen/ })).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.getByLabel(/gezamenlijke doelen/).selectOption('5');
  await page.getByLabel(/betrokken bij de besluitvorming/).selectOption('4');
  await page.getByLabel('Opmerking').fill('Ingevuld in de e2e-test.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Het Venster 2024 van Venray is opgeslagen.')).toBeVisible();
  await verwachtTitel(page, 'Venster');
  // 8, 7, 7, 8, 6 and now 10: 46 / 6 = 7,7.
  await expect(tevreden).toContainText('7,7');
  await expect(tevreden).toContainText('6');
  await expect(respondenten.getByRole('row', { name: /Venray/ })).toContainText('ingevuld op');
  await verwachtAxeSchoon(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await verwachtGeenHorizontaalScrollen(page);
});

test('de regiocoördinator beheert de vragen van het Venster', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/monitoring/venster`);
  await verwachtTitel(page, 'Venster');
  await expect(page.getByRole('heading', { name: 'Vragen 2024 beheren' })).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Vraag toevoegen' }).click();
  await verwachtTitel(page, 'Vraag toevoegen');
  await page.getByLabel('Jaar').fill('2025');
  await page.getByRole('textbox', { name: 'Vraag (verplicht)' }).fill('Hoe tevreden bent u over de samenwerking in de regio? (e2e)');
  await page.getByLabel('Schaal van').fill('5');
  await page.getByLabel('Schaal tot en met').fill('5');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: /Schaal tot en met/ })).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.getByLabel('Schaal van').fill('1');
  await page.getByLabel('Schaal tot en met').fill('10');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('De vraag is toegevoegd.')).toBeVisible();
  await verwachtTitel(page, 'Venster');
  await expect(page.getByRole('combobox', { name: 'Jaar' })).toHaveValue('2025');
  await expect(page.getByRole('table', { name: 'Resultaten van het Venster 2025' })).toContainText('geen antwoorden');
});
