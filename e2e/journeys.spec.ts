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
  await expect(page.getByRole('rowheader', { name: 'Venlo', exact: true })).toBeVisible();
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

test('een regiocoördinator voegt Venray uit het gemeenteregister toe aan Zuid-Kennemerland en IJmond, krijgt een tweede mandaatgemeente geweigerd bij het veld, en haalt Venray na bevestiging weer uit de regio', async ({
  page,
}) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, 'Zuid-Kennemerland en IJmond');
  await page.goto(`/regios/${id}/organisatie/gemeenten`);
  await verwachtTitel(page, 'Gemeenten');
  await expect(page.getByRole('link', { name: 'Venray' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Gemeente toevoegen' }).click();
  await verwachtTitel(page, 'Gemeente toevoegen');
  await verwachtAxeSchoon(page);

  // Without a choice: the error is at the field and in the summary, which gets the focus.
  const toevoegen = page.getByRole('button', { name: 'Gemeente toevoegen' });
  await toevoegen.click();
  const overzicht = page.locator('.foutoverzicht');
  await expect(overzicht).toBeFocused();
  await expect(page.locator('#veld-gemeentecode-fout')).toContainText('Kies een gemeente uit het gemeenteregister');
  await verwachtAxeSchoon(page);

  const zoek = page.getByLabel('Zoek in het gemeenteregister');
  await zoek.fill('Venray');
  const venray = page.getByRole('radio', { name: /^Venray \(GM0984\)/ });
  await venray.check();
  // A member of the region cannot be picked again; the chosen municipality stays in view.
  await zoek.fill('Haarlem');
  await expect(page.getByRole('radio', { name: /^Haarlem \(GM0392\).*hoort al bij deze regio/ })).toBeDisabled();
  await expect(venray).toBeChecked();

  // Haarlem is the mandaatgemeente: a second one is refused, with the rule at the field.
  const rol = page.getByLabel('Rol in de regio');
  await rol.selectOption({ label: 'Mandaatgemeente' });
  const wethouder = `Wethouder Kennemerland ${Date.now()}`;
  await page.getByLabel('Portefeuillehouder').fill(wethouder);
  await toevoegen.click();
  await expect(overzicht).toBeFocused();
  await expect(overzicht).toContainText('Deze regio heeft al een mandaatgemeente: Haarlem (GM0392)');
  await expect(rol).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#veld-rol-fout')).toContainText(
    'Deze regio heeft al een mandaatgemeente: Haarlem (GM0392). Een regio heeft precies één mandaatgemeente',
  );
  await verwachtAxeSchoon(page);

  await rol.selectOption({ label: 'Regiogemeente' });
  await toevoegen.click();
  await verwachtTitel(page, 'Gemeenten');
  await expect(page).toHaveURL(new RegExp(`/regios/${id}/organisatie/gemeenten$`));
  await expect(page.getByText('Venray is aan de regio toegevoegd.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Venray/ })).toContainText('Regiogemeente');
  await verwachtAxeSchoon(page);

  await page.getByRole('link', { name: 'Venray' }).click();
  await verwachtTitel(page, 'Gemeente Venray');
  await expect(page.getByText(wethouder, { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Historie' })).toContainText('Aangemaakt');
  await verwachtAxeSchoon(page);

  await page.getByRole('button', { name: 'Uit de regio halen' }).click();
  await expect(page.getByRole('alertdialog')).toBeFocused();
  await verwachtAxeSchoon(page);
  await page.getByRole('button', { name: 'Ja, uit de regio halen' }).click();
  await verwachtTitel(page, 'Gemeenten');
  await expect(page.getByText('Venray is uit de regio gehaald.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Venray' })).toHaveCount(0);

  // Only this region lost Venray.
  const nmlId = await regioId(page, nml);
  await page.goto(`/regios/${nmlId}/organisatie/gemeenten`);
  await verwachtTitel(page, 'Gemeenten');
  await expect(page.getByRole('link', { name: 'Venray' })).toBeVisible();
});

test('een regiocoördinator wijzigt een lid van de Kerngroep', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/organisatie/overlegorganen`);
  await page.getByRole('link', { name: /^Kerngroep/ }).first().click();
  await verwachtTitel(page, /^Kerngroep/);
  const orgaan = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';

  await page.getByRole('link', { name: 'Bewerken Programmamanager pijler 1' }).click();
  await verwachtTitel(page, 'Programmamanager pijler 1 bewerken');
  // The form starts with the member as it is.
  await expect(page.getByRole('radio', { name: /Een persoon/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: /^Naam/ })).toHaveValue('Programmamanager pijler 1');
  await expect(page.getByRole('combobox', { name: 'Rol', exact: true })).toHaveValue('adviseur');
  await expect(page.getByRole('combobox', { name: 'Organisatie' })).not.toHaveValue('');
  await verwachtAxeSchoon(page);

  const functie = `programmamanager Gezond vooruit ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Functie' }).fill(functie);
  await page.getByRole('checkbox', { name: 'Stemgerechtigd' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await verwachtTitel(page, orgaan);
  await expect(page.getByText('Programmamanager pijler 1 is gewijzigd.')).toBeVisible();
  const rij = page.getByRole('row', { name: /Programmamanager pijler 1/ });
  await expect(rij).toContainText(functie);
  await expect(rij).toContainText('Adviseur');
  await expect(rij.getByRole('cell', { name: 'ja', exact: true })).toBeVisible();
  await verwachtAxeSchoon(page);
});

test('na het inloggen opent de regio die het laatst gebruikt is, of de eerste als die niet meer van u is', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const kennemerland = await regioId(page, 'Zuid-Kennemerland en IJmond');
  const sessie = (await page.request.get('/api/v1/sessies/huidige').then((r) => r.json())) as {
    gebruiker: { id: string };
    lidmaatschappen: Array<{ regioId: string }>;
  };
  const eerste = sessie.lidmaatschappen[0]!.regioId;

  await page.goto(`/regios/${kennemerland}/organisatie/gemeenten`);
  await verwachtTitel(page, 'Gemeenten');
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await verwachtTitel(page, 'Inloggen');

  await logIn(page, accounts.coordinator);
  await expect(page).toHaveURL(new RegExp(`/regios/${kennemerland}$`));
  await verwachtTitel(page, 'Overzicht Zuid-Kennemerland en IJmond');
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/regios/${kennemerland}$`));
  await verwachtTitel(page, 'Overzicht Zuid-Kennemerland en IJmond');

  // A remembered region that is no longer one of theirs: the first membership.
  await page.evaluate(
    (gebruikerId) => localStorage.setItem(`regiekamer:laatste-regio:${gebruikerId}`, '00000000-0000-4000-8000-000000000000'),
    sessie.gebruiker.id,
  );
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await verwachtTitel(page, 'Inloggen');
  await logIn(page, accounts.coordinator);
  await expect(page).toHaveURL(new RegExp(`/regios/${eerste}$`));
});
