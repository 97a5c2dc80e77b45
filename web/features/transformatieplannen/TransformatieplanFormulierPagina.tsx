import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import type { Organisatie, Gemeente } from '../../../common/contracts/regios';
import { domeinen, transformatieplanCreateSchema, type TransformatieplanDetail } from '../../../common/contracts/transformatieplannen';
import { KeuzeVeld, TekstVeld, TekstvakVeld, VinkVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { RijenInvoer, rijLabels } from '../../components/rijen';
import { formatEuro } from '../../../common/geld';
import { centenNaarInvoer, euroInvoerNaarCenten } from '../../format';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import { useOrganisaties } from '../organisaties/organisaties.api';
import { domeinLabels } from './labels';
import { useTransformatieplan, useTransformatieplanBijwerken, useTransformatieplanToevoegen } from './transformatieplannen.api';
import { lijstLabels, VinkGroep } from './vinkgroep';

const labels: Record<string, string> = {
  titel: 'Titel',
  omschrijving: 'Omschrijving',
  penvoerderId: 'Penvoerder',
  partnerIds: 'Partners',
  domeinen: 'Domeinen',
  doelgroep: 'Doelgroep',
  bereik: 'Bereik (aantal inwoners)',
  gemeentecodes: 'Betrokken gemeenten',
  financiering: 'Financiering per jaar',
  gemeentelijkeBijdrageCenten: 'Gemeentelijke bijdrage in euro',
  bijdrageVoorwaarde: 'Voorwaarde bij de gemeentelijke bijdrage',
  addendum: 'Gebruikt het addendum',
  addendumToelichting: 'Toelichting op het addendum',
  ...lijstLabels('partnerIds', 'Partner'),
  ...lijstLabels('gemeentecodes', 'Betrokken gemeente'),
  ...rijLabels('financiering', 'Jaar', { jaar: 'jaar', aangevraagdCenten: 'aangevraagd', toegekendCenten: 'toegekend' }, 30),
};

const geenRecht = 'Alleen de regiocoördinator en de partner van de penvoerder registreren en wijzigen transformatieplannen.';

/** Registering (`transformatieplannen/nieuw`) or editing (`transformatieplannen/:id/bewerken`) a transformation plan. */
export function TransformatieplanFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('transformatieplannen');
  const { planId } = useParams();
  const plan = useTransformatieplan(regioId, planId);
  const organisaties = useOrganisaties(regioId);
  const gemeenten = useGemeenten(regioId);
  const titel = plan.data?.titel ?? 'Transformatieplan';
  return (
    <FormulierPagina
      titel={planId ? `${titel} bewerken` : 'Transformatieplan registreren'}
      kruimels={
        planId
          ? [...kruimels, { label: titel, to: `${pad}/${planId}` }, { label: 'Bewerken', to: `${pad}/${planId}/bewerken` }]
          : [...kruimels, { label: 'Registreren', to: `${pad}/nieuw` }]
      }
      mag={planId ? (p: TransformatieplanDetail) => rechten.magTransformatieplanBewerken(p.penvoerder.id) : rechten.magRegioBewerken || rechten.rol === 'partner'}
      geenRecht={geenRecht}
      query={planId ? plan : undefined}
      laden={organisaties.isPending || gemeenten.isPending}
      wat="het transformatieplan"
    >
      {(p) => (
        <PlanFormulier
          regioId={regioId}
          pad={pad}
          plan={p}
          // Granted funding is set by the preferred insurer or the coordinator; the lead provider only requests.
          magToekennen={rechten.magRegioBewerken || rechten.magBeoordelen(p?.verzekeraars.preferent?.id ?? null)}
          // A partner leads plans of its own organisation only.
          penvoerders={(organisaties.data?.items ?? []).filter((o) => rechten.magTransformatieplanBewerken(o.id))}
          organisaties={organisaties.data?.items ?? []}
          gemeenten={gemeenten.data?.items ?? []}
        />
      )}
    </FormulierPagina>
  );
}

function PlanFormulier({
  regioId,
  pad,
  plan,
  magToekennen,
  penvoerders,
  organisaties,
  gemeenten,
}: {
  regioId: string;
  pad: string;
  plan: TransformatieplanDetail | undefined;
  magToekennen: boolean;
  penvoerders: Organisatie[];
  organisaties: Organisatie[];
  gemeenten: Gemeente[];
}) {
  const f = useFormulier({
    begin: {
      titel: plan?.titel ?? '',
      omschrijving: plan?.omschrijving ?? '',
      penvoerderId: plan?.penvoerder.id ?? (penvoerders.length === 1 ? penvoerders[0]!.id : ''),
      partnerIds: plan?.partners.map((x) => x.id) ?? [],
      domeinen: (plan?.domeinen ?? []) as string[],
      doelgroep: plan?.doelgroep ?? '',
      bereik: plan?.bereik === null || plan?.bereik === undefined ? '' : String(plan.bereik),
      gemeentecodes: plan?.gemeenten.map((g) => g.gemeentecode) ?? [],
      financiering: (plan?.financiering ?? []).map((x) => ({
        jaar: String(x.jaar),
        aangevraagd: centenNaarInvoer(x.aangevraagdCenten),
        toegekend: x.toegekendCenten === null ? '' : centenNaarInvoer(x.toegekendCenten),
      })),
      bijdrage: plan ? centenNaarInvoer(plan.gemeentelijkeBijdrageCenten) : '0',
      bijdrageVoorwaarde: plan?.bijdrageVoorwaarde ?? '',
      addendum: plan?.addendum ?? false,
      addendumToelichting: plan?.addendumToelichting ?? '',
    },
    labels,
  });
  const toevoegen = useTransformatieplanToevoegen(regioId);
  const bijwerken = useTransformatieplanBijwerken(regioId, plan?.id ?? '');

  function verstuur() {
    const extra: Veldfouten = {};
    const euro = (tekst: string, veld: string, leegMag = false) => {
      if (leegMag && tekst.trim() === '') return null;
      const centen = euroInvoerNaarCenten(tekst);
      if (centen === null) extra[veld] = 'Vul een bedrag in euro in, zoals 1.500.000 of 1.234,56';
      return centen ?? 0;
    };
    const { bijdrage, bereik, financiering, ...rest } = f.invoer;
    const waarden = {
      ...rest,
      bereik: bereik.trim() === '' ? null : Number(bereik.replace(/\./g, '')),
      gemeentelijkeBijdrageCenten: euro(bijdrage, 'gemeentelijkeBijdrageCenten'),
      financiering: financiering.map((x, i) => ({
        jaar: x.jaar,
        aangevraagdCenten: euro(x.aangevraagd, `financiering.${i}.aangevraagdCenten`),
        // Left out, a year keeps what was granted.
        ...(magToekennen ? { toegekendCenten: euro(x.toegekend, `financiering.${i}.toegekendCenten`, true) } : {}),
      })),
    };
    const geldig = f.controleer(transformatieplanCreateSchema, waarden, extra);
    if (!geldig) return;
    if (plan) {
      const oud = {
        ...plan,
        penvoerderId: plan.penvoerder.id,
        partnerIds: plan.partners.map((x) => x.id),
        gemeentecodes: plan.gemeenten.map((g) => g.gemeentecode),
        financiering: magToekennen ? plan.financiering : plan.financiering.map((x) => ({ jaar: x.jaar, aangevraagdCenten: x.aangevraagdCenten })),
      };
      f.opslaan(bijwerken, alleenGewijzigd(geldig, oud), `${pad}/${plan.id}`, { melding: 'Het transformatieplan is gewijzigd.' });
    } else {
      f.opslaan(toevoegen, geldig, (p) => `${pad}/${p.id}`, { melding: 'Het transformatieplan is geregistreerd als idee.' });
    }
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={plan ? `${pad}/${plan.id}` : pad}>
      <TekstVeld {...f.veld('titel')} verplicht />
      <TekstvakVeld {...f.veld('omschrijving')} rows={4} />
      <KeuzeVeld
        {...f.veld('penvoerderId')}
        verplicht
        beschrijving="De zorgaanbieder die het plan indient en bijhoudt; zijn partner bewerkt het plan."
        keuzes={[{ waarde: '', label: 'Kies de penvoerder' }, ...penvoerders.map((o) => ({ waarde: o.id, label: o.naam }))]}
      />
      <VinkGroep
        naam="partnerIds"
        legenda={labels.partnerIds!}
        opties={organisaties.filter((o) => o.id !== f.invoer.penvoerderId).map((o) => ({ waarde: o.id, label: o.naam }))}
        gekozen={f.invoer.partnerIds}
        onChange={f.zet('partnerIds')}
        fouten={f.fouten.velden}
      />
      <VinkGroep
        naam="domeinen"
        legenda={labels.domeinen!}
        beschrijving="Raakt het plan het sociaal domein, dan stemt elke betrokken gemeente in voordat het plan wordt ingediend."
        opties={domeinen.map((d) => ({ waarde: d, label: domeinLabels[d] }))}
        gekozen={f.invoer.domeinen}
        onChange={f.zet('domeinen')}
        fouten={f.fouten.velden}
      />
      <TekstvakVeld {...f.veld('doelgroep')} rows={2} />
      <TekstVeld {...f.veld('bereik')} inputMode="numeric" beschrijving="Het aantal inwoners dat het plan bereikt." className="invoer-kort" />
      <VinkGroep
        naam="gemeentecodes"
        legenda={labels.gemeentecodes!}
        opties={gemeenten.map((g) => ({ waarde: g.gemeentecode, label: g.naam }))}
        gekozen={f.invoer.gemeentecodes}
        onChange={f.zet('gemeentecodes')}
        fouten={f.fouten.velden}
      />
      <RijenInvoer
        legenda={labels.financiering!}
        naam="financiering"
        fout={f.fouten.velden.financiering}
        uitleg={
          magToekennen
            ? 'Aangevraagde en (na goedkeuring) toegekende transformatiemiddelen, per jaar, in euro.'
            : 'Aangevraagde transformatiemiddelen, per jaar, in euro. Het toegekende bedrag legt de preferente zorgverzekeraar vast.'
        }
        rijen={f.invoer.financiering}
        onWijzig={f.zet('financiering')}
        nieuweRij={() => {
          const jaren = f.invoer.financiering.map((x) => Number(x.jaar)).filter(Number.isFinite);
          return { jaar: String(jaren.length ? Math.max(...jaren) + 1 : new Date().getFullYear()), aangevraagd: '', toegekend: '' };
        }}
        rijNaam={(i) => `Jaar ${i + 1}`}
        toevoegTekst="Jaar toevoegen"
        verwijderTekst="Jaar verwijderen"
      >
        {(x, i, zet) => (
          <>
            <TekstVeld name={`financiering.${i}.jaar`} label="Jaar" verplicht inputMode="numeric" value={x.jaar} onChange={zet('jaar')} fout={f.fouten.velden[`financiering.${i}.jaar`]} className="invoer-code" />
            <TekstVeld name={`financiering.${i}.aangevraagdCenten`} label="Aangevraagd in euro" verplicht inputMode="decimal" value={x.aangevraagd} onChange={zet('aangevraagd')} fout={f.fouten.velden[`financiering.${i}.aangevraagdCenten`]} className="invoer-kort" />
            {magToekennen ? (
              <TekstVeld name={`financiering.${i}.toegekendCenten`} label="Toegekend in euro" inputMode="decimal" value={x.toegekend} onChange={zet('toegekend')} fout={f.fouten.velden[`financiering.${i}.toegekendCenten`]} beschrijving="Leeg zolang er niets is toegekend." className="invoer-kort" />
            ) : (
              <Paragraph>Toegekend: {toegekendTekst(plan, x.jaar)}</Paragraph>
            )}
          </>
        )}
      </RijenInvoer>
      <TekstVeld {...f.veld('bijdrage', 'gemeentelijkeBijdrageCenten')} inputMode="decimal" className="invoer-kort" />
      <TekstVeld {...f.veld('bijdrageVoorwaarde')} beschrijving="Bijvoorbeeld: onder voorbehoud van structurele financiering." />
      <VinkVeld
        name="addendum"
        label={labels.addendum!}
        beschrijving="Transformatiegelden dekken tijdelijk extra structurele kosten in het sociaal domein die uit het plan voortkomen (addendum van 30 september 2024)."
        checked={f.invoer.addendum}
        onChange={f.zet('addendum')}
        fout={f.fouten.velden.addendum}
      />
      {f.invoer.addendum ? <TekstvakVeld {...f.veld('addendumToelichting')} rows={2} /> : null}
      {!plan ? <Paragraph>Het plan begint als idee; de volgende stappen zet u op de pagina van het plan.</Paragraph> : null}
    </Formulier>
  );
}

/** Granted funding of a year as the lead provider sees it: read-only, as the insurer recorded it. */
function toegekendTekst(plan: TransformatieplanDetail | undefined, jaar: string): string {
  const centen = plan?.financiering.find((x) => String(x.jaar) === jaar.trim())?.toegekendCenten ?? null;
  return centen === null ? 'nog niets' : formatEuro(centen);
}
