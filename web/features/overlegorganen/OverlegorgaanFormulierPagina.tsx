import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import {
  overlegorgaanCreateSchema,
  overlegorgaanSoorten,
  overlegorgaanUpdateSchema,
  type OverlegorgaanDetail,
} from '../../../common/contracts/regios';
import { KeuzeVeld, TekstVeld, TekstvakVeld, VinkVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, ToevoegenOfBewerkenPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useHuidigeRegio } from '../../components/layout';
import { useOnderdeel } from '../../components/regio-pagina';
import { basispuntenNaarInvoer, percentageNaarBasispunten } from '../../format';
import { label, overlegorgaanSoortLabels } from '../../i18n/nl';
import { useOverlegorgaan, useOverlegorgaanBijwerken, useOverlegorgaanToevoegen } from './overlegorganen.api';

const labels: Record<string, string> = {
  naam: 'Naam',
  soort: 'Soort',
  omschrijving: 'Omschrijving',
  'besluitregels.consensusEerst': 'Eerst consensus zoeken',
  'besluitregels.quorumBasispunten': 'Quorum (%)',
  'besluitregels.meerderheidBasispunten': 'Meerderheid (%)',
  'besluitregels.bronBesluitregels': 'Bron van de besluitregels',
};

/** "/nieuw" adds a body, "/:overlegorgaanId/bewerken" edits one. */
export function OverlegorgaanFormulierPagina() {
  const { regioId } = useHuidigeRegio();
  const { overlegorgaanId } = useParams();
  const item = useOverlegorgaan(regioId, overlegorgaanId);
  return (
    <ToevoegenOfBewerkenPagina
      onderdeel="overlegorganen"
      id={overlegorgaanId}
      query={item}
      nieuwTitel="Overlegorgaan toevoegen"
      soortNaam="Overlegorgaan"
      geenRecht="Alleen de regiocoördinator kan overlegorganen toevoegen en wijzigen."
      wat="het overlegorgaan"
    >
      {(i) => <OverlegorgaanFormulier orgaan={i} />}
    </ToevoegenOfBewerkenPagina>
  );
}

function OverlegorgaanFormulier({ orgaan }: { orgaan?: OverlegorgaanDetail | undefined }) {
  const { regioId, pad: lijstPad } = useOnderdeel('overlegorganen');
  const f = useFormulier({
    begin: {
      naam: orgaan?.naam ?? '',
      soort: (orgaan?.soort ?? '') as string,
      omschrijving: orgaan?.omschrijving ?? '',
      consensusEerst: orgaan?.besluitregels.consensusEerst ?? true,
      quorum: basispuntenNaarInvoer(orgaan?.besluitregels.quorumBasispunten ?? 5000),
      meerderheid: basispuntenNaarInvoer(orgaan?.besluitregels.meerderheidBasispunten ?? 5000),
      bron: orgaan?.besluitregels.bronBesluitregels ?? '',
    },
    labels,
  });
  const toevoegen = useOverlegorgaanToevoegen(regioId);
  const bijwerken = useOverlegorgaanBijwerken(regioId, orgaan?.id ?? '');
  const terugPad = orgaan ? `${lijstPad}/${orgaan.id}` : lijstPad;

  function verstuur() {
    const velden: Veldfouten = {};
    const quorum = percentageNaarBasispunten(f.invoer.quorum);
    const meerderheid = percentageNaarBasispunten(f.invoer.meerderheid);
    if (quorum === null) velden['besluitregels.quorumBasispunten'] = 'Vul een percentage in, zoals 50 of 66,7';
    if (meerderheid === null) velden['besluitregels.meerderheidBasispunten'] = 'Vul een percentage in, zoals 50';
    const waarden = {
      naam: f.invoer.naam,
      soort: f.invoer.soort,
      omschrijving: f.invoer.omschrijving,
      besluitregels: {
        consensusEerst: f.invoer.consensusEerst,
        quorumBasispunten: quorum ?? 0,
        meerderheidBasispunten: meerderheid ?? 0,
        bronBesluitregels: f.invoer.bron,
      },
    };
    if (orgaan) {
      const wijziging = f.controleer(overlegorgaanUpdateSchema, waarden, velden);
      if (wijziging) f.opslaan(bijwerken, wijziging, terugPad);
    } else {
      const nieuw = f.controleer(overlegorgaanCreateSchema, waarden, velden);
      if (nieuw) f.opslaan(toevoegen, nieuw, (o) => `${lijstPad}/${o.id}`);
    }
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={terugPad}>
      <TekstVeld {...f.veld('naam')} verplicht />
      <KeuzeVeld
        {...f.veld('soort')}
        verplicht
        keuzes={[
          { waarde: '', label: 'Kies een soort' },
          ...overlegorgaanSoorten.map((s) => ({ waarde: s, label: label(overlegorgaanSoortLabels, s) })),
        ]}
      />
      <TekstvakVeld {...f.veld('omschrijving')} />
      <Fieldset>
        <FieldsetLegend>Besluitregels</FieldsetLegend>
        <Paragraph>Zoals vastgelegd in de samenwerkingsovereenkomst (SOK).</Paragraph>
        <VinkVeld
          name="besluitregels.consensusEerst"
          label="Eerst consensus zoeken, pas daarna stemmen"
          checked={f.invoer.consensusEerst}
          onChange={f.zet('consensusEerst')}
          fout={f.fouten.velden['besluitregels.consensusEerst']}
        />
        <TekstVeld
          {...f.veld('quorum', 'besluitregels.quorumBasispunten')}
          beschrijving="Welk deel van de stemgerechtigde leden aanwezig moet zijn om te mogen besluiten, in procenten (0 tot en met 100)."
          inputMode="decimal"
          verplicht
          className="invoer-kort"
        />
        <TekstVeld
          {...f.veld('meerderheid', 'besluitregels.meerderheidBasispunten')}
          beschrijving="Een voorstel is aangenomen bij meer dan dit deel van de uitgebrachte stemmen, in procenten (lager dan 100)."
          inputMode="decimal"
          verplicht
          className="invoer-kort"
        />
        <TekstVeld
          {...f.veld('bron', 'besluitregels.bronBesluitregels')}
          beschrijving="Bijvoorbeeld het artikel van de samenwerkingsovereenkomst."
        />
      </Fieldset>
    </Formulier>
  );
}
