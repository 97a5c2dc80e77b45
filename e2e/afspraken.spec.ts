import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

test('de regiocoördinator ziet de verlopen preventieafspraken, legt een stand met bewijs vast, ziet de historie en exporteert', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/monitoring/afspraken`);
  await verwachtTitel(page, 'Afspraken');
  const regionaal = page.getByRole('table', { name: 'Afspraken over regionale samenwerking' });
  const preventie = regionaal.getByRole('row', { name: /Regionale preventieakkoorden met zorgverzekeraars/ });
  await expect(preventie).toContainText('In uitvoering');
  await expect(preventie).toContainText('1 januari 2025');
  await expect(preventie).toContainText(/over de deadline/);
  await verwachtAxeSchoon(page);

  // Only overdue: the filter lands in the query string, so the view can be shared.
  // The box follows the query string, which changes after the navigation: click, then wait for it.
  await page.getByLabel('Alleen verlopen afspraken').click();
  await expect(page).toHaveURL(/verlopen=ja/);
  await expect(page.getByLabel('Alleen verlopen afspraken')).toBeChecked();
  await expect(page.getByRole('table', { name: 'Afspraken over arbeidsmarkt' })).toHaveCount(0);
  await expect(preventie).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Alleen verlopen afspraken')).toBeChecked();

  // Export what is shown.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren naar Excel' }).click();
  const bestand = await download;
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.readFile(await bestand.path());
  const blad = boek.getWorksheet('Afspraken')!;
  const rijen = blad.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
  expect(rijen.map((r) => r[1])).toContain('RS-1');
  expect(rijen.every((r) => String(r[6]).includes('over de deadline'))).toBe(true);

  // Set the status of Welzijn op Recept with evidence; a bad link is refused next to its field first.
  await page.goto(`/regios/${id}/monitoring/afspraken?thema=eerstelijnszorg`);
  await page.getByRole('link', { name: 'Welzijn op Recept' }).click();
  await verwachtTitel(page, 'Welzijn op Recept');
  await expect(page.getByText('Nog niets vastgelegd: de afspraak geldt als niet gestart')).toBeVisible();
  await page.getByRole('link', { name: 'Stand bijwerken' }).click();
  await verwachtTitel(page, 'Stand bijwerken: Welzijn op Recept');
  await page.getByLabel('Status').selectOption('in-uitvoering');
  await page.getByLabel('Eigenaar', { exact: true }).fill('Werkgroep Welzijn op Recept (e2e)');
  await page.getByLabel('Gemeente als eigenaar').selectOption({ label: 'Venray (GM0984)' });
  await page.getByLabel('Bewijs', { exact: true }).fill('Startnotitie (e2e)');
  await page.getByLabel('Links naar bewijs').fill('geen-link');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: /Link 1 naar bewijs/ })).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.getByLabel('Links naar bewijs').fill('https://www.welzijnoprecept.nl/');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('De stand van de afspraak is vastgelegd.')).toBeVisible();
  await verwachtTitel(page, 'Welzijn op Recept');
  await expect(page.getByText('In uitvoering').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://www.welzijnoprecept.nl/' })).toBeVisible();
  await expect(page.getByText('Werkgroep Welzijn op Recept (e2e), Venray')).toBeVisible();
  const historie = page.getByRole('region', { name: 'Historie' });
  await expect(historie).toContainText('Cor Coördinator');
  await verwachtAxeSchoon(page);

  // 320 px: the list and the detail do not scroll sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  await verwachtGeenHorizontaalScrollen(page);
  await page.goto(`/regios/${id}/monitoring/afspraken`);
  await verwachtTitel(page, 'Afspraken');
  await verwachtGeenHorizontaalScrollen(page);
});

test('het landelijk beeld telt over de regio’s van de gebruiker', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/monitoring/afspraken`);
  await page.getByRole('link', { name: /Landelijk beeld/ }).click();
  await verwachtTitel(page, 'Landelijk beeld van de afspraken');
  await expect(page.getByText(/Over 2 regio’s/)).toBeVisible();
  const tabel = page.getByRole('table', { name: 'Aantal regio’s per afspraak en status' });
  // NML is in uitvoering and overdue, Zuid-Kennemerland has recorded nothing and is overdue too.
  await expect(tabel.getByRole('row', { name: /Regionale preventieakkoorden/ }).getByRole('cell')).toHaveText(['Regionale preventieakkoorden met zorgverzekeraars (IZA RS-1)', '1 januari 2025', '1', '1', '0', '0', '0', '2']);
  await expect(page.getByRole('button', { name: 'Exporteren naar Excel' })).toBeVisible();
  await verwachtAxeSchoon(page);
});

test('de lezer ziet de stand maar kan haar niet bijwerken', async ({ page }) => {
  await logIn(page, accounts.lezer);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/monitoring/afspraken`);
  await page.getByRole('link', { name: 'Regionale preventieakkoorden met zorgverzekeraars' }).click();
  await verwachtTitel(page, 'Regionale preventieakkoorden met zorgverzekeraars');
  await expect(page.getByRole('link', { name: 'Stand bijwerken' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Landelijk beeld/ })).toHaveCount(0);
});
