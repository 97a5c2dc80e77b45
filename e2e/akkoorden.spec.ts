import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

// All spec files share one demo database, and afspraken.spec.ts counts on the IZA catalogue of the
// demo (16 agreements): this journey adds its agreement to GALA, which starts empty, and removes it again.
test('de beheerder bouwt de afsprakencatalogus van GALA op: toevoegen, bewerken en verwijderen', async ({ page }) => {
  await logIn(page, accounts.beheerder);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/organisatie/akkoorden`);
  await verwachtTitel(page, 'Akkoorden');
  await expect(page.getByRole('link', { name: 'Afsprakencatalogus (16) van IZA' })).toBeVisible();
  await page.getByRole('link', { name: 'Afsprakencatalogus (0) van GALA' }).click();

  // A new accord starts empty, and the page says what it is for.
  await verwachtTitel(page, 'Afsprakencatalogus GALA');
  await expect(page.getByText(/Dit akkoord heeft nog geen afsprakencatalogus\. Een nieuw akkoord begint leeg/)).toBeVisible();
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: 'Afspraak toevoegen' }).click();
  await verwachtTitel(page, 'Afspraak toevoegen');
  await expect(page.getByText('Niet vóór de ondertekening van GALA op 3 februari 2023')).toBeVisible();
  await verwachtAxeSchoon(page);

  // Nothing filled in: the required fields are named in the summary.
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const samenvatting = page.getByRole('alert');
  await expect(samenvatting.getByRole('link', { name: /^Code:/ })).toBeVisible();
  await expect(samenvatting.getByRole('link', { name: /^Titel:/ })).toBeVisible();
  await expect(samenvatting.getByRole('link', { name: /^Thema:/ })).toBeVisible();

  // A deadline before GALA was signed is refused by the server and named at its field.
  await page.getByLabel('Code').fill('GALA-E2E');
  await page.getByLabel('Titel').fill('Beweegnetwerk in elke gemeente (e2e)');
  await page.getByLabel('Thema').selectOption('ketenaanpakken');
  await page.getByLabel('Verantwoordelijke partij').fill('Gemeenten en GGD (e2e)');
  await page.getByLabel('Gemeentelijke rol').fill('Trekker van het lokale beweegnetwerk (e2e)');
  await page.getByLabel('Deadline').fill('2022-12-31');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(samenvatting.getByRole('link', { name: /^Deadline: .*vóór de ondertekening van GALA/ })).toBeVisible();
  await expect(page.locator('#veld-deadline-fout')).toContainText('vóór de ondertekening van GALA');
  await expect(page.getByLabel('Deadline')).toHaveAttribute('aria-invalid', 'true');
  await verwachtAxeSchoon(page);

  await page.getByLabel('Deadline').fill('2025-12-31');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, 'Afsprakencatalogus GALA');
  await expect(page.getByText('De afspraak “Beweegnetwerk in elke gemeente (e2e)” is toegevoegd.')).toBeVisible();
  const tabel = page.getByRole('table', { name: 'Afspraken over ketenaanpakken' });
  await expect(tabel.getByRole('row', { name: /GALA-E2E/ }).getByRole('cell')).toHaveText([
    'GALA-E2E',
    'Beweegnetwerk in elke gemeente (e2e)',
    'Gemeenten en GGD (e2e)',
    'Trekker van het lokale beweegnetwerk (e2e)',
    '31 december 2025',
    'Bewerken Beweegnetwerk in elke gemeente (e2e)',
  ]);
  await verwachtAxeSchoon(page);

  // The export holds the catalogue with a real date.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren naar Excel' }).click();
  const bestand = await download;
  expect(bestand.suggestedFilename()).toBe('afsprakencatalogus-gala.xlsx');
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.readFile(await bestand.path());
  const rij = boek.getWorksheet('Afspraken')!.getRow(2);
  expect([rij.getCell(1).value, rij.getCell(2).value, rij.getCell(3).value]).toEqual(['ketenaanpakken', 'GALA-E2E', 'Beweegnetwerk in elke gemeente (e2e)']);
  expect(rij.getCell(7).value).toBeInstanceOf(Date);

  // 320 px: the catalogue does not scroll sideways; the table scrolls in its own region.
  await page.setViewportSize({ width: 320, height: 800 });
  await verwachtGeenHorizontaalScrollen(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Edit: a new title and no deadline any more.
  await page.getByRole('link', { name: 'Bewerken Beweegnetwerk in elke gemeente (e2e)' }).click();
  await verwachtTitel(page, 'Afspraak bewerken: Beweegnetwerk in elke gemeente (e2e)');
  await expect(page.getByLabel('Code')).toHaveValue('GALA-E2E');
  await verwachtAxeSchoon(page);
  await page.getByLabel('Titel').fill('Lokaal beweegnetwerk (e2e)');
  await page.getByLabel('Deadline').fill('');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, 'Afsprakencatalogus GALA');
  await expect(page.getByText('De afspraak “Lokaal beweegnetwerk (e2e)” is bijgewerkt.')).toBeVisible();
  await expect(tabel.getByRole('row', { name: /GALA-E2E/ }).getByRole('cell').nth(1)).toHaveText('Lokaal beweegnetwerk (e2e)');
  await expect(tabel.getByRole('row', { name: /GALA-E2E/ }).getByRole('cell').nth(4)).toHaveText('Geen');

  // Delete: the confirmation says the status of every region goes too.
  await page.getByRole('link', { name: 'Bewerken Lokaal beweegnetwerk (e2e)' }).click();
  await verwachtTitel(page, 'Afspraak bewerken: Lokaal beweegnetwerk (e2e)');
  await page.getByRole('button', { name: 'Afspraak verwijderen' }).click();
  const vraag = page.getByRole('alertdialog', { name: 'Afspraak verwijderen' });
  await expect(vraag).toBeFocused();
  await expect(vraag).toContainText('De stand van alle regio’s voor deze afspraak');
  await verwachtAxeSchoon(page);
  await vraag.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await verwachtTitel(page, 'Afsprakencatalogus GALA');
  await expect(page.getByText('De afspraak “Lokaal beweegnetwerk (e2e)” is verwijderd, met de stand ervan in alle regio’s.')).toBeVisible();
  await expect(page.getByText(/Dit akkoord heeft nog geen afsprakencatalogus/)).toBeVisible();

  await page.getByRole('link', { name: 'Akkoorden', exact: true }).first().click();
  await verwachtTitel(page, 'Akkoorden');
  await expect(page.getByRole('link', { name: 'Afsprakencatalogus (0) van GALA' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Afsprakencatalogus (16) van IZA' })).toBeVisible();
});

test('de regiocoördinator leest de catalogus, maar voegt niets toe en wijzigt niets', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/organisatie/akkoorden`);
  await verwachtTitel(page, 'Akkoorden');
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Afsprakencatalogus (16) van IZA' }).click();
  await verwachtTitel(page, 'Afsprakencatalogus IZA');
  await expect(page.getByText('16 afspraken')).toBeVisible();
  const regionaal = page.getByRole('table', { name: 'Afspraken over regionale samenwerking' });
  await expect(regionaal.getByRole('row', { name: /Regionale preventieakkoorden met zorgverzekeraars/ })).toContainText('1 januari 2025');
  await expect(page.getByRole('link', { name: 'Afspraak toevoegen' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Bewerken/ })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Acties' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Exporteren naar Excel' })).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await verwachtGeenHorizontaalScrollen(page);

  // The form by its address explains who keeps the catalogue instead.
  await page.goto(`${new URL(page.url()).pathname}/nieuw`);
  await verwachtTitel(page, 'Afspraak toevoegen');
  await expect(page.getByText('alleen de beheerder voegt afspraken toe en wijzigt ze')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opslaan' })).toHaveCount(0);
});
