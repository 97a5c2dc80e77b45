import { Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { doorbetalingCreateSchema, type Uitkering } from '../../../common/contracts/financien';
import type { Gemeente } from '../../../common/contracts/regios';
import { formatEuro } from '../../../common/geld';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { KeuzeVeld, TekstVeld, TekstvakVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { AppButtonLink } from '../../components/links';
import { MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { aantal, euroInvoerNaarCenten, formatDatum } from '../../format';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import { useUitkeringen } from './financien.api';
import { LijstSectie, MetJaar, RijVerwijderen, useJaarUitQuery } from './financien';
import { useDoorbetalingen, useDoorbetalingStand, useDoorbetalingToevoegen, useDoorbetalingVerwijderen } from './verantwoording.api';

/** Transfers (DOMAIN.md §5): what the mandaatgemeente passes on to member municipalities, and what they spent against it. */
export function DoorbetalingenPagina() {
  const { regioId, regio, kruimels, label: titel, pad, rechten } = useOnderdeel('doorbetalingen');
  const { jaar } = useJaarUitQuery(regioId);
  const melding = useMelding();
  return (
    <>
      <RegioKop titel={titel} kruimels={kruimels}>
        <Paragraph>
          Geld dat de mandaatgemeente doorbetaalt aan een deelnemende gemeente die het aan de IZA-doelen besteedt. Die gemeente
          verantwoordt de besteding zelf in haar SiSa; hier staat wat zij ontving en wat zij ertegenover uitgaf.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      {rechten.magFinancienBewerken ? (
        <Paragraph>
          <AppButtonLink to={`${pad}/nieuw`} appearance="primary-action-button">
            Doorbetaling vastleggen
          </AppButtonLink>
        </Paragraph>
      ) : null}
      <section aria-labelledby="stand-kop" className="sectie">
        <Heading2 id="stand-kop">{jaar ? `Stand per gemeente in ${jaar}` : 'Stand per gemeente'}</Heading2>
        <MetJaar jaar={jaar} wat="de stand">
          {(j) => <Stand regioId={regioId} regioNaam={regio?.naam} jaar={j} />}
        </MetJaar>
      </section>
      <Doorbetalingen regioId={regioId} magBewerken={rechten.magFinancienBewerken} />
    </>
  );
}

function Stand({ regioId, regioNaam, jaar }: { regioId: string; regioNaam: string | undefined; jaar: number }) {
  const stand = useDoorbetalingStand(regioId, jaar);
  return (
    <MetGegevens query={stand} wat="de stand">
      {({ items }) =>
        items.length === 0 ? (
          <Paragraph>Er is in {jaar} niets doorbetaald.</Paragraph>
        ) : (
          <>
            <ExcelKnop
              bestandsnaam={excelBestandsnaam('doorbetalingen-stand', regioNaam, jaar)}
              bladen={[
                {
                  naam: `Stand ${jaar}`,
                  kolommen: [{ kop: 'Gemeente' }, { kop: 'Uitkering' }, { kop: 'Doorbetaald', soort: 'euro' }, { kop: 'Uitgegeven', soort: 'euro' }, { kop: 'Saldo', soort: 'euro' }],
                  rijen: items.map((s) => [s.ontvanger.naam, s.uitkering.naam, s.doorbetaaldCenten, s.uitgegevenCenten, s.saldoCenten]),
                },
              ]}
            />
            <Tabel
              label={`Stand van de doorbetalingen in ${jaar}`}
              koppen={['Gemeente', 'Uitkering', { tekst: 'Doorbetaald', numeriek: true }, { tekst: 'Uitgegeven', numeriek: true }, { tekst: 'Saldo', numeriek: true }]}
            >
              {items.map((s) => (
                <TableRow key={`${s.ontvanger.gemeentecode}-${s.uitkering.id}`}>
                  <TableCell>{s.ontvanger.naam}</TableCell>
                  <TableCell>{s.uitkering.naam}</TableCell>
                  <TableCell className="numeriek geen-afbreking">{formatEuro(s.doorbetaaldCenten)}</TableCell>
                  <TableCell className="numeriek geen-afbreking">{formatEuro(s.uitgegevenCenten)}</TableCell>
                  <TableCell className="numeriek geen-afbreking">
                    {s.saldoCenten < 0 ? `${formatEuro(-s.saldoCenten)} meer uitgegeven` : formatEuro(s.saldoCenten)}
                  </TableCell>
                </TableRow>
              ))}
            </Tabel>
          </>
        )
      }
    </MetGegevens>
  );
}

function Doorbetalingen({ regioId, magBewerken }: { regioId: string; magBewerken: boolean }) {
  const doorbetalingen = useDoorbetalingen(regioId);
  const verwijderen = useDoorbetalingVerwijderen(regioId);
  const [gedaan, setGedaan] = useState<string>();
  return (
    <LijstSectie
      id="doorbetalingen-kop"
      titel="Vastgelegde doorbetalingen"
      query={doorbetalingen}
      wat="de doorbetalingen"
      leeg="Er zijn nog geen doorbetalingen vastgelegd."
      gedaan={gedaan}
      verwijderFout={verwijderen.error}
    >
      {(items) => (
        <>
          <Paragraph className="telling">{aantal(items.length, 'doorbetaling', 'doorbetalingen')}</Paragraph>
          <Tabel
            label="Doorbetalingen"
            koppen={['Datum', 'Aan', 'Uitkering', { tekst: 'Bedrag', numeriek: true }, 'Kenmerk', magBewerken ? 'Actie' : null]}
          >
            {items.map((d) => {
              const naam = `${d.ontvanger.naam} ${formatDatum(d.datum)}`;
              return (
                <TableRow key={d.id}>
                  <TableCell className="geen-afbreking">{formatDatum(d.datum)}</TableCell>
                  <TableCell>{d.ontvanger.naam}</TableCell>
                  <TableCell>{d.uitkering.naam}</TableCell>
                  <TableCell className="numeriek geen-afbreking">{formatEuro(d.bedragCenten)}</TableCell>
                  <TableCell>
                    {d.kenmerk || '–'}
                    {d.toelichting ? <span className="bijzin">{d.toelichting}</span> : null}
                  </TableCell>
                  {magBewerken ? (
                    <TableCell>
                      <RijVerwijderen
                        mutatie={verwijderen}
                        id={d.id}
                        naam={naam}
                        vraag={`De doorbetaling van ${formatEuro(d.bedragCenten)} aan ${d.ontvanger.naam} op ${formatDatum(d.datum)} verwijderen?`}
                        melding={`De doorbetaling aan ${d.ontvanger.naam} van ${formatDatum(d.datum)} is verwijderd.`}
                        onGedaan={setGedaan}
                      />
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </Tabel>
        </>
      )}
    </LijstSectie>
  );
}

const labels: Record<string, string> = {
  uitkeringId: 'Uitkering',
  ontvangerGemeentecode: 'Ontvangende gemeente',
  datum: 'Datum',
  bedragCenten: 'Bedrag',
  kenmerk: 'Kenmerk',
  toelichting: 'Toelichting',
};

export function DoorbetalingFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('doorbetalingen');
  const uitkeringen = useUitkeringen(regioId);
  const gemeenten = useGemeenten(regioId);
  return (
    <FormulierPagina
      titel="Doorbetaling vastleggen"
      kruimels={[...kruimels, { label: 'Vastleggen', to: `${pad}/nieuw` }]}
      mag={rechten.magFinancienBewerken}
      geenRecht="Alleen de regiocoördinator en de financieel adviseur kunnen doorbetalingen vastleggen."
      laden={uitkeringen.isPending || gemeenten.isPending}
      wat="de uitkeringen en gemeenten"
    >
      {() => <DoorbetalingFormulier regioId={regioId} pad={pad} uitkeringen={uitkeringen.data?.items ?? []} gemeenten={gemeenten.data?.items ?? []} />}
    </FormulierPagina>
  );
}

function DoorbetalingFormulier({ regioId, pad, uitkeringen, gemeenten }: { regioId: string; pad: string; uitkeringen: Uitkering[]; gemeenten: Gemeente[] }) {
  const f = useFormulier({
    begin: { uitkeringId: uitkeringen[0]?.id ?? '', ontvangerGemeentecode: '', datum: '', bedrag: '', kenmerk: '', toelichting: '' },
    labels,
  });
  const toevoegen = useDoorbetalingToevoegen(regioId);
  const uitkering = uitkeringen.find((u) => u.id === f.invoer.uitkeringId);
  // The mandaatgemeente receives the grant; it passes money on to the others.
  const ontvangers = gemeenten.filter((g) => g.gemeentecode !== uitkering?.ontvanger?.gemeentecode);

  function verstuur() {
    const extra: Veldfouten = {};
    const centen = euroInvoerNaarCenten(f.invoer.bedrag);
    if (centen === null) extra.bedragCenten = 'Vul een bedrag in euro in, zoals 50.000 of 1.234,56 (hoogstens twee decimalen)';
    const { bedrag: _bedrag, ...rest } = f.invoer;
    const geldig = f.controleer(doorbetalingCreateSchema, { ...rest, bedragCenten: centen ?? 0 }, extra);
    if (geldig) {
      const naam = gemeenten.find((g) => g.gemeentecode === geldig.ontvangerGemeentecode)?.naam ?? geldig.ontvangerGemeentecode;
      f.opslaan(toevoegen, geldig, `${pad}?jaar=${geldig.datum.slice(0, 4)}`, { melding: `De doorbetaling van ${formatEuro(geldig.bedragCenten)} aan ${naam} is vastgelegd.` });
    }
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending} annulerenNaar={pad}>
      <KeuzeVeld {...f.veld('uitkeringId')} verplicht keuzes={uitkeringen.map((u) => ({ waarde: u.id, label: u.ontvanger ? `${u.naam} (via ${u.ontvanger.naam})` : u.naam }))} />
      <KeuzeVeld
        {...f.veld('ontvangerGemeentecode')}
        verplicht
        beschrijving={uitkering?.ontvanger ? `Een deelnemende gemeente; niet ${uitkering.ontvanger.naam}, die de uitkering ontvangt.` : 'Een deelnemende gemeente.'}
        keuzes={[{ waarde: '', label: 'Kies een gemeente' }, ...ontvangers.map((g) => ({ waarde: g.gemeentecode, label: g.naam }))]}
      />
      <TekstVeld {...f.veld('datum')} type="date" verplicht className="invoer-kort" />
      <TekstVeld {...f.veld('bedrag', 'bedragCenten')} verplicht inputMode="decimal" beschrijving="In euro, zoals 50.000 of 1.234,56." className="invoer-kort" />
      <TekstVeld {...f.veld('kenmerk')} beschrijving="Het kenmerk van de betaling, zoals DB-2024-01." />
      <TekstvakVeld {...f.veld('toelichting')} rows={3} />
    </Formulier>
  );
}
