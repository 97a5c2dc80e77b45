import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  overlegorgaanCreateSchema,
  overlegorgaanSoorten,
  overlegorgaanUpdateSchema,
  type OverlegorgaanDetail,
} from '../../../common/contracts/regios';
import {
  Foutoverzicht,
  foutenUitFout,
  foutenUitZod,
  KeuzeVeld,
  TekstVeld,
  TekstvakVeld,
  VinkVeld,
  type Veldfouten,
} from '../../components/formulier';
import { useFormulierFouten } from '../../components/formulier-status';
import { useHuidigeRegio } from '../../components/layout';
import { AppButtonLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { Laadfout, Laden } from '../../components/status';
import { useOnopgeslagenWijzigingen, VerlatenVraag } from '../../components/wijzigingen';
import { basispuntenNaarInvoer, percentageNaarBasispunten } from '../../format';
import { label, overlegorgaanSoortLabels } from '../../i18n/nl';
import { organisatieKruimels } from '../regios/RegioPagina';
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
  const { regioId, regio, rechten } = useHuidigeRegio();
  const { overlegorgaanId } = useParams();
  const orgaan = useOverlegorgaan(regioId, overlegorgaanId);
  const lijstPad = `/regios/${regioId}/organisatie/overlegorganen`;
  const nieuw = !overlegorgaanId;
  const naam = orgaan.data?.naam ?? 'Overlegorgaan';
  const kruimels = [...organisatieKruimels(regioId, regio?.naam), { label: 'Overlegorganen', to: lijstPad }];
  if (nieuw) kruimels.push({ label: 'Toevoegen', to: `${lijstPad}/nieuw` });
  else
    kruimels.push(
      { label: naam, to: `${lijstPad}/${overlegorgaanId}` },
      { label: 'Bewerken', to: `${lijstPad}/${overlegorgaanId}/bewerken` },
    );

  return (
    <>
      <PaginaKop
        titel={nieuw ? 'Overlegorgaan toevoegen' : `${naam} bewerken`}
        documentTitel={[regio?.naam]}
        kruimels={kruimels}
      />
      {!rechten.magRegioBewerken ? (
        <Paragraph>Alleen de regiocoördinator kan overlegorganen toevoegen en wijzigen.</Paragraph>
      ) : nieuw ? (
        <OverlegorgaanFormulier />
      ) : orgaan.isPending ? (
        <Laden wat="het overlegorgaan" />
      ) : orgaan.isError ? (
        <Laadfout fout={orgaan.error} wat="het overlegorgaan" />
      ) : (
        <OverlegorgaanFormulier orgaan={orgaan.data} />
      )}
    </>
  );
}

function OverlegorgaanFormulier({ orgaan }: { orgaan?: OverlegorgaanDetail }) {
  const { regioId } = useHuidigeRegio();
  const lijstPad = `/regios/${regioId}/organisatie/overlegorganen`;
  const begin = {
    naam: orgaan?.naam ?? '',
    soort: orgaan?.soort ?? '',
    omschrijving: orgaan?.omschrijving ?? '',
    consensusEerst: orgaan?.besluitregels.consensusEerst ?? true,
    quorum: basispuntenNaarInvoer(orgaan?.besluitregels.quorumBasispunten ?? 5000),
    meerderheid: basispuntenNaarInvoer(orgaan?.besluitregels.meerderheidBasispunten ?? 5000),
    bron: orgaan?.besluitregels.bronBesluitregels ?? '',
  };
  const [invoer, setInvoer] = useState(begin);
  const { fouten, poging, toon } = useFormulierFouten();
  const toevoegen = useOverlegorgaanToevoegen(regioId);
  const bijwerken = useOverlegorgaanBijwerken(regioId, orgaan?.id ?? '');
  const bezig = toevoegen.isPending || bijwerken.isPending;
  const navigate = useNavigate();
  const { blocker, markeerOpgeslagen } = useOnopgeslagenWijzigingen(JSON.stringify(invoer) !== JSON.stringify(begin));
  const zet = (veld: 'naam' | 'soort' | 'omschrijving' | 'quorum' | 'meerderheid' | 'bron') => (waarde: string) =>
    setInvoer((i) => ({ ...i, [veld]: waarde }));
  const terugPad = orgaan ? `${lijstPad}/${orgaan.id}` : lijstPad;

  function verstuur() {
    const velden: Veldfouten = {};
    const quorum = percentageNaarBasispunten(invoer.quorum);
    const meerderheid = percentageNaarBasispunten(invoer.meerderheid);
    if (quorum === null) velden['besluitregels.quorumBasispunten'] = 'Vul een percentage in, zoals 50 of 66,7';
    if (meerderheid === null) velden['besluitregels.meerderheidBasispunten'] = 'Vul een percentage in, zoals 50';
    const waarden = {
      naam: invoer.naam,
      soort: invoer.soort,
      omschrijving: invoer.omschrijving,
      besluitregels: {
        consensusEerst: invoer.consensusEerst,
        quorumBasispunten: quorum ?? 0,
        meerderheidBasispunten: meerderheid ?? 0,
        bronBesluitregels: invoer.bron,
      },
    };
    const controle = (orgaan ? overlegorgaanUpdateSchema : overlegorgaanCreateSchema).safeParse(waarden);
    const alleFouten = { ...(controle.success ? {} : foutenUitZod(controle.error)), ...velden };
    if (!controle.success || Object.keys(velden).length > 0) {
      toon({ velden: alleFouten, algemeen: [] });
      return;
    }
    const onError = (fout: unknown) => toon(foutenUitFout(fout, Object.keys(labels)));
    const klaar = (id: string) => {
      markeerOpgeslagen();
      navigate(`${lijstPad}/${id}`);
    };
    if (orgaan) bijwerken.mutate(controle.data, { onSuccess: () => klaar(orgaan.id), onError });
    else toevoegen.mutate(waarden as Parameters<typeof toevoegen.mutate>[0], { onSuccess: (o) => klaar(o.id), onError });
  }

  return (
    <form
      noValidate
      className="formulier"
      onSubmit={(event) => {
        event.preventDefault();
        verstuur();
      }}
    >
      <VerlatenVraag blocker={blocker} />
      <Foutoverzicht fouten={fouten} labels={labels} poging={poging} />
      <TekstVeld name="naam" label="Naam" verplicht value={invoer.naam} onChange={zet('naam')} fout={fouten.velden.naam} />
      <KeuzeVeld
        name="soort"
        label="Soort"
        verplicht
        value={invoer.soort}
        onChange={zet('soort')}
        keuzes={[
          { waarde: '', label: 'Kies een soort' },
          ...overlegorgaanSoorten.map((s) => ({ waarde: s, label: label(overlegorgaanSoortLabels, s) })),
        ]}
        fout={fouten.velden.soort}
      />
      <TekstvakVeld
        name="omschrijving"
        label="Omschrijving"
        value={invoer.omschrijving}
        onChange={zet('omschrijving')}
        fout={fouten.velden.omschrijving}
      />
      <Fieldset>
        <FieldsetLegend>Besluitregels</FieldsetLegend>
        <Paragraph>Zoals vastgelegd in de samenwerkingsovereenkomst (SOK).</Paragraph>
        <VinkVeld
          name="besluitregels.consensusEerst"
          label="Eerst consensus zoeken, pas daarna stemmen"
          checked={invoer.consensusEerst}
          onChange={(waarde) => setInvoer((i) => ({ ...i, consensusEerst: waarde }))}
          fout={fouten.velden['besluitregels.consensusEerst']}
        />
        <TekstVeld
          name="besluitregels.quorumBasispunten"
          label="Quorum (%)"
          beschrijving="Welk deel van de stemgerechtigde leden aanwezig moet zijn om te mogen besluiten, in procenten (0 tot en met 100)."
          inputMode="decimal"
          verplicht
          value={invoer.quorum}
          onChange={zet('quorum')}
          fout={fouten.velden['besluitregels.quorumBasispunten']}
          className="invoer-kort"
        />
        <TekstVeld
          name="besluitregels.meerderheidBasispunten"
          label="Meerderheid (%)"
          beschrijving="Een voorstel is aangenomen bij meer dan dit deel van de uitgebrachte stemmen, in procenten (lager dan 100)."
          inputMode="decimal"
          verplicht
          value={invoer.meerderheid}
          onChange={zet('meerderheid')}
          fout={fouten.velden['besluitregels.meerderheidBasispunten']}
          className="invoer-kort"
        />
        <TekstVeld
          name="besluitregels.bronBesluitregels"
          label="Bron van de besluitregels"
          beschrijving="Bijvoorbeeld het artikel van de samenwerkingsovereenkomst."
          value={invoer.bron}
          onChange={zet('bron')}
          fout={fouten.velden['besluitregels.bronBesluitregels']}
        />
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          Opslaan
        </Button>
        <AppButtonLink to={terugPad} appearance="secondary-action-button">
          Annuleren
        </AppButtonLink>
      </ButtonGroup>
    </form>
  );
}
