import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { onderdeelStatussen, type Onderdeel, type OnderdeelStatus, type UitvoeringsplanDetail } from '../../../common/contracts/plannen';
import { foutenUitFout, Foutoverzicht, KeuzeVeld } from '../../components/formulier';
import { useFormulierFouten } from '../../components/formulier-status';
import { HistorieSectie } from '../../components/historie';
import { AppButtonLink, AppLink } from '../../components/links';
import { DetailActies, Gegevenslijst, RegioKop, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { useOnderdeelBijwerken, useOnderdeelVerwijderen } from './uitvoeringsplan.api';
import { MetPlanversie, OnderdeelStatusBadge, onderdeelStatusLabels, PlanStatusBadge, PvaTabel, useJaarEnVersie, usePlanversie, versiePad } from './uitvoeringsplan';

/** One component of a plan version (`…/:jaar/versie/:versie/onderdelen/:onderdeelId`), with its progress. */
export function OnderdeelPagina() {
  const { regioId, pad, kruimels } = useOnderdeel('uitvoeringsplan');
  const { jaar, versie } = useJaarEnVersie();
  const { onderdeelId = '' } = useParams();
  const planversie = usePlanversie(regioId, jaar, versie);
  const melding = useMelding();
  const gevonden = planversie.detail.data?.onderdelen.find((o) => o.id === onderdeelId);
  const titel = gevonden ? `Onderdeel ${gevonden.code}: ${gevonden.titel}` : 'Onderdeel';
  const basis = `${pad}/${jaar}/versie/${versie}`;
  return (
    <>
      <RegioKop
        titel={titel}
        kruimels={[...kruimels, { label: String(jaar), to: `${pad}/${jaar}` }, { label: `Versie ${versie}`, to: basis }, { label: titel, to: `${basis}/onderdelen/${onderdeelId}` }]}
      />
      <Melding tekst={melding} />
      <MetPlanversie planversie={planversie}>
        {(p) => {
          const o = p.onderdelen.find((x) => x.id === onderdeelId);
          return o ? <OnderdeelDetail plan={p} onderdeel={o} /> : <Paragraph>Dit onderdeel bestaat niet in versie {p.versie}.</Paragraph>;
        }}
      </MetPlanversie>
    </>
  );
}

function OnderdeelDetail({ plan: p, onderdeel: o }: { plan: UitvoeringsplanDetail; onderdeel: Onderdeel }) {
  const { regioId, pad, rechten } = useOnderdeel('uitvoeringsplan');
  const verwijderen = useOnderdeelVerwijderen(regioId, p.id, o.id);
  const basis = versiePad(pad, p);
  const taak = p.taken.find((t) => t.nummer === o.taakNummer);
  const plannen = p.plannenVanAanpak.filter((v) => v.onderdeelCode === o.code);
  const mag = rechten.magPlannenBewerken;
  return (
    <>
      <Gegevenslijst
        className="sectie"
        gegevens={[
          {
            label: 'Uitvoeringsplan',
            waarde: (
              <>
                <AppLink to={basis}>{`${p.naam} ${p.jaar}, versie ${p.versie}`}</AppLink> <PlanStatusBadge status={p.status} />
              </>
            ),
          },
          { label: 'Taak van de werkagenda', waarde: o.taakNummer === null ? 'Buiten de werkagenda' : `Taak ${o.taakNummer}${taak ? `: ${taak.titel}` : ''}` },
          ...(o.bovenliggendeCode ? [{ label: 'Onderdeel van', waarde: `Onderdeel ${o.bovenliggendeCode}` }] : []),
          { label: 'Aanpak', waarde: o.aanpak || 'Niet beschreven', multiline: true },
          { label: 'Verantwoordelijk', waarde: o.overlegorgaan?.naam ?? 'Niet vastgelegd' },
          { label: 'Voorzitter', waarde: o.voorzitter || 'Niet vastgelegd' },
          {
            label: 'Begrotingsregel',
            waarde: o.begrotingsregel ? (
              <AppLink to={`/regios/${regioId}/financien/begroting/${o.begrotingsregel.jaar}`}>{`${o.begrotingsregel.code} ${o.begrotingsregel.omschrijving} (${o.begrotingsregel.begrotingNaam})`}</AppLink>
            ) : (
              'Geen'
            ),
          },
          { label: 'Status', waarde: <OnderdeelStatusBadge status={o.status} /> },
        ]}
      />
      {mag && p.status !== 'vervallen' ? <StatusFormulier plan={p} onderdeel={o} /> : null}
      {mag && p.status === 'vervallen' ? <Paragraph>Deze versie is vervallen en verandert niet meer; de voortgang houdt u bij in de versie die in werking is.</Paragraph> : null}
      {mag && p.status === 'concept' ? (
        <DetailActies
          bewerken={{ tekst: 'Onderdeel bewerken', naar: `${basis}/onderdelen/${o.id}/bewerken` }}
          verwijderen={{
            knopTekst: 'Onderdeel verwijderen',
            vraag: `Weet u zeker dat u onderdeel ${o.code} (met zijn subonderdelen) uit dit concept wilt verwijderen?`,
            mutatie: verwijderen,
            naar: basis,
            melding: `Onderdeel ${o.code} is verwijderd.`,
          }}
        />
      ) : null}
      <section aria-labelledby="pva-kop" className="sectie">
        <Heading2 id="pva-kop">Plannen van aanpak</Heading2>
        {plannen.length === 0 ? (
          <Paragraph>Er is voor dit onderdeel nog geen plan van aanpak.</Paragraph>
        ) : (
          <PvaTabel label={`Plannen van aanpak voor onderdeel ${o.code}`} plannen={plannen} basis={basis} />
        )}
        {mag && p.status !== 'vervallen' ? (
          <ButtonGroup className="acties">
            <AppButtonLink to={`${basis}/onderdelen/${o.id}/plan-van-aanpak`} appearance="secondary-action-button">
              Plan van aanpak toevoegen
            </AppButtonLink>
          </ButtonGroup>
        ) : null}
      </section>
      <HistorieSectie regioId={regioId} soort="uitvoeringsplan-onderdeel" itemId={o.id} />
    </>
  );
}

/** The execution status: it may change on an adopted version too (progress, not plan content). */
function StatusFormulier({ plan: p, onderdeel: o }: { plan: UitvoeringsplanDetail; onderdeel: Onderdeel }) {
  const { regioId } = useOnderdeel('uitvoeringsplan');
  const [status, setStatus] = useState<OnderdeelStatus>(o.status);
  const [opgeslagen, setOpgeslagen] = useState<string | null>(null);
  const { fouten, poging, toon, wis } = useFormulierFouten();
  const bijwerken = useOnderdeelBijwerken(regioId, p.id, o.id);
  useEffect(() => setStatus(o.status), [o.status]);
  return (
    <section aria-labelledby="status-kop" className="sectie">
      <Heading2 id="status-kop">Voortgang</Heading2>
      <form
        noValidate
        className="formulier"
        onSubmit={(event) => {
          event.preventDefault();
          setOpgeslagen(null);
          wis();
          bijwerken.mutate(
            { status },
            {
              onSuccess: (nieuw) => setOpgeslagen(`De status is nu: ${onderdeelStatusLabels[nieuw.status]}.`),
              onError: (fout) => toon(foutenUitFout(fout, ['status'])),
            },
          );
        }}
      >
        <Foutoverzicht fouten={fouten} labels={{ status: 'Status' }} poging={poging} />
        {p.status === 'vastgesteld' ? <Paragraph>Deze versie is vastgesteld; de status van een onderdeel is voortgang en kan wel wijzigen.</Paragraph> : null}
        <KeuzeVeld
          name="status"
          label="Status"
          value={status}
          onChange={(w) => setStatus(w as OnderdeelStatus)}
          keuzes={onderdeelStatussen.map((s) => ({ waarde: s, label: onderdeelStatusLabels[s] }))}
          fout={fouten.velden.status}
        />
        <Button type="submit" appearance="primary-action-button" busy={bijwerken.isPending} disabled={bijwerken.isPending}>
          Status opslaan
        </Button>
        <Paragraph role="status">{opgeslagen ?? ''}</Paragraph>
      </form>
    </section>
  );
}
