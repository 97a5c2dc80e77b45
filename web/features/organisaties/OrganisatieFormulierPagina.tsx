import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  organisatieCreateSchema,
  organisatieSoorten,
  organisatieUpdateSchema,
  type Organisatie,
} from '../../../common/contracts/regios';
import {
  Foutoverzicht,
  foutenUitFout,
  foutenUitZod,
  KeuzeVeld,
  TekstVeld,
  TekstvakVeld,
} from '../../components/formulier';
import { alleenGewijzigd, useFormulierFouten } from '../../components/formulier-status';
import { useHuidigeRegio } from '../../components/layout';
import { AppButtonLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { Laadfout, Laden } from '../../components/status';
import { useOnopgeslagenWijzigingen, VerlatenVraag } from '../../components/wijzigingen';
import { label, organisatieSoortLabels } from '../../i18n/nl';
import { organisatieKruimels } from '../regios/RegioPagina';
import { useOrganisatie, useOrganisatieBijwerken, useOrganisatieToevoegen } from './organisaties.api';

const labels: Record<string, string> = { naam: 'Naam', soort: 'Soort', website: 'Website', omschrijving: 'Omschrijving' };

/** "/nieuw" (no id) adds an organisation, "/:organisatieId/bewerken" edits one. */
export function OrganisatieFormulierPagina() {
  const { regioId, regio, rechten } = useHuidigeRegio();
  const { organisatieId } = useParams();
  const organisatie = useOrganisatie(regioId, organisatieId);
  const lijstPad = `/regios/${regioId}/organisatie/organisaties`;
  const nieuw = !organisatieId;
  const naam = organisatie.data?.naam ?? 'Organisatie';
  const titel = nieuw ? 'Organisatie toevoegen' : `${naam} bewerken`;
  const kruimels = [...organisatieKruimels(regioId, regio?.naam), { label: 'Organisaties', to: lijstPad }];
  if (nieuw) kruimels.push({ label: 'Toevoegen', to: `${lijstPad}/nieuw` });
  else
    kruimels.push(
      { label: naam, to: `${lijstPad}/${organisatieId}` },
      { label: 'Bewerken', to: `${lijstPad}/${organisatieId}/bewerken` },
    );

  return (
    <>
      <PaginaKop titel={titel} documentTitel={[regio?.naam]} kruimels={kruimels} />
      {!rechten.magRegioBewerken ? (
        <Paragraph>Alleen de regiocoördinator kan organisaties toevoegen en wijzigen.</Paragraph>
      ) : nieuw ? (
        <OrganisatieFormulier />
      ) : organisatie.isPending ? (
        <Laden wat="de organisatie" />
      ) : organisatie.isError ? (
        <Laadfout fout={organisatie.error} wat="de organisatie" />
      ) : (
        <OrganisatieFormulier organisatie={organisatie.data} />
      )}
    </>
  );
}

function OrganisatieFormulier({ organisatie }: { organisatie?: Organisatie }) {
  const { regioId } = useHuidigeRegio();
  const lijstPad = `/regios/${regioId}/organisatie/organisaties`;
  const begin = {
    naam: organisatie?.naam ?? '',
    soort: organisatie?.soort ?? '',
    website: organisatie?.website ?? '',
    omschrijving: organisatie?.omschrijving ?? '',
  };
  const [invoer, setInvoer] = useState(begin);
  const { fouten, poging, toon } = useFormulierFouten();
  const toevoegen = useOrganisatieToevoegen(regioId);
  const bijwerken = useOrganisatieBijwerken(regioId, organisatie?.id ?? '');
  const bezig = toevoegen.isPending || bijwerken.isPending;
  const navigate = useNavigate();
  const { blocker, markeerOpgeslagen } = useOnopgeslagenWijzigingen(JSON.stringify(invoer) !== JSON.stringify(begin));
  const zet = (veld: keyof typeof begin) => (waarde: string) => setInvoer((i) => ({ ...i, [veld]: waarde }));
  const terugPad = organisatie ? `${lijstPad}/${organisatie.id}` : lijstPad;

  function verstuur() {
    const waarden = {
      naam: invoer.naam,
      soort: invoer.soort,
      website: invoer.website.trim() === '' ? null : invoer.website.trim(),
      omschrijving: invoer.omschrijving,
    };
    const onError = (fout: unknown) => toon(foutenUitFout(fout, Object.keys(labels)));
    if (!organisatie) {
      const controle = organisatieCreateSchema.safeParse(waarden);
      if (!controle.success) return toon({ velden: foutenUitZod(controle.error), algemeen: [] });
      toevoegen.mutate(controle.data, {
        onSuccess: (nieuw) => {
          markeerOpgeslagen();
          navigate(`${lijstPad}/${nieuw.id}`);
        },
        onError,
      });
      return;
    }
    const controle = organisatieUpdateSchema.safeParse(alleenGewijzigd(waarden, organisatie));
    if (!controle.success) return toon({ velden: foutenUitZod(controle.error), algemeen: [] });
    if (Object.keys(controle.data).length === 0) {
      markeerOpgeslagen();
      navigate(terugPad);
      return;
    }
    bijwerken.mutate(controle.data, {
      onSuccess: () => {
        markeerOpgeslagen();
        navigate(terugPad);
      },
      onError,
    });
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
          ...organisatieSoorten.map((s) => ({ waarde: s, label: label(organisatieSoortLabels, s) })),
        ]}
        fout={fouten.velden.soort}
      />
      <TekstVeld
        name="website"
        label="Website"
        type="url"
        inputMode="url"
        beschrijving="Het volledige webadres, beginnend met https://"
        value={invoer.website}
        onChange={zet('website')}
        fout={fouten.velden.website}
      />
      <TekstvakVeld
        name="omschrijving"
        label="Omschrijving"
        value={invoer.omschrijving}
        onChange={zet('omschrijving')}
        fout={fouten.velden.omschrijving}
      />
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
