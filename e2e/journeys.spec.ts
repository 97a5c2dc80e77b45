import { expect, test } from '@playwright/test';
import {
  accounts,
  gebruikersnaam,
  logIn,
  nml,
  regioId,
  verwachtAxeSchoon,
  verwachtTitel,
  wisselRegio,
} from './helpers';

test('een regiocoördinator wisselt van regio, wijzigt de portefeuillehouder van Venray en ziet dat in de historie; elke pagina is axe-schoon', async ({
  page,
}) => {
  await page.goto('/inloggen');
  await verwachtTitel(page, 'Inloggen');
  await verwachtAxeSchoon(page);

  await logIn(page, accounts.coordinator);
  await verwachtTitel(page, /^Overzicht /);
  await verwachtAxeSchoon(page);
  const naam = await gebruikersnaam(page);
  const nmlId = await regioId(page, nml);
  const kennemerlandId = await regioId(page, 'Zuid-Kennemerland en IJmond');

  // Start in Noord- en Midden-Limburg, whichever region the sign-in opened.
  if (!page.url().includes(nmlId)) {
    await wisselRegio(page, nml);
    await verwachtTitel(page, `Overzicht ${nml}`);
  }
  await expect(page.getByText('Venlo', { exact: true })).toBeVisible();
  await verwachtAxeSchoon(page);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisatie' }).click();
  await verwachtTitel(page, 'Regio');
  await verwachtAxeSchoon(page);

  await page.getByRole('navigation', { name: 'Organisatie' }).getByRole('link', { name: 'Gemeenten' }).click();
  await verwachtTitel(page, 'Gemeenten');
  await expect(page.getByText('14 gemeenten')).toBeVisible();
  await verwachtAxeSchoon(page);

  // The region switcher keeps the section: Gemeenten of Kennemerland, and back.
  await wisselRegio(page, 'Zuid-Kennemerland en IJmond');
  await expect(page).toHaveURL(new RegExp(`/regios/${kennemerlandId}/organisatie/gemeenten$`));
  await verwachtTitel(page, 'Gemeenten');
  await expect(page.getByRole('link', { name: 'Haarlem' })).toBeVisible();
  await verwachtAxeSchoon(page);
  await wisselRegio(page, nml);
  await expect(page).toHaveURL(new RegExp(`/regios/${nmlId}/organisatie/gemeenten$`));
  await verwachtTitel(page, 'Gemeenten');

  await page.getByRole('link', { name: 'Venray' }).click();
  await verwachtTitel(page, 'Gemeente Venray');
  await verwachtAxeSchoon(page);
  const oud = (await page.request
    .get(`/api/v1/regios/${nmlId}/gemeenten/GM0984`)
    .then((r) => r.json())) as { portefeuillehouder: string };

  await page.getByRole('link', { name: 'Gemeente Venray bewerken' }).click();
  await verwachtTitel(page, 'Gemeente Venray bewerken');
  await verwachtAxeSchoon(page);
  const nieuw = `Wethouder Test ${Date.now()}`;
  await page.getByLabel('Portefeuillehouder').fill(nieuw);
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await verwachtTitel(page, 'Gemeente Venray');
  await expect(page).toHaveURL(new RegExp(`/regios/${nmlId}/organisatie/gemeenten/GM0984$`));
  await expect(page.getByText(nieuw, { exact: true })).toBeVisible();

  const historie = page.getByRole('region', { name: 'Historie' });
  const laatste = historie.getByRole('listitem').first();
  await expect(laatste).toContainText(naam);
  await expect(laatste).toContainText('Portefeuillehouder');
  await expect(laatste).toContainText(oud.portefeuillehouder === '' ? '(leeg)' : `“${oud.portefeuillehouder}”`);
  await expect(laatste).toContainText(`“${nieuw}”`);
  await expect(laatste).toContainText(/\d{1,2} [a-z]+ \d{4} \d{2}:\d{2}/);
  await verwachtAxeSchoon(page);

  // The remaining pages of the organisation menu.
  for (const [menu, titel] of [
    ['Organisaties', 'Organisaties'],
    ['Overlegorganen', 'Overlegorganen'],
    ['Akkoorden', 'Akkoorden'],
    ['Historie', 'Historie'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Organisatie' }).getByRole('link', { name: menu }).click();
    await verwachtTitel(page, titel);
    await verwachtAxeSchoon(page);
  }
  await page.getByRole('navigation', { name: 'Organisatie' }).getByRole('link', { name: 'Overlegorganen' }).click();
  await page.getByRole('link', { name: /^Kerngroep/ }).first().click();
  await verwachtTitel(page, /^Kerngroep/);
  await expect(page.getByText('50%').first()).toBeVisible();
  await verwachtAxeSchoon(page);
});

test('een lezer ziet geen knoppen om te bewerken', async ({ page }) => {
  await logIn(page, accounts.lezer);
  const id = await regioId(page, nml);
  const bewerkKnoppen = page.getByRole('main').getByRole('link', { name: /bewerken|toevoegen/i });

  for (const [pad, titel] of [
    ['organisatie/regio', 'Regio'],
    ['organisatie/gemeenten/GM0984', 'Gemeente Venray'],
    ['organisatie/organisaties', 'Organisaties'],
    ['organisatie/overlegorganen', 'Overlegorganen'],
  ] as const) {
    await page.goto(`/regios/${id}/${pad}`);
    await verwachtTitel(page, titel);
    await expect(bewerkKnoppen).toHaveCount(0);
    await expect(page.getByRole('button', { name: /verwijderen/i })).toHaveCount(0);
  }
  await verwachtAxeSchoon(page);
});

test('de beleidsadviseur van Venray kan Venray bewerken maar Venlo niet', async ({ page }) => {
  await logIn(page, accounts.beleidsadviseurVenray);
  const id = await regioId(page, nml);

  await page.goto(`/regios/${id}/organisatie/gemeenten/GM0983`);
  await verwachtTitel(page, 'Gemeente Venlo');
  await expect(page.getByRole('link', { name: /bewerken/i })).toHaveCount(0);

  await page.goto(`/regios/${id}/organisatie/gemeenten/GM0984`);
  await verwachtTitel(page, 'Gemeente Venray');
  await page.getByRole('link', { name: 'Gemeente Venray bewerken' }).click();
  await verwachtTitel(page, 'Gemeente Venray bewerken');
  // Only the coordinator changes a municipality's role; the adviser sees it as text.
  await expect(page.getByLabel('Rol in de regio')).toHaveCount(0);
  await verwachtAxeSchoon(page);

  const toelichting = `Toelichting van Venray ${Date.now()}`;
  await page.getByLabel('Toelichting').fill(toelichting);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, 'Gemeente Venray');
  await expect(page.getByText(toelichting, { exact: true })).toBeVisible();
});

test('de gemeentenlijst is bruikbaar op 320 pixels breed: geen horizontaal scrollen en axe-schoon', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/regios/${id}/organisatie/gemeenten`);
  await verwachtTitel(page, 'Gemeenten');
  await expect(page.getByRole('link', { name: 'Venray' })).toBeAttached();
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte).toBeLessThanOrEqual(320);
  await verwachtAxeSchoon(page);
});

test('een verkeerd wachtwoord geeft een Nederlandse foutmelding die de focus krijgt', async ({ page }) => {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(accounts.lezer);
  await page.getByLabel('Wachtwoord').fill('dit-is-niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();

  const melding = page.locator('.foutoverzicht');
  await expect(melding).toContainText('Het e-mailadres of het wachtwoord klopt niet');
  await expect(melding).toBeFocused();
  await expect(page).toHaveURL(/\/inloggen/);
  await verwachtAxeSchoon(page);
});

test('wie niet is ingelogd gaat naar de inlogpagina en na het inloggen terug naar de gevraagde pagina', async ({ page }) => {
  await page.goto('/regios/00000000-0000-4000-8000-000000000000/organisatie/gemeenten?naam=ven');
  await expect(page).toHaveURL(/\/inloggen\?terug=/);
  await page.getByLabel('E-mailadres').fill(accounts.coordinator);
  await page.getByLabel('Wachtwoord').fill(process.env.REGIEKAMER_DEMO_WACHTWOORD ?? 'demo-wachtwoord-e2e-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/regios\/00000000-0000-4000-8000-000000000000\/organisatie\/gemeenten\?naam=ven$/);
});

test('een regiocoördinator voegt een organisatie toe (fouten staan bij het veld en bovenaan) en verwijdert haar na bevestiging', async ({
  page,
}) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/organisatie/organisaties`);
  await verwachtTitel(page, 'Organisaties');
  await page.getByRole('link', { name: 'Organisatie toevoegen' }).click();
  await verwachtTitel(page, 'Organisatie toevoegen');

  await page.getByLabel('Website').fill('geen-webadres');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const overzicht = page.locator('.foutoverzicht');
  await expect(overzicht).toBeFocused();
  await expect(overzicht.getByRole('link')).toHaveCount(3);
  await expect(page.getByLabel('Naam')).toHaveAttribute('aria-invalid', 'true');
  await verwachtAxeSchoon(page);

  const naam = `Welzijn Testdorp ${Date.now()}`;
  await page.getByLabel('Naam').fill(naam);
  await page.getByLabel('Soort').selectOption({ label: 'Welzijn en sociaal werk' });
  await page.getByLabel('Website').fill('https://welzijn.example');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await verwachtTitel(page, naam);
  await expect(page.getByRole('region', { name: 'Historie' })).toContainText('Aangemaakt');

  await page.getByRole('button', { name: 'Organisatie verwijderen' }).click();
  await expect(page.getByRole('alertdialog')).toBeFocused();
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await verwachtTitel(page, 'Organisaties');
  await expect(page.getByText(`${naam} is verwijderd.`)).toBeVisible();
  await expect(page.getByRole('link', { name: naam })).toHaveCount(0);
});
