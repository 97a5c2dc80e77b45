import { useParams } from 'react-router';
import { steunpuntCreateSchema, steunpuntUpdateSchema, type Steunpunt } from '../../../common/contracts/steunpunten';
import { KeuzeVeld, TekstVeld, TekstvakVeld, VinkVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { useOrganisaties } from '../organisaties/organisaties.api';
import { useDekking, useSteunpunt, useSteunpuntBijwerken, useSteunpuntToevoegen } from './steunpunten.api';

const labels: Record<string, string> = {
  naam: 'Naam',
  straat: 'Straat',
  huisnummer: 'Huisnummer',
  postcode: 'Postcode',
  plaats: 'Plaats',
  gemeentecode: 'Gemeente',
  exploitantOrganisatieId: 'Exploitant (organisatie van de regio)',
  exploitantNaam: 'Exploitant (naam)',
  doelgroepen: 'Doelgroepen',
  openVoorIedereen: 'Open voor iedereen zonder verwijzing',
  openingstijden: 'Openingstijden',
  telefoon: 'Telefoon',
  email: 'E-mail',
  website: 'Website',
  openbaar: 'Openbaar: tonen in de publieke wegwijzer',
};

/** Adding (`nieuw`) or editing (`:id/bewerken`) a support point; who may depends on its municipality. */
export function SteunpuntFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('steunpunten');
  const { steunpuntId } = useParams();
  const query = useSteunpunt(regioId, steunpuntId);
  const dekking = useDekking(regioId);
  const organisaties = useOrganisaties(regioId);
  const naam = query.data?.naam ?? 'Steunpunt';
  const eigen = (dekking.data?.gemeenten ?? []).filter((g) => rechten.magSteunpuntBewerken(g.gemeentecode));
  return (
    <FormulierPagina<Steunpunt>
      titel={steunpuntId ? `${naam} bewerken` : 'Steunpunt toevoegen'}
      kruimels={
        steunpuntId
          ? [...kruimels, { label: naam, to: `${pad}/${steunpuntId}` }, { label: 'Bewerken', to: `${pad}/${steunpuntId}/bewerken` }]
          : [...kruimels, { label: 'Toevoegen', to: `${pad}/nieuw` }]
      }
      mag={steunpuntId ? (s) => rechten.magSteunpuntBewerken(s.gemeente.gemeentecode) : dekking.isPending || eigen.length > 0}
      geenRecht="U kunt hier geen steunpunt vastleggen. Dat kan de regiocoördinator, en de beleidsadviseur van een gemeente voor de eigen gemeente."
      query={steunpuntId ? query : undefined}
      laden={dekking.isPending || organisaties.isPending}
      wat="het steunpunt"
    >
      {(s) => (
        <SteunpuntFormulier
          regioId={regioId}
          steunpunt={s}
          gemeenten={eigen}
          organisaties={organisaties.data?.items ?? []}
          terug={s ? `${pad}/${s.id}` : pad}
          naarNieuw={(id) => `${pad}/${id}`}
        />
      )}
    </FormulierPagina>
  );
}

function SteunpuntFormulier({
  regioId,
  steunpunt: s,
  gemeenten,
  organisaties,
  terug,
  naarNieuw,
}: {
  regioId: string;
  steunpunt: Steunpunt | undefined;
  gemeenten: { gemeentecode: string; naam: string }[];
  organisaties: { id: string; naam: string }[];
  terug: string;
  naarNieuw: (id: string) => string;
}) {
  const f = useFormulier({
    begin: {
      naam: s?.naam ?? '',
      straat: s?.adres.straat ?? '',
      huisnummer: s?.adres.huisnummer ?? '',
      postcode: s?.adres.postcode ?? '',
      plaats: s?.adres.plaats ?? '',
      gemeentecode: s?.gemeente.gemeentecode ?? (gemeenten.length === 1 ? gemeenten[0]!.gemeentecode : ''),
      exploitantOrganisatieId: s?.exploitant.organisatie?.id ?? '',
      exploitantNaam: s?.exploitant.naam ?? '',
      doelgroepen: s?.doelgroepen.join('\n') ?? '',
      openVoorIedereen: s?.openVoorIedereen ?? false,
      openingstijden: s?.openingstijden ?? '',
      telefoon: s?.contact.telefoon ?? '',
      email: s?.contact.email ?? '',
      website: s?.contact.website ?? '',
      openbaar: s?.openbaar ?? false,
    },
    labels,
    conflictVeld: 'naam',
  });
  const toevoegen = useSteunpuntToevoegen(regioId);
  const bijwerken = useSteunpuntBijwerken(regioId, s?.id ?? '');
  // An officer may keep a point's current municipality in the list even when it is not theirs to choose.
  const gemeenteKeuzes = [
    { waarde: '', label: 'Kies een gemeente' },
    ...gemeenten.map((g) => ({ waarde: g.gemeentecode, label: g.naam })),
    ...(s && !gemeenten.some((g) => g.gemeentecode === s.gemeente.gemeentecode) ? [{ waarde: s.gemeente.gemeentecode, label: s.gemeente.naam }] : []),
  ];

  function verstuur() {
    const waarden = {
      ...f.invoer,
      exploitantOrganisatieId: f.invoer.exploitantOrganisatieId || null,
      doelgroepen: f.invoer.doelgroepen
        .split('\n')
        .map((d) => d.trim())
        .filter(Boolean),
    };
    if (!s) {
      const invoer = f.controleer(steunpuntCreateSchema, waarden);
      if (invoer) f.opslaan(toevoegen, invoer, (r) => naarNieuw(r.id), { melding: `Steunpunt ${invoer.naam} is toegevoegd.` });
      return;
    }
    const invoer = f.controleer(steunpuntUpdateSchema, waarden);
    if (!invoer) return;
    const oud = {
      naam: s.naam,
      ...s.adres,
      gemeentecode: s.gemeente.gemeentecode,
      exploitantOrganisatieId: s.exploitant.organisatie?.id ?? null,
      exploitantNaam: s.exploitant.naam,
      doelgroepen: s.doelgroepen,
      openVoorIedereen: s.openVoorIedereen,
      openingstijden: s.openingstijden,
      ...s.contact,
      openbaar: s.openbaar,
    };
    f.opslaan(bijwerken, alleenGewijzigd(invoer as Record<string, unknown>, oud), terug, { melding: `Steunpunt ${invoer.naam ?? s.naam} is gewijzigd.` });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={terug}>
      <TekstVeld {...f.veld('naam')} verplicht />
      <KeuzeVeld {...f.veld('gemeentecode')} keuzes={gemeenteKeuzes} verplicht beschrijving="De gemeente waarin het steunpunt ligt; zij telt mee voor de dekking." />
      <TekstVeld {...f.veld('straat')} verplicht autoComplete="address-line1" />
      <TekstVeld {...f.veld('huisnummer')} verplicht />
      <TekstVeld {...f.veld('postcode')} verplicht autoComplete="postal-code" beschrijving="Bijvoorbeeld 5801 AB." />
      <TekstVeld {...f.veld('plaats')} verplicht autoComplete="address-level2" />
      <VinkVeld
        {...f.veld('openVoorIedereen')}
        checked={f.invoer.openVoorIedereen}
        onChange={f.zet('openVoorIedereen')}
        beschrijving="Iedereen kan zonder verwijzing of afspraak binnenlopen. Alleen zulke steunpunten maken een gemeente gedekt."
      />
      <KeuzeVeld
        {...f.veld('exploitantOrganisatieId')}
        keuzes={[{ waarde: '', label: 'Geen organisatie van de regio' }, ...organisaties.map((o) => ({ waarde: o.id, label: o.naam }))]}
      />
      <TekstVeld {...f.veld('exploitantNaam')} beschrijving="Of de naam van een exploitant die geen organisatie van de regio is." />
      <TekstvakVeld {...f.veld('doelgroepen')} rows={3} beschrijving="Eén doelgroep per regel, bijvoorbeeld: jongeren, mantelzorgers." />
      <TekstvakVeld {...f.veld('openingstijden')} rows={3} />
      <TekstVeld {...f.veld('telefoon')} type="tel" autoComplete="tel" beschrijving="Bijvoorbeeld 077 123 45 67." />
      <TekstVeld {...f.veld('email')} type="email" autoComplete="email" inputMode="email" />
      <TekstVeld {...f.veld('website')} type="url" inputMode="url" beschrijving="Begint met https://." />
      <VinkVeld {...f.veld('openbaar')} checked={f.invoer.openbaar} onChange={f.zet('openbaar')} />
    </Formulier>
  );
}
