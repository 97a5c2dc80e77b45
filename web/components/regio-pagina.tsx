import {
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isApiError } from '../api';
import { VerwijderKnop } from './bevestiging';
import { menus, useHuidigeRegio, type Menu } from './layout';
import { AppButtonLink, AppLink } from './links';
import { PaginaKop, type Kruimel } from './pagina';
import { SorteerKop, type Richting } from './sorteren';
import { Laadfout, Laden, Melding } from './status';
import { TabelContainer } from './tabel';

/** Shared building blocks of the pages inside a region: heading, lists, detail data and actions. */

/** Breadcrumbs up to a menu of the region: the region, then the menu (at its first part). */
export function menuKruimels(menu: Menu, regioId: string, regioNaam: string | undefined): Kruimel[] {
  return [
    { label: regioNaam ?? 'Regio', to: `/regios/${regioId}` },
    { label: menus[menu].label, to: `/regios/${regioId}/${menu}/${menus[menu].onderdelen[0].pad}` },
  ];
}

export const organisatieKruimels = (regioId: string, regioNaam: string | undefined) => menuKruimels('organisatie', regioId, regioNaam);
export const financienKruimels = (regioId: string, regioNaam: string | undefined) => menuKruimels('financien', regioId, regioNaam);
export const plannenKruimels = (regioId: string, regioNaam: string | undefined) => menuKruimels('plannen', regioId, regioNaam);
export const besluitenKruimels = (regioId: string, regioNaam: string | undefined) => menuKruimels('besluiten', regioId, regioNaam);

/** A part of one of the menus with a sub-navigation (its path segment). */
export type Onderdeel = (typeof menus)[Menu]['onderdelen'][number]['pad'];

function menuVan(onderdeel: Onderdeel): Menu {
  return (Object.keys(menus) as Menu[]).find((m) => menus[m].onderdelen.some((o) => o.pad === onderdeel))!;
}

/** The region context plus the path and breadcrumbs of one part of a menu (Plannen, Financiën, Besluiten, Organisatie). */
export function useOnderdeel(onderdeel: Onderdeel) {
  const huidig = useHuidigeRegio();
  const menu = menuVan(onderdeel);
  const label = (menus[menu].onderdelen as ReadonlyArray<{ pad: string; label: string }>).find((o) => o.pad === onderdeel)?.label ?? onderdeel;
  const pad = `/regios/${huidig.regioId}/${menu}/${onderdeel}`;
  const kruimels: Kruimel[] = [...menuKruimels(menu, huidig.regioId, huidig.regio?.naam), { label, to: pad }];
  return { ...huidig, label, pad, kruimels };
}

/** The page heading inside a region: the region's name follows the title in the document title. */
export function RegioKop({
  titel,
  kruimels,
  documentTitel = [],
  children,
}: {
  titel: string;
  kruimels: Kruimel[];
  documentTitel?: Array<string | null | undefined>;
  children?: ReactNode;
}) {
  const { regio } = useHuidigeRegio();
  return (
    <PaginaKop titel={titel} documentTitel={[...documentTitel, regio?.naam]} kruimels={kruimels}>
      {children}
    </PaginaKop>
  );
}

/** Loading, a load error, or the data. */
export function MetGegevens<T>({
  query,
  wat,
  children,
}: {
  query: UseQueryResult<T>;
  wat: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Laden wat={wat} />;
  if (query.isError) return <Laadfout fout={query.error} wat={wat} />;
  return <>{children(query.data)}</>;
}

/** The message a page gets with the navigation after an action ("Venray is toegevoegd."). */
export function useMelding(): string | undefined {
  return (useLocation().state as { melding?: string } | null)?.melding;
}

function geenItems(data: unknown): boolean {
  return (data as { items?: unknown[] }).items?.length === 0;
}

/**
 * A list page of the Organisatie menu (UI.md "List → detail → edit", "Empty states"): heading with
 * what the list is for, a message after an action, the first action, and the list or its empty state.
 */
export function LijstPagina<T>({
  onderdeel,
  inleiding,
  toevoegen,
  magToevoegen,
  meerActies,
  documentTitel,
  query,
  wat,
  isLeeg = geenItems,
  leeg,
  children,
}: {
  onderdeel: Onderdeel;
  inleiding: ReactNode;
  /** The text of the "… toevoegen" button to `<list>/nieuw`, shown only to the regiocoördinator. */
  toevoegen?: string;
  /** Who may add; by default the regiocoördinator. */
  magToevoegen?: boolean;
  /** More actions next to the add button (for those who may add), such as an import. */
  meerActies?: ReactNode;
  documentTitel?: Array<string | null | undefined>;
  query: UseQueryResult<T>;
  wat: string;
  /** Whether there is nothing to show yet; by default, whether `items` is empty. */
  isLeeg?: (data: T) => boolean;
  /** What the page is for, when it has nothing yet. */
  leeg: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { label, pad, kruimels, rechten } = useOnderdeel(onderdeel);
  const melding = useMelding();
  return (
    <>
      <RegioKop titel={label} kruimels={kruimels} documentTitel={documentTitel}>
        <Paragraph>{inleiding}</Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      {toevoegen && (magToevoegen ?? rechten.magRegioBewerken) ? (
        <Paragraph>
          <AppButtonLink to={`${pad}/nieuw`} appearance="primary-action-button">
            {toevoegen}
          </AppButtonLink>
          {meerActies ? <> {meerActies}</> : null}
        </Paragraph>
      ) : null}
      <MetGegevens query={query} wat={wat}>
        {(data) => (isLeeg(data) ? <Paragraph>{leeg}</Paragraph> : children(data))}
      </MetGegevens>
    </>
  );
}

export interface Kolom {
  tekst: string;
  /** What the header shows when it is more than its text (a badge, a date); `tekst` stays the key. */
  inhoud?: ReactNode;
  numeriek?: boolean;
  /** The sort key, when the column sorts. */
  sorteer?: string;
}

/**
 * A table in its own scrolling region, with a caption for screen readers and column headers;
 * columns with a sort key sort through `sortering`.
 */
export function Tabel({
  label,
  bijschrift = label,
  koppen,
  sortering,
  voet,
  children,
}: {
  label: string;
  bijschrift?: string;
  koppen: Array<string | Kolom | null | false>;
  sortering?: { kolom: string; richting: Richting; onSorteer: (kolom: string, richting: Richting) => void };
  /** A table footer (totals). */
  voet?: ReactNode;
  children: ReactNode;
}) {
  return (
    <TabelContainer label={label}>
      <Table>
        <TableCaption className="visueel-verborgen">{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            {koppen.map((kop) => {
              if (!kop) return null;
              const k: Kolom = typeof kop === 'string' ? { tekst: kop } : kop;
              if (k.sorteer && sortering) {
                return (
                  <SorteerKop
                    key={k.tekst}
                    kolom={k.sorteer}
                    huidig={sortering.kolom}
                    richting={sortering.richting}
                    onSorteer={sortering.onSorteer}
                    numeriek={k.numeriek}
                  >
                    {k.tekst}
                  </SorteerKop>
                );
              }
              return (
                <TableHeaderCell key={k.tekst} scope="col" className={k.numeriek ? 'numeriek' : undefined}>
                  {k.inhoud ?? k.tekst}
                </TableHeaderCell>
              );
            })}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
        {voet}
      </Table>
    </TabelContainer>
  );
}

export interface Gegeven {
  label: string;
  waarde: ReactNode;
  multiline?: boolean;
  className?: string;
}

/** The data of an item as a key–value list. */
export function Gegevenslijst({ gegevens, className }: { gegevens: Gegeven[]; className?: string }) {
  return (
    <DataList className={className}>
      {gegevens.map((g) => (
        <DataListItem key={g.label}>
          <DataListKey>{g.label}</DataListKey>
          <DataListValue multiline={g.multiline} className={g.className}>
            {g.waarde}
          </DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** A section of a page, named by its heading; with `verder`, a link to the page with the details ends it. */
export function Sectie({ id, titel, verder, children }: { id: string; titel: string; verder?: { naar: string; tekst: string }; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="sectie">
      <Heading2 id={id}>{titel}</Heading2>
      {children}
      {verder ? (
        <Paragraph>
          <AppLink to={verder.naar}>{verder.tekst}</AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}

export function foutTekst(fout: unknown): string {
  return isApiError(fout) ? (fout.probleem.detail ?? fout.probleem.title) : 'probeer het opnieuw.';
}

/** Why an action on the page failed, announced at once. */
export function Actiefout({ fout, tekst }: { fout: unknown; tekst: string }) {
  if (!fout) return null;
  return (
    <Paragraph role="alert" className="foutregel">
      {tekst}: {foutTekst(fout)}
    </Paragraph>
  );
}

export interface Verwijderen {
  knopTekst: string;
  vraag: string;
  bevestigTekst?: string;
  mutatie: {
    mutate: (variabelen: undefined, opties: { onSuccess: () => void }) => void;
    isPending: boolean;
    error: Error | null;
  };
  /** Where to go afterwards, with a message for that page. */
  naar: string;
  melding: string;
  /** Start of the error text when it fails ("Verwijderen is niet gelukt"). */
  mislukt?: string;
}

/** The actions of a detail page: edit, and remove after confirmation (each only when allowed). */
export function DetailActies({ bewerken, verwijderen }: { bewerken?: { tekst: string; naar: string } | null; verwijderen?: Verwijderen | null }) {
  const navigate = useNavigate();
  if (!bewerken && !verwijderen) return null;
  return (
    <>
      <ButtonGroup className="acties">
        {bewerken ? (
          <AppButtonLink to={bewerken.naar} appearance="primary-action-button">
            {bewerken.tekst}
          </AppButtonLink>
        ) : null}
        {verwijderen ? (
          <VerwijderKnop
            knopTekst={verwijderen.knopTekst}
            vraag={verwijderen.vraag}
            bevestigTekst={verwijderen.bevestigTekst}
            bezig={verwijderen.mutatie.isPending}
            onBevestig={() =>
              verwijderen.mutatie.mutate(undefined, {
                onSuccess: () => navigate(verwijderen.naar, { state: { melding: verwijderen.melding } }),
              })
            }
          />
        ) : null}
      </ButtonGroup>
      {verwijderen ? (
        <Actiefout fout={verwijderen.mutatie.error} tekst={verwijderen.mislukt ?? 'Verwijderen is niet gelukt'} />
      ) : null}
    </>
  );
}
