import { useParams } from 'react-router';
import {
  organisatieCreateSchema,
  organisatieSoorten,
  organisatieUpdateSchema,
  type Organisatie,
} from '../../../common/contracts/regios';
import { KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, ToevoegenOfBewerkenPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { useHuidigeRegio } from '../../components/layout';
import { useOnderdeel } from '../../components/regio-pagina';
import { label, organisatieSoortLabels } from '../../i18n/nl';
import { useOrganisatie, useOrganisatieBijwerken, useOrganisatieToevoegen } from './organisaties.api';

const labels: Record<string, string> = { naam: 'Naam', soort: 'Soort', website: 'Website', omschrijving: 'Omschrijving' };

/** "/nieuw" (no id) adds an organisation, "/:organisatieId/bewerken" edits one. */
export function OrganisatieFormulierPagina() {
  const { regioId } = useHuidigeRegio();
  const { organisatieId } = useParams();
  const item = useOrganisatie(regioId, organisatieId);
  return (
    <ToevoegenOfBewerkenPagina
      onderdeel="organisaties"
      id={organisatieId}
      query={item}
      nieuwTitel="Organisatie toevoegen"
      soortNaam="Organisatie"
      geenRecht="Alleen de regiocoördinator kan organisaties toevoegen en wijzigen."
      wat="de organisatie"
    >
      {(i) => <OrganisatieFormulier organisatie={i} />}
    </ToevoegenOfBewerkenPagina>
  );
}

function OrganisatieFormulier({ organisatie }: { organisatie?: Organisatie | undefined }) {
  const { regioId, pad: lijstPad } = useOnderdeel('organisaties');
  const f = useFormulier({
    begin: {
      naam: organisatie?.naam ?? '',
      soort: (organisatie?.soort ?? '') as string,
      website: organisatie?.website ?? '',
      omschrijving: organisatie?.omschrijving ?? '',
    },
    labels,
  });
  const toevoegen = useOrganisatieToevoegen(regioId);
  const bijwerken = useOrganisatieBijwerken(regioId, organisatie?.id ?? '');
  const terugPad = organisatie ? `${lijstPad}/${organisatie.id}` : lijstPad;

  function verstuur() {
    const waarden = {
      naam: f.invoer.naam,
      soort: f.invoer.soort,
      website: f.invoer.website.trim() === '' ? null : f.invoer.website.trim(),
      omschrijving: f.invoer.omschrijving,
    };
    if (!organisatie) {
      const nieuw = f.controleer(organisatieCreateSchema, waarden);
      if (nieuw) f.opslaan(toevoegen, nieuw, (o) => `${lijstPad}/${o.id}`);
      return;
    }
    const wijziging = f.controleer(organisatieUpdateSchema, alleenGewijzigd(waarden, organisatie));
    if (!wijziging) return;
    if (Object.keys(wijziging).length === 0) f.klaar(terugPad);
    else f.opslaan(bijwerken, wijziging, terugPad);
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={terugPad}>
      <TekstVeld {...f.veld('naam')} verplicht />
      <KeuzeVeld
        {...f.veld('soort')}
        verplicht
        keuzes={[
          { waarde: '', label: 'Kies een soort' },
          ...organisatieSoorten.map((s) => ({ waarde: s, label: label(organisatieSoortLabels, s) })),
        ]}
      />
      <TekstVeld
        {...f.veld('website')}
        type="url"
        inputMode="url"
        beschrijving="Het volledige webadres, beginnend met https://"
      />
      <TekstvakVeld {...f.veld('omschrijving')} />
    </Formulier>
  );
}
