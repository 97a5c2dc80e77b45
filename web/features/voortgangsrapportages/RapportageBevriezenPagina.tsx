import { Paragraph } from '@utrecht/component-library-react';
import { voortgangsrapportageInvoerSchema, type VoortgangsrapportageSamenvatting } from '../../../common/contracts/overzicht';
import { periodeVan } from '../../../common/periode';
import { vandaagInNederland } from '../../../common/voortgang';
import { TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { formatDatum } from '../../format';
import { useRapportageBevriezen } from './voortgangsrapportages.api';

const labels: Record<string, string> = {
  periode: 'Periode',
  titel: 'Titel',
  toelichting: 'Toelichting',
};

/** Freezing a progress report (`voortgangsrapportages/nieuw`), for the regiocoördinator. */
export function RapportageBevriezenPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('voortgangsrapportages');
  return (
    <FormulierPagina
      titel="Rapportage bevriezen"
      kruimels={[...kruimels, { label: 'Bevriezen', to: `${pad}/nieuw` }]}
      mag={rechten.magMonitoringBewerken}
      geenRecht="Alleen de regiocoördinator bevriest voortgangsrapportages."
      wat="het formulier"
    >
      {() => <BevriesFormulier regioId={regioId} pad={pad} />}
    </FormulierPagina>
  );
}

function BevriesFormulier({ regioId, pad }: { regioId: string; pad: string }) {
  const vandaag = vandaagInNederland();
  const f = useFormulier({ begin: { periode: periodeVan(vandaag, 'kwartaal'), titel: '', toelichting: '' }, labels });
  const bevriezen = useRapportageBevriezen(regioId);

  function verstuur() {
    // An empty title means "the server's default title", so it is left out rather than sent empty.
    const waarden = { periode: f.invoer.periode, titel: f.invoer.titel.trim() || undefined, toelichting: f.invoer.toelichting.trim() || undefined };
    const geldig = f.controleer(voortgangsrapportageInvoerSchema, waarden);
    if (!geldig) return;
    f.opslaan(bevriezen, geldig, (r: VoortgangsrapportageSamenvatting) => `${pad}/${r.id}`, { melding: 'De rapportage is bevroren.' });
  }

  return (
    <>
      <Paragraph>
        De rapportage legt de stand van vandaag ({formatDatum(vandaag)}) vast voor de gekozen periode: afspraken, ketenaanpakken, dekking met steunpunten, indicatoren tegen hun streefwaarden
        in die periode, mijlpalen en de begroting van dat jaar. Een bevroren rapportage verandert nooit meer; wie later een nieuwe stand wil vastleggen, bevriest een nieuwe rapportage.
      </Paragraph>
      <Formulier formulier={f} onVerstuur={verstuur} bezig={bevriezen.isPending} verstuurTekst="Rapportage bevriezen" annulerenNaar={pad}>
        <TekstVeld
          {...f.veld('periode')}
          verplicht
          beschrijving="2024-K3 voor het 3e kwartaal, 2024-H1 voor het 1e halfjaar, 2024 voor het jaar. De periode moet begonnen zijn."
          className="invoer-jaar"
        />
        <TekstVeld {...f.veld('titel')} beschrijving="Leeg laten voor een titel met de periode, zoals “Voortgangsrapportage 3e kwartaal 2024”." />
        <TekstvakVeld {...f.veld('toelichting')} rows={4} beschrijving="Bijvoorbeeld voor welk overleg de rapportage is gemaakt." />
      </Formulier>
    </>
  );
}
