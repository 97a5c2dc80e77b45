import { Paragraph } from '@utrecht/component-library-react';
import { aannameSoorten, scenarioCreateSchema, verplichtingCreateSchema, type Uitkering } from '../../../common/contracts/financien';
import { KeuzeVeld, TekstVeld, TekstvakVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { RijenInvoer, rijLabels } from '../../components/rijen';
import { euroInvoerNaarCenten, percentageNaarBasispunten } from '../../format';
import { useUitkeringen } from './financien.api';
import { useScenarioToevoegen, useVerplichtingToevoegen } from './verantwoording.api';

/** Adding a structural commitment or a scenario of the multi-year outlook. */

const geenRecht = 'Alleen de regiocoördinator en de financieel adviseur kunnen de meerjarenraming wijzigen.';
const bedragFout = 'Vul een bedrag in euro in, zoals 480.000 of 1.234,56 (hoogstens twee decimalen)';

/** "2027" → 2027, "" → null; anything else stays text, so the contract's check explains it. */
function jaarWaarde(tekst: string): number | string | null {
  const t = tekst.trim();
  if (t === '') return null;
  return /^\d{4}$/.test(t) ? Number(t) : t;
}

export function VerplichtingFormulierPagina() {
  const { pad, kruimels, rechten } = useOnderdeel('meerjarenraming');
  return (
    <FormulierPagina
      titel="Structurele verplichting toevoegen"
      kruimels={[...kruimels, { label: 'Verplichting toevoegen', to: `${pad}/verplichtingen/nieuw` }]}
      mag={rechten.magFinancienBewerken}
      geenRecht={geenRecht}
      wat="het formulier"
    >
      {() => <VerplichtingFormulier />}
    </FormulierPagina>
  );
}

function VerplichtingFormulier() {
  const { regioId, pad } = useOnderdeel('meerjarenraming');
  const f = useFormulier({
    begin: { omschrijving: '', bedrag: '', vanaf: '', tot: '' },
    labels: { omschrijving: 'Omschrijving', bedragPerJaarCenten: 'Bedrag per jaar', vanafJaar: 'Vanaf jaar', totJaar: 'Tot en met jaar' },
  });
  const toevoegen = useVerplichtingToevoegen(regioId);

  function verstuur() {
    const extra: Veldfouten = {};
    const centen = euroInvoerNaarCenten(f.invoer.bedrag);
    if (centen === null) extra.bedragPerJaarCenten = bedragFout;
    const vanaf = jaarWaarde(f.invoer.vanaf);
    if (vanaf === null) extra.vanafJaar = 'Vul het eerste jaar in, zoals 2025';
    const tot = jaarWaarde(f.invoer.tot);
    if (typeof vanaf === 'number' && typeof tot === 'number' && tot < vanaf) extra.totJaar = `Het laatste jaar ligt vóór het eerste jaar (${vanaf})`;
    const geldig = f.controleer(
      verplichtingCreateSchema,
      { omschrijving: f.invoer.omschrijving, bedragPerJaarCenten: centen ?? 0, vanafJaar: vanaf ?? 0, totJaar: tot },
      extra,
    );
    if (geldig) f.opslaan(toevoegen, geldig, pad, { melding: `De verplichting “${geldig.omschrijving}” is vastgelegd.` });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending} annulerenNaar={pad}>
      <TekstVeld {...f.veld('omschrijving')} verplicht beschrijving="Bijvoorbeeld: dekkend netwerk van steunpunten." />
      <TekstVeld {...f.veld('bedrag', 'bedragPerJaarCenten')} verplicht inputMode="decimal" beschrijving="In euro per jaar, zoals 480.000 of 1.234,56." className="invoer-kort" />
      <TekstVeld {...f.veld('vanaf', 'vanafJaar')} verplicht inputMode="numeric" beschrijving="Het eerste jaar, zoals 2025." className="invoer-code" />
      <TekstVeld {...f.veld('tot', 'totJaar')} inputMode="numeric" beschrijving="Het laatste jaar; leeg als de verplichting doorloopt." className="invoer-code" />
    </Formulier>
  );
}

const aannameLabels: Record<(typeof aannameSoorten)[number], string> = {
  voortzetting: 'Voortzetting op het laatste bekende bedrag',
  korting: 'Korting (percentage)',
  'nieuw-bedrag': 'Nieuw bedrag per jaar',
  beeindiging: 'Beëindiging',
};

interface Aannameinvoer {
  uitkeringId: string;
  soort: (typeof aannameSoorten)[number];
  vanaf: string;
  percentage: string;
  bedrag: string;
}

export function ScenarioFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('meerjarenraming');
  const uitkeringen = useUitkeringen(regioId);
  return (
    <FormulierPagina
      titel="Scenario toevoegen"
      kruimels={[...kruimels, { label: 'Scenario toevoegen', to: `${pad}/scenarios/nieuw` }]}
      mag={rechten.magFinancienBewerken}
      geenRecht={geenRecht}
      laden={uitkeringen.isPending}
      wat="de uitkeringen"
    >
      {() => <ScenarioFormulier uitkeringen={uitkeringen.data?.items ?? []} />}
    </FormulierPagina>
  );
}

function ScenarioFormulier({ uitkeringen }: { uitkeringen: Uitkering[] }) {
  const { regioId, pad } = useOnderdeel('meerjarenraming');
  const nieuweAanname = (): Aannameinvoer => {
    const u = uitkeringen[0];
    return { uitkeringId: u?.id ?? '', soort: 'voortzetting', vanaf: u ? String(u.laatsteJaar + 1) : '', percentage: '', bedrag: '' };
  };
  const f = useFormulier({
    begin: () => ({ naam: '', toelichting: '', aannames: [nieuweAanname()] }),
    labels: {
      naam: 'Naam',
      toelichting: 'Toelichting',
      aannames: 'Aannames',
      ...rijLabels('aannames', 'Aanname', { uitkeringId: 'uitkering', soort: 'soort', vanafJaar: 'vanaf jaar', basispunten: 'percentage', bedragCenten: 'bedrag' }),
    },
  });
  const toevoegen = useScenarioToevoegen(regioId);

  function verstuur() {
    const extra: Veldfouten = {};
    const aannames = f.invoer.aannames.map((a, i) => {
      let basispunten: number | null = null;
      let bedragCenten: number | null = null;
      if (a.soort === 'korting') {
        basispunten = percentageNaarBasispunten(a.percentage);
        if (basispunten === null || basispunten <= 0 || basispunten > 10000) {
          extra[`aannames.${i}.basispunten`] = 'Vul een percentage in van meer dan 0 tot en met 100, zoals 10 of 12,5';
        }
      }
      if (a.soort === 'nieuw-bedrag') {
        bedragCenten = euroInvoerNaarCenten(a.bedrag);
        if (bedragCenten === null) extra[`aannames.${i}.bedragCenten`] = bedragFout;
      }
      if (jaarWaarde(a.vanaf) === null) extra[`aannames.${i}.vanafJaar`] = 'Vul het jaar in vanaf wanneer de aanname geldt, zoals 2027';
      return { uitkeringId: a.uitkeringId, soort: a.soort, vanafJaar: jaarWaarde(a.vanaf) ?? 0, basispunten, bedragCenten };
    });
    const geldig = f.controleer(scenarioCreateSchema, { naam: f.invoer.naam, toelichting: f.invoer.toelichting, aannames }, extra);
    if (geldig) f.opslaan(toevoegen, geldig, pad, { melding: `Het scenario “${geldig.naam}” is vastgelegd.` });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending} annulerenNaar={pad}>
      <TekstVeld {...f.veld('naam')} verplicht beschrijving="Bijvoorbeeld: SPUK-IZA voortgezet met 10% korting." />
      <TekstvakVeld {...f.veld('toelichting')} rows={3} />
      {uitkeringen.length === 0 ? (
        <Paragraph>Er zijn nog geen uitkeringen; een scenario zonder aannames toont alleen de verplichtingen.</Paragraph>
      ) : (
        <RijenInvoer
          legenda="Aannames"
          naam="aannames"
          fout={f.fouten.velden.aannames}
          uitleg="Per uitkering wat er vanaf een jaar gebeurt. Een korting geldt op het bedrag dat er dan is, ook na een voortzetting."
          rijen={f.invoer.aannames}
          onWijzig={f.zet('aannames')}
          nieuweRij={nieuweAanname}
          rijNaam={(i) => `Aanname ${i + 1}`}
          toevoegTekst="Aanname toevoegen"
          verwijderTekst="Aanname verwijderen"
        >
          {(a, i, zet) => (
            <>
              <KeuzeVeld
                name={`aannames.${i}.uitkeringId`}
                label="Uitkering"
                verplicht
                value={a.uitkeringId}
                onChange={zet('uitkeringId')}
                fout={f.fouten.velden[`aannames.${i}.uitkeringId`]}
                keuzes={uitkeringen.map((u) => ({ waarde: u.id, label: `${u.naam} (tot en met ${u.laatsteJaar})` }))}
              />
              <KeuzeVeld
                name={`aannames.${i}.soort`}
                label="Soort"
                verplicht
                value={a.soort}
                onChange={(w) => zet('soort')(w as Aannameinvoer['soort'])}
                fout={f.fouten.velden[`aannames.${i}.soort`]}
                keuzes={aannameSoorten.map((s) => ({ waarde: s, label: aannameLabels[s] }))}
              />
              <TekstVeld
                name={`aannames.${i}.vanafJaar`}
                label="Vanaf jaar"
                verplicht
                inputMode="numeric"
                value={a.vanaf}
                onChange={zet('vanaf')}
                fout={f.fouten.velden[`aannames.${i}.vanafJaar`]}
                className="invoer-code"
              />
              {a.soort === 'korting' ? (
                <TekstVeld
                  name={`aannames.${i}.basispunten`}
                  label="Percentage korting"
                  verplicht
                  inputMode="decimal"
                  value={a.percentage}
                  onChange={zet('percentage')}
                  fout={f.fouten.velden[`aannames.${i}.basispunten`]}
                  beschrijving="Zoals 10 of 12,5."
                  className="invoer-code"
                />
              ) : null}
              {a.soort === 'nieuw-bedrag' ? (
                <TekstVeld
                  name={`aannames.${i}.bedragCenten`}
                  label="Bedrag per jaar in euro"
                  verplicht
                  inputMode="decimal"
                  value={a.bedrag}
                  onChange={zet('bedrag')}
                  fout={f.fouten.velden[`aannames.${i}.bedragCenten`]}
                  className="invoer-kort"
                />
              ) : null}
            </>
          )}
        </RijenInvoer>
      )}
    </Formulier>
  );
}
