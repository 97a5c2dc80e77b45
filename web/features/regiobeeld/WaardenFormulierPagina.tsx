import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { waardenVervangenSchema, type IndicatorDetail } from '../../../common/contracts/plannen';
import type { Gemeente } from '../../../common/contracts/regios';
import { KeuzeVeld, TekstVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { RijenInvoer, rijLabels } from '../../components/rijen';
import { formatGetal, getalNaarInvoer, getalUitInvoer } from '../../format';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import { geenRechtPlannen } from './IndicatorFormulierPagina';
import { useIndicator, useWaardenVervangen } from './regiobeeld.api';

const labels: Record<string, string> = {
  waarden: 'Waarden',
  versieId: 'Versie',
  ...rijLabels('waarden', 'Waarde', { geografie: 'geografie', jaar: 'jaar', soort: 'soort', scenario: 'scenario', waarde: 'waarde' }, 300),
};

/** The values of one indicator in the current version, as rows (`regiobeeld/:id/waarden`). */
export function WaardenFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('regiobeeld');
  const { indicatorId = '' } = useParams();
  const indicator = useIndicator(regioId, indicatorId);
  const gemeenten = useGemeenten(regioId);
  const naam = indicator.data?.naam ?? 'Indicator';
  return (
    <FormulierPagina
      titel={`Waarden van ${naam}`}
      kruimels={[...kruimels, { label: naam, to: `${pad}/${indicatorId}` }, { label: 'Waarden', to: `${pad}/${indicatorId}/waarden` }]}
      mag={rechten.magPlannenBewerken}
      geenRecht={geenRechtPlannen}
      query={indicator}
      laden={gemeenten.isPending}
      wat="de waarden"
    >
      {(i) => <WaardenFormulier regioId={regioId} pad={`${pad}/${indicatorId}`} indicator={i!} gemeenten={gemeenten.data?.items ?? []} />}
    </FormulierPagina>
  );
}

function WaardenFormulier({ regioId, pad, indicator, gemeenten }: { regioId: string; pad: string; indicator: IndicatorDetail; gemeenten: Gemeente[] }) {
  const f = useFormulier({
    begin: {
      waarden: indicator.waarden.map((w) => ({ geografie: w.gemeente?.gemeentecode ?? '', jaar: String(w.jaar), soort: w.soort as string, scenario: w.scenario, waarde: getalNaarInvoer(w.waarde) })),
    },
    labels,
  });
  const vervangen = useWaardenVervangen(regioId, indicator.id);
  const geografieen = [{ waarde: '', label: 'Regio (als geheel)' }, ...gemeenten.map((g) => ({ waarde: g.gemeentecode, label: g.naam }))];

  function verstuur() {
    const extra: Veldfouten = {};
    const waarden = f.invoer.waarden.map((w, i) => {
      const waarde = getalUitInvoer(w.waarde);
      if (waarde === null) extra[`waarden.${i}.waarde`] = 'Vul een getal in, zoals 2100, 2.100 of 10,5';
      if (!/^\d{4}$/.test(w.jaar.trim())) extra[`waarden.${i}.jaar`] = 'Vul een jaartal in, zoals 2032';
      return { geografie: w.geografie, jaar: Number(w.jaar), scenario: w.scenario, waarde: waarde ?? 0, ...(w.soort ? { soort: w.soort } : {}) };
    });
    const geldig = f.controleer(waardenVervangenSchema, { versieId: indicator.versie.id, waarden }, extra);
    if (!geldig) return;
    f.opslaan(vervangen, geldig, pad, { melding: 'De waarden zijn opgeslagen.' });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={vervangen.isPending} annulerenNaar={pad}>
      <Paragraph>
        In versie {indicator.versie.versie} ({indicator.versie.naam}), in {indicator.eenheid}. Wat u hier opslaat vervangt alle {formatGetal(indicator.waarden.length)}{' '}
        waarden van deze indicator in deze versie. Een waarde met een scenario is een prognose; zonder scenario een waarneming.
      </Paragraph>
      <RijenInvoer
        legenda="Waarden"
        naam="waarden"
        fout={f.fouten.velden.waarden}
        rijen={f.invoer.waarden}
        onWijzig={f.zet('waarden')}
        nieuweRij={() => ({ geografie: '', jaar: '', soort: '', scenario: '', waarde: '' })}
        rijNaam={(i) => `Waarde ${i + 1}`}
        toevoegTekst="Waarde toevoegen"
        verwijderTekst="Waarde verwijderen"
      >
        {(w, i, zet) => (
          <>
            <KeuzeVeld name={`waarden.${i}.geografie`} label="Geografie" value={w.geografie} onChange={zet('geografie')} keuzes={geografieen} fout={f.fouten.velden[`waarden.${i}.geografie`]} />
            <TekstVeld name={`waarden.${i}.jaar`} label="Jaar" verplicht inputMode="numeric" value={w.jaar} onChange={zet('jaar')} fout={f.fouten.velden[`waarden.${i}.jaar`]} className="invoer-code" />
            <KeuzeVeld
              name={`waarden.${i}.soort`}
              label="Soort"
              value={w.soort}
              onChange={zet('soort')}
              keuzes={[
                { waarde: '', label: 'Volgt uit het scenario' },
                { waarde: 'waargenomen', label: 'Waargenomen' },
                { waarde: 'prognose', label: 'Prognose' },
              ]}
              fout={f.fouten.velden[`waarden.${i}.soort`]}
            />
            <TekstVeld name={`waarden.${i}.scenario`} label="Scenario" value={w.scenario} onChange={zet('scenario')} fout={f.fouten.velden[`waarden.${i}.scenario`]} beschrijving="Leeg bij een waarneming, zoals: huidig beleid." />
            <TekstVeld name={`waarden.${i}.waarde`} label={`Waarde (${indicator.eenheid})`} verplicht inputMode="decimal" value={w.waarde} onChange={zet('waarde')} fout={f.fouten.velden[`waarden.${i}.waarde`]} className="invoer-kort" />
          </>
        )}
      </RijenInvoer>
    </Formulier>
  );
}
