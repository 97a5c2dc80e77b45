import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { adviezen, beoordelingCreateSchema, snelleToetsCreateSchema, type TransformatieplanDetail } from '../../../common/contracts/transformatieplannen';
import { KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { adviesLabels } from './labels';
import { beginScores, scoreLabels, scoresVoorVerzenden, ScoreVelden } from './scores';
import { useBeoordelingVastleggen, useSnelleToetsVastleggen, useTransformatieplan } from './transformatieplannen.api';
import { vandaag } from './vandaag';

const adviesKeuzes = adviezen.map((a) => ({ waarde: a, label: adviesLabels[a] }));

/** The page frame around a form about one plan: heading, breadcrumbs, the plan loaded and the right checked. */
function PlanFormulierPagina({ titel, deel, mag, geenRecht, children }: { titel: (p: string) => string; deel: { label: string; pad: string }; mag: (p: TransformatieplanDetail) => boolean; geenRecht: string; children: (p: TransformatieplanDetail) => ReactNode }) {
  const { regioId, pad, kruimels } = useOnderdeel('transformatieplannen');
  const { planId = '' } = useParams();
  const plan = useTransformatieplan(regioId, planId);
  const naam = plan.data?.titel ?? 'Transformatieplan';
  return (
    <FormulierPagina
      titel={titel(naam)}
      kruimels={[...kruimels, { label: naam, to: `${pad}/${planId}` }, { label: deel.label, to: `${pad}/${planId}/${deel.pad}` }]}
      mag={mag}
      geenRecht={geenRecht}
      query={plan}
      wat="het transformatieplan"
    >
      {(p) => children(p!)}
    </FormulierPagina>
  );
}

/** An insurer's assessment (`transformatieplannen/:id/beoordeling/:organisatieId`): every criterion scored with a reason. */
export function BeoordelingFormulierPagina() {
  const { rechten } = useOnderdeel('transformatieplannen');
  const { organisatieId = '' } = useParams();
  return (
    <PlanFormulierPagina
      titel={(naam) => `Beoordeling van ${naam}`}
      deel={{ label: 'Beoordeling', pad: `beoordeling/${organisatieId}` }}
      mag={(p) => rechten.magBeoordelen(organisatieId) && [p.verzekeraars.preferent?.id, p.verzekeraars.tweede?.id].includes(organisatieId)}
      geenRecht="Alleen de preferente en de tweede zorgverzekeraar beoordelen een transformatieplan, elk voor zichzelf."
    >
      {(p) => <BeoordelingFormulier plan={p} organisatieId={organisatieId} />}
    </PlanFormulierPagina>
  );
}

function BeoordelingFormulier({ plan, organisatieId }: { plan: TransformatieplanDetail; organisatieId: string }) {
  const { regioId, pad } = useOnderdeel('transformatieplannen');
  const bestaand = plan.beoordelingen.find((b) => b.organisatie.id === organisatieId);
  const verzekeraar = [plan.verzekeraars.preferent, plan.verzekeraars.tweede].find((o) => o?.id === organisatieId)!;
  const labels = { advies: 'Conclusie', toelichting: 'Toelichting op de conclusie', datum: 'Datum', scores: 'Scores', ...scoreLabels(plan.criteria, 'reden', 'Reden') };
  const f = useFormulier({
    begin: {
      advies: (bestaand?.advies ?? 'positief') as string,
      toelichting: bestaand?.toelichting ?? '',
      datum: bestaand?.datum ?? vandaag(),
      scores: beginScores(plan.criteria, bestaand?.scores.map((s) => ({ vraagId: s.criteriumId, score: s.score, tekst: s.reden }))),
    },
    labels,
  });
  const vastleggen = useBeoordelingVastleggen(regioId, plan.id, organisatieId);
  const terug = `${pad}/${plan.id}`;

  function verstuur() {
    const geldig = f.controleer(beoordelingCreateSchema, { ...f.invoer, scores: scoresVoorVerzenden(plan.criteria, f.invoer.scores, 'criteriumId', 'reden') });
    if (!geldig) return;
    f.opslaan(vastleggen, geldig, terug, { melding: `De beoordeling van ${verzekeraar.naam} is vastgelegd.` });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={vastleggen.isPending} annulerenNaar={terug}>
      <Paragraph>
        {verzekeraar.naam} beoordeelt het plan op de criteria van de regio. Geef bij elk criterium een score binnen de schaal en de reden.
      </Paragraph>
      <ScoreVelden vragen={plan.criteria} rijen={f.invoer.scores} onWijzig={f.zet('scores')} fouten={f.fouten.velden} tekstVeld="reden" tekstLabel="Reden" />
      <KeuzeVeld {...f.veld('advies')} verplicht keuzes={adviesKeuzes} />
      <TekstvakVeld {...f.veld('toelichting')} verplicht rows={3} />
      <TekstVeld {...f.veld('datum')} type="date" verplicht className="invoer-kort" />
    </Formulier>
  );
}

/** The preferred insurer's quick scan (`transformatieplannen/:id/snelle-toets`). */
export function SnelleToetsFormulierPagina() {
  const { rechten } = useOnderdeel('transformatieplannen');
  return (
    <PlanFormulierPagina
      titel={(naam) => `Snelle toets van ${naam}`}
      deel={{ label: 'Snelle toets', pad: 'snelle-toets' }}
      mag={(p) => p.status === 'snelle-toets' && rechten.magBeoordelen(p.verzekeraars.preferent?.id ?? null)}
      geenRecht="De snelle toets legt de preferente zorgverzekeraar vast, zolang het plan in de fase van de snelle toets is."
    >
      {(p) => <SnelleToetsFormulier plan={p} />}
    </PlanFormulierPagina>
  );
}

function SnelleToetsFormulier({ plan }: { plan: TransformatieplanDetail }) {
  const { regioId, pad } = useOnderdeel('transformatieplannen');
  const f = useFormulier({ begin: { uitkomst: 'positief', datum: vandaag(), toelichting: '' }, labels: { uitkomst: 'Uitkomst', datum: 'Datum', toelichting: 'Toelichting' } });
  const vastleggen = useSnelleToetsVastleggen(regioId, plan.id);
  const terug = `${pad}/${plan.id}`;
  return (
    <Formulier
      formulier={f}
      onVerstuur={() => {
        const geldig = f.controleer(snelleToetsCreateSchema, f.invoer);
        if (geldig) f.opslaan(vastleggen, geldig, terug, { melding: 'De snelle toets is vastgelegd.' });
      }}
      bezig={vastleggen.isPending}
      annulerenNaar={terug}
    >
      <KeuzeVeld {...f.veld('uitkomst')} verplicht keuzes={adviesKeuzes} />
      <TekstVeld {...f.veld('datum')} type="date" verplicht className="invoer-kort" />
      <TekstvakVeld {...f.veld('toelichting')} rows={3} />
    </Formulier>
  );
}
