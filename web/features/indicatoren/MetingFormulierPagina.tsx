import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { metingInvoerSchema, metingPatchSchema, type IndicatorDetail, type Meting } from '../../../common/contracts/indicatoren';
import type { Gemeente } from '../../../common/contracts/regios';
import { VerwijderKnop } from '../../components/bevestiging';
import { AlleenLezenVeld, KeuzeVeld, TekstVeld, TekstvakVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { Actiefout, useOnderdeel } from '../../components/regio-pagina';
import { getalNaarInvoer, getalUitInvoer } from '../../format';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import { useIndicator, useMeting, useMetingBijwerken, useMetingToevoegen, useMetingVerwijderen } from './indicatoren.api';
import { formatIndicatorWaarde, frequentieLabels, metingperiodeVoorbeeld } from './indicatoren';

const labels: Record<string, string> = {
  periode: 'Periode',
  gemeenteId: 'Gemeente',
  waarde: 'Waarde',
  bron: 'Bron',
  peildatum: 'Peildatum',
  toelichting: 'Toelichting',
};

/** Entering (`metingen/nieuw`) or changing (`metingen/:id/bewerken`) a measurement of one indicator, as a concept. */
export function MetingFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('indicatoren');
  const { indicatorId = '', metingId } = useParams();
  const indicator = useIndicator(regioId, indicatorId);
  const metingQuery = useMeting(regioId, metingId);
  const gemeenten = useGemeenten(regioId);
  const i = indicator.data;
  const naam = i?.naam ?? 'Indicator';
  const meting = metingQuery.data?.indicator.id === indicatorId ? metingQuery.data : undefined;
  const eigen = (gemeenten.data?.items ?? []).filter((g) => rechten.magMetingInvoeren(g.gemeentecode));
  const mag = !i || (metingId ? !meting || rechten.magMetingInvoeren(meting.gemeente?.code ?? null) : i.geografie === 'regio' ? rechten.magMetingInvoeren(null) : gemeenten.isPending || eigen.length > 0);
  const detailPad = `${pad}/${indicatorId}`;
  return (
    <FormulierPagina<IndicatorDetail>
      titel={metingId ? `Meting bewerken: ${naam}` : `Meting toevoegen: ${naam}`}
      kruimels={[
        ...kruimels,
        { label: naam, to: detailPad },
        metingId ? { label: 'Meting bewerken', to: `${detailPad}/metingen/${metingId}/bewerken` } : { label: 'Meting toevoegen', to: `${detailPad}/metingen/nieuw` },
      ]}
      mag={mag}
      geenRecht={
        metingId
          ? 'U kunt deze meting niet wijzigen. Dat kan de regiocoördinator, en de beleidsadviseur van een gemeente voor de metingen van de eigen gemeente.'
          : 'U kunt hier geen meting invoeren. Dat kan de regiocoördinator, en de beleidsadviseur van een gemeente voor de eigen gemeente bij een indicator die per gemeente wordt gemeten.'
      }
      query={indicator}
      laden={gemeenten.isPending || (Boolean(metingId) && metingQuery.isPending)}
      wat="de indicator"
    >
      {(ind) => {
        if (metingId && !meting) return <Paragraph>Deze meting bestaat niet (meer).</Paragraph>;
        return (
          <MetingFormulier
            regioId={regioId}
            indicator={ind!}
            meting={meting}
            gemeenten={eigen}
            terug={detailPad}
            magVerwijderen={!meting || meting.status === 'concept' || rechten.magMonitoringBewerken}
          />
        );
      }}
    </FormulierPagina>
  );
}

function MetingFormulier({
  regioId,
  indicator: i,
  meting: m,
  gemeenten,
  terug,
  magVerwijderen,
}: {
  regioId: string;
  indicator: IndicatorDetail;
  meting: Meting | undefined;
  gemeenten: Gemeente[];
  terug: string;
  /** An approved measurement is removed only by the coordinator; one's own concepts by oneself. */
  magVerwijderen: boolean;
}) {
  const perGemeente = i.geografie === 'gemeente';
  const begin = {
    periode: m?.periode ?? '',
    gemeenteId: m?.gemeente?.id ?? (perGemeente && gemeenten.length === 1 ? gemeenten[0]!.id : ''),
    waarde: getalNaarInvoer(m?.waarde),
    bron: m?.bron ?? i.bron,
    peildatum: m?.peildatum ?? '',
    toelichting: m?.toelichting ?? '',
  };
  const f = useFormulier({ begin, labels, conflictVeld: 'periode' });
  const toevoegen = useMetingToevoegen(regioId);
  const bijwerken = useMetingBijwerken(regioId, m?.id ?? '');
  const verwijderen = useMetingVerwijderen(regioId);

  function waarden() {
    const waarde = f.invoer.waarde.trim();
    return { ...f.invoer, waarde: waarde === '' ? undefined : (getalUitInvoer(waarde) ?? waarde) };
  }

  function verstuur() {
    if (m) {
      const { waarde, bron, peildatum, toelichting } = waarden();
      const geldig = f.controleer(metingPatchSchema, { waarde, bron, peildatum, toelichting });
      if (!geldig) return;
      const melding = m.status === 'goedgekeurd' ? 'De meting is gewijzigd en is weer een concept: zij telt mee na goedkeuring.' : 'De meting is gewijzigd.';
      f.opslaan(bijwerken, alleenGewijzigd(geldig, { waarde: m.waarde, bron: m.bron, peildatum: m.peildatum, toelichting: m.toelichting }), terug, { melding });
      return;
    }
    const invoer = { ...waarden(), indicatorId: i.id, gemeenteId: perGemeente ? f.invoer.gemeenteId || null : null };
    const extra: Veldfouten = perGemeente && !f.invoer.gemeenteId ? { gemeenteId: 'Kies een gemeente: deze indicator wordt per gemeente gemeten' } : {};
    const geldig = f.controleer(metingInvoerSchema, invoer, extra);
    if (!geldig) return;
    f.opslaan(toevoegen, geldig, terug, { melding: 'De meting is als concept opgeslagen. Zij telt mee zodra de regiocoördinator haar goedkeurt.' });
  }

  const gemeenteNaam = m?.gemeente?.naam;
  return (
    <>
      <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={terug}>
        {m ? (
          <>
            <AlleenLezenVeld label="Periode" waarde={m.periodeLabel} uitleg="Periode en gemeente van een meting veranderen niet; verwijder de meting en voer een nieuwe in." />
            {gemeenteNaam ? <AlleenLezenVeld label="Gemeente" waarde={gemeenteNaam} /> : null}
          </>
        ) : (
          <>
            <TekstVeld
              {...f.veld('periode')}
              verplicht
              className="invoer-kort"
              beschrijving={`2024-K1, 2024-H1 of 2024, naar de meetfrequentie: deze indicator wordt ${frequentieLabels[i.meetfrequentie]} gemeten, dus bijvoorbeeld ${metingperiodeVoorbeeld[i.meetfrequentie]}.`}
            />
            {perGemeente ? (
              gemeenten.length === 1 ? (
                <AlleenLezenVeld label="Gemeente" waarde={gemeenten[0]!.naam} uitleg="U voert metingen in voor uw eigen gemeente." />
              ) : (
                <KeuzeVeld {...f.veld('gemeenteId')} verplicht keuzes={[{ waarde: '', label: 'Kies een gemeente' }, ...gemeenten.map((g) => ({ waarde: g.id, label: g.naam }))]} />
              )
            ) : null}
          </>
        )}
        <TekstVeld
          {...f.veld('waarde')}
          verplicht
          inputMode="decimal"
          className="invoer-kort"
          beschrijving={`In ${i.eenheid}, bijvoorbeeld ${formatIndicatorWaarde(12.5, i.eenheid)}.${i.cumulatief ? ' Cumulatief: de stand aan het eind van de periode.' : ' Wat in deze periode gebeurde.'}`}
        />
        <TekstVeld {...f.veld('bron')} verplicht beschrijving="Waar de waarde vandaan komt, bijvoorbeeld: GGD Gezondheidsmonitor, CBS, registratie van de aanbieder." />
        <TekstVeld {...f.veld('peildatum')} type="date" verplicht className="invoer-kort" beschrijving="De datum waarop de waarde is bepaald of gepubliceerd." />
        <TekstvakVeld {...f.veld('toelichting')} rows={3} />
      </Formulier>
      {m && magVerwijderen ? (
        <section aria-labelledby="verwijderen-kop" className="sectie">
          <Heading2 id="verwijderen-kop">Meting verwijderen</Heading2>
          <VerwijderKnop
            knopTekst="Meting verwijderen"
            vraag={`De meting voor ${m.periodeLabel}${gemeenteNaam ? ` (${gemeenteNaam})` : ''} verwijderen?`}
            bezig={verwijderen.isPending}
            onBevestig={() => verwijderen.mutate(m.id, { onSuccess: () => f.klaar(terug, { melding: 'De meting is verwijderd.' }) })}
          />
          <Actiefout fout={verwijderen.error} tekst="Verwijderen is niet gelukt" />
        </section>
      ) : null}
    </>
  );
}
