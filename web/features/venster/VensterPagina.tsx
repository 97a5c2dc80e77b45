import { Button, Heading2, Paragraph, TableCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { VensterRespondent, VensterResultaat } from '../../../common/contracts/venster';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { KeuzeVeld } from '../../components/formulier';
import { type Patroon, type Reeks, Staafgrafiek } from '../../components/grafiek';
import { AppButtonLink, AppLink } from '../../components/links';
import { LijstPagina, MetGegevens, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { Badge } from '../../components/status';
import { aantal, formatDatum } from '../../format';
import { formatGemiddelde, useRespondenten, useVenster, useVensterVragen } from './venster.api';

const patronen: Patroon[] = ['vol', 'strepen', 'stippen', 'ruit'];
const kleuren = ['--basis-color-accent-1-inverse-bg-default', '--basis-color-positive-inverse-bg-default', '--basis-color-warning-inverse-bg-default', '--basis-color-accent-2-inverse-bg-default'];

/** The yearly Venster of a region: results per question over the years, who responded, and the questions. */
export function VensterPagina() {
  const { regioId, regio, pad, rechten } = useOnderdeel('venster');
  const venster = useVenster(regioId);
  const [zoek, setZoek] = useSearchParams();
  return (
    <LijstPagina
      onderdeel="venster"
      inleiding="Het jaarlijkse Venster op de regionale samenwerking: elke gemeente en zorgverzekeraar van de regio geeft een score per vraag. U ziet per jaar het gemiddelde, het aantal respondenten en de laagste en hoogste score."
      toevoegen="Vraag toevoegen"
      magToevoegen={rechten.magMonitoringBewerken}
      query={venster}
      wat="het Venster"
      isLeeg={(d) => d.jaren.length === 0}
      leeg="Hier komen de vragen en resultaten van het Venster. Er zijn nog geen vragen; de regiocoördinator voegt ze per jaar toe."
    >
      {({ jaren, resultaten }) => {
        const gekozen = Number(zoek.get('jaar'));
        const jaar = jaren.includes(gekozen) ? gekozen : jaren[jaren.length - 1]!;
        const vanJaar = resultaten.filter((r) => r.jaar === jaar);
        return (
          <>
            <form role="search" aria-label="Jaar kiezen" className="filter" onSubmit={(e) => e.preventDefault()}>
              <KeuzeVeld
                name="jaar"
                label="Jaar"
                value={String(jaar)}
                onChange={(w) => setZoek(new URLSearchParams({ jaar: w }), { replace: true })}
                keuzes={[...jaren].reverse().map((j) => ({ waarde: String(j), label: String(j) }))}
              />
            </form>
            <section aria-labelledby="resultaten-kop" className="sectie">
              <Heading2 id="resultaten-kop">Resultaten {jaar}</Heading2>
              <ExcelKnop
                bestandsnaam={excelBestandsnaam('venster', regio?.naam)}
                bladen={[
                  {
                    naam: 'Venster',
                    kolommen: [{ kop: 'Jaar', soort: 'getal' }, { kop: 'Vraag' }, { kop: 'Schaal' }, { kop: 'Gemiddelde', soort: 'getal' }, { kop: 'Respondenten', soort: 'getal' }, { kop: 'Laagste', soort: 'getal' }, { kop: 'Hoogste', soort: 'getal' }],
                    rijen: resultaten.map((r) => [r.jaar, r.vraag, `${r.schaalMin}–${r.schaalMax}`, r.gemiddelde, r.aantal, r.min, r.max]),
                  },
                ]}
              />
              <Tabel label={`Resultaten van het Venster ${jaar}`} koppen={['Vraag', 'Schaal', 'Gemiddelde', 'Respondenten', 'Laagste–hoogste']}>
                {vanJaar.map((r) => (
                  <TableRow key={r.vraagId}>
                    <TableCell>{r.vraag}</TableCell>
                    <TableCell className="geen-afbreking">
                      {r.schaalMin} tot en met {r.schaalMax}
                    </TableCell>
                    <TableCell>{formatGemiddelde(r.gemiddelde)}</TableCell>
                    <TableCell>{r.aantal}</TableCell>
                    <TableCell>{r.min === null ? '–' : `${r.min}–${r.max}`}</TableCell>
                  </TableRow>
                ))}
              </Tabel>
            </section>
            {jaren.length > 1 ? <OverDeJaren jaren={jaren} resultaten={resultaten} /> : null}
            <Respondenten regioId={regioId} jaar={jaar} pad={pad} />
            {rechten.magMonitoringBewerken ? <Vragen regioId={regioId} jaar={jaar} pad={pad} /> : null}
          </>
        );
      }}
    </LijstPagina>
  );
}

const gemiddeldeVan = (resultaten: VensterResultaat[], vraag: string, jaar: number) => resultaten.find((r) => r.vraag === vraag && r.jaar === jaar)?.gemiddelde ?? null;

/** The average per question over the years: a chart with the same numbers as a table behind it. */
function OverDeJaren({ jaren, resultaten }: { jaren: number[]; resultaten: VensterResultaat[] }) {
  const [alsTabel, setAlsTabel] = useState(false);
  // Questions are data per year; the same wording in another year is the same question.
  const vragen = useMemo(() => [...new Set(resultaten.map((r) => r.vraag))], [resultaten]);
  const waarde = (vraag: string, jaar: number) => gemiddeldeVan(resultaten, vraag, jaar);
  const reeksen = useMemo<Reeks[]>(
    () =>
      jaren.map((j, i) => ({
        naam: String(j),
        waarden: vragen.map((v) => gemiddeldeVan(resultaten, v, j)),
        kleurToken: kleuren[i % kleuren.length]!,
        patroon: patronen[i % patronen.length]!,
      })),
    [jaren, vragen, resultaten],
  );
  const opmaak = useMemo(() => ({ waarde: (n: number) => formatGemiddelde(n), as: (n: number) => String(n) }), []);
  const samenvatting =
    `Staafdiagram van het gemiddelde per vraag in ${jaren.join(', ')}. ` +
    vragen.map((v) => `${v}: ${jaren.map((j) => `${j} ${formatGemiddelde(waarde(v, j))}`).join(', ')}`).join('. ') +
    '. Kies “Toon als tabel” voor de cijfers.';
  return (
    <section aria-labelledby="jaren-kop" className="sectie">
      <Heading2 id="jaren-kop">Over de jaren</Heading2>
      <div className="weergave-acties">
        <Button appearance="secondary-action-button" onClick={() => setAlsTabel((t) => !t)} aria-controls="jaren-weergave">
          {alsTabel ? 'Toon als grafiek' : 'Toon als tabel'}
        </Button>
      </div>
      <div id="jaren-weergave">
        {alsTabel ? (
          <Tabel label="Gemiddelde per vraag per jaar" koppen={['Vraag', ...jaren.map(String)]}>
            {vragen.map((v) => (
              <TableRow key={v}>
                <TableCell>{v}</TableCell>
                {jaren.map((j) => (
                  <TableCell key={j}>{formatGemiddelde(waarde(v, j))}</TableCell>
                ))}
              </TableRow>
            ))}
          </Tabel>
        ) : (
          <>
            <Staafgrafiek titel="Gemiddelde score per vraag per jaar" samenvatting={samenvatting} categorieen={vragen} reeksen={reeksen} eenheid="Gemiddelde score" opmaak={opmaak} />
            <Paragraph appearance="small">{jaren.map((j, i) => `${j}: ${['effen', 'gestreepte', 'gestippelde', 'geruite'][i % 4]} staaf`).join('; ')}.</Paragraph>
          </>
        )}
      </div>
    </section>
  );
}

function invulPad(pad: string, jaar: number, r: VensterRespondent) {
  const zoek = new URLSearchParams({ jaar: String(jaar), ...(r.gemeentecode ? { gemeentecode: r.gemeentecode } : { organisatieId: r.organisatieId! }) });
  return `${pad}/invullen?${zoek}`;
}

function Respondenten({ regioId, jaar, pad }: { regioId: string; jaar: number; pad: string }) {
  const { rechten } = useOnderdeel('venster');
  const respondenten = useRespondenten(regioId, jaar);
  return (
    <section aria-labelledby="respondenten-kop" className="sectie">
      <Heading2 id="respondenten-kop">Wie heeft ingevuld</Heading2>
      <MetGegevens query={respondenten} wat="de respondenten">
        {({ items }) => {
          const ingevuld = items.filter((r) => r.antwoordId).length;
          const eigen = items.filter((r) => rechten.magVensterInvullen(r));
          return (
            <>
              <Paragraph className="telling">
                {ingevuld} van {aantal(items.length, 'respondent', 'respondenten')} heeft het Venster {jaar} ingevuld.
              </Paragraph>
              {eigen.length > 0 && eigen.length <= 2 ? (
                <Paragraph>
                  {eigen.map((r) => (
                    <AppButtonLink key={r.naam} to={invulPad(pad, jaar, r)} appearance="primary-action-button">
                      {`Venster ${jaar} invullen voor ${r.naam}`}
                    </AppButtonLink>
                  ))}
                </Paragraph>
              ) : null}
              <Tabel label={`Respondenten van het Venster ${jaar}`} koppen={['Respondent', 'Soort', 'Ingevuld']}>
                {items.map((r) => (
                  <TableRow key={r.naam}>
                    <TableCell>{rechten.magVensterInvullen(r) ? <AppLink to={invulPad(pad, jaar, r)}>{r.naam}</AppLink> : r.naam}</TableCell>
                    <TableCell>{r.soort === 'gemeente' ? 'Gemeente' : 'Zorgverzekeraar'}</TableCell>
                    <TableCell>
                      {r.ingevuldOp ? (
                        <Badge toon="goed" voorvoegsel="Ingevuld">{`ingevuld op ${formatDatum(r.ingevuldOp.slice(0, 10))}`}</Badge>
                      ) : (
                        <Badge toon="inactief" voorvoegsel="Ingevuld">nog niet ingevuld</Badge>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </Tabel>
            </>
          );
        }}
      </MetGegevens>
    </section>
  );
}

function Vragen({ regioId, jaar, pad }: { regioId: string; jaar: number; pad: string }) {
  const vragen = useVensterVragen(regioId, jaar);
  return (
    <section aria-labelledby="vragen-kop" className="sectie">
      <Heading2 id="vragen-kop">Vragen {jaar} beheren</Heading2>
      <MetGegevens query={vragen} wat="de vragen">
        {({ items }) => (
          <UnorderedList>
            {items.map((v) => (
              <UnorderedListItem key={v.id}>
                <AppLink to={`${pad}/vragen/${v.id}/bewerken`}>{v.vraag}</AppLink> (schaal {v.schaalMin} tot en met {v.schaalMax}, {aantal(v.aantalAntwoorden, 'antwoord', 'antwoorden')})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </MetGegevens>
    </section>
  );
}
