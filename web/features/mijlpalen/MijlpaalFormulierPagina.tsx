import { useParams } from 'react-router';
import { voortgangsstatussen } from '../../../common/contracts/algemeen';
import { mijlpaalInvoerSchema, type Mijlpaal } from '../../../common/contracts/mijlpalen';
import type { Organisatie } from '../../../common/contracts/regios';
import { KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { useOrganisaties } from '../organisaties/organisaties.api';
import { useOverlegorganen } from '../overlegorganen/overlegorganen.api';
import { statusLabel, useMijlpaal, useMijlpaalBijwerken, useMijlpaalToevoegen } from './mijlpalen.api';

const labels: Record<string, string> = {
  titel: 'Titel',
  datum: 'Datum',
  status: 'Status',
  eigenaar: 'Eigenaar',
  eigenaarOrganisatieId: 'Organisatie als eigenaar',
  eigenaarOverlegorgaanId: 'Overlegorgaan als eigenaar',
  omschrijving: 'Omschrijving',
};

/** Adding (`mijlpalen/nieuw`) or editing (`mijlpalen/:id/bewerken`) a milestone, for the project office. */
export function MijlpaalFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('mijlpalen');
  const { mijlpaalId } = useParams();
  const mijlpaal = useMijlpaal(regioId, mijlpaalId);
  const organisaties = useOrganisaties(regioId);
  const organen = useOverlegorganen(regioId);
  const titel = mijlpaalId ? `Mijlpaal bewerken: ${mijlpaal.data?.titel ?? ''}` : 'Mijlpaal toevoegen';
  const naar = mijlpaalId ? `${pad}/${mijlpaalId}/bewerken` : `${pad}/nieuw`;
  return (
    <FormulierPagina
      titel={titel}
      kruimels={[...kruimels, { label: mijlpaalId ? 'Bewerken' : 'Toevoegen', to: naar }]}
      mag={rechten.magMonitoringBewerken}
      geenRecht="Alleen de regiocoördinator houdt de mijlpalen bij."
      query={mijlpaalId ? mijlpaal : undefined}
      laden={organisaties.isPending || organen.isPending}
      wat="de mijlpaal"
    >
      {(m) => (
        <MijlpaalFormulier
          regioId={regioId}
          pad={pad}
          mijlpaal={m}
          organisaties={organisaties.data?.items ?? []}
          organen={(organen.data?.items ?? []) as { id: string; naam: string }[]}
        />
      )}
    </FormulierPagina>
  );
}

function MijlpaalFormulier({
  regioId,
  pad,
  mijlpaal: m,
  organisaties,
  organen,
}: {
  regioId: string;
  pad: string;
  mijlpaal: Mijlpaal | undefined;
  organisaties: Organisatie[];
  organen: { id: string; naam: string }[];
}) {
  const begin = {
    titel: m?.titel ?? '',
    datum: m?.datum ?? '',
    status: (m?.status ?? 'niet-gestart') as string,
    eigenaar: m?.eigenaar ?? '',
    eigenaarOrganisatieId: m?.eigenaarOrganisatie?.id ?? '',
    eigenaarOverlegorgaanId: m?.eigenaarOverlegorgaan?.id ?? '',
    omschrijving: m?.omschrijving ?? '',
  };
  const f = useFormulier({ begin, labels });
  const toevoegen = useMijlpaalToevoegen(regioId);
  const bijwerken = useMijlpaalBijwerken(regioId, m?.id ?? '');

  function verstuur() {
    const waarden = { ...f.invoer, eigenaarOrganisatieId: f.invoer.eigenaarOrganisatieId || null, eigenaarOverlegorgaanId: f.invoer.eigenaarOverlegorgaanId || null };
    const geldig = f.controleer(mijlpaalInvoerSchema, waarden);
    if (!geldig) return;
    if (m) {
      const oud = { ...begin, eigenaarOrganisatieId: begin.eigenaarOrganisatieId || null, eigenaarOverlegorgaanId: begin.eigenaarOverlegorgaanId || null };
      f.opslaan(bijwerken, alleenGewijzigd(geldig, oud), `${pad}/${m.id}`, { melding: 'De mijlpaal is bijgewerkt.' });
    } else {
      f.opslaan(toevoegen, geldig, (nieuw: Mijlpaal) => `${pad}/${nieuw.id}`, { melding: 'De mijlpaal is toegevoegd.' });
    }
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={m ? `${pad}/${m.id}` : pad}>
      <TekstVeld {...f.veld('titel')} verplicht />
      <TekstVeld {...f.veld('datum')} type="date" verplicht beschrijving="De dag waarop de mijlpaal bereikt moet zijn; die dag zelf telt nog als op tijd." />
      <KeuzeVeld {...f.veld('status')} verplicht keuzes={voortgangsstatussen.map((s) => ({ waarde: s, label: statusLabel(s) }))} />
      <TekstVeld {...f.veld('eigenaar')} beschrijving="Een persoon, werkgroep of team, bijvoorbeeld: Projectbureau IZA." />
      <KeuzeVeld {...f.veld('eigenaarOrganisatieId')} keuzes={[{ waarde: '', label: 'Geen organisatie' }, ...organisaties.map((o) => ({ waarde: o.id, label: o.naam }))]} />
      <KeuzeVeld {...f.veld('eigenaarOverlegorgaanId')} keuzes={[{ waarde: '', label: 'Geen overlegorgaan' }, ...organen.map((o) => ({ waarde: o.id, label: o.naam }))]} />
      <TekstvakVeld {...f.veld('omschrijving')} rows={3} />
    </Formulier>
  );
}
