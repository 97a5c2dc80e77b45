import { Checkbox, Fieldset, FieldsetLegend, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { themaCreateSchema, type Indicator, type Thema, type ThemaSoort } from '../../../common/contracts/plannen';
import type { Gemeente, Organisatie, Overlegorgaan } from '../../../common/contracts/regios';
import { KeuzeVeld, TekstVeld, TekstvakVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { HistorieSectie } from '../../components/historie';
import { DetailActies, useOnderdeel } from '../../components/regio-pagina';
import { RijenInvoer } from '../../components/rijen';
import { NietGevondenPagina } from '../algemeen/NietGevondenPagina';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import { useOrganisaties } from '../organisaties/organisaties.api';
import { useOverlegorganen } from '../overlegorganen/overlegorganen.api';
import { useIndicatoren } from '../regiobeeld/regiobeeld.api';
import { soortPad, useThema, useThemaBijwerken, useThemaToevoegen, useThemaVerwijderen } from './regioplan.api';

const labels: Record<string, string> = {
  nummer: 'Nummer',
  naam: 'Naam',
  omschrijving: 'Omschrijving',
  kartrekkerOverlegorgaanId: 'Kartrekker: overlegorgaan of pijler',
  kartrekkerOrganisatieId: 'Kartrekker: organisatie',
  kartrekkerGemeentecode: 'Kartrekker: gemeente',
  kartrekkerToelichting: 'Kartrekker: toelichting',
  doelen: 'Doelen',
  indicatorIds: 'Indicatoren',
  ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`doelen.${i}`, `Doel ${i + 1}`])),
  ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`indicatorIds.${i}`, `Indicator ${i + 1}`])),
};

const soortVanPad: Record<string, ThemaSoort> = { opgaven: 'opgave', pijlers: 'pijler' };
const woord: Record<ThemaSoort, string> = { opgave: 'Opgave', pijler: 'Pijler' };

/** Adding or editing an opgave or pijler (`regioplan/{opgaven|pijlers}/nieuw`, `…/:id/bewerken`). */
export function ThemaFormulierPagina() {
  const { soortPad: pad = '', themaId } = useParams();
  const soort = soortVanPad[pad];
  if (!soort) return <NietGevondenPagina />;
  return <ThemaPagina soort={soort} themaId={themaId} />;
}

function ThemaPagina({ soort, themaId }: { soort: ThemaSoort; themaId: string | undefined }) {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('regioplan');
  const thema = useThema(regioId, soort, themaId);
  const organisaties = useOrganisaties(regioId);
  const organen = useOverlegorganen(regioId);
  const gemeenten = useGemeenten(regioId);
  const indicatoren = useIndicatoren(regioId);
  const verwijderen = useThemaVerwijderen(regioId, soort, themaId ?? '');
  const naam = thema.data ? `${woord[soort]} ${thema.data.nummer}: ${thema.data.naam}` : woord[soort];
  return (
    <FormulierPagina
      titel={themaId ? `${naam} bewerken` : `${woord[soort]} toevoegen`}
      kruimels={[...kruimels, { label: themaId ? `${naam} bewerken` : `${woord[soort]} toevoegen`, to: `${pad}/${soortPad[soort]}/${themaId ? `${themaId}/bewerken` : 'nieuw'}` }]}
      mag={rechten.magPlannenBewerken}
      geenRecht="Alleen de regiocoördinator kan het regioplan wijzigen."
      query={themaId ? thema : undefined}
      laden={organisaties.isPending || organen.isPending || gemeenten.isPending || indicatoren.isPending}
      wat="het regioplan"
    >
      {(t) => (
        <>
          <ThemaFormulier
            regioId={regioId}
            pad={pad}
            soort={soort}
            thema={t}
            organisaties={organisaties.data?.items ?? []}
            organen={organen.data?.items ?? []}
            gemeenten={gemeenten.data?.items ?? []}
            indicatoren={indicatoren.data?.items ?? []}
          />
          {t ? (
            <>
              <DetailActies
                verwijderen={{
                  knopTekst: `${woord[soort]} verwijderen`,
                  vraag: `Weet u zeker dat u ${naam} uit het regioplan wilt verwijderen?`,
                  mutatie: verwijderen,
                  naar: pad,
                  melding: `${naam} is verwijderd.`,
                }}
              />
              <HistorieSectie regioId={regioId} soort={`regioplan-${soort}`} itemId={t.id} />
            </>
          ) : null}
        </>
      )}
    </FormulierPagina>
  );
}

function ThemaFormulier({
  regioId,
  pad,
  soort,
  thema,
  organisaties,
  organen,
  gemeenten,
  indicatoren,
}: {
  regioId: string;
  pad: string;
  soort: ThemaSoort;
  thema: Thema | undefined;
  organisaties: Organisatie[];
  organen: Overlegorgaan[];
  gemeenten: Gemeente[];
  indicatoren: Indicator[];
}) {
  const f = useFormulier({
    begin: {
      nummer: thema ? String(thema.nummer) : '',
      naam: thema?.naam ?? '',
      omschrijving: thema?.omschrijving ?? '',
      kartrekkerOverlegorgaanId: thema?.kartrekker.overlegorgaan?.id ?? '',
      kartrekkerOrganisatieId: thema?.kartrekker.organisatie?.id ?? '',
      kartrekkerGemeentecode: thema?.kartrekker.gemeente?.gemeentecode ?? '',
      kartrekkerToelichting: thema?.kartrekker.toelichting ?? '',
      doelen: (thema?.doelen ?? []).map((tekst) => ({ tekst })),
      indicatorIds: thema?.indicatoren.map((i) => i.id) ?? [],
    },
    labels,
    conflictVeld: 'nummer',
  });
  const toevoegen = useThemaToevoegen(regioId, soort);
  const bijwerken = useThemaBijwerken(regioId, soort, thema?.id ?? '');

  function verstuur() {
    const extra: Veldfouten = {};
    if (!/^\d+$/.test(f.invoer.nummer.trim())) extra.nummer = 'Vul een nummer in, zoals 1';
    const waarden = {
      ...f.invoer,
      nummer: Number(f.invoer.nummer),
      kartrekkerOverlegorgaanId: f.invoer.kartrekkerOverlegorgaanId || null,
      kartrekkerOrganisatieId: f.invoer.kartrekkerOrganisatieId || null,
      kartrekkerGemeentecode: f.invoer.kartrekkerGemeentecode || null,
      doelen: f.invoer.doelen.map((d) => d.tekst),
    };
    const geldig = f.controleer(themaCreateSchema, waarden, extra);
    if (!geldig) return;
    const melding = { melding: `${woord[soort]} ${geldig.nummer} is opgeslagen.` };
    if (thema) {
      const oud = {
        ...thema,
        kartrekkerOverlegorgaanId: thema.kartrekker.overlegorgaan?.id ?? null,
        kartrekkerOrganisatieId: thema.kartrekker.organisatie?.id ?? null,
        kartrekkerGemeentecode: thema.kartrekker.gemeente?.gemeentecode ?? null,
        kartrekkerToelichting: thema.kartrekker.toelichting,
        indicatorIds: thema.indicatoren.map((i) => i.id),
      };
      f.opslaan(bijwerken, alleenGewijzigd(geldig, oud), pad, melding);
    } else f.opslaan(toevoegen, geldig, pad, melding);
  }

  const geen = { waarde: '', label: 'Geen' };
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={pad}>
      <TekstVeld {...f.veld('nummer')} verplicht inputMode="numeric" className="invoer-code" />
      <TekstVeld {...f.veld('naam')} verplicht />
      <TekstvakVeld {...f.veld('omschrijving')} rows={3} />
      <Fieldset>
        <FieldsetLegend>Kartrekker</FieldsetLegend>
        <Paragraph>Wie trekt: een overlegorgaan of pijler, een organisatie en/of een gemeente, met een toelichting.</Paragraph>
        <KeuzeVeld {...f.veld('kartrekkerOverlegorgaanId')} keuzes={[geen, ...organen.map((o) => ({ waarde: o.id, label: o.naam }))]} />
        <KeuzeVeld {...f.veld('kartrekkerOrganisatieId')} keuzes={[geen, ...organisaties.map((o) => ({ waarde: o.id, label: o.naam }))]} />
        <KeuzeVeld {...f.veld('kartrekkerGemeentecode')} keuzes={[geen, ...gemeenten.map((g) => ({ waarde: g.gemeentecode, label: g.naam }))]} />
        <TekstvakVeld {...f.veld('kartrekkerToelichting')} rows={2} />
      </Fieldset>
      <RijenInvoer
        legenda="Doelen"
        naam="doelen"
        fout={f.fouten.velden.doelen}
        rijen={f.invoer.doelen}
        onWijzig={f.zet('doelen')}
        nieuweRij={() => ({ tekst: '' })}
        rijNaam={(i) => `Doel ${i + 1}`}
        toevoegTekst="Doel toevoegen"
        verwijderTekst="Doel verwijderen"
      >
        {(d, i, zet) => <TekstVeld name={`doelen.${i}`} label={`Doel ${i + 1}`} verplicht value={d.tekst} onChange={zet('tekst')} fout={f.fouten.velden[`doelen.${i}`]} />}
      </RijenInvoer>
      <Fieldset>
        <FieldsetLegend>Indicatoren die dit beweegt</FieldsetLegend>
        {indicatoren.length === 0 ? <Paragraph>Het regiobeeld heeft nog geen indicatoren.</Paragraph> : null}
        {f.fouten.velden.indicatorIds ? <Paragraph className="foutregel">{f.fouten.velden.indicatorIds}</Paragraph> : null}
        {indicatoren.map((i) => {
          const id = `indicator-${i.id}`;
          const gekozen = f.invoer.indicatorIds.includes(i.id);
          return (
            <div key={i.id} className="vinkveld">
              <Checkbox
                id={id}
                checked={gekozen}
                onChange={(e) => f.zet('indicatorIds')(e.target.checked ? [...f.invoer.indicatorIds, i.id] : f.invoer.indicatorIds.filter((x) => x !== i.id))}
              />
              <FormLabel htmlFor={id} type="checkbox">
                {`${i.naam} (${i.eenheid})`}
              </FormLabel>
            </div>
          );
        })}
      </Fieldset>
    </Formulier>
  );
}
