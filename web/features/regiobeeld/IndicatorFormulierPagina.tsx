import { useParams } from 'react-router';
import { indicatorCreateSchema, type IndicatorDetail } from '../../../common/contracts/plannen';
import { TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { useIndicator, useIndicatorBijwerken, useIndicatorToevoegen } from './regiobeeld.api';

const labels: Record<string, string> = { code: 'Code', naam: 'Naam', eenheid: 'Eenheid', bron: 'Bron', omschrijving: 'Omschrijving' };
export const geenRechtPlannen = 'Alleen de regiocoördinator kan het regiobeeld, het regioplan en het uitvoeringsplan wijzigen.';

/** Adding (`regiobeeld/nieuw`) or editing (`regiobeeld/:id/bewerken`) an indicator. */
export function IndicatorFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('regiobeeld');
  const { indicatorId } = useParams();
  const indicator = useIndicator(regioId, indicatorId);
  const naam = indicator.data?.naam ?? 'Indicator';
  return (
    <FormulierPagina
      titel={indicatorId ? `${naam} bewerken` : 'Indicator toevoegen'}
      kruimels={
        indicatorId
          ? [...kruimels, { label: naam, to: `${pad}/${indicatorId}` }, { label: 'Bewerken', to: `${pad}/${indicatorId}/bewerken` }]
          : [...kruimels, { label: 'Toevoegen', to: `${pad}/nieuw` }]
      }
      mag={rechten.magPlannenBewerken}
      geenRecht={geenRechtPlannen}
      query={indicatorId ? indicator : undefined}
      wat="de indicator"
    >
      {(i) => <IndicatorFormulier regioId={regioId} pad={pad} indicator={i} />}
    </FormulierPagina>
  );
}

function IndicatorFormulier({ regioId, pad, indicator }: { regioId: string; pad: string; indicator: IndicatorDetail | undefined }) {
  const f = useFormulier({
    begin: { code: indicator?.code ?? '', naam: indicator?.naam ?? '', eenheid: indicator?.eenheid ?? '', bron: indicator?.bron ?? '', omschrijving: indicator?.omschrijving ?? '' },
    labels,
    conflictVeld: 'code',
  });
  const toevoegen = useIndicatorToevoegen(regioId);
  const bijwerken = useIndicatorBijwerken(regioId, indicator?.id ?? '');
  function verstuur() {
    const geldig = f.controleer(indicatorCreateSchema, f.invoer);
    if (!geldig) return;
    if (indicator) f.opslaan(bijwerken, alleenGewijzigd(geldig, indicator), `${pad}/${indicator.id}`, { melding: 'De indicator is gewijzigd.' });
    else f.opslaan(toevoegen, geldig, (i) => `${pad}/${i.id}`, { melding: 'De indicator is toegevoegd. Voeg nu waarden toe, of importeer ze.' });
  }
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={indicator ? `${pad}/${indicator.id}` : pad}>
      <TekstVeld {...f.veld('code')} verplicht beschrijving="Kort en vast, zoals personeelstekort; de import herkent de indicator aan deze code." className="invoer-kort" />
      <TekstVeld {...f.veld('naam')} verplicht />
      <TekstVeld {...f.veld('eenheid')} verplicht beschrijving="Zoals personen, % of per 1.000 inwoners." className="invoer-kort" />
      <TekstVeld {...f.veld('bron')} beschrijving="Waar de cijfers vandaan komen, zoals het regiobeeld van de GGD." />
      <TekstvakVeld {...f.veld('omschrijving')} rows={3} />
    </Formulier>
  );
}
