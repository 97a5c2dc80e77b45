import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { formatEuro } from '../common/geld';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

/** Amounts on screen have a non-breaking space after the euro sign; match any space. */
const euro = (centen: number) => new RegExp(formatEuro(centen).replace(/[.]/g, '\\.').replace(/\s/g, '\\s'));

interface Overzichtregel {
  code: string;
  uitgegevenCenten: number;
}

async function uitgegeven(page: Page, id: string, code: string): Promise<number> {
  const overzicht = (await page.request.get(`/api/v1/regios/${id}/financieel-overzicht?jaar=2024`).then((r) => r.json())) as { regels: Overzichtregel[] };
  return overzicht.regels.find((r) => r.code === code)!.uitgegevenCenten;
}

test('de financieel adviseur ziet het financieel overzicht 2024 als grafiek en als tabel, ook op 320 pixels breed', async ({ page }) => {
  await logIn(page, accounts.financieel);
  const id = await regioId(page, nml);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Financiën' }).click();
  await expect(page).toHaveURL(new RegExp(`/regios/${id}/financien/overzicht`));
  await page.goto(`/regios/${id}/financien/overzicht?jaar=2024`);
  await verwachtTitel(page, 'Financieel overzicht 2024');

  const grafiek = page.getByRole('img', { name: /^Begroot, verplicht en uitgegeven per onderdeel/ });
  await expect(grafiek).toBeVisible();
  await expect(grafiek).toHaveAttribute('aria-label', /9 onderdelen in 2024.*Totaal begroot €\s4\.747\.850/);
  await expect(grafiek.locator('svg')).toBeAttached();
  await expect(page.getByRole('list', { name: 'Totalen' })).toContainText(euro(474_785_000));
  await verwachtAxeSchoon(page);

  const besteding = page.getByRole('region', { name: 'Besteding per onderdeel' });
  await besteding.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(page).toHaveURL(/weergave=tabel/);
  const tabel = page.getByRole('table', { name: 'Begroot, verplicht en uitgegeven per onderdeel 2024' });
  await expect(tabel.locator('tbody tr')).toHaveCount(9);
  await expect(tabel.locator('tfoot')).toContainText(euro(474_785_000));
  await expect(tabel.getByRole('row', { name: /^5 Onderdeel 5/ })).toContainText(euro(1_785_000));
  await expect(besteding.getByRole('button', { name: 'Exporteren naar Excel' })).toBeVisible();
  await verwachtAxeSchoon(page);

  // The export is a real .xlsx named after the region and year.
  const download = page.waitForEvent('download');
  await besteding.getByRole('button', { name: 'Exporteren naar Excel' }).click();
  const bestand = await download;
  expect(bestand.suggestedFilename()).toBe('financieel-overzicht-noord-en-midden-limburg-2024.xlsx');
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.readFile(await bestand.path());
  const blad = boek.worksheets[0]!;
  expect(blad.getRow(1).font?.bold).toBe(true);
  expect(blad.getCell('C1').value).toBe('Begroot');
  // Real numbers in euros with a euro number format, not text.
  expect(blad.getCell('C2').value).toBe(500_000);
  expect(blad.getCell('C2').numFmt).toContain('€');
  expect(blad.getCell('C11').value).toBe(4_747_850);

  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/regios/${id}/financien/overzicht?jaar=2024`);
  await verwachtTitel(page, 'Financieel overzicht 2024');
  await expect(grafiek.locator('svg')).toBeAttached();
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
  await besteding.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(tabel.locator('tbody tr')).toHaveCount(9);
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);

  await page.goto(`/regios/${id}/financien/boekingen?jaar=2024`);
  await verwachtTitel(page, 'Boekingen');
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
});

test('een grootboekbestand met een onbekend onderdeel op regel 3 wordt geweigerd; verbeterd geïmporteerd verandert het overzicht', async ({ page }) => {
  await logIn(page, accounts.financieel);
  const id = await regioId(page, nml);
  const voor = await uitgegeven(page, id, '3');

  const uniek = Date.now();
  const kop = 'Boekdatum;Bedrag;Onderdeel;Uitkering;Soort;Gemeente;Factuurnummer;Omschrijving';
  const regels = (onderdeel: string) => [
    kop,
    `15-04-2024;12.500,00;3;SPUK-IZA;uitgave;GM0984;F-E2E-${uniek}-1;Valpreventie Venray`,
    `21-06-2024;300,00;${onderdeel};SPUK-IZA;uitgave;GM0984;F-E2E-${uniek}-2;Licentie e-health`,
    `02-05-2024;7.250,50;3;SPUK-IZA;verplichting;Venlo;O-E2E-${uniek}-3;"Opdracht Kansrijke start; fase 1"`,
  ];
  const bestand = (onderdeel: string) => ({
    name: 'grootboek-2024-e2e.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('\uFEFF' + regels(onderdeel).join('\r\n'), 'utf8'),
  });

  await page.goto(`/regios/${id}/financien/boekingen`);
  await verwachtTitel(page, 'Boekingen');
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Boekingen importeren' }).click();
  await verwachtTitel(page, 'Boekingen importeren');
  await expect(page.getByRole('heading', { name: 'Stap 1 van 4: Bestand kiezen' })).toBeVisible();
  await verwachtAxeSchoon(page);

  await page.getByLabel('Bestand').setInputFiles(bestand('99'));
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: 'Stap 2 van 4: Kolommen toewijzen' })).toBeFocused();
  // The columns are recognised by their names.
  await expect(page.getByLabel('Datum')).toHaveValue('Boekdatum');
  await expect(page.getByLabel('Begrotingsregel')).toHaveValue('Onderdeel');
  await expect(page.getByLabel('Documentreferentie')).toHaveValue('Factuurnummer');
  await page.getByLabel('Jaar').selectOption('2024');
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Controleren' }).click();

  const probleem = page.locator('.probleem');
  await expect(probleem).toBeFocused();
  await expect(probleem).toContainText('1 van de 3 regels afgekeurd; er is niets geïmporteerd.');
  const rij = page.getByRole('table', { name: 'Afgekeurde regels' }).getByRole('row').nth(1);
  await expect(rij).toContainText('regel 3');
  await expect(rij).toContainText('Onderdeel');
  await expect(rij).toContainText('onbekende begrotingsregel "99"');
  await verwachtAxeSchoon(page);
  expect(await uitgegeven(page, id, '3')).toBe(voor);

  // Fix the file (onderdeel 5) and choose it again; the mapping is kept.
  await page.getByRole('button', { name: 'Verbeterd bestand kiezen' }).click();
  await page.getByLabel('Bestand').setInputFiles(bestand('5'));
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByLabel('Jaar')).toHaveValue('2024');
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByText(/Alle 3 regels van grootboek-2024-e2e\.csv zijn goedgekeurd, samen €\s20\.050,50/)).toBeVisible();
  await expect(page.getByRole('table', { name: /De eerste 3 regels/ }).locator('tbody tr')).toHaveCount(3);
  await verwachtAxeSchoon(page);

  await page.getByRole('button', { name: '3 regels importeren' }).click();
  await expect(page.getByText(/grootboek-2024-e2e\.csv is geïmporteerd: 3 boekingen/)).toBeVisible();
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: 'Naar het financieel overzicht 2024' }).click();
  await verwachtTitel(page, 'Financieel overzicht 2024');
  await page.getByRole('region', { name: 'Besteding per onderdeel' }).getByRole('button', { name: 'Toon als tabel' }).click();
  const regel3 = page.getByRole('table', { name: /per onderdeel 2024/ }).getByRole('row', { name: /^3 Onderdeel 3/ });
  await expect(regel3).toContainText(euro(voor + 1_250_000));
  expect(await uitgegeven(page, id, '3')).toBe(voor + 1_250_000);

  // The import is listed and the entries are in the ledger.
  await page.goto(`/regios/${id}/financien/boekingen?jaar=2024&zoek=Kansrijke`);
  await verwachtTitel(page, 'Boekingen');
  await expect(page.getByRole('row', { name: /Opdracht Kansrijke start/ })).toContainText('Verplichting');
  await expect(page.getByRole('table', { name: 'Eerdere importen' })).toContainText('grootboek-2024-e2e.csv');
  await verwachtAxeSchoon(page);
});

test('een herverdeling van de Kerngroep boven 20 % van Onderdeel 5 wordt geweigerd met de regel en de bedragen', async ({ page }) => {
  await logIn(page, accounts.financieel);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/financien/herverdelingen?jaar=2024`);
  await verwachtTitel(page, 'Herverdelingen 2024');
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Herverdeling vastleggen' }).click();
  await verwachtTitel(page, 'Herverdeling vastleggen');
  await verwachtAxeSchoon(page);

  // Beyond the mandate is a PHO decision, taken in a PHO meeting: the adviser cannot record one here.
  await expect(page.getByLabel('Besloten door').locator('option')).toHaveText(['Kies het overlegorgaan', 'Kerngroep IZA']);
  await expect(page.getByRole('link', { name: 'vergadering van het PHO' })).toHaveAttribute('href', `/regios/${id}/besluiten/vergaderingen`);

  await page.getByLabel('Van regel').selectOption('3');
  await page.getByLabel('Naar regel').selectOption('5');
  await page.getByLabel('Bedrag').fill('5.000');
  await page.getByLabel('Besloten door').selectOption({ label: 'Kerngroep IZA' });
  await page.getByLabel('Besluitdatum').fill('2024-06-12');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await expect(page.locator('.foutoverzicht')).toBeFocused();
  const weigering = page.locator('.weigering');
  await expect(weigering).toContainText(/Onderdeel 5 — e-health, anonieme zorg e\.d\. mag dit jaar nog €\s3\.570 ontvangen/);
  await expect(weigering).toContainText('voor meer is een besluit van het PHO nodig');
  await expect(weigering).toContainText('Kerngroep IZA mag per jaar tot 20% van het vastgestelde bedrag');
  await expect(page.getByLabel('Bedrag')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('table', { name: /Ruimte van Kerngroep IZA/ }).getByRole('row', { name: /Onderdeel 5/ })).toContainText(euro(357_000));
  await verwachtAxeSchoon(page);
});

test('de begroting 2024 toont haar versies naast elkaar; een nieuwe versie boven het plafond wordt geweigerd', async ({ page }) => {
  await logIn(page, accounts.financieel);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/financien/begroting/2024`);
  await verwachtTitel(page, 'Begroting 2024');
  await expect(page.getByText('Versie die geldt')).toBeVisible();
  const versies = page.getByRole('table', { name: /^Versies van / });
  // Version 1 as the PHO adopted it on 20 March 2024 (a later decision may have replaced it: e2e/besluiten.spec.ts).
  await expect(versies.getByRole('columnheader', { name: /Versie 1.*20 maart 2024/ })).toBeVisible();
  const kolommen = await versies.getByRole('columnheader').count();
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: 'Nieuwe versie' }).click();
  await verwachtTitel(page, 'Nieuwe versie van de begroting');
  await verwachtAxeSchoon(page);
  const regel1 = page.getByRole('group', { name: 'Regel 1' }).getByLabel('Bedrag in euro');
  const regel2 = page.getByRole('group', { name: 'Regel 2' }).getByLabel('Bedrag in euro');
  await expect(regel1).toHaveValue('500.000');
  await regel1.fill('600.000');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const overzicht = page.locator('.foutoverzicht');
  await expect(overzicht).toBeFocused();
  await expect(overzicht).toContainText(/Het totaal van de begroting \(€\s4\.847\.850\) is €\s100\.000 hoger dan de uitkering\(en\) die haar financieren/);
  await verwachtAxeSchoon(page);

  await regel1.fill('510.000');
  await regel2.fill('489.999,99');
  await page.getByLabel('Toelichting').fill('Halfjaarlijkse bijstelling');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, 'Begroting 2024');
  await expect(page.getByText('De nieuwe versie is opgeslagen als concept.')).toBeVisible();
  await expect(versies.getByRole('columnheader')).toHaveCount(kolommen + 1);
  await expect(versies.getByRole('columnheader', { name: new RegExp(`Versie ${kolommen}.*concept`) })).toBeVisible();
  await expect(versies.getByRole('row', { name: /^1 Onderdeel 1/ })).toContainText(/\+\s€\s10\.000/);
  await expect(versies.getByRole('row', { name: /^2 Onderdeel 2/ })).toContainText(/−\s€\s10\.000,01/);
  // The adviser does not adopt it: that is a decision in a PHO meeting.
  await expect(page.getByRole('link', { name: /^Versie \d+ vaststellen$/ })).toHaveCount(0);
  await expect(page.getByText(`Versie ${kolommen} wordt vastgesteld bij besluit van het PHO`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'vergadering van het PHO' })).toHaveAttribute('href', `/regios/${id}/besluiten/vergaderingen`);
  await verwachtAxeSchoon(page);

  await page.setViewportSize({ width: 320, height: 640 });
  await page.reload();
  await verwachtTitel(page, 'Begroting 2024');
  await verwachtGeenHorizontaalScrollen(page);
});
