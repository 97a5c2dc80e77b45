import { useParams } from 'react-router';
import { afspraakStatusInvoerSchema, afspraakStatussen, type AfspraakMetStatus } from '../../../common/contracts/afspraken';
import type { Gemeente, Organisatie } from '../../../common/contracts/regios';
import { KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import { useOrganisaties } from '../organisaties/organisaties.api';
import { statusLabel, useAfspraak, useStatusVastleggen } from './afspraken.api';

const labels: Record<string, string> = {
  status: 'Status',
  eigenaar: 'Eigenaar',
  eigenaarGemeentecode: 'Gemeente als eigenaar',
  eigenaarOrganisatieId: 'Organisatie als eigenaar',
  bewijs: 'Bewijs',
  bewijsLinks: 'Links naar bewijs',
  toelichting: 'Toelichting',
  ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`bewijsLinks.${i}`, `Link ${i + 1} naar bewijs`])),
};

/** Setting the region's status of an agreement (`afspraken/:id/bewerken`), for the project office. */
export function AfspraakFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('afspraken');
  const { afspraakId } = useParams();
  const afspraak = useAfspraak(regioId, afspraakId);
  const gemeenten = useGemeenten(regioId);
  const organisaties = useOrganisaties(regioId);
  const titel = afspraak.data?.titel ?? 'Afspraak';
  return (
    <FormulierPagina
      titel={`Stand bijwerken: ${titel}`}
      kruimels={[...kruimels, { label: titel, to: `${pad}/${afspraakId}` }, { label: 'Stand bijwerken', to: `${pad}/${afspraakId}/bewerken` }]}
      mag={rechten.magMonitoringBewerken}
      geenRecht="Alleen de regiocoördinator legt de stand van de afspraken vast."
      query={afspraak}
      laden={gemeenten.isPending || organisaties.isPending}
      wat="de afspraak"
    >
      {(a) => <StatusFormulier regioId={regioId} pad={pad} afspraak={a!} gemeenten={gemeenten.data?.items ?? []} organisaties={organisaties.data?.items ?? []} />}
    </FormulierPagina>
  );
}

function StatusFormulier({
  regioId,
  pad,
  afspraak: a,
  gemeenten,
  organisaties,
}: {
  regioId: string;
  pad: string;
  afspraak: AfspraakMetStatus;
  gemeenten: Gemeente[];
  organisaties: Organisatie[];
}) {
  const f = useFormulier({
    begin: {
      status: a.status as string,
      eigenaar: a.eigenaar,
      eigenaarGemeentecode: a.eigenaarGemeente?.gemeentecode ?? '',
      eigenaarOrganisatieId: a.eigenaarOrganisatie?.id ?? '',
      bewijs: a.bewijs,
      bewijsLinks: a.bewijsLinks.join('\n'),
      toelichting: a.toelichting,
    },
    labels,
  });
  const vastleggen = useStatusVastleggen(regioId, a.id);

  function verstuur() {
    const waarden = {
      ...f.invoer,
      eigenaarGemeentecode: f.invoer.eigenaarGemeentecode || null,
      eigenaarOrganisatieId: f.invoer.eigenaarOrganisatieId || null,
      bewijsLinks: f.invoer.bewijsLinks
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    };
    const geldig = f.controleer(afspraakStatusInvoerSchema, waarden);
    if (!geldig) return;
    f.opslaan(vastleggen, geldig, `${pad}/${a.id}`, { melding: 'De stand van de afspraak is vastgelegd.' });
  }

  const linkFout = Object.entries(f.fouten.velden).find(([k]) => k.startsWith('bewijsLinks'))?.[1];
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={vastleggen.isPending} annulerenNaar={`${pad}/${a.id}`}>
      <KeuzeVeld {...f.veld('status')} verplicht keuzes={afspraakStatussen.map((s) => ({ waarde: s, label: statusLabel(s) }))} />
      <TekstVeld {...f.veld('eigenaar')} beschrijving="Een persoon, werkgroep of team, bijvoorbeeld: Projectbureau IZA." />
      <KeuzeVeld
        {...f.veld('eigenaarGemeentecode')}
        keuzes={[{ waarde: '', label: 'Geen gemeente' }, ...gemeenten.map((g) => ({ waarde: g.gemeentecode, label: `${g.naam} (${g.gemeentecode})` }))]}
      />
      <KeuzeVeld {...f.veld('eigenaarOrganisatieId')} keuzes={[{ waarde: '', label: 'Geen organisatie' }, ...organisaties.map((o) => ({ waarde: o.id, label: o.naam }))]} />
      <TekstvakVeld {...f.veld('bewijs')} rows={3} beschrijving="Wat laat zien dat de afspraak is uitgevoerd, zoals een besluit of een document." />
      <TekstvakVeld {...f.veld('bewijsLinks')} fout={linkFout} rows={3} beschrijving="Eén link per regel, beginnend met https://." />
      <TekstvakVeld {...f.veld('toelichting')} rows={3} />
    </Formulier>
  );
}
