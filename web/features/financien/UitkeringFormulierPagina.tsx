import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { uitkeringCreateSchema, uitkeringSoorten, type Uitkering } from '../../../common/contracts/financien';
import type { Gemeente } from '../../../common/contracts/regios';
import { BestandVeld, Foutoverzicht, foutenUitFout, KeuzeVeld, TekstVeld, TekstvakVeld, type Veldfouten } from '../../components/formulier';
import { FormulierPagina, Formulier } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier, useFormulierFouten } from '../../components/formulier-status';
import { AppButtonLink } from '../../components/links';
import { useOnderdeel } from '../../components/regio-pagina';
import { RijenInvoer, rijLabels } from '../../components/rijen';
import { centenNaarInvoer, euroInvoerNaarCenten, formatGetal } from '../../format';
import { label, uitkeringSoortLabels } from '../../i18n/nl';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import { useUitkering, useUitkeringBijwerken, useUitkeringenImporteren, useUitkeringToevoegen, type UitkeringImportResultaat } from './financien.api';

const labels: Record<string, string> = {
  soort: 'Soort',
  naam: 'Naam',
  ontvangerGemeentecode: 'Ontvanger',
  regeling: 'Regeling',
  eersteJaar: 'Eerste jaar',
  laatsteJaar: 'Laatste jaar',
  voorwaarden: 'Voorwaarden',
  bedragen: 'Bedragen per jaar',
  ...rijLabels('bedragen', 'Bedrag', { jaar: 'jaar', bedragCenten: 'bedrag' }, 50),
};

const geenRecht = 'Alleen de regiocoördinator en de financieel adviseur kunnen uitkeringen vastleggen.';

/** Adding (`uitkeringen/nieuw`) or editing (`uitkeringen/:id/bewerken`) a grant with its amounts per year. */
export function UitkeringFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('uitkeringen');
  const { uitkeringId } = useParams();
  const uitkering = useUitkering(regioId, uitkeringId);
  const gemeenten = useGemeenten(regioId);
  const naam = uitkering.data?.naam ?? 'Uitkering';
  return (
    <FormulierPagina
      titel={uitkeringId ? `${naam} bewerken` : 'Uitkering toevoegen'}
      kruimels={
        uitkeringId
          ? [...kruimels, { label: naam, to: `${pad}/${uitkeringId}` }, { label: 'Bewerken', to: `${pad}/${uitkeringId}/bewerken` }]
          : [...kruimels, { label: 'Toevoegen', to: `${pad}/nieuw` }]
      }
      mag={rechten.magFinancienBewerken}
      geenRecht={geenRecht}
      query={uitkeringId ? uitkering : undefined}
      laden={gemeenten.isPending}
      wat="de uitkering"
    >
      {(u) => <UitkeringFormulier regioId={regioId} pad={pad} uitkering={u} gemeenten={gemeenten.data?.items ?? []} />}
    </FormulierPagina>
  );
}

function UitkeringFormulier({ regioId, pad, uitkering, gemeenten }: { regioId: string; pad: string; uitkering: Uitkering | undefined; gemeenten: Gemeente[] }) {
  const dit = new Date().getFullYear();
  const f = useFormulier({
    begin: {
      soort: (uitkering?.soort ?? 'spuk-iza') as string,
      naam: uitkering?.naam ?? '',
      ontvangerGemeentecode: uitkering?.ontvanger?.gemeentecode ?? '',
      regeling: uitkering?.regeling ?? '',
      eersteJaar: String(uitkering?.eersteJaar ?? dit),
      laatsteJaar: String(uitkering?.laatsteJaar ?? dit),
      voorwaarden: uitkering?.voorwaarden ?? '',
      bedragen: (uitkering?.bedragen ?? []).map((b) => ({ jaar: String(b.jaar), bedrag: centenNaarInvoer(b.bedragCenten) })),
    },
    labels,
  });
  const toevoegen = useUitkeringToevoegen(regioId);
  const bijwerken = useUitkeringBijwerken(regioId, uitkering?.id ?? '');

  function verstuur() {
    const extra: Veldfouten = {};
    const bedragen = f.invoer.bedragen.map((b, i) => {
      const centen = euroInvoerNaarCenten(b.bedrag);
      if (centen === null) extra[`bedragen.${i}.bedragCenten`] = 'Vul een bedrag in euro in, zoals 4.747.850 of 1.234,56';
      return { jaar: b.jaar, bedragCenten: centen ?? 0 };
    });
    const waarden = { ...f.invoer, ontvangerGemeentecode: f.invoer.ontvangerGemeentecode || null, bedragen };
    const geldig = f.controleer(uitkeringCreateSchema, waarden, extra);
    if (!geldig) return;
    if (Number(geldig.laatsteJaar) < Number(geldig.eersteJaar)) {
      f.toon({ velden: { laatsteJaar: `Het laatste jaar ligt vóór het eerste jaar (${geldig.eersteJaar})` }, algemeen: [] });
      return;
    }
    if (uitkering) {
      const oud = { ...uitkering, ontvangerGemeentecode: uitkering.ontvanger?.gemeentecode ?? null };
      f.opslaan(bijwerken, alleenGewijzigd(geldig, oud), `${pad}/${uitkering.id}`, { melding: 'De uitkering is gewijzigd.' });
    } else {
      f.opslaan(toevoegen, geldig, (u) => `${pad}/${u.id}`, { melding: 'De uitkering is vastgelegd.' });
    }
  }

  const terug = uitkering ? `${pad}/${uitkering.id}` : pad;
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={terug}>
      <KeuzeVeld {...f.veld('soort')} verplicht keuzes={uitkeringSoorten.map((s) => ({ waarde: s, label: label(uitkeringSoortLabels, s) }))} />
      <TekstVeld {...f.veld('naam')} verplicht />
      <KeuzeVeld
        {...f.veld('ontvangerGemeentecode')}
        beschrijving="De gemeente die de uitkering ontvangt, zoals de mandaatgemeente bij de SPUK-IZA."
        keuzes={[{ waarde: '', label: 'De regio (geen gemeente)' }, ...gemeenten.map((g) => ({ waarde: g.gemeentecode, label: `${g.naam} (${g.gemeentecode})` }))]}
      />
      <TekstVeld {...f.veld('regeling')} beschrijving="Bijvoorbeeld: Regeling specifieke uitkering IZA-doelen 2023–2026." />
      <TekstVeld {...f.veld('eersteJaar')} verplicht inputMode="numeric" className="invoer-code" />
      <TekstVeld {...f.veld('laatsteJaar')} verplicht inputMode="numeric" beschrijving="Het laatste jaar waarvoor de uitkering is toegekend." className="invoer-code" />
      <TekstvakVeld {...f.veld('voorwaarden')} rows={3} />
      <RijenInvoer
        legenda="Bedragen per jaar"
        naam="bedragen"
        fout={f.fouten.velden.bedragen}
        rijen={f.invoer.bedragen}
        onWijzig={f.zet('bedragen')}
        nieuweRij={() => {
          const laatste = f.invoer.bedragen.map((b) => Number(b.jaar)).filter(Number.isFinite);
          return { jaar: String(laatste.length ? Math.max(...laatste) + 1 : Number(f.invoer.eersteJaar) || dit), bedrag: '' };
        }}
        rijNaam={(i) => `Bedrag ${i + 1}`}
        toevoegTekst="Jaar toevoegen"
        verwijderTekst="Jaar verwijderen"
      >
        {(b, i, zet) => (
          <>
            <TekstVeld name={`bedragen.${i}.jaar`} label="Jaar" verplicht inputMode="numeric" value={b.jaar} onChange={zet('jaar')} fout={f.fouten.velden[`bedragen.${i}.jaar`]} className="invoer-code" />
            <TekstVeld
              name={`bedragen.${i}.bedragCenten`}
              label="Bedrag in euro"
              verplicht
              inputMode="decimal"
              value={b.bedrag}
              onChange={zet('bedrag')}
              fout={f.fouten.velden[`bedragen.${i}.bedragCenten`]}
              className="invoer-kort"
            />
          </>
        )}
      </RijenInvoer>
    </Formulier>
  );
}

const importSoorten = [
  { waarde: 'spuk-iza', label: 'SPUK-IZA per mandaatgemeente' },
  { waarde: 'brede-spuk', label: 'Brede SPUK per gemeente' },
] as const;

/** The published lists of amounts (VWS annexes) as CSV; only the rows of this region count. */
export function UitkeringenImporterenPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('uitkeringen');
  return (
    <FormulierPagina
      titel="Uitkeringen importeren"
      kruimels={[...kruimels, { label: 'Importeren', to: `${pad}/importeren` }]}
      mag={rechten.magFinancienBewerken}
      geenRecht={geenRecht}
      wat="het formulier"
    >
      {() => <ImportFormulier regioId={regioId} pad={pad} />}
    </FormulierPagina>
  );
}

function ImportFormulier({ regioId, pad }: { regioId: string; pad: string }) {
  const [soort, setSoort] = useState<'spuk-iza' | 'brede-spuk'>('spuk-iza');
  const [bestand, setBestand] = useState<File | null>(null);
  const [resultaat, setResultaat] = useState<UitkeringImportResultaat | null>(null);
  const { fouten, poging, toon, wis } = useFormulierFouten();
  const importeren = useUitkeringenImporteren(regioId);
  const labelsImport = { soort: 'Lijst', bestand: 'Bestand' };
  const fout = fouten.velden.bestand;

  return (
    <>
      {resultaat ? (
        <div role="status">
          <Alert type="ok">
            <Heading2 className="alert-kop">De lijst is geïmporteerd</Heading2>
            <Paragraph>
              {formatGetal(resultaat.aantalRegels)} regels van deze regio gelezen: {formatGetal(resultaat.toegevoegd)} toegevoegd,{' '}
              {formatGetal(resultaat.bijgewerkt)} bijgewerkt, {formatGetal(resultaat.ongewijzigd)} ongewijzigd.
            </Paragraph>
          </Alert>
        </div>
      ) : null}
      <form
        noValidate
        className="formulier"
        onSubmit={(event) => {
          event.preventDefault();
          setResultaat(null);
          if (!bestand) {
            toon({ velden: { bestand: 'Kies een CSV-bestand' }, algemeen: [] });
            return;
          }
          wis();
          importeren.mutate({ soort, bestand }, { onSuccess: setResultaat, onError: (e) => toon(foutenUitFout(e, Object.keys(labelsImport))) });
        }}
      >
        <Foutoverzicht fouten={fouten} labels={labelsImport} poging={poging} />
        <Paragraph>
          De lijsten van VWS in CSV: voor de SPUK-IZA met de kolommen mandaatgemeentecode, iza_regio en spuk_iza_JJJJ_eur; voor de
          Brede SPUK met gemeentecode, gemeentenaam_cbs en brede_spuk_JJJJ_eur. Alleen de regels van deze regio worden gebruikt;
          dezelfde lijst nog eens importeren verandert niets.
        </Paragraph>
        <KeuzeVeld name="soort" label="Lijst" verplicht value={soort} onChange={(w) => setSoort(w as typeof soort)} keuzes={[...importSoorten]} fout={fouten.velden.soort} />
        <BestandVeld fout={fout} beschrijving="Een CSV-bestand met de kolomnamen op de eerste regel." accept=".csv,.txt,text/csv" onKies={setBestand} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={importeren.isPending} disabled={importeren.isPending}>
            Importeren
          </Button>
          <AppButtonLink to={pad} appearance="secondary-action-button">
            Naar de uitkeringen
          </AppButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
