import { Paragraph } from '@utrecht/component-library-react';
import { regiobeeldVersieCreateSchema } from '../../../common/contracts/plannen';
import { TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { geenRechtPlannen } from './IndicatorFormulierPagina';
import { useVersieToevoegen } from './regiobeeld.api';

const labels: Record<string, string> = { naam: 'Naam', peildatum: 'Peildatum', toelichting: 'Toelichting' };

/** A recalibration of the profile (`regiobeeld/versies/nieuw`): a new version, starting from the current values. */
export function VersieFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('regiobeeld');
  return (
    <FormulierPagina
      titel="Nieuwe versie van het regiobeeld"
      kruimels={[...kruimels, { label: 'Nieuwe versie', to: `${pad}/versies/nieuw` }]}
      mag={rechten.magPlannenBewerken}
      geenRecht={geenRechtPlannen}
      wat="het formulier"
    >
      {() => <VersieFormulier regioId={regioId} pad={pad} />}
    </FormulierPagina>
  );
}

function VersieFormulier({ regioId, pad }: { regioId: string; pad: string }) {
  const f = useFormulier({ begin: { naam: '', peildatum: '', toelichting: '' }, labels });
  const toevoegen = useVersieToevoegen(regioId);
  function verstuur() {
    const geldig = f.controleer(regiobeeldVersieCreateSchema, f.invoer);
    if (geldig) f.opslaan(toevoegen, geldig, pad, { melding: 'De nieuwe versie is gemaakt en is nu de huidige. De vorige versie blijft leesbaar.' });
  }
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending} verstuurTekst="Versie maken" annulerenNaar={pad}>
      <Paragraph>
        De nieuwe versie begint met alle waarden van de huidige versie en wordt de huidige; daarna wijzigt of importeert u de nieuwe cijfers. De vorige
        versie blijft zoals zij was.
      </Paragraph>
      <TekstVeld {...f.veld('naam')} verplicht beschrijving="Zoals: Herijking regiobeeld 2025." />
      <TekstVeld {...f.veld('peildatum')} verplicht type="date" className="invoer-kort" beschrijving="De datum waarop de cijfers betrekking hebben." />
      <TekstvakVeld {...f.veld('toelichting')} rows={3} />
    </Formulier>
  );
}
