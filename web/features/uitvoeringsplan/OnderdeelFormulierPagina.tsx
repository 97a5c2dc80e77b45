import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { onderdeelCreateSchema, onderdeelStatussen, type Onderdeel, type UitvoeringsplanDetail } from '../../../common/contracts/plannen';
import { KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { Laden } from '../../components/status';
import { useBegrotingen } from '../financien/financien.api';
import { useOverlegorganen } from '../overlegorganen/overlegorganen.api';
import { useOnderdeelBijwerken, useOnderdeelToevoegen } from './uitvoeringsplan.api';
import { onderdeelStatusLabels, PlanversiePagina, versiePad } from './uitvoeringsplan';

const labels: Record<string, string> = {
  code: 'Code',
  bovenliggendeCode: 'Onderdeel van',
  taakNummer: 'Taak van de werkagenda',
  titel: 'Titel',
  aanpak: 'Aanpak',
  overlegorgaanId: 'Verantwoordelijk orgaan of werkgroep',
  voorzitter: 'Voorzitter',
  status: 'Status',
  begrotingsregelId: 'Begrotingsregel',
};

/** Adding (`…/onderdelen/nieuw`) or editing (`…/onderdelen/:onderdeelId/bewerken`) a component of a concept. */
export function OnderdeelFormulierPagina() {
  const { onderdeelId } = useParams();
  return (
    <PlanversiePagina
      titel={(p) => {
        const o = p?.onderdelen.find((x) => x.id === onderdeelId);
        return onderdeelId ? (o ? `Onderdeel ${o.code} bewerken` : 'Onderdeel bewerken') : 'Onderdeel toevoegen';
      }}
      kruimel={() => (onderdeelId ? 'Onderdeel bewerken' : 'Onderdeel toevoegen')}
    >
      {(p) => {
        const o = onderdeelId ? p.onderdelen.find((x) => x.id === onderdeelId) : undefined;
        if (onderdeelId && !o) return <Paragraph>Dit onderdeel bestaat niet in versie {p.versie}.</Paragraph>;
        if (p.status !== 'concept') return <Paragraph>Versie {p.versie} is {p.status}; de onderdelen veranderen niet meer. Maak een bijstelling om ze te wijzigen.</Paragraph>;
        return <Keuzes plan={p} onderdeel={o} />;
      }}
    </PlanversiePagina>
  );
}

function Keuzes({ plan, onderdeel }: { plan: UitvoeringsplanDetail; onderdeel: Onderdeel | undefined }) {
  const { regioId } = useOnderdeel('uitvoeringsplan');
  const organen = useOverlegorganen(regioId);
  const begrotingen = useBegrotingen(regioId, plan.jaar);
  if (organen.isPending || begrotingen.isPending) return <Laden wat="de keuzes" />;
  const regels = (begrotingen.data?.items ?? []).flatMap((b) => b.regels.map((r) => ({ waarde: r.id, label: `${r.code} ${r.omschrijving}${(begrotingen.data?.items.length ?? 0) > 1 ? ` (${b.naam})` : ''}` })));
  return <OnderdeelFormulier plan={plan} onderdeel={onderdeel} organen={(organen.data?.items ?? []).map((o) => ({ waarde: o.id, label: o.naam }))} regels={regels} />;
}

type Keuze = { waarde: string; label: string };

function OnderdeelFormulier({ plan, onderdeel, organen, regels }: { plan: UitvoeringsplanDetail; onderdeel: Onderdeel | undefined; organen: Keuze[]; regels: Keuze[] }) {
  const { regioId, pad } = useOnderdeel('uitvoeringsplan');
  const f = useFormulier({
    begin: {
      code: onderdeel?.code ?? '',
      bovenliggendeCode: onderdeel?.bovenliggendeCode ?? '',
      taakNummer: onderdeel?.taakNummer === null || onderdeel?.taakNummer === undefined ? '' : String(onderdeel.taakNummer),
      titel: onderdeel?.titel ?? '',
      aanpak: onderdeel?.aanpak ?? '',
      overlegorgaanId: onderdeel?.overlegorgaan?.id ?? '',
      voorzitter: onderdeel?.voorzitter ?? '',
      status: (onderdeel?.status ?? 'niet-gestart') as string,
      begrotingsregelId: onderdeel?.begrotingsregel?.id ?? '',
    },
    labels,
    conflictVeld: 'code',
  });
  const toevoegen = useOnderdeelToevoegen(regioId, plan.id);
  const bijwerken = useOnderdeelBijwerken(regioId, plan.id, onderdeel?.id ?? '');
  const basis = versiePad(pad, plan);
  const hoofdonderdelen = plan.onderdelen.filter((o) => o.bovenliggendeCode === null && o.id !== onderdeel?.id);

  function verstuur() {
    const waarden = {
      ...f.invoer,
      bovenliggendeCode: f.invoer.bovenliggendeCode || null,
      taakNummer: f.invoer.taakNummer ? Number(f.invoer.taakNummer) : null,
      overlegorgaanId: f.invoer.overlegorgaanId || null,
      begrotingsregelId: f.invoer.begrotingsregelId || null,
    };
    const geldig = f.controleer(onderdeelCreateSchema, waarden);
    if (!geldig) return;
    if (onderdeel) {
      const oud = {
        ...onderdeel,
        overlegorgaanId: onderdeel.overlegorgaan?.id ?? null,
        begrotingsregelId: onderdeel.begrotingsregel?.id ?? null,
      };
      f.opslaan(bijwerken, alleenGewijzigd(geldig, oud), `${basis}/onderdelen/${onderdeel.id}`, { melding: 'Het onderdeel is gewijzigd.' });
    } else f.opslaan(toevoegen, geldig, (o) => `${basis}/onderdelen/${o.id}`, { melding: 'Het onderdeel is toegevoegd.' });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={onderdeel ? `${basis}/onderdelen/${onderdeel.id}` : basis}>
      <TekstVeld {...f.veld('code')} verplicht className="invoer-code" beschrijving="Zoals 3, 6a of 3.1; plannen van aanpak volgen de code." />
      <KeuzeVeld {...f.veld('bovenliggendeCode')} keuzes={[{ waarde: '', label: 'Geen: een hoofdonderdeel' }, ...hoofdonderdelen.map((o) => ({ waarde: o.code, label: `${o.code} ${o.titel}` }))]} />
      <KeuzeVeld {...f.veld('taakNummer')} keuzes={[{ waarde: '', label: 'Buiten de werkagenda' }, ...plan.taken.map((t) => ({ waarde: String(t.nummer), label: `Taak ${t.nummer}: ${t.titel}` }))]} />
      <TekstVeld {...f.veld('titel')} verplicht />
      <TekstvakVeld {...f.veld('aanpak')} rows={4} />
      <KeuzeVeld {...f.veld('overlegorgaanId')} keuzes={[{ waarde: '', label: 'Niet vastgelegd' }, ...organen]} />
      <TekstVeld {...f.veld('voorzitter')} />
      <KeuzeVeld {...f.veld('status')} keuzes={onderdeelStatussen.map((s) => ({ waarde: s, label: onderdeelStatusLabels[s] }))} />
      <KeuzeVeld
        {...f.veld('begrotingsregelId')}
        beschrijving={regels.length ? `Een regel van de begroting ${plan.jaar}.` : `Er is nog geen begroting ${plan.jaar}; koppel de regel later.`}
        keuzes={[{ waarde: '', label: 'Geen' }, ...regels]}
      />
    </Formulier>
  );
}
