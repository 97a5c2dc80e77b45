import { ButtonGroup, ButtonLink, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { sisaOpgaveSchema } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { TekstVeld, TekstvakVeld, VinkVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { AppLink } from '../../components/links';
import { MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { aantal, centenNaarInvoer, euroInvoerNaarCenten } from '../../format';
import { MetJaar, useJaarUitQuery } from './financien';
import { sisaExportPad, useSisa, useSisaOpgave, type SisaRegel } from './verantwoording.api';

/** SiSa (DOMAIN.md §5): per municipality and grant what was spent in the year, to account for it to the ministry. */
export function SisaPagina() {
  const { regioId, kruimels, label: titel } = useOnderdeel('sisa');
  const { jaar } = useJaarUitQuery(regioId);
  const melding = useMelding();
  return (
    <>
      <RegioKop titel={jaar ? `${titel} ${jaar}` : titel} kruimels={kruimels}>
        <Paragraph>
          De verantwoording van de uitkeringen via SiSa: per gemeente en uitkering de besteding in het jaar, de overige
          besteding, het cumulatieve bedrag en of dit de eindverantwoording is. Het bestand gaat met de jaarrekening naar het
          CBS, uiterlijk 15 juli van het jaar erna.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      <MetJaar jaar={jaar} wat="de SiSa-gegevens">
        {(j) => <SisaTabel regioId={regioId} jaar={j} />}
      </MetJaar>
    </>
  );
}

const sisaPad = (basis: string, r: SisaRegel) => `${basis}/${r.uitkering.id}/${r.gemeente.gemeentecode}?jaar=${r.jaar}`;

function SisaTabel({ regioId, jaar }: { regioId: string; jaar: number }) {
  const { pad, rechten } = useOnderdeel('sisa');
  const sisa = useSisa(regioId, jaar);
  return (
    <MetGegevens query={sisa} wat="de SiSa-gegevens">
      {({ items }) =>
        items.length === 0 ? (
          <Paragraph>
            Hier staat per gemeente en uitkering wat in {jaar} is besteed, zodra er boekingen of doorbetalingen zijn. Voor {jaar} is
            er nog niets te verantwoorden.
          </Paragraph>
        ) : (
          <>
            <Paragraph className="telling">{aantal(items.length, 'regel', 'regels')}</Paragraph>
            <ButtonGroup className="weergave-acties">
              {/* Server-made files with the ministry's indicator codes of the year; the session cookie goes along. */}
              <ButtonLink href={sisaExportPad(regioId, jaar, 'xlsx')} download={`sisa-${jaar}.xlsx`} appearance="secondary-action-button">
                Exporteren naar Excel (SiSa)
              </ButtonLink>
              <ButtonLink href={sisaExportPad(regioId, jaar, 'csv')} download={`sisa-${jaar}.csv`} appearance="secondary-action-button">
                CSV
                <span className="visueel-verborgen"> (SiSa {jaar})</span>
              </ButtonLink>
            </ButtonGroup>
            <Tabel
              label={`SiSa ${jaar} per gemeente en uitkering`}
              koppen={[
                'Gemeente',
                'Uitkering',
                { tekst: `Besteding ${jaar}`, numeriek: true },
                { tekst: 'Overige besteding', numeriek: true },
                { tekst: 'Cumulatief', numeriek: true },
                'Toelichting afwijking',
                'Eindverantwoording',
                rechten.magFinancienBewerken ? 'Actie' : null,
              ]}
            >
              {items.map((r) => (
                <TableRow key={`${r.uitkering.id}-${r.gemeente.gemeentecode}`}>
                  <TableCell>
                    {r.gemeente.naam} <span className="bijzin">{r.gemeente.gemeentecode}</span>
                  </TableCell>
                  <TableCell>{r.uitkering.naam}</TableCell>
                  <TableCell className="numeriek geen-afbreking">{formatEuro(r.bestedingJaarCenten)}</TableCell>
                  <TableCell className="numeriek geen-afbreking">{formatEuro(r.overigeBestedingCenten)}</TableCell>
                  <TableCell className="numeriek geen-afbreking">{formatEuro(r.cumulatiefCenten)}</TableCell>
                  <TableCell>{r.toelichtingAfwijking || <span className="bijzin">geen</span>}</TableCell>
                  <TableCell>{r.eindverantwoording ? 'ja' : 'nee'}</TableCell>
                  {rechten.magFinancienBewerken ? (
                    <TableCell>
                      <AppLink to={sisaPad(pad, r)}>
                        Bewerken<span className="visueel-verborgen"> {r.gemeente.naam}, {r.uitkering.naam}</span>
                      </AppLink>
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </Tabel>
          </>
        )
      }
    </MetGegevens>
  );
}

/** What the financial adviser fills in for one row: other spending, the explanation, final or not. */
export function SisaFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('sisa');
  const { uitkeringId = '', gemeentecode = '' } = useParams();
  const { jaar } = useJaarUitQuery(regioId);
  const sisa = useSisa(regioId, jaar);
  const regel = sisa.data?.items.find((r) => r.uitkering.id === uitkeringId && r.gemeente.gemeentecode === gemeentecode);
  const naam = regel ? `${regel.gemeente.naam}, ${regel.uitkering.naam}` : 'SiSa-regel';
  const lijst = `${pad}?jaar=${jaar ?? ''}`;
  return (
    <FormulierPagina
      titel={`SiSa ${jaar ?? ''} bewerken: ${naam}`}
      kruimels={[...kruimels, { label: `${naam} bewerken`, to: `${pad}/${uitkeringId}/${gemeentecode}?jaar=${jaar ?? ''}` }]}
      mag={rechten.magFinancienBewerken}
      geenRecht="Alleen de regiocoördinator en de financieel adviseur kunnen de SiSa-gegevens invullen."
      laden={jaar === undefined || sisa.isPending}
      wat="de SiSa-regel"
    >
      {() =>
        regel && jaar !== undefined ? (
          <SisaFormulier regioId={regioId} regel={regel} jaar={jaar} terug={lijst} />
        ) : (
          <Paragraph>
            Deze combinatie van gemeente en uitkering staat niet in de SiSa van {jaar}. <AppLink to={lijst}>Terug naar SiSa</AppLink>
          </Paragraph>
        )
      }
    </FormulierPagina>
  );
}

function SisaFormulier({ regioId, regel, jaar, terug }: { regioId: string; regel: SisaRegel; jaar: number; terug: string }) {
  const f = useFormulier({
    begin: {
      overigeBesteding: centenNaarInvoer(regel.overigeBestedingCenten),
      toelichtingAfwijking: regel.toelichtingAfwijking,
      eindverantwoording: regel.eindverantwoording,
    },
    labels: { overigeBestedingCenten: 'Overige besteding', toelichtingAfwijking: 'Toelichting op afwijkingen', eindverantwoording: 'Eindverantwoording' },
  });
  const opslaan = useSisaOpgave(regioId, regel.uitkering.id, regel.gemeente.gemeentecode, jaar);

  function verstuur() {
    const extra: Veldfouten = {};
    const centen = euroInvoerNaarCenten(f.invoer.overigeBesteding || '0');
    if (centen === null) extra.overigeBestedingCenten = 'Vul een bedrag in euro in, zoals 2.500 of 1.234,56 (hoogstens twee decimalen)';
    const geldig = f.controleer(
      sisaOpgaveSchema,
      { overigeBestedingCenten: centen ?? 0, toelichtingAfwijking: f.invoer.toelichtingAfwijking, eindverantwoording: f.invoer.eindverantwoording },
      extra,
    );
    if (geldig) f.opslaan(opslaan, geldig, terug, { melding: `De SiSa-gegevens van ${regel.gemeente.naam} voor ${regel.uitkering.naam} zijn opgeslagen.` });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={opslaan.isPending} annulerenNaar={terug}>
      <Paragraph>
        Besteding ten laste van {regel.uitkering.naam} in {jaar}: {formatEuro(regel.bestedingJaarCenten)}; cumulatief{' '}
        {formatEuro(regel.cumulatiefCenten)}. Deze bedragen volgen uit de boekingen.
      </Paragraph>
      <TekstVeld
        {...f.veld('overigeBesteding', 'overigeBestedingCenten')}
        inputMode="decimal"
        beschrijving="Besteding aan dezelfde doelen die niet ten laste van de uitkering komt, in euro."
        className="invoer-kort"
      />
      <TekstvakVeld {...f.veld('toelichtingAfwijking')} beschrijving="Waarom de besteding afwijkt van het plan, als dat zo is." rows={4} />
      <VinkVeld
        name="eindverantwoording"
        label="Dit is de eindverantwoording van de uitkering"
        checked={f.invoer.eindverantwoording}
        onChange={f.zet('eindverantwoording')}
        fout={f.fouten.velden.eindverantwoording}
      />
    </Formulier>
  );
}
