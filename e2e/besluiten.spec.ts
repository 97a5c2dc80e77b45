import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

/**
 * The journey of the decision register (issue "Plans and decisions"): Venray's college position,
 * then a PHO meeting with fourteen seats, one municipality against, the majority outcome computed
 * and the 2024 budget adopted by the decision.
 */

const gemeenten = ['Beesel', 'Bergen (L.)', 'Echt-Susteren', 'Gennep', 'Horst aan de Maas', 'Leudal', 'Maasgouw', 'Nederweert', 'Peel en Maas', 'Roerdalen', 'Roermond', 'Venlo', 'Venray', 'Weert'];

async function wisselGebruiker(page: Page, email: string) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await verwachtTitel(page, 'Inloggen');
  await logIn(page, email);
}

interface Begroting {
  id: string;
  versie: number;
  regels: { code: string; omschrijving: string; taakNummer: number | null; bedragCenten: number }[];
}

test('het college van Venray legt zijn standpunt vast; het PHO stemt met veertien gemeenten, Venlo tegen, en stelt de begroting 2024 vast', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);

  // Setup: a half-yearly adjustment of the 2024 budget as a concept version, within the grant.
  const [begroting] = ((await page.request.get(`/api/v1/regios/${id}/begrotingen?jaar=2024`).then((r) => r.json())) as { items: Begroting[] }).items;
  const csrf = ((await page.request.get('/api/v1/sessies/huidige').then((r) => r.json())) as { csrfToken: string }).csrfToken;
  const regels = begroting!.regels.map((r) => ({
    code: r.code,
    omschrijving: r.omschrijving,
    taakNummer: r.taakNummer,
    bedragCenten: r.bedragCenten + (r.code === 'M' ? 1_000_000 : r.code === 'G' ? -1_000_000 : 0),
  }));
  const concept = await page.request.post(`/api/v1/regios/${id}/begrotingen/${begroting!.id}/versies`, {
    headers: { 'X-CSRF-Token': csrf },
    data: { toelichting: 'Halfjaarlijkse bijstelling: € 10.000 naar monitoring (e2e)', regels },
  });
  expect(concept.status(), await concept.text()).toBe(201);
  const nieuweVersie = begroting!.versie + 1;

  // The coordinator plans the meeting and puts the adjustment on the agenda.
  await page.goto(`/regios/${id}/besluiten/vergaderingen`);
  await verwachtTitel(page, 'Vergaderingen');
  await expect(page.getByRole('table', { name: 'Vergaderingen' })).toContainText('PHO IZA 20 maart 2024');
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Vergadering plannen' }).click();
  await verwachtTitel(page, 'Vergadering plannen');
  await expect(page.getByLabel('Overlegorgaan')).toHaveValue(/.+/);
  await page.getByLabel('Datum').fill('2024-09-18');
  await page.getByLabel('Titel').fill('PHO IZA 18 september 2024');
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Vergadering plannen' }).click();
  await verwachtTitel(page, 'PHO IZA 18 september 2024');
  const vergadering = page.url();

  await page.getByRole('link', { name: 'Agendapunt toevoegen' }).click();
  await verwachtTitel(page, 'Agendapunt toevoegen');
  await page.getByLabel('Titel').fill('Bijstelling begroting 2024');
  await page.getByLabel('Soort voorstel').selectOption('begroting-vaststellen');
  await page.getByLabel('Begrotingsversie').selectOption(`${begroting!.id}|${nieuweVersie}`);
  await page.getByLabel('Beslispunt').fill(`Het PHO stelt versie ${nieuweVersie} van de begroting 2024 vast.`);
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
  await verwachtTitel(page, 'PHO IZA 18 september 2024');
  const punt = page.getByRole('region', { name: /^1\. Bijstelling begroting 2024/ });
  await expect(punt).toContainText(`Versie ${nieuweVersie} van Uitvoeringsplan 2024`);

  // Venray's policy officer records the college's position: agreed.
  await wisselGebruiker(page, accounts.beleidsadviseurVenray);
  await page.goto(vergadering);
  await verwachtTitel(page, 'PHO IZA 18 september 2024');
  await expect(page.getByRole('button', { name: /Stemming openen/ })).toHaveCount(0);
  await page.getByRole('link', { name: /Standpunt van Venray vastleggen/ }).click();
  await verwachtTitel(page, 'Standpunt van Venray');
  await verwachtAxeSchoon(page);
  await page.getByLabel('Standpunt van het college').selectOption('akkoord');
  await page.getByLabel('Datum van het collegebesluit').fill('2024-09-03');
  await page.getByLabel('Kenmerk van het collegebesluit').fill('Collegebesluit Venray 2024-0903 (e2e)');
  await page.getByRole('button', { name: 'Standpunt vastleggen' }).click();
  await verwachtTitel(page, 'PHO IZA 18 september 2024');
  await expect(page.getByText('Het standpunt van Venray over “Bijstelling begroting 2024” is vastgelegd: akkoord.')).toBeVisible();
  await expect(page.getByRole('table', { name: /Standpunten over Bijstelling/ }).getByRole('row', { name: /Venray/ })).toContainText('akkoord');
  await verwachtAxeSchoon(page);

  // The coordinator records Venlo's college disagreeing: the risk of being outvoted shows.
  await wisselGebruiker(page, accounts.coordinator);
  await page.goto(vergadering);
  await verwachtTitel(page, 'PHO IZA 18 september 2024');
  await punt.getByLabel('Gemeente').selectOption({ label: 'Venlo' });
  await punt.getByRole('button', { name: /Standpunt vastleggen/ }).click();
  await verwachtTitel(page, 'Standpunt van Venlo');
  await page.getByLabel('Standpunt van het college').selectOption('niet-akkoord');
  await page.getByLabel('Datum van het collegebesluit').fill('2024-09-10');
  await page.getByLabel('Kenmerk van het collegebesluit').fill('B&W Venlo 10-9-2024 (e2e)');
  await page.getByRole('button', { name: 'Standpunt vastleggen' }).click();
  await verwachtTitel(page, 'PHO IZA 18 september 2024');
  await expect(punt.getByText(/Risico op overstemming:.*Venlo kan worden overstemd/)).toBeVisible();

  // All fourteen present; the vote opens with the PHO's rules locked on the item.
  await page.getByRole('button', { name: 'Iedereen aanwezig' }).click();
  await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await expect(page.getByText('De aanwezigheid is opgeslagen.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Aanwezigheid' })).toContainText('14 van de 14 stemgerechtigde gemeenten');
  await punt.getByRole('button', { name: /Stemming openen/ }).click();
  await expect(punt.getByText(/Besluitregels, vastgelegd bij het openen van de stemming: Eerst consensus/)).toBeVisible();
  await expect(punt.getByRole('status')).toContainText('Nog niet gestemd');
  // Before anybody voted, a vote opened by mistake can still be withdrawn.
  await expect(punt.getByRole('button', { name: /Stemming intrekken/ })).toBeVisible();
  await verwachtAxeSchoon(page);

  // Fourteen votes: Venlo against, the others for.
  const stemmen = punt.getByRole('form', { name: /Stemmen over/ });
  for (const naam of gemeenten) {
    await stemmen.getByRole('group', { name: naam, exact: true }).getByLabel(naam === 'Venlo' ? 'tegen' : 'voor', { exact: true }).check();
  }
  await stemmen.getByRole('button', { name: 'Stemmen opslaan' }).click();
  const uitslag = punt.getByRole('status');
  await expect(uitslag).toContainText('Geen consensus; aangenomen bij meerderheid: 13 stemmen voor is meer dan 50% van de 14 uitgebrachte stemmen');
  await expect(uitslag).toContainText('Overstemd: Venlo.');
  const tabel = punt.getByRole('table', { name: /Stemmen per gemeente/ });
  await expect(tabel.getByRole('row', { name: /^Venlo/ })).toContainText('tegenoverstemd');
  await expect(tabel.getByRole('row', { name: /^Venray/ })).toContainText('voor');
  // Voted with quorum: the rules and the votes stand, the vote is no longer withdrawn.
  await expect(punt.getByRole('button', { name: /Stemming intrekken/ })).toHaveCount(0);
  await verwachtAxeSchoon(page);

  // The meeting page at 320 px: no sideways scrolling, still clean.
  await page.setViewportSize({ width: 320, height: 700 });
  await page.reload();
  await verwachtTitel(page, 'PHO IZA 18 september 2024');
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Closing: the decision is recorded and the budget version adopted in the same step.
  await punt.getByRole('button', { name: /Stemming sluiten en besluit vastleggen/ }).click();
  await verwachtTitel(page, /^Besluit PHO 2024-\d\d$/);
  const nummer = (await page.getByRole('heading', { level: 1 }).textContent())!.replace('Besluit ', '');
  await expect(page.getByText(`Besluit ${nummer} is vastgelegd: aangenomen.`)).toBeVisible();
  await expect(page.getByText('meerderheid: 13 voor, 1 tegen, 0 onthouding, 0 afwezig')).toBeVisible();
  await expect(page.getByRole('table', { name: /Stemmen per gemeente/ }).getByRole('row', { name: /^Venlo/ })).toContainText('overstemd');
  await expect(page.getByRole('region', { name: 'Historie' })).toContainText('Cor Coördinator');
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: 'begroting 2024' }).click();
  await verwachtTitel(page, 'Begroting 2024');
  await expect(page.getByText('Versie die geldt')).toBeVisible();
  const referentie = `PHO 18 september 2024, besluit ${nummer.replace('PHO ', '')}`;
  const versies = page.getByRole('table', { name: /^Versies van / });
  await expect(versies.getByRole('columnheader', { name: new RegExp(`Versie ${nieuweVersie}.*vastgesteld.*18 september 2024`) })).toBeVisible();
  await expect(page.getByRole('link', { name: referentie }).first()).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: referentie }).first().click();
  await verwachtTitel(page, `Besluit ${nummer}`);

  // The decision list shows it, and exports a real workbook with the votes per municipality.
  await page.goto(`/regios/${id}/besluiten/besluitenlijst?jaar=2024`);
  await verwachtTitel(page, 'Besluitenlijst');
  const lijst = page.getByRole('table', { name: 'Besluitenlijst' });
  await expect(lijst.getByRole('row', { name: new RegExp(nummer) })).toContainText('aangenomen');
  await expect(lijst.getByRole('row', { name: /PHO 2024-01/ })).toContainText('consensus');
  await verwachtAxeSchoon(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Exporteren naar Excel' }).click();
  const bestand = await download;
  expect(bestand.suggestedFilename()).toBe('besluitenlijst-2024.xlsx');
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.readFile(await bestand.path());
  expect(boek.getWorksheet('Besluitenlijst')!.getCell('A2').value).toBe(nummer);
  const perGemeente = boek.getWorksheet('Stemmen per gemeente')!;
  const venlo = perGemeente.getRows(2, perGemeente.rowCount - 1)!.find((r) => r.getCell(1).value === nummer && r.getCell(2).value === 'Venlo')!;
  expect(venlo.getCell(5).value).toBe('tegen');
});

test('een lezer ziet de vergadering en het besluit, maar kan niets vastleggen', async ({ page }) => {
  await logIn(page, accounts.lezer);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/besluiten/vergaderingen`);
  await verwachtTitel(page, 'Vergaderingen');
  await expect(page.getByRole('link', { name: 'Vergadering plannen' })).toHaveCount(0);
  // Filtered by body and year, in the URL so the list can be shared.
  await page.getByLabel('Overlegorgaan').selectOption({ label: 'Kerngroep IZA' });
  await page.getByLabel('Jaar').selectOption('2024');
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect(page).toHaveURL(/overlegorgaanId=.*&jaar=2024/);
  await expect(page.getByText('Geen vergaderingen gevonden met deze filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await page.getByRole('link', { name: 'PHO IZA 20 maart 2024: uitvoeringsplan en begroting 2024' }).click();
  await verwachtTitel(page, 'PHO IZA 20 maart 2024: uitvoeringsplan en begroting 2024');
  await expect(page.getByRole('button', { name: 'Aanwezigheid opslaan' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Besluit PHO 2024-02' })).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.setViewportSize({ width: 320, height: 700 });
  await page.reload();
  await verwachtTitel(page, 'PHO IZA 20 maart 2024: uitvoeringsplan en begroting 2024');
  await verwachtGeenHorizontaalScrollen(page);
  await page.getByRole('link', { name: 'Besluit PHO 2024-02' }).click();
  await verwachtTitel(page, 'Besluit PHO 2024-02');
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
});

test('de Kerngroep besluit zonder hoofdelijke stemming: het secretariaat legt de uitkomst vast', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  const csrf = ((await page.request.get('/api/v1/sessies/huidige').then((r) => r.json())) as { csrfToken: string }).csrfToken;
  const organen = ((await page.request.get(`/api/v1/regios/${id}/overlegorganen`).then((r) => r.json())) as { items: { id: string; soort: string }[] }).items;
  const kerngroep = organen.find((o) => o.soort === 'kerngroep')!.id;
  const v = await page.request.post(`/api/v1/regios/${id}/vergaderingen`, { headers: { 'X-CSRF-Token': csrf }, data: { overlegorgaanId: kerngroep, datum: '2024-10-09', titel: 'Kerngroep 9 oktober 2024' } });
  const vergadering = ((await v.json()) as { id: string }).id;
  await page.request.post(`/api/v1/regios/${id}/vergaderingen/${vergadering}/agendapunten`, {
    headers: { 'X-CSRF-Token': csrf },
    data: { titel: 'Werkwijze werkgroepen', voorstel: { soort: 'overig', beslispunt: 'De Kerngroep stemt in met de werkwijze van de werkgroepen.' } },
  });

  await page.goto(`/regios/${id}/besluiten/vergaderingen/${vergadering}`);
  await verwachtTitel(page, 'Kerngroep 9 oktober 2024');
  await expect(page.getByText(/besluit zonder hoofdelijke stemming; het secretariaat legt de uitkomst vast/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Stemming openen/ })).toHaveCount(0);
  const besluit = page.getByRole('form', { name: 'Besluit over Werkwijze werkgroepen' });
  await besluit.getByRole('button', { name: /Besluit vastleggen/ }).click();
  await expect(besluit.getByRole('alert')).toHaveText('Kies aangenomen of verworpen.');
  await besluit.getByLabel('aangenomen').check();
  await verwachtAxeSchoon(page);
  await besluit.getByRole('button', { name: /Besluit vastleggen/ }).click();
  await verwachtTitel(page, 'Besluit Kerngroep IZA 2024-01');
  await expect(page.getByText('zonder stemming', { exact: true })).toBeVisible();
  await verwachtAxeSchoon(page);
});
