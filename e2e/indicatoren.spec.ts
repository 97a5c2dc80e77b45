import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

// One journey over three people, in order: the coordinator sets up an indicator, Venray's officer
// measures, the coordinator approves, locks and unlocks. The indicator is this file's own (code
// E2E-VAL), so the demo's indicators and the other spec files are left as they are.
test.describe.configure({ mode: 'serial' });

const naam = 'Deelnemers valpreventiecursus (e2e)';
let indicatorPad = '';

const metingen = (page: Page) => page.getByRole('table', { name: 'Metingen' });
const meetperiodes = (page: Page) => page.getByRole('table', { name: 'Meetperiodes' });

async function csrf(page: Page): Promise<string> {
  return ((await page.request.get('/api/v1/sessies/huidige').then((r) => r.json())) as { csrfToken: string }).csrfToken;
}

test('de regiocoördinator voegt een indicator per gemeente toe met een streefwaarde per kwartaal', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/monitoring/indicatoren`);
  await verwachtTitel(page, 'Indicatoren');
  for (const niveau of ['Proces', 'Beweging', 'Doelgroepen']) {
    await expect(page.getByRole('heading', { level: 2, name: niveau })).toBeVisible();
  }
  // The demo's GLI indicator missed its year target 2024 (illustrative figures: 565 of 600).
  await expect(page.getByRole('row', { name: /Deelnemers GLI/ })).toContainText(/2024:.*Niet gehaald/);
  await expect(page.getByRole('button', { name: 'Exporteren naar Excel' })).toBeVisible();
  await verwachtAxeSchoon(page);

  // The level filter lives in the query string.
  await page.getByLabel('Niveau').selectOption('beweging');
  await expect(page).toHaveURL(/niveau=beweging/);
  await expect(page.getByRole('heading', { level: 2, name: 'Proces' })).toHaveCount(0);
  await page.getByLabel('Niveau').selectOption('');

  await page.getByRole('link', { name: 'Indicator toevoegen' }).click();
  await verwachtTitel(page, 'Indicator toevoegen');
  await expect(page.getByText(/Cumulatief: de stand aan het eind van de periode telt/).first()).toBeVisible();
  await page.getByLabel('Code').fill('E2E-VAL');
  await page.getByLabel('Naam (verplicht)').fill(naam);
  await page.getByLabel('Niveau').selectOption('beweging');
  await page.getByLabel('Eenheid').fill('deelnemers');
  await page.getByLabel('Meetfrequentie').selectOption('kwartaal');
  await page.getByLabel('Geografie').selectOption('gemeente');
  await page.getByLabel('Nulmeting: periode').fill('2023-K5');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // Both problems are named before anything is sent.
  const fouten = page.getByRole('alert');
  await expect(fouten.getByRole('link', { name: /Soort waarde/ })).toBeVisible();
  await expect(fouten.getByRole('link', { name: /Nulmeting: periode/ })).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.getByLabel('Soort waarde').selectOption('nee');
  await page.getByLabel('Nulmeting: periode').fill('');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await verwachtTitel(page, naam);
  await expect(page.getByText(`De indicator ${naam} is toegevoegd.`)).toBeVisible();
  indicatorPad = new URL(page.url()).pathname;

  // A target for Venray in the first quarter of 2024; a value that is no number is named first.
  const formulier = page.getByRole('form', { name: 'Streefwaarde toevoegen of wijzigen' });
  await formulier.getByLabel('Periode').fill('2024-K1');
  await formulier.getByLabel('Gemeente').selectOption({ label: 'Venray' });
  await formulier.getByLabel('Streefwaarde').fill('veertig');
  await formulier.getByRole('button', { name: 'Streefwaarde opslaan' }).click();
  await expect(formulier.getByRole('alert').getByRole('link', { name: /Streefwaarde/ })).toBeVisible();
  await formulier.getByLabel('Streefwaarde').fill('40');
  await formulier.getByRole('button', { name: 'Streefwaarde opslaan' }).click();
  await expect(page.getByText('De streefwaarde voor 1e kwartaal 2024 (Venray) is opgeslagen: 40 deelnemers.')).toBeVisible();
  const streefwaarde = page.getByRole('table', { name: 'Streefwaarden' }).getByRole('row', { name: /1e kwartaal 2024/ });
  await expect(streefwaarde).toContainText('Venray');
  await expect(streefwaarde).toContainText('Geen meting');
  await expect(streefwaarde).toContainText('0 van 1 kwartaal gemeten');
  await page.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(page.getByRole('table', { name: 'Streefwaarde en werkelijke waarde per periode' })).toContainText('Venray, 1e kwartaal 2024');
  await verwachtAxeSchoon(page);
});

test('de beleidsadviseur van Venray voert een meting in voor Venray, en niet voor Venlo', async ({ page }) => {
  await logIn(page, accounts.beleidsadviseurVenray);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/monitoring/indicatoren`);
  await verwachtTitel(page, 'Indicatoren');
  await expect(page.getByRole('link', { name: 'Indicator toevoegen' })).toHaveCount(0);
  await page.getByRole('link', { name: naam }).click();
  await verwachtTitel(page, naam);
  await expect(page.getByRole('form', { name: 'Streefwaarde toevoegen of wijzigen' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Meting toevoegen' }).click();
  await verwachtTitel(page, `Meting toevoegen: ${naam}`);
  // The officer's own municipality is fixed: there is nothing else to choose.
  await expect(page.getByText('Gemeente: Venray')).toBeVisible();
  await expect(page.getByRole('combobox', { name: /Gemeente/ })).toHaveCount(0);
  await page.getByLabel('Periode').fill('2024-K1');
  await page.getByLabel('Waarde').fill('42');
  await page.getByLabel('Bron').fill('Registratie van de cursusaanbieder');
  await page.getByLabel('Peildatum').fill('2024-04-10');
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, naam);
  await expect(page.getByText(/De meting is als concept opgeslagen/)).toBeVisible();
  const venray = metingen(page).getByRole('row', { name: /Venray/ });
  await expect(venray).toContainText('42 deelnemers');
  await expect(venray).toContainText('Concept');
  // Only the coordinator approves.
  await expect(venray.getByRole('button', { name: /Goedkeuren/ })).toHaveCount(0);

  // Venlo's values are not the officer's: the server refuses them as well.
  const gemeenten = (await page.request.get(`/api/v1/regios/${id}/gemeenten`).then((r) => r.json())) as { items: { id: string; naam: string }[] };
  const venlo = gemeenten.items.find((g) => g.naam === 'Venlo')!.id;
  const indicatorId = indicatorPad.split('/').pop()!;
  const r = await page.request.post(`/api/v1/regios/${id}/metingen`, {
    headers: { 'X-CSRF-Token': await csrf(page) },
    data: { indicatorId, periode: '2024-K1', gemeenteId: venlo, waarde: 12, bron: 'Poging', peildatum: '2024-04-10' },
  });
  expect(r.status()).toBe(403);
  const opgeslagen = (await page.request.get(`/api/v1/regios/${id}/metingen?indicatorId=${indicatorId}`).then((a) => a.json())) as { totaal: number };
  expect(opgeslagen.totaal).toBe(1);
});

test('de regiocoördinator keurt goed, vergrendelt het kwartaal en ontgrendelt het met een reden', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  await page.goto(indicatorPad);
  await verwachtTitel(page, naam);
  await metingen(page).getByRole('button', { name: 'Goedkeuren meting 1e kwartaal 2024, Venray' }).click();
  await expect(metingen(page).getByRole('row', { name: /Venray/ })).toContainText('Goedgekeurd');
  const streefwaarde = page.getByRole('table', { name: 'Streefwaarden' }).getByRole('row', { name: /1e kwartaal 2024/ });
  await expect(streefwaarde).toContainText('Gehaald');
  await expect(streefwaarde).toContainText('+2');
  await expect(streefwaarde).toContainText('1 van 1 kwartaal gemeten');

  await meetperiodes(page).getByRole('button', { name: 'Vergrendelen 1e kwartaal 2024' }).click();
  await expect(page.getByText('1e kwartaal 2024 is vergrendeld.')).toBeVisible();
  await expect(meetperiodes(page).getByRole('row', { name: /1e kwartaal 2024/ })).toContainText('Vergrendeld');
  await expect(metingen(page).getByRole('row', { name: /Venray/ })).toContainText('Vergrendeld');
  await verwachtAxeSchoon(page);

  // The periods, like every table, go to Excel.
  const download = page.waitForEvent('download');
  await page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Meetperiodes' }) }).getByRole('button', { name: 'Exporteren naar Excel' }).click();
  const bestand = await download;
  expect(bestand.suggestedFilename()).toMatch(/^meetperiodes-e2e-val-noord-en-midden-limburg\.xlsx$/);
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.readFile(await bestand.path());
  const rijen = boek.getWorksheet('Meetperiodes')!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
  expect(rijen).toContainEqual(expect.arrayContaining(['1e kwartaal 2024', 0, 1, 'Vergrendeld']));

  // A new measurement for the locked quarter is refused, with the reason at the period field.
  await page.getByRole('link', { name: 'Meting toevoegen' }).click();
  await verwachtTitel(page, `Meting toevoegen: ${naam}`);
  await page.getByLabel('Periode').fill('2024-K1');
  await page.getByLabel('Gemeente').selectOption({ label: 'Venlo' });
  await page.getByLabel('Waarde').fill('17');
  await page.getByLabel('Bron').fill('Registratie van de cursusaanbieder');
  await page.getByLabel('Peildatum').fill('2024-04-12');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const periodeFout = page.locator('#veld-periode-fout');
  await expect(periodeFout).toContainText(/vergrendeld/);
  await expect(page.getByRole('alert').getByRole('link', { name: /Periode/ })).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Verlaten zonder opslaan' }).click();
  await verwachtTitel(page, naam);
  await expect(metingen(page).getByRole('row', { name: /Venlo/ })).toHaveCount(0);

  // Unlocking asks for the reason first; the reason is kept in the history.
  await meetperiodes(page).getByRole('button', { name: 'Ontgrendelen 1e kwartaal 2024' }).click();
  const ontgrendel = page.getByRole('form', { name: '1e kwartaal 2024 ontgrendelen' });
  await ontgrendel.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(ontgrendel.getByRole('alert').getByRole('link', { name: /Reden/ })).toBeVisible();
  await ontgrendel.getByLabel('Reden').fill('De aanbieder heeft de deelnemers van Venlo nagezonden (e2e).');
  await ontgrendel.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByText('1e kwartaal 2024 is ontgrendeld. De reden staat in de historie.')).toBeVisible();
  await expect(meetperiodes(page).getByRole('row', { name: /1e kwartaal 2024/ })).toContainText('Open');
  await expect(page.getByRole('region', { name: 'Historie' })).toContainText('De aanbieder heeft de deelnemers van Venlo nagezonden (e2e).');
  await verwachtAxeSchoon(page);

  // With a measurement the direction is fixed, like the other fields that give the values their meaning.
  await page.getByRole('link', { name: 'Indicator bewerken' }).click();
  await verwachtTitel(page, `${naam} bewerken`);
  await expect(page.getByLabel('Richting')).toBeDisabled();
  await expect(page.getByText(/de richting verandert niet meer/)).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.goto(indicatorPad);
  await verwachtTitel(page, naam);

  await page.setViewportSize({ width: 320, height: 800 });
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Indicatoren', exact: true }).first().click();
  await verwachtTitel(page, 'Indicatoren');
  await expect(page.getByRole('row', { name: new RegExp(naam.replace(/[()]/g, '\\$&')) })).toContainText('1e kwartaal 2024');
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
});
