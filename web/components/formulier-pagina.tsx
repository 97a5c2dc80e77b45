import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Blocker } from 'react-router';
import { Foutoverzicht, type Formulierfouten } from './formulier';
import { AppButtonLink } from './links';
import type { Kruimel } from './pagina';
import { RegioKop, useOnderdeel, type Onderdeel } from './regio-pagina';
import { Laadfout, Laden } from './status';
import { VerlatenVraag } from './wijzigingen';

/** What `Formulier` needs of the form state (from `useFormulier`, or just the errors on the sign-in page). */
export interface FormulierStaat {
  fouten: Formulierfouten;
  poging: number;
  labels: Record<string, string>;
  blocker?: Blocker;
}

/**
 * A form with the shared frame: the unsaved-changes question, the error summary at the top (focus
 * moves there), the fields, and "Opslaan" with "Annuleren".
 */
export function Formulier({
  formulier,
  onVerstuur,
  bezig,
  verstuurTekst = 'Opslaan',
  annulerenNaar,
  children,
}: {
  formulier: FormulierStaat;
  onVerstuur: () => void;
  bezig: boolean;
  verstuurTekst?: string;
  /** Where "Annuleren" goes; without it there is no cancel button. */
  annulerenNaar?: string;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      className="formulier"
      onSubmit={(event) => {
        event.preventDefault();
        onVerstuur();
      }}
    >
      {formulier.blocker ? <VerlatenVraag blocker={formulier.blocker} /> : null}
      <Foutoverzicht fouten={formulier.fouten} labels={formulier.labels} poging={formulier.poging} />
      {children}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {verstuurTekst}
        </Button>
        {annulerenNaar ? (
          <AppButtonLink to={annulerenNaar} appearance="secondary-action-button">
            Annuleren
          </AppButtonLink>
        ) : null}
      </ButtonGroup>
    </form>
  );
}

/**
 * The page around a form in a region: heading and breadcrumbs, the right to edit, and loading the
 * item being edited. `mag` is checked before loading, or after it when it depends on the item.
 */
export function FormulierPagina<T>({
  titel,
  kruimels,
  mag,
  geenRecht,
  query,
  laden = false,
  wat,
  children,
}: {
  titel: string;
  kruimels: Kruimel[];
  mag: boolean | ((item: T) => boolean);
  geenRecht: ReactNode;
  /** The item to edit; without it (adding a new one) the form shows at once. */
  query?: UseQueryResult<T> | undefined;
  /** Something else the form waits for (choices from another list). */
  laden?: boolean;
  wat: string;
  children: (item: T | undefined) => ReactNode;
}) {
  let inhoud: ReactNode;
  if (mag === false) inhoud = <Paragraph>{geenRecht}</Paragraph>;
  else if (query?.isPending || laden) inhoud = <Laden wat={wat} />;
  else if (query?.isError) inhoud = <Laadfout fout={query.error} wat={wat} />;
  else if (typeof mag === 'function' && (!query?.data || !mag(query.data))) inhoud = <Paragraph>{geenRecht}</Paragraph>;
  else inhoud = children(query?.data);
  return (
    <>
      <RegioKop titel={titel} kruimels={kruimels} />
      {inhoud}
    </>
  );
}

/** Adding (`<list>/nieuw`) or editing (`<list>/:id/bewerken`) an item of the Organisatie menu (regiocoördinator). */
export function ToevoegenOfBewerkenPagina<T extends { naam: string }>({
  onderdeel,
  id,
  query,
  nieuwTitel,
  soortNaam,
  geenRecht,
  wat,
  children,
}: {
  onderdeel: Onderdeel;
  /** The id from the path; none when adding. */
  id: string | undefined;
  query: UseQueryResult<T>;
  nieuwTitel: string;
  /** Stands in for the name while the item loads ("Organisatie"). */
  soortNaam: string;
  geenRecht: string;
  wat: string;
  children: (item: T | undefined) => ReactNode;
}) {
  const { rechten, pad: lijstPad, kruimels } = useOnderdeel(onderdeel);
  const naam = query.data?.naam ?? soortNaam;
  const pad = `${lijstPad}/${id}`;
  return (
    <FormulierPagina
      titel={id ? `${naam} bewerken` : nieuwTitel}
      kruimels={
        id
          ? [...kruimels, { label: naam, to: pad }, { label: 'Bewerken', to: `${pad}/bewerken` }]
          : [...kruimels, { label: 'Toevoegen', to: `${lijstPad}/nieuw` }]
      }
      mag={rechten.magRegioBewerken}
      geenRecht={geenRecht}
      query={id ? query : undefined}
      wat={wat}
    >
      {children}
    </FormulierPagina>
  );
}
