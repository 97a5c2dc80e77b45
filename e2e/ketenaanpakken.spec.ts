import { expect, test } from '@playwright/test';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

const matrixCel = (page: import('@playwright/test').Page, naam: RegExp) => page.getByRole('region', { name: 'Ketenaanpakken per gemeente' }).getByRole('link', { name: naam });

test('de beleidsadviseur van Venray legt een ketenaanpak vast voor Venray, ziet de matrix veranderen en kan Venlo niet wijzigen', async ({ page }) => {
  await logIn(page, accounts.beleidsadviseurVenray);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/monitoring/ketenaanpakken`);
  await verwachtTitel(page, 'Ketenaanpakken');
  await expect(page.getByRole('heading', { name: 'Legenda' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Excel/ })).toBeVisible();
  // Venray has not started the children's overweight approach (not stored: "niet gestart").
  await expect(matrixCel(page, /^Aanpak overgewicht en obesitas bij kinderen in Venray: niet gestart$/)).toBeVisible();
  await expect(matrixCel(page, /^Kansrijke start in Venlo: regionaal$/)).toBeVisible();
  await verwachtAxeSchoon(page);

  await matrixCel(page, /^Aanpak overgewicht en obesitas bij kinderen in Venray/).click();
  await verwachtTitel(page, 'Aanpak overgewicht en obesitas bij kinderen in Venray');
  await verwachtAxeSchoon(page);
  await page.getByLabel('Niveau').selectOption({ label: 'lokaal' });
  await page.getByLabel('Coördinerende organisatie').selectOption({ label: 'GGD Limburg-Noord' });
  await page.getByLabel('Erkende interventie').fill('Keigezond Limburg');
  await page.getByLabel('Verwijsroutes').fill('De jeugdarts verwijst naar de centrale zorgverlener.');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await verwachtTitel(page, 'Ketenaanpakken');
  await expect(page.getByText('Aanpak overgewicht en obesitas bij kinderen in Venray is vastgelegd: lokaal.')).toBeVisible();
  await expect(matrixCel(page, /^Aanpak overgewicht en obesitas bij kinderen in Venray: lokaal$/)).toBeVisible();

  // The history shows the change on the cell's page.
  await matrixCel(page, /^Aanpak overgewicht en obesitas bij kinderen in Venray/).click();
  await verwachtTitel(page, 'Aanpak overgewicht en obesitas bij kinderen in Venray');
  await expect(page.getByRole('heading', { name: 'Historie' })).toBeVisible();
  await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Historie' }) }).getByText(/lokaal/).first()).toBeVisible();

  // Venlo is not Venray's: no form, an explanation instead.
  await page.goto(`/regios/${id}/monitoring/ketenaanpakken`);
  await matrixCel(page, /^Aanpak overgewicht en obesitas bij kinderen in Venlo/).click();
  await verwachtTitel(page, 'Aanpak overgewicht en obesitas bij kinderen in Venlo');
  await expect(page.getByText(/U kunt dit niet wijzigen/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opslaan' })).toHaveCount(0);

  // Per approach: municipalities with coordinator, intervention and referral routes.
  await page.getByRole('link', { name: 'Aanpak overgewicht en obesitas bij kinderen', exact: true }).first().click();
  await verwachtTitel(page, 'Aanpak overgewicht en obesitas bij kinderen');
  await expect(page.getByRole('cell', { name: 'Keigezond Limburg' }).first()).toBeVisible();
  await verwachtAxeSchoon(page);
});

test('de matrix is bruikbaar op 320 pixels breed', async ({ page }) => {
  await logIn(page, accounts.lezer);
  const id = await regioId(page, nml);
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`/regios/${id}/monitoring/ketenaanpakken`);
  await verwachtTitel(page, 'Ketenaanpakken');
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
});
