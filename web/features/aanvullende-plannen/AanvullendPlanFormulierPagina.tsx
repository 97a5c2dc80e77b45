import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { type AanvullendPlanDetail, aanvullendPlanBeoordelingSchema, aanvullendPlanCreateSchema, aanvullendPlanUpdateSchema } from '../../../common/contracts/aanvullende-plannen';
import type { Begroting } from '../../../common/contracts/financien';
import { adviezen } from '../../../common/contracts/transformatieplannen';
import type { Gemeente, Organisatie } from '../../../common/contracts/regios';
import { formatEuro } from '../../../common/geld';
import { KeuzeVeld, TekstVeld, TekstvakVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { centenNaarInvoer, euroInvoerNaarCenten } from '../../format';
import { useBegrotingen } from '../financien/financien.api';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import { useOrganisaties } from '../organisaties/organisaties.api';
import type { Rechten } from '../sessies/sessie';
import { adviesLabels } from '../transformatieplannen/labels';
import { beginScores, scoreLabels, scoresVoorVerzenden, ScoreVelden } from '../transformatieplannen/scores';
import { vandaag } from '../transformatieplannen/vandaag';
import { lijstLabels, VinkGroep } from '../transformatieplannen/vinkgroep';
import { useAanvullendPlan, useAanvullendPlanBeoordelen, useAanvullendPlanBijwerken, useAanvullendPlanIndienen } from './aanvullende-plannen.api';
import { magIndienerZijn } from './rechten';

const labels: Record<string, string> = {
  titel: 'Titel',
  omschrijving: 'Omschrijving',
  indienerGemeentecode: 'Ingediend namens',
  indienerOrganisatieId: 'Ingediend namens',
  partnerIds: 'Partners',
  gevraagdCenten: 'Gevraagd bedrag in euro',
  kenmerk: 'Kenmerk',
  begrotingsregelId: 'Begrotingsregel',
  ingediendOp: 'Datum van indienen',
  ...lijstLabels('partnerIds', 'Partner'),
};

/** Municipalities and organisations this person may submit for: the coordinator any, an officer its municipality, a partner its organisation. */
function indieners(rechten: Rechten, gemeenten: Gemeente[], organisaties: Organisatie[]) {
  return [
    ...gemeenten.filter((g) => magIndienerZijn(rechten, { soort: 'gemeente', gemeentecode: g.gemeentecode, organisatieId: null, naam: g.naam })).map((g) => ({ waarde: `gemeente:${g.gemeentecode}`, label: `Gemeente ${g.naam}` })),
    ...organisaties.filter((o) => magIndienerZijn(rechten, { soort: 'organisatie', gemeentecode: null, organisatieId: o.id, naam: o.naam })).map((o) => ({ waarde: `organisatie:${o.id}`, label: o.naam })),
  ];
}

/** Submitting (`aanvullende-plannen/nieuw`) or changing (`aanvullende-plannen/:id/bewerken`) a supplementary initiative. */
export function AanvullendPlanFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('aanvullende-plannen');
  const { planId } = useParams();
  const plan = useAanvullendPlan(regioId, planId);
  const gemeenten = useGemeenten(regioId);
  const organisaties = useOrganisaties(regioId);
  const begrotingen = useBegrotingen(regioId, undefined);
  const titel = plan.data?.titel ?? 'Aanvullend plan';
  return (
    <FormulierPagina
      titel={planId ? `${titel} bewerken` : 'Aanvullend plan indienen'}
      kruimels={
        planId
          ? [...kruimels, { label: titel, to: `${pad}/${planId}` }, { label: 'Bewerken', to: `${pad}/${planId}/bewerken` }]
          : [...kruimels, { label: 'Indienen', to: `${pad}/nieuw` }]
      }
      mag={planId ? (p: AanvullendPlanDetail) => p.status === 'ingediend' && magIndienerZijn(rechten, p.indiener) : rechten.magAanvullendPlanIndienen}
      geenRecht="Een gemeente (via haar beleidsadviseur), een partner of de regiocoördinator dient aanvullende plannen in; wijzigen kan tot de werkgroep het plan beoordeelt."
      query={planId ? plan : undefined}
      laden={gemeenten.isPending || organisaties.isPending || begrotingen.isPending}
      wat="het aanvullend plan"
    >
      {(p) => (
        <IndienFormulier
          regioId={regioId}
          pad={pad}
          plan={p}
          indieners={indieners(rechten, gemeenten.data?.items ?? [], organisaties.data?.items ?? [])}
          organisaties={organisaties.data?.items ?? []}
          begrotingen={begrotingen.data?.items ?? []}
        />
      )}
    </FormulierPagina>
  );
}

function IndienFormulier({
  regioId,
  pad,
  plan,
  indieners: keuzes,
  organisaties,
  begrotingen,
}: {
  regioId: string;
  pad: string;
  plan: AanvullendPlanDetail | undefined;
  indieners: { waarde: string; label: string }[];
  organisaties: Organisatie[];
  begrotingen: Begroting[];
}) {
  // Only lines of an adopted budget, with their amount in force: a concept budget has no money to reserve yet.
  const regels = begrotingen
    .filter((b) => b.status !== 'concept')
    .flatMap((b) => b.regels.map((r) => ({ waarde: r.id, label: `${b.jaar}: ${r.code} — ${r.omschrijving} (${formatEuro(r.bedragCenten)})`, omschrijving: r.omschrijving, jaar: b.jaar })));
  // The line "aanvullende plannen" of the most recent budget is where initiatives draw (DOMAIN.md §8).
  const standaardRegel = regels.filter((r) => /aanvullende plannen/i.test(r.omschrijving)).sort((a, b) => b.jaar - a.jaar)[0]?.waarde ?? '';
  const f = useFormulier({
    begin: {
      titel: plan?.titel ?? '',
      omschrijving: plan?.omschrijving ?? '',
      indiener: keuzes.length === 1 ? keuzes[0]!.waarde : '',
      partnerIds: plan?.partners.map((x) => x.id) ?? [],
      gevraagd: plan ? centenNaarInvoer(plan.gevraagdCenten) : '',
      kenmerk: plan?.kenmerk ?? '',
      begrotingsregelId: plan?.begrotingsregel.id ?? standaardRegel,
      ingediendOp: plan?.ingediendOp ?? vandaag(),
    },
    labels,
  });
  const indienen = useAanvullendPlanIndienen(regioId);
  const bijwerken = useAanvullendPlanBijwerken(regioId, plan?.id ?? '');
  const [soort, waarde] = f.invoer.indiener.split(':');
  const indienerVeld = soort === 'organisatie' ? 'indienerOrganisatieId' : 'indienerGemeentecode';

  function verstuur() {
    const extra: Veldfouten = {};
    const gevraagdCenten = euroInvoerNaarCenten(f.invoer.gevraagd);
    if (gevraagdCenten === null) extra.gevraagdCenten = 'Vul een bedrag in euro in, zoals 60.000 of 1.234,56';
    if (!plan && !f.invoer.indiener) extra.indienerGemeentecode = 'Kies namens wie u het plan indient';
    const { indiener: _indiener, gevraagd: _gevraagd, ...rest } = f.invoer;
    const waarden = { ...rest, gevraagdCenten: gevraagdCenten ?? 0 };
    if (plan) {
      const geldig = f.controleer(aanvullendPlanUpdateSchema, waarden, extra);
      if (!geldig) return;
      const oud = { ...plan, partnerIds: plan.partners.map((x) => x.id), begrotingsregelId: plan.begrotingsregel.id };
      f.opslaan(bijwerken, alleenGewijzigd(geldig, oud), `${pad}/${plan.id}`, { melding: 'Het aanvullend plan is gewijzigd.' });
      return;
    }
    const geldig = f.controleer(aanvullendPlanCreateSchema, { ...waarden, [indienerVeld]: waarde }, extra);
    if (!geldig) return;
    f.opslaan(indienen, geldig, (p) => `${pad}/${p.id}`, { melding: 'Het aanvullend plan is ingediend. De werkgroep beoordeelt het met het afwegingskader.' });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={indienen.isPending || bijwerken.isPending} annulerenNaar={plan ? `${pad}/${plan.id}` : pad} verstuurTekst={plan ? 'Opslaan' : 'Indienen'}>
      <TekstVeld {...f.veld('titel')} verplicht />
      <TekstvakVeld {...f.veld('omschrijving')} rows={4} beschrijving="Wat het plan doet en voor wie; de werkgroep leest dit bij de zes vragen van het afwegingskader." />
      {plan ? (
        <Paragraph>Ingediend namens {plan.indiener.naam}.</Paragraph>
      ) : (
        <KeuzeVeld
          {...f.veld('indiener', indienerVeld)}
          fout={f.fouten.velden.indienerGemeentecode ?? f.fouten.velden.indienerOrganisatieId}
          verplicht
          keuzes={[{ waarde: '', label: 'Kies de gemeente of organisatie' }, ...keuzes]}
        />
      )}
      <VinkGroep
        naam="partnerIds"
        legenda={labels.partnerIds!}
        opties={organisaties.map((o) => ({ waarde: o.id, label: o.naam }))}
        gekozen={f.invoer.partnerIds}
        onChange={f.zet('partnerIds')}
        fouten={f.fouten.velden}
      />
      <TekstVeld {...f.veld('gevraagd', 'gevraagdCenten')} verplicht inputMode="decimal" className="invoer-kort" />
      <TekstVeld {...f.veld('kenmerk')} verplicht className="invoer-kort" beschrijving="Een korte code, zoals AP-2024-04. Boekingen met dit kenmerk als activiteit tellen als besteding van het plan." />
      <KeuzeVeld {...f.veld('begrotingsregelId')} verplicht keuzes={[{ waarde: '', label: 'Kies de begrotingsregel' }, ...regels]} beschrijving="De regel waarop het plan een beroep doet: «aanvullende plannen», in een vastgestelde begroting." />
      <TekstVeld {...f.veld('ingediendOp')} type="date" verplicht className="invoer-kort" />
    </Formulier>
  );
}

/** The working group's scoring (`aanvullende-plannen/:id/beoordeling`): each question with its scale, and an advice. */
export function AanvullendPlanBeoordelingPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('aanvullende-plannen');
  const { planId = '' } = useParams();
  const plan = useAanvullendPlan(regioId, planId);
  const titel = plan.data?.titel ?? 'Aanvullend plan';
  return (
    <FormulierPagina
      titel={`Beoordeling van ${titel}`}
      kruimels={[...kruimels, { label: titel, to: `${pad}/${planId}` }, { label: 'Beoordeling', to: `${pad}/${planId}/beoordeling` }]}
      mag={(p: AanvullendPlanDetail) => rechten.magRegioBewerken && (p.status === 'ingediend' || p.status === 'beoordeeld')}
      geenRecht="De werkgroep beoordeelt aanvullende plannen via het projectbureau (de regiocoördinator), zolang de Kerngroep niet heeft besloten."
      query={plan}
      wat="het aanvullend plan"
    >
      {(p) => <BeoordelingFormulier regioId={regioId} pad={pad} plan={p!} />}
    </FormulierPagina>
  );
}

function BeoordelingFormulier({ regioId, pad, plan }: { regioId: string; pad: string; plan: AanvullendPlanDetail }) {
  const b = plan.beoordeling;
  const f = useFormulier({
    begin: {
      advies: (b?.advies ?? 'positief') as string,
      toelichting: b?.toelichting ?? '',
      datum: b?.datum ?? vandaag(),
      scores: beginScores(plan.vragen, b?.scores.map((s) => ({ vraagId: s.vraagId, score: s.score, tekst: s.antwoord }))),
    },
    labels: { advies: 'Advies aan de Kerngroep', toelichting: 'Toelichting op het advies', datum: 'Datum', scores: 'Scores', ...scoreLabels(plan.vragen, 'antwoord', 'Antwoord') },
  });
  const beoordelen = useAanvullendPlanBeoordelen(regioId, plan.id);
  const terug = `${pad}/${plan.id}`;
  function verstuur() {
    const geldig = f.controleer(aanvullendPlanBeoordelingSchema, { ...f.invoer, scores: scoresVoorVerzenden(plan.vragen, f.invoer.scores, 'vraagId', 'antwoord') });
    if (geldig) f.opslaan(beoordelen, geldig, terug, { melding: 'De beoordeling is vastgelegd; het plan wacht nu op het besluit van de Kerngroep.' });
  }
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={beoordelen.isPending} annulerenNaar={terug}>
      <Paragraph>
        Beantwoord elke vraag van het afwegingskader en geef een score binnen de schaal van die vraag. Het advies gaat naar de Kerngroep, die
        besluit.
      </Paragraph>
      <ScoreVelden vragen={plan.vragen} rijen={f.invoer.scores} onWijzig={f.zet('scores')} fouten={f.fouten.velden} tekstVeld="antwoord" tekstLabel="Antwoord" />
      <KeuzeVeld {...f.veld('advies')} verplicht keuzes={adviezen.map((a) => ({ waarde: a, label: adviesLabels[a] }))} />
      <TekstvakVeld {...f.veld('toelichting')} verplicht rows={3} />
      <TekstVeld {...f.veld('datum')} type="date" verplicht className="invoer-kort" />
    </Formulier>
  );
}
