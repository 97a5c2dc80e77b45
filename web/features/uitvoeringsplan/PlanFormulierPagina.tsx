import { Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { bijstellingSchema, uitvoeringsplanCreateSchema, uitvoeringsplanUpdateSchema, type UitvoeringsplanDetail } from '../../../common/contracts/plannen';
import { TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { useBijstelling, usePlanBijwerken, usePlanToevoegen } from './uitvoeringsplan.api';
import { geenRechtPlannen, PlanversiePagina, versiePad } from './uitvoeringsplan';

const labels: Record<string, string> = { jaar: 'Jaar', naam: 'Naam', toelichting: 'Toelichting' };

/** A new yearly plan (`uitvoeringsplan/nieuw`): version 1, a concept. */
export function UitvoeringsplanNieuwPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('uitvoeringsplan');
  return (
    <FormulierPagina titel="Uitvoeringsplan opstellen" kruimels={[...kruimels, { label: 'Opstellen', to: `${pad}/nieuw` }]} mag={rechten.magPlannenBewerken} geenRecht={geenRechtPlannen} wat="het formulier">
      {() => <NieuwFormulier regioId={regioId} pad={pad} />}
    </FormulierPagina>
  );
}

function NieuwFormulier({ regioId, pad }: { regioId: string; pad: string }) {
  const [zoek] = useSearchParams();
  const f = useFormulier({ begin: { jaar: zoek.get('jaar') ?? String(new Date().getFullYear() + 1), naam: '', toelichting: '' }, labels, conflictVeld: 'jaar' });
  const toevoegen = usePlanToevoegen(regioId);
  function verstuur() {
    const geldig = f.controleer(uitvoeringsplanCreateSchema, f.invoer);
    if (geldig) f.opslaan(toevoegen, geldig, (p) => versiePad(pad, p), { melding: 'Het uitvoeringsplan is opgesteld als concept (versie 1). Voeg nu de onderdelen toe.' });
  }
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending} verstuurTekst="Opstellen" annulerenNaar={pad}>
      <TekstVeld {...f.veld('jaar')} verplicht inputMode="numeric" className="invoer-code" />
      <TekstVeld {...f.veld('naam')} verplicht beschrijving="Zoals: Samen sterk voor gezondheid." />
      <TekstvakVeld {...f.veld('toelichting')} rows={3} />
    </Formulier>
  );
}

/** Name and explanation of a concept (`…/versie/:versie/bewerken`). */
export function UitvoeringsplanBewerkenPagina() {
  return (
    <PlanversiePagina titel={(p) => (p ? `Versie ${p.versie} bewerken` : 'Bewerken')} kruimel={() => 'Bewerken'}>
      {(p) => <BewerkFormulier plan={p} />}
    </PlanversiePagina>
  );
}

function BewerkFormulier({ plan }: { plan: UitvoeringsplanDetail }) {
  const { regioId, pad } = useOnderdeel('uitvoeringsplan');
  const f = useFormulier({ begin: { naam: plan.naam, toelichting: plan.toelichting }, labels });
  const bijwerken = usePlanBijwerken(regioId, plan.id);
  const terug = versiePad(pad, plan);
  if (plan.status !== 'concept') return <Paragraph>Versie {plan.versie} is {plan.status} en verandert niet meer. Maak een bijstelling om het plan te wijzigen.</Paragraph>;
  function verstuur() {
    const geldig = f.controleer(uitvoeringsplanUpdateSchema, f.invoer);
    if (geldig) f.opslaan(bijwerken, alleenGewijzigd(geldig, plan), terug, { melding: 'Het concept is gewijzigd.' });
  }
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={bijwerken.isPending} annulerenNaar={terug}>
      <TekstVeld {...f.veld('naam')} verplicht />
      <TekstvakVeld {...f.veld('toelichting')} rows={4} />
    </Formulier>
  );
}

/** The half-yearly adjustment (`…/versie/:versie/bijstelling`): a new concept based on the adopted version. */
export function BijstellingPagina() {
  return (
    <PlanversiePagina titel={() => 'Bijstelling maken'} kruimel={() => 'Bijstelling'}>
      {(p) => <BijstellingFormulier plan={p} />}
    </PlanversiePagina>
  );
}

function BijstellingFormulier({ plan }: { plan: UitvoeringsplanDetail }) {
  const { regioId, pad } = useOnderdeel('uitvoeringsplan');
  const f = useFormulier({ begin: { toelichting: '' }, labels: { toelichting: 'Wat wordt bijgesteld en waarom' } });
  const bijstellen = useBijstelling(regioId, plan.id);
  const terug = versiePad(pad, plan);
  function verstuur() {
    const geldig = f.controleer(bijstellingSchema, f.invoer);
    if (geldig) f.opslaan(bijstellen, geldig, (p) => versiePad(pad, p), { melding: 'De bijstelling is gemaakt als concept. De vastgestelde versie blijft in werking tot het PHO de bijstelling vaststelt.' });
  }
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={bijstellen.isPending} verstuurTekst="Bijstelling maken" annulerenNaar={terug}>
      <Paragraph>
        De bijstelling begint als kopie van versie {plan.versie}, met alle onderdelen. Versie {plan.versie} blijft in werking tot het PHO de bijstelling bij
        besluit vaststelt, en blijft daarna bewaard.
      </Paragraph>
      <TekstvakVeld {...f.veld('toelichting')} verplicht rows={4} beschrijving="Bijvoorbeeld: bijstelling na de halfjaarrapportage." />
    </Formulier>
  );
}
