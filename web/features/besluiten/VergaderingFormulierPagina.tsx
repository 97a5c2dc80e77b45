import { useParams } from 'react-router';
import { vergaderingCreateSchema, vergaderingStatussen, vergaderingUpdateSchema, type VergaderingDetail } from '../../../common/contracts/besluiten';
import type { Overlegorgaan } from '../../../common/contracts/regios';
import { AlleenLezenVeld, KeuzeVeld, TekstVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { useOverlegorganen } from '../overlegorganen/overlegorganen.api';
import { useVergadering, useVergaderingBijwerken, useVergaderingToevoegen } from './besluiten.api';
import { labelVan, vergaderingStatusLabels } from './besluiten';

const labels: Record<string, string> = {
  overlegorgaanId: 'Overlegorgaan',
  datum: 'Datum',
  titel: 'Titel',
  locatie: 'Locatie',
  status: 'Status',
};

/** Planning a meeting (`vergaderingen/nieuw`) or changing one (`vergaderingen/:id/bewerken`). */
export function VergaderingFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('vergaderingen');
  const { vergaderingId } = useParams();
  const vergadering = useVergadering(regioId, vergaderingId);
  const organen = useOverlegorganen(regioId);
  const naam = vergadering.data?.titel ?? 'Vergadering';
  return (
    <FormulierPagina
      titel={vergaderingId ? `${naam} bewerken` : 'Vergadering plannen'}
      kruimels={
        vergaderingId
          ? [...kruimels, { label: naam, to: `${pad}/${vergaderingId}` }, { label: 'Bewerken', to: `${pad}/${vergaderingId}/bewerken` }]
          : [...kruimels, { label: 'Plannen', to: `${pad}/nieuw` }]
      }
      mag={rechten.magBesluitenBewerken}
      geenRecht="Alleen de regiocoördinator (het secretariaat) plant vergaderingen."
      query={vergaderingId ? vergadering : undefined}
      laden={organen.isPending}
      wat="de vergadering"
    >
      {(v) => <VergaderingFormulier regioId={regioId} pad={pad} vergadering={v} organen={organen.data?.items ?? []} />}
    </FormulierPagina>
  );
}

function VergaderingFormulier({ regioId, pad, vergadering, organen }: { regioId: string; pad: string; vergadering: VergaderingDetail | undefined; organen: Overlegorgaan[] }) {
  const pho = organen.find((o) => o.soort === 'pho');
  const f = useFormulier({
    begin: {
      overlegorgaanId: vergadering?.overlegorgaan.id ?? pho?.id ?? '',
      datum: vergadering?.datum ?? '',
      titel: vergadering?.titel ?? '',
      locatie: vergadering?.locatie ?? '',
      status: (vergadering?.status ?? 'gepland') as string,
    },
    labels,
  });
  const toevoegen = useVergaderingToevoegen(regioId);
  const bijwerken = useVergaderingBijwerken(regioId, vergadering?.id ?? '');

  function verstuur() {
    if (vergadering) {
      const { overlegorgaanId: _orgaan, ...rest } = f.invoer;
      const geldig = f.controleer(vergaderingUpdateSchema, rest);
      if (geldig) f.opslaan(bijwerken, alleenGewijzigd(geldig, vergadering), `${pad}/${vergadering.id}`, { melding: 'De vergadering is gewijzigd.' });
      return;
    }
    const geldig = f.controleer(vergaderingCreateSchema, f.invoer);
    if (geldig) f.opslaan(toevoegen, geldig, (v) => `${pad}/${v.id}`, { melding: 'De vergadering is gepland. Zet nu de agendapunten erin.' });
  }

  const orgaan = organen.find((o) => o.id === f.invoer.overlegorgaanId);
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={vergadering ? `${pad}/${vergadering.id}` : pad} verstuurTekst={vergadering ? 'Opslaan' : 'Vergadering plannen'}>
      {vergadering ? (
        <AlleenLezenVeld label="Overlegorgaan" waarde={vergadering.overlegorgaan.naam} uitleg="Het overlegorgaan van een vergadering verandert niet: zijn zetels stemmen." />
      ) : (
        <KeuzeVeld
          {...f.veld('overlegorgaanId')}
          verplicht
          beschrijving={orgaan ? `Besluitregels: ${orgaan.besluitregels.bronBesluitregels || 'zie het overlegorgaan'}` : undefined}
          keuzes={[{ waarde: '', label: 'Kies een overlegorgaan' }, ...organen.map((o) => ({ waarde: o.id, label: o.naam }))]}
        />
      )}
      <TekstVeld {...f.veld('datum')} type="date" verplicht className="invoer-kort" />
      <TekstVeld {...f.veld('titel')} verplicht beschrijving="Bijvoorbeeld: PHO IZA 18 september 2024." />
      <TekstVeld {...f.veld('locatie')} />
      <KeuzeVeld {...f.veld('status')} keuzes={vergaderingStatussen.map((s) => ({ waarde: s, label: labelVan(vergaderingStatusLabels, s) }))} />
    </Formulier>
  );
}
