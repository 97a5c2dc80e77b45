import { Fieldset, FieldsetLegend, FormFieldErrorMessage, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { begrotingCreateSchema, type Uitkering } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { KeuzeVeld, TekstVeld, TekstvakVeld, veldId, VinkVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { AppLink } from '../../components/links';
import { useOnderdeel } from '../../components/regio-pagina';
import { Begrotingsregels, nieuweRegel, regelLabels, regelsVoorApi } from './begrotingsregels';
import { standaardJaar, useBegrotingOpstellen, useUitkeringen } from './financien.api';
import { jarenTot } from './financien';

const labels: Record<string, string> = {
  jaar: 'Jaar',
  naam: 'Naam',
  uitkeringIds: 'Uitkeringen',
  toelichting: 'Toelichting',
  ...regelLabels(),
};

const bedragIn = (u: Uitkering, jaar: number) => u.bedragen.find((b) => b.jaar === jaar)?.bedragCenten;

/** The first budget of a year (version 1, a concept), within the grants that fund it. */
export function BegrotingFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('begroting');
  const [zoek] = useSearchParams();
  const gevraagd = zoek.get('jaar');
  const jaar = gevraagd && /^\d{4}$/.test(gevraagd) ? Number(gevraagd) : standaardJaar();
  const uitkeringen = useUitkeringen(regioId);
  return (
    <FormulierPagina
      titel="Begroting opstellen"
      kruimels={[...kruimels, { label: 'Opstellen', to: `${pad}/nieuw?jaar=${jaar}` }]}
      mag={rechten.magFinancienBewerken}
      geenRecht="Alleen de regiocoördinator en de financieel adviseur kunnen een begroting opstellen."
      laden={uitkeringen.isPending}
      wat="de uitkeringen"
    >
      {() => <BegrotingFormulier regioId={regioId} pad={pad} beginjaar={jaar} uitkeringen={uitkeringen.data?.items ?? []} />}
    </FormulierPagina>
  );
}

function BegrotingFormulier({ regioId, pad, beginjaar, uitkeringen }: { regioId: string; pad: string; beginjaar: number; uitkeringen: Uitkering[] }) {
  const f = useFormulier({
    begin: () => ({
      jaar: String(beginjaar),
      naam: `Uitvoeringsplan ${beginjaar}`,
      uitkeringIds: uitkeringen.filter((u) => bedragIn(u, beginjaar) !== undefined).map((u) => u.id),
      regels: [nieuweRegel()],
      toelichting: '',
    }),
    labels,
  });
  const opstellen = useBegrotingOpstellen(regioId);
  const jaar = Number(f.invoer.jaar);
  const metBedrag = uitkeringen.filter((u) => bedragIn(u, jaar) !== undefined);
  const gekozen = metBedrag.filter((u) => f.invoer.uitkeringIds.includes(u.id));
  const plafond = gekozen.reduce((s, u) => s + (bedragIn(u, jaar) ?? 0), 0);

  function kiesJaar(tekst: string) {
    const j = Number(tekst);
    // Only grants with an amount in the chosen year can fund its budget.
    f.setInvoer((x) => ({ ...x, jaar: tekst, uitkeringIds: uitkeringen.filter((u) => bedragIn(u, j) !== undefined).map((u) => u.id) }));
  }

  function verstuur() {
    const { regels, fouten } = regelsVoorApi(f.invoer.regels);
    const geldig = f.controleer(begrotingCreateSchema, { ...f.invoer, jaar, uitkeringIds: gekozen.map((u) => u.id), regels }, fouten);
    if (geldig) {
      f.opslaan(opstellen, geldig, `${pad}/${geldig.jaar}`, { melding: `De begroting ${geldig.jaar} is opgesteld als concept (versie 1). Na vaststelling door het PHO gaat zij gelden.` });
    }
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={opstellen.isPending} annulerenNaar={`${pad}/${f.invoer.jaar}`}>
      <Paragraph>
        De begroting begint als concept (versie 1); het PHO stelt haar vast. Het totaal van de regels mag niet boven het plafond
        komen: de bedragen van de uitkeringen die haar financieren in dat jaar.
      </Paragraph>
      <KeuzeVeld
        {...f.veld('jaar')}
        onChange={kiesJaar}
        verplicht
        keuzes={jarenTot(standaardJaar() + 3).map((j) => ({ waarde: String(j), label: String(j) }))}
      />
      <TekstVeld {...f.veld('naam')} verplicht />
      <Fieldset>
        <FieldsetLegend>Uitkeringen die de begroting financieren</FieldsetLegend>
        {f.fouten.velden.uitkeringIds ? (
          <FormFieldErrorMessage id={veldId('uitkeringIds')}>
            <span className="visueel-verborgen">Fout: </span>
            {f.fouten.velden.uitkeringIds}
          </FormFieldErrorMessage>
        ) : null}
        {metBedrag.length === 0 ? (
          <Paragraph>
            Geen uitkering heeft een bedrag in {jaar}. Leg eerst het bedrag vast bij{' '}
            <AppLink to={`/regios/${regioId}/financien/uitkeringen`}>Uitkeringen</AppLink>.
          </Paragraph>
        ) : (
          metBedrag.map((u) => (
            <VinkVeld
              key={u.id}
              name={`uitkering-${u.id}`}
              label={`${u.naam}: ${formatEuro(bedragIn(u, jaar) ?? 0)} in ${jaar}`}
              checked={f.invoer.uitkeringIds.includes(u.id)}
              onChange={(aan) =>
                f.setInvoer((x) => ({ ...x, uitkeringIds: aan ? [...x.uitkeringIds, u.id] : x.uitkeringIds.filter((id) => id !== u.id) }))
              }
            />
          ))
        )}
        <Paragraph aria-live="polite" className="telling">
          Plafond {formatEuro(plafond)}
        </Paragraph>
      </Fieldset>
      <Begrotingsregels regels={f.invoer.regels} onWijzig={f.zet('regels')} fouten={f.fouten.velden} plafondCenten={plafond} />
      <TekstvakVeld {...f.veld('toelichting')} rows={3} />
    </Formulier>
  );
}
