import { Button, ButtonGroup, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption, TableCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { boekingSoorten, type Boeking } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { VerwijderKnop } from '../../components/bevestiging';
import { ExcelKnop, excelBestandsnaam, type Excelblad } from '../../components/excel';
import { AppButtonLink, AppLink } from '../../components/links';
import { Actiefout, MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { aantal, formatDatum, formatDatumTijd, formatGetal } from '../../format';
import { boekingSoortLabels, label } from '../../i18n/nl';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import {
  alleBoekingen,
  standaardJaar,
  useBegrotingen,
  useBoekingen,
  useImporten,
  useImportOngedaanMaken,
  useUitkeringen,
  type BoekingenFilter,
  type EerdereImport,
} from './financien.api';
import { jarenTot, regelLabel } from './financien';

const paginaGrootte = 50;
const filterNamen = ['jaar', 'soort', 'begrotingsregel', 'uitkering', 'gemeente', 'zoek'] as const;
type FilterNaam = (typeof filterNamen)[number];

function filterUit(zoek: URLSearchParams): BoekingenFilter {
  const jaar = zoek.get('jaar');
  return {
    jaar: jaar && /^\d{4}$/.test(jaar) ? Number(jaar) : undefined,
    soort: zoek.get('soort') || undefined,
    begrotingsregelId: zoek.get('begrotingsregel') || undefined,
    uitkeringId: zoek.get('uitkering') || undefined,
    gemeentecode: zoek.get('gemeente') || undefined,
    zoek: zoek.get('zoek')?.trim() || undefined,
    pagina: Math.max(1, Number.parseInt(zoek.get('pagina') ?? '1', 10) || 1),
    paginaGrootte,
  };
}

export function BoekingenPagina() {
  const { regioId, regio, kruimels, label: titel, pad, rechten } = useOnderdeel('boekingen');
  const [zoek, setZoek] = useSearchParams();
  const filter = filterUit(zoek);
  const boekingen = useBoekingen(regioId, filter);
  const melding = useMelding();
  const actieveFilters = filterNamen.filter((n) => zoek.get(n));

  function naarPagina(pagina: number) {
    const nieuw = new URLSearchParams(zoek);
    if (pagina <= 1) nieuw.delete('pagina');
    else nieuw.set('pagina', String(pagina));
    return `${pad}${nieuw.size ? `?${nieuw.toString()}` : ''}`;
  }

  return (
    <>
      <RegioKop titel={titel} kruimels={kruimels} documentTitel={[filter.pagina && filter.pagina > 1 ? `pagina ${filter.pagina}` : null]}>
        <Paragraph>
          De verplichtingen en uitgaven van de regio, per begrotingsregel en uitkering, zoals ze uit de financiële systemen
          van de gemeenten zijn geïmporteerd.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      {rechten.magFinancienBewerken ? (
        <Paragraph>
          <AppButtonLink to={`${pad}/importeren`} appearance="primary-action-button">
            Boekingen importeren
          </AppButtonLink>
        </Paragraph>
      ) : null}
      <Paragraph>
        <AppLink to={`${pad}/dubbele-financiering${filter.jaar ? `?jaar=${filter.jaar}` : ''}`}>Controle op dubbele financiering</AppLink>: facturen en
        activiteiten die meer dan eens zijn gefinancierd.
      </Paragraph>
      <Filters
        regioId={regioId}
        zoek={zoek}
        onFilter={(waarden) => {
          const nieuw = new URLSearchParams();
          for (const n of filterNamen) if (waarden[n]) nieuw.set(n, waarden[n]!);
          setZoek(nieuw);
        }}
      />
      <MetGegevens query={boekingen} wat="de boekingen">
        {(data) => (
          <>
            <Paragraph role="status" className="telling">
              {aantal(data.totaal, 'boeking', 'boekingen')}
              {actieveFilters.length ? ' met deze filters' : ''}
              {data.totaalPaginas > 1 ? `, pagina ${formatGetal(data.pagina)} van ${formatGetal(data.totaalPaginas)}` : ''}
            </Paragraph>
            {data.totaal === 0 ? (
              <Paragraph>
                {actieveFilters.length
                  ? 'Geen boekingen gevonden met deze filters. Wis een filter om meer te zien.'
                  : 'Hier staan de verplichtingen en uitgaven zodra een export van het financiële systeem is geïmporteerd.'}
              </Paragraph>
            ) : (
              <>
                <ExcelKnop
                  bestandsnaam={excelBestandsnaam('boekingen', regio?.naam, filter.jaar)}
                  bladen={async () => [boekingenBlad(await alleBoekingen(regioId, { ...filter, pagina: 1 }))]}
                />
                <Tabel
                  label="Boekingen"
                  koppen={[
                    'Datum',
                    'Soort',
                    { tekst: 'Bedrag', numeriek: true },
                    'Begrotingsregel',
                    'Uitkering',
                    'Gemeente of organisatie',
                    'Document',
                    'Omschrijving',
                  ]}
                >
                  {data.items.map((b) => (
                    <TableRow key={b.id}>
                      <TableCell className="geen-afbreking">{formatDatum(b.datum)}</TableCell>
                      <TableCell>{label(boekingSoortLabels, b.soort)}</TableCell>
                      <TableCell className="numeriek geen-afbreking">{formatEuro(b.bedragCenten)}</TableCell>
                      <TableCell>{regelLabel(b.begrotingsregel)}</TableCell>
                      <TableCell>{b.uitkering.naam}</TableCell>
                      <TableCell>{b.gemeente?.naam ?? b.organisatie?.naam ?? ''}</TableCell>
                      <TableCell>{b.documentreferentie}</TableCell>
                      <TableCell>
                        {b.omschrijving}
                        {b.activiteit ? <span className="bijzin"> ({b.activiteit})</span> : null}
                      </TableCell>
                    </TableRow>
                  ))}
                </Tabel>
                {data.totaalPaginas > 1 ? (
                  <nav aria-label="Paginering" className="paginering">
                    <ul>
                      {data.pagina > 1 ? (
                        <li>
                          <AppLink to={naarPagina(data.pagina - 1)}>Vorige pagina</AppLink>
                        </li>
                      ) : null}
                      <li aria-current="page">
                        Pagina {formatGetal(data.pagina)} van {formatGetal(data.totaalPaginas)}
                      </li>
                      {data.pagina < data.totaalPaginas ? (
                        <li>
                          <AppLink to={naarPagina(data.pagina + 1)}>Volgende pagina</AppLink>
                        </li>
                      ) : null}
                    </ul>
                  </nav>
                ) : null}
              </>
            )}
          </>
        )}
      </MetGegevens>
      <Importen regioId={regioId} regioNaam={regio?.naam} magBewerken={rechten.magFinancienBewerken} />
    </>
  );
}

function Filters({
  regioId,
  zoek,
  onFilter,
}: {
  regioId: string;
  zoek: URLSearchParams;
  onFilter: (waarden: Partial<Record<FilterNaam, string>>) => void;
}) {
  const uitQuery = () => Object.fromEntries(filterNamen.map((n) => [n, zoek.get(n) ?? ''])) as Record<FilterNaam, string>;
  const [waarden, setWaarden] = useState(uitQuery);
  const queryTekst = zoek.toString();
  useEffect(() => setWaarden(uitQuery()), [queryTekst]);
  const jaar = waarden.jaar ? Number(waarden.jaar) : undefined;
  const begrotingen = useBegrotingen(regioId, jaar);
  const uitkeringen = useUitkeringen(regioId);
  const gemeenten = useGemeenten(regioId);
  const zet = (n: FilterNaam) => (waarde: string) => setWaarden((w) => ({ ...w, [n]: waarde }));

  const regels = (begrotingen.data?.items ?? []).flatMap((b) =>
    b.regels.map((r) => ({ waarde: r.id, label: jaar ? regelLabel(r) : `${b.jaar}: ${regelLabel(r)}` })),
  );

  function Keuze({ naam, label: tekst, keuzes }: { naam: FilterNaam; label: string; keuzes: Array<{ waarde: string; label: string }> }) {
    return (
      <FormField type="text" className="filters__veld">
        <FormLabel htmlFor={`filter-${naam}`}>{tekst}</FormLabel>
        <Select id={`filter-${naam}`} value={waarden[naam]} onChange={(e) => zet(naam)(e.target.value)}>
          {keuzes.map((k) => (
            <SelectOption key={k.waarde} value={k.waarde}>
              {k.label}
            </SelectOption>
          ))}
        </Select>
      </FormField>
    );
  }

  return (
    <form
      role="search"
      aria-label="Boekingen filteren"
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onFilter(waarden);
      }}
    >
      <div className="filters__velden">
        {Keuze({
          naam: 'jaar',
          label: 'Jaar',
          keuzes: [{ waarde: '', label: 'Alle jaren' }, ...jarenTot(standaardJaar() + 1).map((j) => ({ waarde: String(j), label: String(j) }))],
        })}
        {Keuze({
          naam: 'soort',
          label: 'Soort',
          keuzes: [{ waarde: '', label: 'Verplichtingen en uitgaven' }, ...boekingSoorten.map((s) => ({ waarde: s, label: label(boekingSoortLabels, s) }))],
        })}
        {Keuze({ naam: 'begrotingsregel', label: 'Begrotingsregel', keuzes: [{ waarde: '', label: 'Alle regels' }, ...regels] })}
        {Keuze({
          naam: 'uitkering',
          label: 'Uitkering',
          keuzes: [{ waarde: '', label: 'Alle uitkeringen' }, ...(uitkeringen.data?.items ?? []).map((u) => ({ waarde: u.id, label: u.naam }))],
        })}
        {Keuze({
          naam: 'gemeente',
          label: 'Gemeente',
          keuzes: [
            { waarde: '', label: 'Alle gemeenten' },
            ...[...(gemeenten.data?.items ?? [])].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')).map((g) => ({ waarde: g.gemeentecode, label: g.naam })),
          ],
        })}
        <FormField type="text" className="filters__veld">
          <FormLabel htmlFor="filter-zoek">Zoek in omschrijving of document</FormLabel>
          <Textbox id="filter-zoek" type="search" value={waarden.zoek} onChange={(e) => zet('zoek')(e.target.value)} />
        </FormField>
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button">
          Filteren
        </Button>
        {filterNamen.some((n) => zoek.get(n)) ? (
          <Button appearance="subtle-button" onClick={() => onFilter({})}>
            Filters wissen
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}

function boekingenBlad(items: Boeking[]): Excelblad {
  return {
    naam: 'Boekingen',
    kolommen: [
      { kop: 'Datum', soort: 'datum' },
      { kop: 'Soort' },
      { kop: 'Bedrag', soort: 'euro' },
      { kop: 'Code begrotingsregel' },
      { kop: 'Begrotingsregel', breedte: 50 },
      { kop: 'Uitkering' },
      { kop: 'Gemeentecode' },
      { kop: 'Gemeente' },
      { kop: 'Organisatie' },
      { kop: 'Activiteit' },
      { kop: 'Documentreferentie' },
      { kop: 'Omschrijving', breedte: 50 },
    ],
    rijen: items.map((b) => [
      b.datum,
      label(boekingSoortLabels, b.soort),
      b.bedragCenten,
      b.begrotingsregel.code,
      b.begrotingsregel.omschrijving,
      b.uitkering.naam,
      b.gemeente?.gemeentecode,
      b.gemeente?.naam,
      b.organisatie?.naam,
      b.activiteit,
      b.documentreferentie,
      b.omschrijving,
    ]),
    totaal: ['Totaal', '', items.reduce((s, b) => s + b.bedragCenten, 0)],
  };
}

function Importen({ regioId, regioNaam, magBewerken }: { regioId: string; regioNaam: string | undefined; magBewerken: boolean }) {
  const importen = useImporten(regioId);
  const ongedaan = useImportOngedaanMaken(regioId);
  const [gedaan, setGedaan] = useState<string | null>(null);
  return (
    <section aria-labelledby="importen-kop" className="sectie">
      <Heading2 id="importen-kop">Eerdere importen</Heading2>
      <Melding tekst={gedaan} />
      <Actiefout fout={ongedaan.error} tekst="Ongedaan maken is niet gelukt" />
      <MetGegevens query={importen} wat="de importen">
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>Er zijn nog geen bestanden met boekingen geïmporteerd.</Paragraph>
          ) : (
            <>
              <ExcelKnop
                bestandsnaam={excelBestandsnaam('importen-boekingen', regioNaam)}
                bladen={[
                  {
                    naam: 'Importen',
                    kolommen: [{ kop: 'Bestand' }, { kop: 'Geïmporteerd op' }, { kop: 'Regels', soort: 'getal' }, { kop: 'Totaal', soort: 'euro' }],
                    rijen: items.map((i) => [i.bestandsnaam, formatDatumTijd(i.aangemaaktOp), i.aantalRegels, i.totaalCenten]),
                  },
                ]}
              />
              <Tabel label="Eerdere importen" koppen={['Bestand', 'Geïmporteerd op', { tekst: 'Regels', numeriek: true }, { tekst: 'Totaal', numeriek: true }, magBewerken ? 'Actie' : null]}>
                {items.map((i: EerdereImport) => (
                  <TableRow key={i.id}>
                    <TableCell className="breekbaar">{i.bestandsnaam}</TableCell>
                    <TableCell>{formatDatumTijd(i.aangemaaktOp)}</TableCell>
                    <TableCell className="numeriek">{formatGetal(i.aantalRegels)}</TableCell>
                    <TableCell className="numeriek geen-afbreking">{formatEuro(i.totaalCenten)}</TableCell>
                    {magBewerken ? (
                      <TableCell>
                        <VerwijderKnop
                          klein
                          knopTekst="Ongedaan maken"
                          toevoeging={i.bestandsnaam}
                          vraag={`De import van “${i.bestandsnaam}” ongedaan maken? De ${aantal(i.aantalRegels, 'boeking', 'boekingen')} uit dit bestand verdwijnen.`}
                          bevestigTekst="Ja, ongedaan maken"
                          bezig={ongedaan.isPending}
                          onBevestig={() =>
                            ongedaan.mutate(i.id, { onSuccess: () => setGedaan(`De import van “${i.bestandsnaam}” is ongedaan gemaakt.`) })
                          }
                        />
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </Tabel>
            </>
          )
        }
      </MetGegevens>
    </section>
  );
}
