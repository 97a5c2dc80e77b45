import { Button, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption, TableCell, TableFooter, TableRow } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { formatEuro } from '../../../common/geld';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { Staafgrafiek, type Reeks } from '../../components/grafiek';
import { AppButtonLink, AppLink } from '../../components/links';
import { MetGegevens, RegioKop, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { Laden } from '../../components/status';
import { aantal } from '../../format';
import { useBegrotingen, useFinancieelOverzicht, type FinancieelOverzicht } from './financien.api';
import { Raming } from './raming';
import { BegrotingStatus, JaarKeuze, korteRegelnaam, Signaal, useJaarUitQuery, useZoekParameters } from './financien';

const grafiekTitel = 'Begroot, verplicht en uitgegeven per onderdeel';

export function FinancienOverzichtPagina() {
  const { regioId, regio, kruimels } = useOnderdeel('overzicht');
  const { jaar } = useJaarUitQuery(regioId);
  const [zoek, zet] = useZoekParameters();
  const alsTabel = zoek.get('weergave') === 'tabel';

  return (
    <>
      <RegioKop titel={jaar ? `Financieel overzicht ${jaar}` : 'Financieel overzicht'} kruimels={kruimels}>
        <Paragraph>
          Waar staat de regio met haar geld: per onderdeel van de begroting wat begroot is, wat al verplicht en uitgegeven
          is, de verwachting voor het eind van het jaar en wat er nog resteert.
        </Paragraph>
      </RegioKop>
      {jaar === undefined ? (
        <Laden wat="het financieel overzicht" />
      ) : (
        <>
          <JaarKeuze jaar={jaar} onKies={(j) => zet({ jaar: String(j), begroting: null })} />
          <BegrotingKeuze regioId={regioId} jaar={jaar} gekozen={zoek.get('begroting')} onKies={(id) => zet({ begroting: id })} />
          <OverzichtInhoud
            regioId={regioId}
            regioNaam={regio?.naam ?? ''}
            jaar={jaar}
            begrotingId={zoek.get('begroting') ?? undefined}
            alsTabel={alsTabel}
            onWissel={() => zet({ weergave: alsTabel ? null : 'tabel' })}
          />
        </>
      )}
      <section aria-labelledby="raming-kop" className="sectie">
        <Heading2 id="raming-kop">Na 2026: uitkeringen en verplichtingen</Heading2>
        <Paragraph>
          De bekende bedragen van de uitkeringen per jaar naast de structurele verplichtingen, zonder aannames over wat na de
          looptijd komt. Scenario’s staan in de <AppLink to={`/regios/${regioId}/financien/meerjarenraming`}>meerjarenraming</AppLink>.
        </Paragraph>
        <Raming
          regioId={regioId}
          regioNaam={regio?.naam}
          van={2024}
          tot={2030}
          scenarioId={undefined}
          alsTabel={zoek.get('raming') === 'tabel'}
          onWissel={() => zet({ raming: zoek.get('raming') === 'tabel' ? null : 'tabel' })}
          id="raming-weergave"
        />
      </section>
    </>
  );
}

/** A year with more than one budget: the overview is of one of them, chosen here (in the query string). */
function BegrotingKeuze({ regioId, jaar, gekozen, onKies }: { regioId: string; jaar: number; gekozen: string | null; onKies: (id: string) => void }) {
  const begrotingen = useBegrotingen(regioId, jaar);
  const items = begrotingen.data?.items ?? [];
  if (items.length < 2) return null;
  return (
    <FormField>
      <FormLabel htmlFor="begroting-keuze">Begroting</FormLabel>
      <Select id="begroting-keuze" value={gekozen ?? ''} onChange={(e) => onKies(e.target.value)}>
        <SelectOption value="">Kies een begroting van {jaar}</SelectOption>
        {items.map((b) => (
          <SelectOption key={b.id} value={b.id}>
            {b.naam}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}

function OverzichtInhoud({
  regioId,
  regioNaam,
  jaar,
  begrotingId,
  alsTabel,
  onWissel,
}: {
  regioId: string;
  regioNaam: string;
  jaar: number;
  begrotingId?: string;
  alsTabel: boolean;
  onWissel: () => void;
}) {
  const overzicht = useFinancieelOverzicht(regioId, jaar, begrotingId);
  const basis = `/regios/${regioId}/financien`;
  return (
    <MetGegevens query={overzicht} wat="het financieel overzicht">
      {(data) =>
        !data.begroting || data.regels.length === 0 ? (
          <section aria-labelledby="geen-begroting" className="sectie">
            <Heading2 id="geen-begroting">Nog geen begroting voor {jaar}</Heading2>
            <Paragraph>
              Dit overzicht zet de bestedingen naast de begroting. Zodra er voor {jaar} een begroting is, ziet u hier per
              onderdeel wat begroot, verplicht en uitgegeven is.
            </Paragraph>
            <Paragraph>
              <AppButtonLink to={`${basis}/begroting/${jaar}`} appearance="primary-action-button">
                Naar de begroting {jaar}
              </AppButtonLink>
            </Paragraph>
          </section>
        ) : (
          <>
            <Paragraph>
              Begroting: <AppLink to={`${basis}/begroting/${jaar}`}>{data.begroting.naam}</AppLink>, versie{' '}
              {data.begroting.versie} <BegrotingStatus status={data.begroting.status} />
            </Paragraph>
            <Kerncijfers data={data} />
            <section aria-labelledby="besteding-kop" className="sectie">
              <Heading2 id="besteding-kop">Besteding per onderdeel</Heading2>
              <div className="weergave-acties">
                <Button appearance="secondary-action-button" onClick={onWissel} aria-controls="besteding-weergave">
                  {alsTabel ? 'Toon als grafiek' : 'Toon als tabel'}
                </Button>
                <ExcelKnop
                  bestandsnaam={excelBestandsnaam('financieel-overzicht', regioNaam, jaar)}
                  bladen={[overzichtBlad(data)]}
                />
              </div>
              <div id="besteding-weergave">{alsTabel ? <OverzichtTabel data={data} /> : <OverzichtGrafiek data={data} />}</div>
            </section>
          </>
        )
      }
    </MetGegevens>
  );
}

function Kerncijfers({ data }: { data: FinancieelOverzicht }) {
  const t = data.totaal;
  const signalen = data.regels.filter((r) => r.signaal !== 'geen').length;
  return (
    <ul className="kerncijfers" aria-label="Totalen">
      <li>
        <span className="kerncijfers__label">Begroot</span> <span className="kerncijfers__waarde">{formatEuro(t.begrootCenten)}</span>
      </li>
      <li>
        <span className="kerncijfers__label">Verplicht</span> <span className="kerncijfers__waarde">{formatEuro(t.verplichtCenten)}</span>
      </li>
      <li>
        <span className="kerncijfers__label">Uitgegeven</span> <span className="kerncijfers__waarde">{formatEuro(t.uitgegevenCenten)}</span>
      </li>
      <li>
        <span className="kerncijfers__label">Resterend</span> <span className="kerncijfers__waarde">{formatEuro(t.resterendCenten)}</span>
      </li>
      <li>
        <span className="kerncijfers__label">Signalen</span>{' '}
        <span className="kerncijfers__waarde">{signalen === 0 ? 'geen' : aantal(signalen, 'onderdeel', 'onderdelen')}</span>
      </li>
    </ul>
  );
}

function OverzichtGrafiek({ data }: { data: FinancieelOverzicht }) {
  const categorieen = useMemo(() => data.regels.map((r) => korteRegelnaam(r.code, r.omschrijving)), [data]);
  const reeksen = useMemo<Reeks[]>(
    () => [
      { naam: 'Begroot', waarden: data.regels.map((r) => r.begrootCenten), kleurToken: '--basis-color-accent-1-inverse-bg-default', patroon: 'vol' },
      { naam: 'Verplicht', waarden: data.regels.map((r) => r.verplichtCenten), kleurToken: '--basis-color-warning-inverse-bg-default', patroon: 'strepen' },
      { naam: 'Uitgegeven', waarden: data.regels.map((r) => r.uitgegevenCenten), kleurToken: '--basis-color-positive-inverse-bg-default', patroon: 'stippen' },
    ],
    [data],
  );
  const grootste = [...data.regels].sort((a, b) => b.begrootCenten - a.begrootCenten)[0];
  const t = data.totaal;
  const samenvatting =
    `Staafdiagram over ${aantal(data.regels.length, 'onderdeel', 'onderdelen')} in ${data.jaar}, bedragen in euro. ` +
    `Totaal begroot ${formatEuro(t.begrootCenten)}, verplicht ${formatEuro(t.verplichtCenten)}, uitgegeven ${formatEuro(t.uitgegevenCenten)}.` +
    (grootste ? ` Het grootste onderdeel is ${grootste.omschrijving} met ${formatEuro(grootste.begrootCenten)} begroot.` : '') +
    ' Kies “Toon als tabel” voor alle bedragen.';
  return (
    <>
      <Staafgrafiek titel={grafiekTitel} samenvatting={samenvatting} categorieen={categorieen} reeksen={reeksen} />
      <Paragraph appearance="small">
        Begroot: effen staaf; verplicht: gestreepte staaf; uitgegeven: gestippelde staaf.
      </Paragraph>
    </>
  );
}

export function OverzichtTabel({ data }: { data: FinancieelOverzicht }) {
  const t = data.totaal;
  return (
    <Tabel
      label={`${grafiekTitel} ${data.jaar}`}
      koppen={[
        'Code',
        'Omschrijving',
        { tekst: 'Begroot', numeriek: true },
        { tekst: 'Verplicht', numeriek: true },
        { tekst: 'Uitgegeven', numeriek: true },
        { tekst: 'Prognose', numeriek: true },
        { tekst: 'Resterend', numeriek: true },
        'Signaal',
      ]}
      voet={
        <TableFooter>
          <TableRow className="totaalrij">
            <TableCell>
              <span className="visueel-verborgen">Alle onderdelen</span>
            </TableCell>
            <TableCell>Totaal</TableCell>
            <TableCell className="numeriek">{formatEuro(t.begrootCenten)}</TableCell>
            <TableCell className="numeriek">{formatEuro(t.verplichtCenten)}</TableCell>
            <TableCell className="numeriek">{formatEuro(t.uitgegevenCenten)}</TableCell>
            <TableCell className="numeriek">{t.prognoseCenten === null ? 'geen' : formatEuro(t.prognoseCenten)}</TableCell>
            <TableCell className="numeriek">{formatEuro(t.resterendCenten)}</TableCell>
            <TableCell />
          </TableRow>
        </TableFooter>
      }
    >
      {data.regels.map((r) => (
        <TableRow key={r.begrotingsregelId}>
          <TableCell>{r.code}</TableCell>
          <TableCell>{r.omschrijving}</TableCell>
          <TableCell className="numeriek">{formatEuro(r.begrootCenten)}</TableCell>
          <TableCell className="numeriek">{formatEuro(r.verplichtCenten)}</TableCell>
          <TableCell className="numeriek">{formatEuro(r.uitgegevenCenten)}</TableCell>
          <TableCell className="numeriek">{r.prognoseCenten === null ? 'geen' : formatEuro(r.prognoseCenten)}</TableCell>
          <TableCell className="numeriek">{formatEuro(r.resterendCenten)}</TableCell>
          <TableCell>
            <Signaal signaal={r.signaal} />
          </TableCell>
        </TableRow>
      ))}
    </Tabel>
  );
}

export function overzichtBlad(data: FinancieelOverzicht) {
  const t = data.totaal;
  return {
    naam: `Overzicht ${data.jaar}`,
    kolommen: [
      { kop: 'Code' },
      { kop: 'Omschrijving', breedte: 60 },
      { kop: 'Begroot', soort: 'euro' as const },
      { kop: 'Verplicht', soort: 'euro' as const },
      { kop: 'Uitgegeven', soort: 'euro' as const },
      { kop: 'Prognose', soort: 'euro' as const },
      { kop: 'Resterend', soort: 'euro' as const },
      { kop: 'Signaal' },
    ],
    rijen: data.regels.map((r) => [
      r.code,
      r.omschrijving,
      r.begrootCenten,
      r.verplichtCenten,
      r.uitgegevenCenten,
      r.prognoseCenten,
      r.resterendCenten,
      r.signaal === 'geen' ? '' : r.signaal,
    ]),
    totaal: ['', 'Totaal', t.begrootCenten, t.verplichtCenten, t.uitgegevenCenten, t.prognoseCenten, t.resterendCenten, ''],
  };
}
