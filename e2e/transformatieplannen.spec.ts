import { expect, test, type Page } from '@playwright/test';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

const geblokkeerd = 'Wijkverbinders Venray, Horst en Peel en Maas (illustratief)';
const partnerVgz = 'partner.vgz@regiekamer.demo';

async function naarPlan(page: Page, email: string) {
  await logIn(page, email);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/plannen/transformatieplannen`);
  await verwachtTitel(page, 'Transformatieplannen');
  await page.getByRole('link', { name: geblokkeerd }).click();
  await verwachtTitel(page, geblokkeerd);
  return id;
}

test.describe.configure({ mode: 'serial' });

test('de regiocoördinator ziet welke instemming ontbreekt, indienen wordt geweigerd met de gemeente erbij, en na de instemming van Horst aan de Maas lukt het', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/plannen/transformatieplannen`);
  await verwachtTitel(page, 'Transformatieplannen');
  await expect(page.getByRole('row', { name: new RegExp(geblokkeerd.replace(/[()]/g, '.')) })).toContainText('Ontbreekt: Horst aan de Maas');
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: geblokkeerd }).click();
  await verwachtTitel(page, geblokkeerd);
  const instemming = page.getByRole('region', { name: 'Instemming van de gemeenten' });
  await expect(instemming.getByText('Instemming ontbreekt van één gemeente')).toBeVisible();
  await expect(instemming.locator('.ontbrekend')).toHaveText('Horst aan de Maas');
  await expect(instemming.getByRole('row', { name: /Horst aan de Maas/ })).toContainText('Ontbreekt');
  await verwachtAxeSchoon(page);

  // The plan page reads at 320 px without scrolling sideways (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 800 });
  await verwachtGeenHorizontaalScrollen(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'Indienen bij VGZ' }).click();
  const weigering = page.getByRole('alert').filter({ hasText: 'Indienen kan nog niet' });
  await expect(weigering).toContainText('De instemming van Horst aan de Maas ontbreekt nog.');
  await expect(weigering).toContainText('elke betrokken gemeente heeft ingestemd');
  await verwachtAxeSchoon(page);

  const formulier = page.getByRole('form', { name: 'Instemming vastleggen' });
  await expect(formulier.getByLabel('Gemeente')).toHaveValue('GM1507');
  await expect(formulier.getByLabel('Wat')).toHaveValue('verleend');
  await formulier.getByLabel('Referentie').fill('Collegebesluit Horst aan de Maas 2025-41');
  await formulier.getByRole('button', { name: 'Instemming vastleggen' }).click();
  await expect(formulier.getByRole('status')).toHaveText('De instemming van Horst aan de Maas is vastgelegd.');
  await expect(instemming.getByText('alle betrokken gemeenten hebben ingestemd')).toBeVisible();
  await expect(instemming.getByRole('row', { name: /Horst aan de Maas/ })).toContainText('Ingestemd');

  await page.getByRole('button', { name: 'Indienen bij VGZ' }).click();
  await expect(page.getByText('Het plan is ingediend bij VGZ.')).toBeVisible();
  await expect(page.getByText('Status: Ingediend').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Levensloop' }).locator('.levensloop')).toContainText('Snelle toets → ingediend, door Cor Coördinator');
  await expect(page.getByRole('region', { name: 'Historie' })).toContainText('Horst aan de Maas: instemming verleend');
  await verwachtAxeSchoon(page);
});

test('zonder positieve snelle toets kan een plan niet worden ingediend, en de weigering zegt waarom', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/plannen/transformatieplannen`);
  await page.getByRole('link', { name: 'Positief Gezond Noord-Limburg (illustratief)' }).click();
  await verwachtTitel(page, 'Positief Gezond Noord-Limburg (illustratief)');
  await expect(page.getByRole('region', { name: 'Snelle toets' })).toContainText('VGZ heeft nog geen snelle toets vastgelegd.');
  await page.getByRole('button', { name: 'Indienen bij VGZ' }).click();
  const weigering = page.getByRole('alert').filter({ hasText: 'Indienen kan nog niet' });
  await expect(weigering).toContainText('Het plan kan pas worden ingediend na een positieve snelle toets van VGZ; er is nog geen snelle toets vastgelegd.');
  await expect(weigering).toContainText('eerst de snelle toets');
  await expect(page.getByText('Status: Snelle toets').first()).toBeVisible();
  await verwachtAxeSchoon(page);
});

test('de partner van VGZ legt de beoordeling van VGZ vast; een ontbrekende score wordt eerst genoemd', async ({ page }) => {
  await naarPlan(page, partnerVgz);
  const beoordelingen = page.getByRole('region', { name: 'Beoordeling door de zorgverzekeraars' });
  await expect(beoordelingen.getByRole('link', { name: /CZ/ })).toHaveCount(0);
  await beoordelingen.getByRole('link', { name: 'Beoordeling van VGZ invullen' }).click();
  await verwachtTitel(page, `Beoordeling van ${geblokkeerd}`);
  await verwachtAxeSchoon(page);

  const vraag = (n: number) => page.getByRole('group', { name: new RegExp(`^Vraag ${n}:`) });
  await vraag(1).getByLabel(/^Score/).selectOption('4');
  await vraag(1).getByLabel(/^Reden/).fill('Minder huisartsbezoek voor niet-medische vragen.');
  await vraag(2).getByLabel(/^Reden/).fill('Huisartsen verwijzen sneller door.');
  await page.getByLabel(/^Toelichting op de conclusie/).fill('Kansrijk; het sociaal domein staat klaar.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const overzicht = page.locator('.foutoverzicht');
  await expect(overzicht).toBeFocused();
  await expect(overzicht).toContainText('Vraag 2: score');
  await verwachtAxeSchoon(page);

  await vraag(2).getByLabel(/^Score/).selectOption('3');
  await vraag(3).getByLabel(/^Score/).selectOption('5');
  await vraag(3).getByLabel(/^Reden/).fill('Vragen over wonen en werk gaan naar het sociaal domein.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, geblokkeerd);
  await expect(page.getByText('De beoordeling van VGZ is vastgelegd.')).toBeVisible();
  const vgz = page.getByRole('article', { name: /VGZ/ });
  await expect(vgz).toContainText('Positief');
  await expect(vgz.getByRole('row', { name: /Doelmatiger inzet van zorgpersoneel/ })).toContainText('3 (schaal 1–5)');
  await expect(page.getByRole('article', { name: /CZ/ })).toContainText('Nog niet beoordeeld.');
  await verwachtAxeSchoon(page);

  // Granting is the preferred insurer's: per requested year, in euro.
  const financiering = page.getByRole('region', { name: 'Financiering per jaar' });
  const toekenning = financiering.getByRole('form', { name: 'Toekenning vastleggen' });
  await toekenning.getByLabel('Toegekend in 2025').fill('750.000');
  await toekenning.getByRole('button', { name: 'Toekenning vastleggen' }).click();
  await expect(toekenning.getByRole('status')).toHaveText('De toegekende financiering is vastgelegd.');
  await expect(financiering.getByRole('row', { name: /^2025/ })).toContainText('€ 750.000');
  await expect(financiering.getByRole('row', { name: /^2026/ })).toContainText('Nog niet toegekend');
  await verwachtAxeSchoon(page);
});

test('de beleidsadviseur van Venray dient een aanvullend plan in namens Venray', async ({ page }) => {
  await logIn(page, accounts.beleidsadviseurVenray);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/plannen/aanvullende-plannen`);
  await verwachtTitel(page, 'Aanvullende plannen');
  await expect(page.getByRole('row', { name: /AP-2024-01/ })).toContainText('€ 95.000');
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: 'Aanvullend plan indienen' }).click();
  await verwachtTitel(page, 'Aanvullend plan indienen');
  await expect(page.getByLabel(/^Ingediend namens/)).toHaveValue('gemeente:GM0984');
  await expect(page.getByLabel(/^Ingediend namens/).locator('option')).toHaveText(['Kies de gemeente of organisatie', 'Gemeente Venray']);
  await page.getByLabel(/^Titel/).fill('Buurtsportcoach voor ouderen in Venray');
  await page.getByLabel(/^Gevraagd bedrag/).fill('25.000');
  await page.getByLabel(/^Kenmerk/).fill('AP-2024-01');
  await page.getByRole('button', { name: 'Indienen' }).click();
  await expect(page.locator('.foutoverzicht')).toContainText('AP-2024-01 is al het kenmerk van «Beweegcoaches in de wijk (illustratief)»');
  await verwachtAxeSchoon(page);

  await page.getByLabel(/^Kenmerk/).fill('AP-2024-VR2');
  await page.getByRole('button', { name: 'Indienen' }).click();
  await verwachtTitel(page, 'Buurtsportcoach voor ouderen in Venray');
  await expect(page.getByText('Het aanvullend plan is ingediend.')).toBeVisible();
  await expect(page.getByText('Status: Ingediend')).toBeVisible();
  await expect(page.getByText('Venray,', { exact: false }).first()).toBeVisible();
  await verwachtAxeSchoon(page);

  await page.setViewportSize({ width: 320, height: 800 });
  await verwachtGeenHorizontaalScrollen(page);
});

test('de regiocoördinator legt namens de werkgroep de scores op het afwegingskader vast, elke vraag met haar schaal', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/plannen/aanvullende-plannen/afwegingskader`);
  await verwachtTitel(page, 'Afwegingskader');
  await expect(page.getByRole('row')).toHaveCount(7);
  await verwachtAxeSchoon(page);

  await page.goto(`/regios/${id}/plannen/aanvullende-plannen`);
  await page.getByRole('link', { name: 'Ontmoetingsplek mantelzorgers Venray (illustratief)' }).click();
  await verwachtTitel(page, 'Ontmoetingsplek mantelzorgers Venray (illustratief)');
  await page.getByRole('link', { name: 'Beoordelen' }).click();
  await verwachtTitel(page, 'Beoordeling van Ontmoetingsplek mantelzorgers Venray (illustratief)');
  await expect(page.getByRole('group', { name: /^Vraag 3: Welke partners doen mee\?/ }).getByLabel(/^Score/)).toContainText('Kies een score');
  for (let n = 1; n <= 6; n++) {
    const vraag = page.getByRole('group', { name: new RegExp(`^Vraag ${n}:`) });
    await vraag.getByLabel(/^Score/).selectOption(String(n === 6 ? 2 : 4));
    await vraag.getByLabel(/^Antwoord/).fill(`Antwoord op vraag ${n}.`);
  }
  await page.getByLabel(/^Toelichting op het advies/).fill('Klein en lokaal; past bij de mantelzorgondersteuning.');
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, 'Ontmoetingsplek mantelzorgers Venray (illustratief)');
  await expect(page.getByText('Status: Beoordeeld')).toBeVisible();
  await expect(page.getByRole('row', { name: /6\. Wat is het perspectief/ })).toContainText('2 (schaal 1–5)');
  await expect(page.getByRole('region', { name: 'Besluit' })).toContainText('De Kerngroep heeft nog niet besloten.');
  await verwachtAxeSchoon(page);
});
