import { ButtonGroup, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import type { IndicatorDetail } from '../../../common/contracts/plannen';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { Staafgrafiek, type Patroon, type Reeks } from '../../components/grafiek';
import { HistorieSectie } from '../../components/historie';
import { AppButtonLink, AppLink } from '../../components/links';
import { DetailActies, Gegevenslijst, MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { formatGetal } from '../../format';
import { useIndicator, useIndicatorVerwijderen, useVersies } from './regiobeeld.api';
import { formatWaarde, geografieTekst, reeksNaam, useVersieUitQuery, VersieKeuze, versieQuery, versieTekst } from './regiobeeld';

export function IndicatorPagina() {
  const { regioId, regio, pad: lijstPad, kruimels, rechten } = useOnderdeel('regiobeeld');
  const { indicatorId = '' } = useParams();
  const [versieId, kiesVersie] = useVersieUitQuery();
  const indicator = useIndicator(regioId, indicatorId, versieId);
  const versies = useVersies(regioId);
  const verwijderen = useIndicatorVerwijderen(regioId, indicatorId);
  const melding = useMelding();
  const pad = `${lijstPad}/${indicatorId}`;
  const naam = indicator.data?.naam ?? 'Indicator';
  return (
    <>
      <RegioKop titel={naam} kruimels={[...kruimels, { label: naam, to: pad }]} />
      <Melding tekst={melding} />
      <MetGegevens query={indicator} wat="de indicator">
        {(i) => (
          <>
            <Gegevenslijst
              className="sectie"
              gegevens={[
                { label: 'Code', waarde: i.code },
                { label: 'Eenheid', waarde: i.eenheid },
                { label: 'Bron', waarde: i.bron || 'Niet vastgelegd', className: 'breekbaar' },
                { label: 'Omschrijving', waarde: i.omschrijving || 'Geen omschrijving', multiline: true },
                { label: 'Versie', waarde: versieTekst(i.versie) },
                {
                  label: 'In het regioplan',
                  waarde: i.regioplan.length ? (
                    <ul className="linklijst">
                      {i.regioplan.map((t) => (
                        <li key={t.id}>
                          <AppLink to={`/regios/${regioId}/plannen/regioplan#${t.soort}-${t.nummer}`}>{`${t.soort === 'opgave' ? 'Opgave' : 'Pijler'} ${t.nummer}: ${t.naam}`}</AppLink>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'Geen opgave of pijler gekoppeld'
                  ),
                },
              ]}
            />
            {versies.data ? <VersieKeuze versies={versies.data.items} gekozen={i.versie} onKies={kiesVersie} /> : null}
            {rechten.magPlannenBewerken ? (
              <>
                <DetailActies
                  bewerken={{ tekst: 'Indicator bewerken', naar: `${pad}/bewerken` }}
                  verwijderen={{
                    knopTekst: 'Indicator verwijderen',
                    vraag: `Weet u zeker dat u ${i.naam} wilt verwijderen? Dat kan alleen zolang zij geen waarden en koppelingen heeft.`,
                    mutatie: verwijderen,
                    naar: lijstPad,
                    melding: `${i.naam} is verwijderd.`,
                  }}
                />
                {i.versie.huidig ? (
                  <ButtonGroup className="acties">
                    <AppButtonLink to={`${pad}/waarden`} appearance="secondary-action-button">
                      Waarden bewerken
                    </AppButtonLink>
                  </ButtonGroup>
                ) : (
                  <Paragraph>Dit is een eerdere versie; die blijft zoals zij was. Waarden wijzigt u in de huidige versie.</Paragraph>
                )}
              </>
            ) : null}
            <Grafiek indicator={i} />
            <WaardenTabel indicator={i} regioNaam={regio?.naam} />
            <Paragraph>
              <AppLink to={`${lijstPad}${versieQuery(i.versie)}`}>Terug naar het regiobeeld</AppLink>
            </Paragraph>
            <HistorieSectie regioId={regioId} soort="regiobeeld-indicator" itemId={i.id} />
          </>
        )}
      </MetGegevens>
    </>
  );
}

const kleuren = ['--basis-color-accent-1-inverse-bg-default', '--basis-color-warning-inverse-bg-default', '--basis-color-positive-inverse-bg-default', '--basis-color-negative-inverse-bg-default'];
const patronen: Patroon[] = ['vol', 'strepen', 'stippen', 'ruit'];
const patroonTekst: Record<Patroon, string> = { vol: 'effen staaf', strepen: 'gestreepte staaf', stippen: 'gestippelde staaf', ruit: 'geruite staaf' };
const kortGetal = new Intl.NumberFormat('nl-NL', { notation: 'compact', maximumFractionDigits: 1 });

/** The region as a whole per year: observed, and each scenario as its own series (UI.md "Charts"). */
function Grafiek({ indicator: i }: { indicator: IndicatorDetail }) {
  const regio = useMemo(() => i.waarden.filter((w) => w.gemeente === null), [i.waarden]);
  const { jaren, reeksen } = useMemo(() => {
    const jaren = [...new Set(regio.map((w) => w.jaar))].sort((a, b) => a - b);
    const namen = [...new Set(regio.map(reeksNaam))].sort((a, b) => (a === 'Waargenomen' ? -1 : b === 'Waargenomen' ? 1 : a.localeCompare(b, 'nl')));
    const reeksen: Reeks[] = namen.map((naam, n) => ({
      naam,
      waarden: jaren.map((jaar) => regio.find((w) => w.jaar === jaar && reeksNaam(w) === naam)?.waarde ?? null),
      kleurToken: kleuren[n % kleuren.length]!,
      patroon: patronen[n % patronen.length]!,
    }));
    return { jaren: jaren.map(String), reeksen };
  }, [regio]);
  const opmaak = useMemo(() => ({ waarde: (n: number) => formatWaarde(n, i.eenheid), as: (n: number) => kortGetal.format(n) }), [i.eenheid]);
  if (regio.length === 0) {
    return (
      <section aria-labelledby="grafiek-kop" className="sectie">
        <Heading2 id="grafiek-kop">Grafiek</Heading2>
        <Paragraph>Er zijn in deze versie geen waarden voor de regio als geheel; de tabel hieronder toont de waarden per gemeente.</Paragraph>
      </section>
    );
  }
  const titel = `${i.naam} (${i.eenheid})`;
  const samenvatting =
    `Staafdiagram per jaar, in ${i.eenheid}. ` +
    regio
      .slice(0, 12)
      .map((w) => `${reeksNaam(w)} ${w.jaar}: ${formatWaarde(w.waarde, i.eenheid)}`)
      .join('; ') +
    '. De tabel hieronder toont dezelfde cijfers.';
  return (
    <section aria-labelledby="grafiek-kop" className="sectie">
      <Heading2 id="grafiek-kop">Grafiek</Heading2>
      <Staafgrafiek titel={titel} samenvatting={samenvatting} categorieen={jaren} reeksen={reeksen} eenheid={`Eenheid: ${i.eenheid}`} opmaak={opmaak} />
      <Paragraph appearance="small">{reeksen.map((r) => `${r.naam}: ${patroonTekst[r.patroon]}`).join('; ')}.</Paragraph>
    </section>
  );
}

/** The table behind the chart: every value of the version, the municipalities too. */
function WaardenTabel({ indicator: i, regioNaam }: { indicator: IndicatorDetail; regioNaam: string | undefined }) {
  return (
    <section aria-labelledby="waarden-kop" className="sectie">
      <Heading2 id="waarden-kop">Waarden</Heading2>
      {i.waarden.length === 0 ? (
        <Paragraph>Deze indicator heeft in deze versie nog geen waarden. Voeg ze toe via “Waarden bewerken” of importeer een CSV-bestand.</Paragraph>
      ) : (
        <>
          <Paragraph className="telling">{`${formatGetal(i.waarden.length)} ${i.waarden.length === 1 ? 'waarde' : 'waarden'}`}</Paragraph>
          <ExcelKnop
            bestandsnaam={excelBestandsnaam('regiobeeld', regioNaam, i.code, `versie-${i.versie.versie}`)}
            bladen={[
              {
                naam: i.code,
                kolommen: [{ kop: 'Geografie' }, { kop: 'CBS-code' }, { kop: 'Jaar', soort: 'getal' }, { kop: 'Soort' }, { kop: 'Scenario' }, { kop: `Waarde (${i.eenheid})` }],
                rijen: i.waarden.map((w) => [geografieTekst(w), w.gemeente?.gemeentecode ?? '', w.jaar, w.soort, w.scenario, w.waarde]),
              },
            ]}
          />
          <Tabel label={`Waarden van ${i.naam}`} koppen={['Geografie', 'Jaar', 'Soort', 'Scenario', { tekst: `Waarde (${i.eenheid})`, numeriek: true }]}>
            {i.waarden.map((w) => (
              <TableRow key={`${w.gemeente?.gemeentecode ?? 'regio'}-${w.jaar}-${w.scenario}`}>
                <TableCell>{geografieTekst(w)}</TableCell>
                <TableCell>{w.jaar}</TableCell>
                <TableCell>{w.soort}</TableCell>
                <TableCell className="breekbaar">{w.scenario || '–'}</TableCell>
                <TableCell className="numeriek geen-afbreking">{formatGetal(w.waarde)}</TableCell>
              </TableRow>
            ))}
          </Tabel>
        </>
      )}
    </section>
  );
}
