import { useParams } from 'react-router';
import {
  indicatorGeografieen,
  indicatorInvoerSchema,
  indicatorNiveaus,
  indicatorRichtingen,
  type Indicator,
} from '../../../common/contracts/indicatoren';
import { periodesoorten } from '../../../common/periode';
import { KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { useIndicator, useIndicatorBijwerken, useIndicatorToevoegen } from './indicatoren.api';
import { getalNaarInvoer, getalUitInvoer } from '../../format';
import { cumulatiefUitleg, frequentieLabels, geografieLabels, metHoofdletter, niveauLabels, niveauUitleg, richtingLabels } from './indicatoren';

const labels: Record<string, string> = {
  code: 'Code',
  naam: 'Naam',
  omschrijving: 'Omschrijving',
  niveau: 'Niveau',
  eenheid: 'Eenheid',
  richting: 'Richting',
  cumulatief: 'Soort waarde',
  meetfrequentie: 'Meetfrequentie',
  geografie: 'Geografie',
  bron: 'Bron',
  nulmetingWaarde: 'Nulmeting: waarde',
  nulmetingPeriode: 'Nulmeting: periode',
};

/** Adding (`indicatoren/nieuw`) or editing (`indicatoren/:id/bewerken`) an indicator, for the coordinator. */
export function IndicatorFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('indicatoren');
  const { indicatorId } = useParams();
  const indicator = useIndicator(regioId, indicatorId);
  const naam = indicator.data?.naam ?? 'Indicator';
  return (
    <FormulierPagina
      titel={indicatorId ? `${naam} bewerken` : 'Indicator toevoegen'}
      kruimels={
        indicatorId
          ? [...kruimels, { label: naam, to: `${pad}/${indicatorId}` }, { label: 'Bewerken', to: `${pad}/${indicatorId}/bewerken` }]
          : [...kruimels, { label: 'Toevoegen', to: `${pad}/nieuw` }]
      }
      mag={rechten.magMonitoringBewerken}
      geenRecht="Alleen de regiocoördinator legt de indicatoren vast."
      query={indicatorId ? indicator : undefined}
      wat="de indicator"
    >
      {(i) => <IndicatorFormulier regioId={regioId} pad={pad} indicator={i} />}
    </FormulierPagina>
  );
}

function beginwaarden(i: Indicator | undefined) {
  return {
    code: i?.code ?? '',
    naam: i?.naam ?? '',
    omschrijving: i?.omschrijving ?? '',
    niveau: (i?.niveau ?? 'proces') as string,
    eenheid: i?.eenheid ?? '',
    richting: (i?.richting ?? 'hoger-is-beter') as string,
    cumulatief: i ? (i.cumulatief ? 'ja' : 'nee') : '',
    meetfrequentie: (i?.meetfrequentie ?? 'kwartaal') as string,
    geografie: (i?.geografie ?? 'regio') as string,
    bron: i?.bron ?? '',
    nulmetingWaarde: getalNaarInvoer(i?.nulmetingWaarde),
    nulmetingPeriode: i?.nulmetingPeriode ?? '',
  };
}

type Invoer = ReturnType<typeof beginwaarden>;

/** The form's text back into what the contract expects; what does not parse stays, so the contract names it. */
function naarContract(invoer: Invoer) {
  const waarde = invoer.nulmetingWaarde.trim();
  return {
    ...invoer,
    cumulatief: invoer.cumulatief === '' ? undefined : invoer.cumulatief === 'ja',
    nulmetingWaarde: waarde === '' ? null : (getalUitInvoer(waarde) ?? waarde),
    nulmetingPeriode: invoer.nulmetingPeriode.trim() || null,
  };
}

function IndicatorFormulier({ regioId, pad, indicator: i }: { regioId: string; pad: string; indicator: Indicator | undefined }) {
  const begin = beginwaarden(i);
  const f = useFormulier({ begin, labels, conflictVeld: 'code' });
  const toevoegen = useIndicatorToevoegen(regioId);
  const bijwerken = useIndicatorBijwerken(regioId, i?.id ?? '');

  function verstuur() {
    const geldig = f.controleer(indicatorInvoerSchema, naarContract(f.invoer));
    if (!geldig) return;
    if (i) {
      const oud = naarContract(begin);
      f.opslaan(bijwerken, alleenGewijzigd(geldig, oud), `${pad}/${i.id}`, { melding: 'De indicator is bijgewerkt.' });
    } else {
      f.opslaan(toevoegen, geldig, (nieuw: Indicator) => `${pad}/${nieuw.id}`, { melding: `De indicator ${geldig.naam} is toegevoegd.` });
    }
  }

  const heeftMetingen = (i?.aantalMetingen ?? 0) > 0;
  const vastNaMeting = heeftMetingen ? ' Deze indicator heeft al metingen: dit verandert niet meer, want de opgeslagen waarden zouden dan iets anders betekenen.' : '';
  const richtingVast = heeftMetingen ? ' Deze indicator heeft al metingen: de richting verandert niet meer, want dan zou de uitkomst van goedgekeurde en vergrendelde periodes omslaan.' : '';
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={i ? `${pad}/${i.id}` : pad}>
      <TekstVeld {...f.veld('code')} verplicht className="invoer-kort" beschrijving="Kort en uniek in de regio, bijvoorbeeld P1 of GLI-DEELNEMERS." />
      <TekstVeld {...f.veld('naam')} verplicht />
      <TekstvakVeld {...f.veld('omschrijving')} rows={3} beschrijving="Wat de indicator meet en waarom; vermeld het als de cijfers illustratief zijn." />
      <KeuzeVeld
        {...f.veld('niveau')}
        verplicht
        keuzes={indicatorNiveaus.map((n) => ({ waarde: n, label: `${niveauLabels[n]}: ${niveauUitleg[n].toLowerCase()}` }))}
      />
      <TekstVeld {...f.veld('eenheid')} verplicht className="invoer-kort" beschrijving="Staat achter elke waarde, bijvoorbeeld: deelnemers, %, gemeenten." />
      <KeuzeVeld
        {...f.veld('richting')}
        verplicht
        disabled={heeftMetingen}
        beschrijving={`Of een hogere of een lagere waarde de streefwaarde haalt.${richtingVast}`}
        keuzes={indicatorRichtingen.map((r) => ({ waarde: r, label: metHoofdletter(richtingLabels[r]) }))}
      />
      <KeuzeVeld
        {...f.veld('cumulatief')}
        verplicht
        disabled={heeftMetingen}
        beschrijving={`${cumulatiefUitleg}${vastNaMeting}`}
        keuzes={[
          { waarde: '', label: 'Kies cumulatief of per periode' },
          { waarde: 'nee', label: 'Per periode' },
          { waarde: 'ja', label: 'Cumulatief' },
        ]}
      />
      <KeuzeVeld
        {...f.veld('meetfrequentie')}
        verplicht
        disabled={heeftMetingen}
        beschrijving={`Metingen zijn voor een periode van deze soort; streefwaarden voor deze soort of een langere periode.${vastNaMeting}`}
        keuzes={periodesoorten.map((p) => ({ waarde: p, label: metHoofdletter(frequentieLabels[p]) }))}
      />
      <KeuzeVeld
        {...f.veld('geografie')}
        verplicht
        disabled={heeftMetingen}
        beschrijving={`Of de waarden voor de regio als geheel gelden of per gemeente worden gemeten.${vastNaMeting}`}
        keuzes={indicatorGeografieen.map((g) => ({ waarde: g, label: geografieLabels[g] }))}
      />
      <TekstVeld {...f.veld('bron')} beschrijving="Waar de waarden gewoonlijk vandaan komen, bijvoorbeeld: GGD Gezondheidsmonitor, CBS, registratie van de aanbieder." />
      <TekstVeld {...f.veld('nulmetingWaarde')} inputMode="decimal" className="invoer-kort" beschrijving="De beginstand, bijvoorbeeld 12,5. Laat leeg als er geen nulmeting is." />
      <TekstVeld {...f.veld('nulmetingPeriode')} className="invoer-kort" beschrijving="De periode van de nulmeting, bijvoorbeeld 2023 of 2023-K4: van de meetfrequentie of langer." />
    </Formulier>
  );
}
