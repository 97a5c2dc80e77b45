import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { formatEuro } from '../common/geld';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

/** Amounts on screen have a non-breaking space after the euro sign; match any space. */
const euro = (centen: number) => new RegExp(formatEuro(centen).replace(/[.]/g, '\\.').replace(/\s/g, '\\s'));

test('de meerjarenraming toont de klif na 2026; een scenario met 10 % korting verandert de tabel, ook op 320 pixels breed', async ({ page }) => {
  await logIn(page, accounts.financieel);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/financien/meerjarenraming?van=2023&tot=2030`);
  await verwachtTitel(page, 'Meerjarenraming');
  await expect(page.getByRole('navigation', { name: 'Financiën' }).getByRole('link', { name: 'Meerjarenraming' })).toHaveAttribute('aria-current', 'page');

  const grafiek = page.getByRole('img', { name: /^Uitkeringen en verplichtingen per jaar/ });
  await expect(grafiek.locator('svg')).toBeAttached();
  // The gap is in words, not only in colour.
  await expect(grafiek).toHaveAttribute('aria-label', /alleen bekende bedragen.*Tekort.*2027/);
  await expect(page.locator('.kliftekst')).toContainText(/Tekort.*2027 \(€\s1\.980\.000\)/);
  await verwachtAxeSchoon(page);

  await page.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(page).toHaveURL(/weergave=tabel/);
  const tabel = page.getByRole('table', { name: /^Uitkeringen en verplichtingen per jaar 2023–2030/ });
  const jaar2027 = tabel.getByRole('row', { name: /^2027/ });
  await expect(tabel.getByRole('row', { name: /^2026/ })).toContainText(euro(509_066_600));
  await expect(jaar2027).toContainText(/€\s0\s*geen/);
  await expect(jaar2027).toContainText('tekort');
  await verwachtAxeSchoon(page);

  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Voortgezet met 10% korting' });
  await page.getByRole('button', { name: 'Tonen' }).click();
  await expect(page).toHaveURL(/scenario=[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 2, name: '2023–2030: Voortgezet met 10% korting' })).toBeVisible();
  const metKorting = page.getByRole('table', { name: /scenario Voortgezet met 10% korting/ }).getByRole('row', { name: /^2027/ });
  await expect(metKorting).toContainText(euro(458_159_940));
  await expect(metKorting).toContainText('voortzetting, korting 10%');
  await verwachtAxeSchoon(page);

  await page.setViewportSize({ width: 320, height: 640 });
  await page.reload();
  await verwachtTitel(page, 'Meerjarenraming');
  await expect(metKorting).toContainText(euro(458_159_940));
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Toon als grafiek' }).click();
  await expect(grafiek.locator('svg')).toBeAttached();
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
});

test('een structurele verplichting en een scenario toevoegen en weer verwijderen', async ({ page }) => {
  await logIn(page, accounts.financieel);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/financien/meerjarenraming?weergave=tabel`);
  await verwachtTitel(page, 'Meerjarenraming');
  const tabel = page.getByRole('table', { name: /^Uitkeringen en verplichtingen per jaar/ });
  await expect(tabel.getByRole('row', { name: /^2028/ })).toContainText(euro(198_000_000));

  await page.getByRole('link', { name: 'Verplichting toevoegen' }).click();
  await verwachtTitel(page, 'Structurele verplichting toevoegen');
  await verwachtAxeSchoon(page);
  await page.getByLabel('Omschrijving').fill('Coördinator valpreventie');
  await page.getByLabel('Bedrag per jaar').fill('120.000,50');
  await page.getByLabel('Vanaf jaar').fill('2027');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, 'Meerjarenraming');
  await expect(page.getByText('De verplichting “Coördinator valpreventie” is vastgelegd.')).toBeVisible();
  await page.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(tabel.getByRole('row', { name: /^2028/ })).toContainText(euro(198_000_000 + 12_000_050));

  await page.getByRole('link', { name: 'Scenario toevoegen' }).click();
  await verwachtTitel(page, 'Scenario toevoegen');
  await page.getByLabel('Naam').fill('Nieuw bedrag vanaf 2028');
  const aanname = page.getByRole('group', { name: 'Aanname 1' });
  await aanname.getByLabel('Soort').selectOption('korting');
  await aanname.getByLabel('Vanaf jaar').fill('2028');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // A cut needs its percentage: the summary takes focus and names the field.
  await expect(page.locator('.foutoverzicht')).toBeFocused();
  await expect(page.locator('.foutoverzicht')).toContainText('Aanname 1: percentage');
  await verwachtAxeSchoon(page);
  await aanname.getByLabel('Soort').selectOption('nieuw-bedrag');
  await aanname.getByLabel('Bedrag per jaar in euro').fill('3.000.000');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, 'Meerjarenraming');
  await expect(page.getByRole('table', { name: 'Scenario’s' })).toContainText('SPUK-IZA: nieuw bedrag €\u00a03.000.000 vanaf 2028');

  const scenarioRij = page.getByRole('row', { name: /Nieuw bedrag vanaf 2028/ });
  await scenarioRij.getByRole('button', { name: /Verwijderen/ }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText('Het scenario “Nieuw bedrag vanaf 2028” is verwijderd.')).toBeVisible();
  const verplichtingRij = page.getByRole('row', { name: /Coördinator valpreventie/ });
  await verplichtingRij.getByRole('button', { name: /Verwijderen/ }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText('De verplichting “Coördinator valpreventie” is verwijderd.')).toBeVisible();
  await page.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(tabel.getByRole('row', { name: /^2028/ })).toContainText(euro(198_000_000));
  await verwachtAxeSchoon(page);
});

test('een doorbetaling aan Venray vastleggen en de stand zien', async ({ page }) => {
  await logIn(page, accounts.financieel);
  const id = await regioId(page, nml);
  const stand = async () => {
    const { items } = (await page.request.get(`/api/v1/regios/${id}/doorbetalingen/stand?jaar=2024`).then((r) => r.json())) as {
      items: { ontvanger: { naam: string }; doorbetaaldCenten: number }[];
    };
    return items.find((s) => s.ontvanger.naam === 'Venray')?.doorbetaaldCenten ?? 0;
  };
  const voor = await stand();

  await page.goto(`/regios/${id}/financien/doorbetalingen?jaar=2024`);
  await verwachtTitel(page, 'Doorbetalingen');
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Doorbetaling vastleggen' }).click();
  await verwachtTitel(page, 'Doorbetaling vastleggen');
  // The mandaatgemeente receives the grant and is no choice.
  await expect(page.getByLabel('Ontvangende gemeente').locator('option', { hasText: 'Venlo' })).toHaveCount(0);
  await verwachtAxeSchoon(page);
  await page.getByLabel('Ontvangende gemeente').selectOption({ label: 'Venray' });
  await page.getByLabel('Datum').fill('2024-04-01');
  await page.getByLabel('Bedrag').fill('50.000');
  await page.getByLabel('Kenmerk').fill('DB-E2E-01');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await verwachtTitel(page, 'Doorbetalingen');
  await expect(page.getByText(/De doorbetaling van €\s50\.000 aan Venray is vastgelegd\./)).toBeVisible();
  const rij = page.getByRole('table', { name: 'Stand van de doorbetalingen in 2024' }).getByRole('row', { name: /^Venray SPUK-IZA/ });
  await expect(rij).toContainText(euro(voor + 5_000_000));
  expect(await stand()).toBe(voor + 5_000_000);
  await expect(page.getByRole('table', { name: 'Doorbetalingen', exact: true })).toContainText('DB-E2E-01');
  await verwachtAxeSchoon(page);

  await page.getByRole('table', { name: 'Doorbetalingen', exact: true }).getByRole('row', { name: /DB-E2E-01/ }).getByRole('button', { name: /Verwijderen/ }).click();
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText(/De doorbetaling aan Venray van 1 april 2024 is verwijderd\./)).toBeVisible();
  expect(await stand()).toBe(voor);
});

test('SiSa 2024 toont de regels per gemeente en uitkering; de XLSX-export is een echt Excel-bestand', async ({ page }) => {
  await logIn(page, accounts.financieel);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/financien/sisa?jaar=2024`);
  await verwachtTitel(page, 'SiSa 2024');
  const tabel = page.getByRole('table', { name: 'SiSa 2024 per gemeente en uitkering' });
  await expect(tabel.locator('tbody tr').first()).toBeVisible();
  const aantalRegels = await tabel.locator('tbody tr').count();
  expect(aantalRegels).toBeGreaterThan(0);
  await verwachtAxeSchoon(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Exporteren naar Excel (SiSa)' }).click();
  const bestand = await download;
  expect(bestand.suggestedFilename()).toBe('sisa-2024.xlsx');
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.readFile(await bestand.path());
  const blad = boek.worksheets[0]!;
  expect((blad.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['Gemeente', 'CBS-code', 'Uitkering', 'Jaar']);
  expect(blad.rowCount).toBe(aantalRegels + 1);

  // The officer fills in the other spending of the first row.
  const eerste = tabel.locator('tbody tr').first();
  await eerste.getByRole('link', { name: /Bewerken/ }).click();
  await verwachtTitel(page, /^SiSa 2024 bewerken: /);
  await verwachtAxeSchoon(page);
  await page.getByLabel('Overige besteding').fill('2.500');
  await page.getByLabel('Toelichting op afwijkingen').fill('Start later dan gepland');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, 'SiSa 2024');
  await expect(page.getByText(/De SiSa-gegevens van .* zijn opgeslagen\./)).toBeVisible();
  await expect(tabel.locator('tbody tr').first()).toContainText('Start later dan gepland');
  await expect(tabel.locator('tbody tr').first()).toContainText(euro(250_000));

  await page.setViewportSize({ width: 320, height: 640 });
  await page.reload();
  await verwachtTitel(page, 'SiSa 2024');
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
});

test('dubbele financiering is te vinden vanuit de boekingen, en een activiteit krijgt haar kosten', async ({ page }) => {
  await logIn(page, accounts.financieel);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/financien/boekingen?jaar=2024`);
  await verwachtTitel(page, 'Boekingen');
  await page.getByRole('link', { name: 'Controle op dubbele financiering' }).click();
  await verwachtTitel(page, 'Dubbele financiering 2024');
  await expect(page.getByText('Geen aanwijzingen voor dubbele financiering in 2024.')).toBeVisible();
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: 'Kosten van een activiteit vastleggen' }).click();
  await verwachtTitel(page, 'Kosten van een activiteit vastleggen');
  await verwachtAxeSchoon(page);
  await page.getByLabel('Activiteit').fill('Beweegcoaches');
  await page.getByLabel('Kosten').fill('15.000');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, /^Dubbele financiering/);
  await expect(page.getByRole('table', { name: 'Activiteiten met hun kosten' }).getByRole('row', { name: /Beweegcoaches/ })).toContainText(euro(1_500_000));
  await verwachtAxeSchoon(page);
});

test('de eerste begroting van 2025 opstellen: boven het plafond geweigerd, daarbinnen opgeslagen als concept', async ({ page }) => {
  await logIn(page, accounts.financieel);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/financien/begroting/2025`);
  await verwachtTitel(page, 'Begroting 2025');
  await page.getByRole('link', { name: 'Begroting 2025 opstellen' }).click();
  await verwachtTitel(page, 'Begroting opstellen');
  await expect(page.getByLabel('Jaar')).toHaveValue('2025');
  await expect(page.getByLabel(/SPUK-IZA: €\s4\.747\.850 in 2025/)).toBeChecked();
  await verwachtAxeSchoon(page);

  const regel1 = page.getByRole('group', { name: 'Regel 1' });
  await regel1.getByLabel('Code').fill('1');
  await regel1.getByLabel('Omschrijving').fill('Onderdeel 1 — projectbureau');
  await regel1.getByLabel('Taak').fill('1');
  await regel1.getByLabel('Bedrag in euro').fill('4.000.000');
  await page.getByRole('button', { name: 'Regel toevoegen' }).click();
  const regel2 = page.getByRole('group', { name: 'Regel 2' });
  await regel2.getByLabel('Code').fill('2');
  await regel2.getByLabel('Omschrijving').fill('Onderdeel 2 — netwerksamenwerking');
  await regel2.getByLabel('Bedrag in euro').fill('1.000.000');
  await expect(page.getByText(/Totaal €\s5\.000\.000 van €\s4\.747\.850: €\s252\.150 boven het plafond/)).toBeVisible();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const overzicht = page.locator('.foutoverzicht');
  await expect(overzicht).toBeFocused();
  await expect(overzicht).toContainText(/€\s252\.150 hoger dan de uitkering/);
  await verwachtAxeSchoon(page);

  await regel2.getByLabel('Bedrag in euro').fill('747.850');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, 'Begroting 2025');
  await expect(page.getByText(/De begroting 2025 is opgesteld als concept/)).toBeVisible();
  await expect(page.getByRole('table', { name: /^Regels van Uitvoeringsplan 2025/ }).locator('tbody tr')).toHaveCount(2);
  await verwachtAxeSchoon(page);
});

test('uitkeringen: toevoegen, bewerken en het importformulier', async ({ page }) => {
  await logIn(page, accounts.financieel);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/financien/uitkeringen`);
  await verwachtTitel(page, 'Uitkeringen');
  await page.getByRole('link', { name: 'Importeren' }).click();
  await verwachtTitel(page, 'Uitkeringen importeren');
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.locator('.foutoverzicht')).toContainText('Bestand: Kies een CSV-bestand');

  await page.goto(`/regios/${id}/financien/uitkeringen/nieuw`);
  await verwachtTitel(page, 'Uitkering toevoegen');
  await page.getByLabel('Soort').selectOption('spuk-dos');
  await page.getByLabel('Naam').fill('SPUK-DOS Venray');
  await page.getByLabel('Ontvanger').selectOption('GM0984');
  await page.getByLabel('Eerste jaar').fill('2025');
  await page.getByLabel('Laatste jaar').fill('2025');
  await page.getByRole('button', { name: 'Jaar toevoegen' }).click();
  await page.getByRole('group', { name: 'Bedrag 1' }).getByLabel('Bedrag in euro').fill('125.000,25');
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, 'SPUK-DOS Venray');
  await expect(page.getByText('De uitkering is vastgelegd.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Bedragen van SPUK-DOS Venray' })).toContainText(/2025\s*€\s125\.000,25/);

  await page.getByRole('link', { name: 'Bewerken' }).click();
  await verwachtTitel(page, 'SPUK-DOS Venray bewerken');
  await page.getByLabel('Regeling').fill('Regeling SPUK-DOS');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, 'SPUK-DOS Venray');
  await expect(page.getByText('De uitkering is gewijzigd.')).toBeVisible();
  await expect(page.getByText('Regeling SPUK-DOS', { exact: true })).toBeVisible();
  // The history section of the grant shows the change (it used to be refused for this kind of item).
  await expect(page.getByRole('listitem').filter({ hasText: /^regeling: \(leeg\)\s*→/i })).toContainText('Regeling SPUK-DOS');
  await verwachtAxeSchoon(page);
});
