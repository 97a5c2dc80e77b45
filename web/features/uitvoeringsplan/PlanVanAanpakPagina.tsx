import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { beoordelingSchema, indieningSchema, planVanAanpakCreateSchema, type PlanVanAanpak, type UitvoeringsplanDetail } from '../../../common/contracts/plannen';
import { formatEuro } from '../../../common/geld';
import { KeuzeVeld, TekstVeld, TekstvakVeld, type Veldfouten } from '../../components/formulier';
import { Formulier } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { HistorieSectie } from '../../components/historie';
import { AppLink } from '../../components/links';
import { DetailActies, Gegevenslijst, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Laden, Melding } from '../../components/status';
import { euroInvoerNaarCenten, formatDatum } from '../../format';
import { useOverlegorganen } from '../overlegorganen/overlegorganen.api';
import { usePvaBeoordelen, usePvaIndienen, usePvaToevoegen, usePvaVerwijderen } from './uitvoeringsplan.api';
import { PlanversiePagina, PvaStatusBadge, versiePad } from './uitvoeringsplan';

/** A working group's plan of approach (`…/versie/:versie/plannen-van-aanpak/:pvaId`): submission to and decision by the Kerngroep. */
export function PlanVanAanpakPagina() {
  const { pvaId } = useParams();
  const melding = useMelding();
  return (
    <PlanversiePagina
      alleenBewerkers={false}
      titel={(p) => p?.plannenVanAanpak.find((v) => v.id === pvaId)?.titel ?? 'Plan van aanpak'}
      kruimel={(p) => p?.plannenVanAanpak.find((v) => v.id === pvaId)?.titel ?? 'Plan van aanpak'}
    >
      {(p) => {
        const pva = p.plannenVanAanpak.find((v) => v.id === pvaId);
        return pva ? (
          <>
            <Melding tekst={melding} />
            <Detail plan={p} pva={pva} />
          </>
        ) : (
          <Paragraph>Dit plan van aanpak bestaat niet.</Paragraph>
        );
      }}
    </PlanversiePagina>
  );
}

function Detail({ plan: p, pva }: { plan: UitvoeringsplanDetail; pva: PlanVanAanpak }) {
  const { regioId, pad, rechten } = useOnderdeel('uitvoeringsplan');
  const verwijderen = usePvaVerwijderen(regioId, p.id, pva.id);
  const onderdeel = p.onderdelen.find((o) => o.code === pva.onderdeelCode);
  const basis = versiePad(pad, p);
  const mag = rechten.magPlannenBewerken && p.status !== 'vervallen';
  return (
    <>
      <Gegevenslijst
        className="sectie"
        gegevens={[
          { label: 'Status', waarde: <PvaStatusBadge status={pva.status} /> },
          { label: 'Onderdeel', waarde: onderdeel ? <AppLink to={`${basis}/onderdelen/${onderdeel.id}`}>{`${onderdeel.code} ${onderdeel.titel}`}</AppLink> : pva.onderdeelCode },
          { label: 'Werkgroep', waarde: pva.overlegorgaan?.naam ?? 'Niet vastgelegd' },
          { label: 'Budget', waarde: formatEuro(pva.budgetCenten) },
          {
            label: 'Begrotingsregel',
            waarde: onderdeel?.begrotingsregel ? `${onderdeel.begrotingsregel.code} ${onderdeel.begrotingsregel.omschrijving}` : 'Geen',
          },
          { label: 'Omschrijving', waarde: pva.omschrijving || 'Geen omschrijving', multiline: true },
          { label: 'Ingediend bij de Kerngroep', waarde: pva.ingediendOp ? formatDatum(pva.ingediendOp) : 'Nog niet' },
          {
            label: 'Besluit',
            waarde: pva.beoordeeldOp ? `${pva.status} op ${formatDatum(pva.beoordeeldOp)} door ${pva.beoordeeldDoor?.naam ?? 'onbekend orgaan'}: ${pva.besluitReferentie}` : 'Nog geen besluit',
          },
        ]}
      />
      {mag && pva.status === 'concept' ? (
        <>
          <IndienFormulier plan={p} pva={pva} />
          <DetailActies
            verwijderen={{
              knopTekst: 'Plan van aanpak verwijderen',
              vraag: `Weet u zeker dat u "${pva.titel}" wilt verwijderen?`,
              mutatie: verwijderen,
              naar: basis,
              melding: 'Het plan van aanpak is verwijderd.',
            }}
          />
        </>
      ) : null}
      {mag && pva.status === 'ingediend' ? <BeoordeelFormulier plan={p} pva={pva} /> : null}
      <HistorieSectie regioId={regioId} soort="plan-van-aanpak" itemId={pva.id} />
    </>
  );
}

const vandaag = () => new Date().toISOString().slice(0, 10);

function IndienFormulier({ plan, pva }: { plan: UitvoeringsplanDetail; pva: PlanVanAanpak }) {
  const { regioId, pad } = useOnderdeel('uitvoeringsplan');
  const f = useFormulier({ begin: { ingediendOp: vandaag() }, labels: { ingediendOp: 'Ingediend op' } });
  const indienen = usePvaIndienen(regioId, plan.id, pva.id);
  const hier = `${versiePad(pad, plan)}/plannen-van-aanpak/${pva.id}`;
  return (
    <section aria-labelledby="indienen-kop" className="sectie">
      <Heading2 id="indienen-kop">Indienen bij de Kerngroep</Heading2>
      <Formulier
        formulier={f}
        onVerstuur={() => {
          const geldig = f.controleer(indieningSchema, f.invoer);
          if (geldig) f.opslaan(indienen, geldig, hier, { melding: 'Het plan van aanpak is ingediend bij de Kerngroep.' });
        }}
        bezig={indienen.isPending}
        verstuurTekst="Indienen"
      >
        <TekstVeld {...f.veld('ingediendOp')} type="date" verplicht className="invoer-kort" />
      </Formulier>
    </section>
  );
}

function BeoordeelFormulier({ plan, pva }: { plan: UitvoeringsplanDetail; pva: PlanVanAanpak }) {
  const { regioId, pad } = useOnderdeel('uitvoeringsplan');
  const organen = useOverlegorganen(regioId);
  const kerngroep = organen.data?.items.find((o) => o.soort === 'kerngroep');
  const hier = `${versiePad(pad, plan)}/plannen-van-aanpak/${pva.id}`;
  if (organen.isPending) return <Laden wat="de overlegorganen" />;
  return (
    <section aria-labelledby="besluit-kop" className="sectie">
      <Heading2 id="besluit-kop">Besluit van de Kerngroep vastleggen</Heading2>
      <BeoordeelVelden regioId={regioId} planId={plan.id} pvaId={pva.id} hier={hier} organen={(organen.data?.items ?? []).map((o) => ({ waarde: o.id, label: o.naam }))} kerngroepId={kerngroep?.id ?? ''} />
    </section>
  );
}

function BeoordeelVelden({ regioId, planId, pvaId, hier, organen, kerngroepId }: { regioId: string; planId: string; pvaId: string; hier: string; organen: { waarde: string; label: string }[]; kerngroepId: string }) {
  const f = useFormulier({
    begin: { uitkomst: 'goedgekeurd', beoordeeldOp: vandaag(), overlegorgaanId: kerngroepId, besluitReferentie: '' },
    labels: { uitkomst: 'Besluit', beoordeeldOp: 'Datum van het besluit', overlegorgaanId: 'Orgaan', besluitReferentie: 'Referentie' },
  });
  const beoordelen = usePvaBeoordelen(regioId, planId, pvaId);
  return (
    <Formulier
      formulier={f}
      onVerstuur={() => {
        const geldig = f.controleer(beoordelingSchema, f.invoer);
        if (geldig) f.opslaan(beoordelen, geldig, hier, { melding: `Het plan van aanpak is ${geldig.uitkomst}.` });
      }}
      bezig={beoordelen.isPending}
      verstuurTekst="Besluit vastleggen"
    >
      <KeuzeVeld
        {...f.veld('uitkomst')}
        verplicht
        keuzes={[
          { waarde: 'goedgekeurd', label: 'Goedgekeurd' },
          { waarde: 'afgewezen', label: 'Afgewezen' },
        ]}
      />
      <TekstVeld {...f.veld('beoordeeldOp')} type="date" verplicht className="invoer-kort" />
      <KeuzeVeld {...f.veld('overlegorgaanId')} verplicht keuzes={organen} beschrijving="De Kerngroep besluit over plannen van aanpak." />
      <TekstVeld {...f.veld('besluitReferentie')} verplicht beschrijving="Zoals: Kerngroep 15 mei 2024, agendapunt 4." />
    </Formulier>
  );
}

/** A new plan of approach for a component (`…/onderdelen/:onderdeelId/plan-van-aanpak`). */
export function PlanVanAanpakFormulierPagina() {
  const { onderdeelId } = useParams();
  return (
    <PlanversiePagina titel={() => 'Plan van aanpak toevoegen'} kruimel={() => 'Plan van aanpak toevoegen'}>
      {(p) => {
        const o = p.onderdelen.find((x) => x.id === onderdeelId);
        if (!o) return <Paragraph>Dit onderdeel bestaat niet in versie {p.versie}.</Paragraph>;
        return <PvaFormulier plan={p} onderdeelCode={o.code} onderdeelId={o.id} />;
      }}
    </PlanversiePagina>
  );
}

function PvaFormulier({ plan, onderdeelCode, onderdeelId }: { plan: UitvoeringsplanDetail; onderdeelCode: string; onderdeelId: string }) {
  const { regioId, pad } = useOnderdeel('uitvoeringsplan');
  const organen = useOverlegorganen(regioId);
  const onderdeel = plan.onderdelen.find((o) => o.id === onderdeelId)!;
  const f = useFormulier({
    begin: { titel: '', omschrijving: '', overlegorgaanId: onderdeel.overlegorgaan?.id ?? '', budget: '' },
    labels: { onderdeelCode: 'Onderdeel', titel: 'Titel', omschrijving: 'Omschrijving', overlegorgaanId: 'Werkgroep', budgetCenten: 'Budget in euro' },
  });
  const toevoegen = usePvaToevoegen(regioId, plan.id);
  const basis = versiePad(pad, plan);
  function verstuur() {
    const extra: Veldfouten = {};
    const budgetCenten = euroInvoerNaarCenten(f.invoer.budget);
    if (budgetCenten === null) extra.budgetCenten = 'Vul een bedrag in euro in, zoals 150.000 of 1.234,56';
    const { budget: _b, ...rest } = f.invoer;
    const geldig = f.controleer(planVanAanpakCreateSchema, { ...rest, onderdeelCode, overlegorgaanId: rest.overlegorgaanId || null, budgetCenten: budgetCenten ?? 0 }, extra);
    if (geldig) f.opslaan(toevoegen, geldig, (v) => `${basis}/plannen-van-aanpak/${v.id}`, { melding: 'Het plan van aanpak is vastgelegd als concept.' });
  }
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending} annulerenNaar={`${basis}/onderdelen/${onderdeelId}`}>
      <Paragraph>
        Voor onderdeel {onderdeel.code} ({onderdeel.titel}). Het budget mag niet hoger zijn dan wat{' '}
        {onderdeel.begrotingsregel ? `begrotingsregel ${onderdeel.begrotingsregel.code}` : 'de begrotingsregel van het onderdeel'} nog heeft naast de andere plannen van
        aanpak op die regel.
      </Paragraph>
      <TekstVeld {...f.veld('titel')} verplicht />
      <TekstvakVeld {...f.veld('omschrijving')} rows={4} />
      {organen.isPending ? (
        <Laden wat="de werkgroepen" />
      ) : (
        <KeuzeVeld {...f.veld('overlegorgaanId')} keuzes={[{ waarde: '', label: 'Niet vastgelegd' }, ...(organen.data?.items ?? []).map((o) => ({ waarde: o.id, label: o.naam }))]} />
      )}
      <TekstVeld name="budgetCenten" label="Budget in euro" verplicht inputMode="decimal" value={f.invoer.budget} onChange={f.zet('budget')} fout={f.fouten.velden.budgetCenten} className="invoer-kort" />
    </Formulier>
  );
}
