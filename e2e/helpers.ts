import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const demoWachtwoord = process.env.REGIEKAMER_DEMO_WACHTWOORD ?? 'demo-wachtwoord-e2e-2026';

export const accounts = {
  coordinator: 'coordinator@regiekamer.demo',
  beleidsadviseurVenray: 'beleidsadviseur.venray@regiekamer.demo',
  lezer: 'lezer@regiekamer.demo',
  financieel: 'financieel@regiekamer.demo',
  beheerder: 'beheerder@regiekamer.demo',
} as const;

export const nml = 'Noord- en Midden-Limburg';

/** WCAG 2.2 AA as checked by axe (ARCHITECTURE.md §4.8: zero violations on every page). */
export async function verwachtAxeSchoon(page: Page): Promise<void> {
  const resultaat = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const samenvatting = resultaat.violations.map((v) => ({
    regel: v.id,
    impact: v.impact,
    uitleg: v.help,
    elementen: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  expect(samenvatting, `axe-overtredingen op ${page.url()}`).toEqual([]);
}

/** Waits until the page has its one h1 with this text (the page is rendered, not loading). */
export async function verwachtTitel(page: Page, titel: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titel);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByText(/Bezig met laden/)).toHaveCount(0);
}

export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(demoWachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/regios\/[0-9a-f-]{36}/);
}

interface Lidmaatschap {
  regioId: string;
  regioNaam: string;
}

/** The id of a region the signed-in person belongs to, from the session (same cookies as the page). */
export async function regioId(page: Page, naam: string): Promise<string> {
  const antwoord = await page.request.get('/api/v1/sessies/huidige');
  expect(antwoord.ok()).toBeTruthy();
  const sessie = (await antwoord.json()) as { lidmaatschappen: Lidmaatschap[] };
  const lid = sessie.lidmaatschappen.find((l) => l.regioNaam === naam);
  if (!lid) throw new Error(`Geen lidmaatschap van regio ${naam}`);
  return lid.regioId;
}

export async function gebruikersnaam(page: Page): Promise<string> {
  const antwoord = await page.request.get('/api/v1/sessies/huidige');
  const sessie = (await antwoord.json()) as { gebruiker: { naam: string } };
  return sessie.gebruiker.naam;
}

export async function wisselRegio(page: Page, naam: string): Promise<void> {
  await page.getByLabel('Regio', { exact: true }).selectOption({ label: naam });
  await page.getByRole('button', { name: 'Wisselen' }).click();
}

/** The page never scrolls sideways at this width (WCAG 1.4.10): wide tables scroll in their own region. */
export async function verwachtGeenHorizontaalScrollen(page: Page, breedte = 320): Promise<void> {
  const scrollbreedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollbreedte, `horizontaal scrollen op ${page.url()}`).toBeLessThanOrEqual(breedte);
}
