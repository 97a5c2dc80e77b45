import { expect, test } from '@playwright/test';
import { accounts, logIn, nml, regioId, verwachtAxeSchoon, verwachtGeenHorizontaalScrollen, verwachtTitel } from './helpers';

const csv = (regels: string[]) => ({ name: 'regiobeeld.csv', mimeType: 'text/csv', buffer: Buffer.from(regels.join('\n'), 'utf8') });
/** Numbers on screen may carry a non-breaking space before their unit. */
const tekst = (s: string) => new RegExp(s.replace(/[.()]/g, '\\$&').replace(/ /g, '\\s'));

test('de regiocoördinator ziet het personeelstekort in het regiobeeld, importeert waarden, bekijkt het regioplan en zet een onderdeel van het uitvoeringsplan 2024 op vertraagd', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}`);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Plannen' }).click();
  await expect(page).toHaveURL(new RegExp(`/regios/${id}/plannen/regiobeeld$`));
  await verwachtTitel(page, 'Regiobeeld');
  const indicatoren = page.getByRole('table', { name: 'Indicatoren van het regiobeeld' });
  await expect(indicatoren.getByRole('row', { name: /Personeelstekort zorg en welzijn/ })).toContainText(tekst('2.100 personen (2023)'));
  await verwachtAxeSchoon(page);

  // The indicator: the chart with observed and each scenario as a series, and the table behind it.
  await indicatoren.getByRole('link', { name: 'Personeelstekort zorg en welzijn' }).click();
  await verwachtTitel(page, 'Personeelstekort zorg en welzijn');
  const grafiek = page.getByRole('img', { name: /^Personeelstekort zorg en welzijn \(personen\)/ });
  await expect(grafiek).toHaveAttribute('aria-label', tekst('Waargenomen 2023: 2.100 personen'));
  await expect(grafiek).toHaveAttribute('aria-label', tekst('Prognose: huidig beleid 2032: 4.500 personen'));
  await expect(grafiek).toHaveAttribute('aria-label', tekst('Prognose: geen groei van personeel en geen vraagverschuiving 2032: 6.700 personen'));
  await expect(grafiek.locator('svg')).toBeAttached();
  const waarden = page.getByRole('table', { name: 'Waarden van Personeelstekort zorg en welzijn' });
  await expect(waarden.locator('tbody tr')).toHaveCount(3);
  for (const [scenario, getal] of [
    ['–', '2.100'],
    ['huidig beleid', '4.500'],
    ['geen groei van personeel en geen vraagverschuiving', '6.700'],
  ] as const) {
    await expect(waarden.getByRole('row', { name: new RegExp(`${scenario}.*${getal.replace('.', '\\.')}`) })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Exporteren naar Excel' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pijler 4: Toekomstbestendige arbeidsmarkt' })).toBeVisible();
  await verwachtAxeSchoon(page);

  // Import: a bad file first (every bad line named, nothing saved), then a good one.
  await page.goto(`/regios/${id}/plannen/regiobeeld`);
  await page.getByRole('link', { name: 'Waarden importeren' }).click();
  await verwachtTitel(page, 'Waarden importeren');
  await verwachtAxeSchoon(page);
  await page.getByLabel('Bestand').setInputFiles(
    csv(['indicator;geografie;jaar;scenario;waarde', 'personeelstekort;GM0984;2023;;180', 'bestaat-niet;;2023;;1', 'personeelstekort;GM0392;2023;;1', 'personeelstekort;;vorig jaar;;1', 'personeelstekort;;2024;;veel']),
  );
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('heading', { name: 'Het bestand is niet geïmporteerd' })).toBeVisible();
  const afgekeurd = page.getByRole('table', { name: 'Afgekeurde regels' });
  await expect(afgekeurd.locator('tbody tr')).toHaveCount(4);
  await expect(afgekeurd.getByRole('row', { name: /regel 3.*indicator.*Onbekende indicator "bestaat-niet"/ })).toBeVisible();
  await expect(afgekeurd.getByRole('row', { name: /regel 4.*geografie.*Gemeente GM0392 hoort niet bij deze regio/ })).toBeVisible();
  await expect(afgekeurd.getByRole('row', { name: /regel 5.*jaar/ })).toBeVisible();
  await expect(afgekeurd.getByRole('row', { name: /regel 6.*waarde/ })).toBeVisible();
  await verwachtAxeSchoon(page);

  await page.getByLabel('Bestand').setInputFiles(csv(['indicator;geografie;jaar;scenario;waarde', 'personeelstekort;GM0984;2023;;180', 'personeelstekort;regio;2023;;2100']));
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByRole('heading', { name: 'Het bestand is in orde' })).toBeVisible();
  await expect(page.getByText(/2 regels gelezen voor versie 1: 1 nieuw, 0 gewijzigd, 1 ongewijzigd/)).toBeVisible();
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('heading', { name: 'De waarden zijn geïmporteerd' })).toBeVisible();
  await expect(page.getByText(/1 nieuw, 0 gewijzigd, 1 ongewijzigd/)).toBeVisible();
  await verwachtAxeSchoon(page);

  // The regioplan: two priority tasks and five pillars.
  await page.getByRole('navigation', { name: 'Plannen' }).getByRole('link', { name: 'Regioplan' }).click();
  await verwachtTitel(page, 'Regioplan');
  const pijlers = page.getByRole('region', { name: 'Pijlers' });
  await expect(pijlers.getByRole('heading', { level: 3 })).toHaveText([
    'Pijler 1: Gezond vooruit',
    'Pijler 2: Regionale digitale organisatie van zorg en welzijn',
    'Pijler 3: Langer en beter thuis vooruit',
    'Pijler 4: Toekomstbestendige arbeidsmarkt',
    'Pijler 5: Duurzaam regionaal gezondheidsinformatiestelsel',
  ]);
  await expect(page.getByRole('region', { name: 'Opgaven' }).getByRole('heading', { level: 3 })).toHaveText(['Opgave 1: Personeelstekort', 'Opgave 2: Toegankelijkheid van zorg']);
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Bewerken pijler 4, Toekomstbestendige arbeidsmarkt' }).click();
  await verwachtTitel(page, 'Pijler 4: Toekomstbestendige arbeidsmarkt bewerken');
  await expect(page.getByLabel('Personeelstekort zorg en welzijn (personen)')).toBeChecked();
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Annuleren' }).click();
  await verwachtTitel(page, 'Regioplan');

  // The implementation plan 2024, adopted by the PHO, and the progress of one component.
  await page.getByRole('navigation', { name: 'Plannen' }).getByRole('link', { name: 'Uitvoeringsplan' }).click();
  await verwachtTitel(page, 'Uitvoeringsplan');
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Uitvoeringsplan 2024' }).click();
  await verwachtTitel(page, 'Uitvoeringsplan 2024');
  await expect(page.getByRole('heading', { level: 2, name: /Samen sterk voor gezondheid, versie 1/ })).toContainText('vastgesteld');
  const keten = page.getByRole('table', { name: 'Onderdelen: Taak 3: Vijf domeinoverstijgende ketenaanpakken' });
  await expect(keten.locator('tbody tr')).toHaveCount(6);
  await expect(keten.getByRole('row', { name: /3\.2.*Valpreventie bij ouderen/ })).toContainText('in uitvoering');
  await verwachtAxeSchoon(page);

  await keten.getByRole('link', { name: 'Valpreventie bij ouderen' }).click();
  await verwachtTitel(page, 'Onderdeel 3.2: Valpreventie bij ouderen');
  await verwachtAxeSchoon(page);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'vertraagd' });
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(page.getByText('De status is nu: vertraagd.')).toBeVisible();
  await expect(page.locator('.utrecht-data-list')).toContainText('Status: vertraagd');
  await expect(page.getByRole('region', { name: 'Historie' })).toContainText('vertraagd');
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: /Samen sterk voor gezondheid 2024, versie 1/ }).click();
  await expect(page.getByRole('table', { name: 'Onderdelen: Taak 3: Vijf domeinoverstijgende ketenaanpakken' }).getByRole('row', { name: /3\.2/ })).toContainText('vertraagd');
});

test('het regiobeeld, een indicator en het uitvoeringsplan passen op 320 pixels zonder zijwaarts scrollen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await logIn(page, accounts.lezer);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/plannen/regiobeeld`);
  await verwachtTitel(page, 'Regiobeeld');
  await verwachtGeenHorizontaalScrollen(page);
  await verwachtAxeSchoon(page);
  // A reader sees no edit actions.
  await expect(page.getByRole('link', { name: 'Indicator toevoegen' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Personeelstekort zorg en welzijn' }).click();
  await verwachtTitel(page, 'Personeelstekort zorg en welzijn');
  await expect(page.getByRole('img', { name: /^Personeelstekort zorg en welzijn/ }).locator('svg')).toBeAttached();
  await verwachtGeenHorizontaalScrollen(page);
  await page.goto(`/regios/${id}/plannen/uitvoeringsplan/2024`);
  await verwachtTitel(page, 'Uitvoeringsplan 2024');
  await verwachtGeenHorizontaalScrollen(page);
  await expect(page.getByRole('button', { name: 'Bijstelling maken' })).toHaveCount(0);
});

test('een herijking maakt versie 2 van het regiobeeld; versie 1 blijft te kiezen en te lezen', async ({ page }) => {
  await logIn(page, accounts.coordinator);
  const id = await regioId(page, nml);
  await page.goto(`/regios/${id}/plannen/regiobeeld`);
  await verwachtTitel(page, 'Regiobeeld');
  await page.getByRole('link', { name: 'Nieuwe versie' }).click();
  await verwachtTitel(page, 'Nieuwe versie van het regiobeeld');
  await page.getByRole('button', { name: 'Versie maken' }).click();
  await expect(page.getByRole('link', { name: /Naam: Mag niet leeg zijn/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Peildatum: Geen geldige datum/ })).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.getByLabel('Naam').fill('Herijking 2025');
  await page.getByLabel('Peildatum').fill('2025-06-30');
  await page.getByRole('button', { name: 'Versie maken' }).click();
  await verwachtTitel(page, 'Regiobeeld');
  await expect(page.getByText(/^Versie 2: Herijking 2025 \(peildatum 30 juni 2025\), huidig\./)).toBeVisible();
  await page.getByLabel('Versie', { exact: true }).selectOption({ label: 'Versie 1: Regiobeeld Noord- en Midden-Limburg (peildatum 31 december 2023)' });
  await page.getByRole('button', { name: 'Tonen' }).click();
  await expect(page).toHaveURL(/\?versie=/);
  await expect(page.getByText(/^Versie 1: Regiobeeld Noord- en Midden-Limburg \(peildatum 31 december 2023\)\./)).toBeVisible();
  await verwachtAxeSchoon(page);
  await page.getByRole('link', { name: 'Personeelstekort zorg en welzijn' }).click();
  await verwachtTitel(page, 'Personeelstekort zorg en welzijn');
  await expect(page.getByText('Dit is een eerdere versie; die blijft zoals zij was.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Waarden bewerken' })).toHaveCount(0);
});
