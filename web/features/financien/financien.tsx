import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { Begroting } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { VerwijderKnop } from '../../components/bevestiging';
import { KeuzeTonen } from '../../components/keuze-tonen';
import { AppButtonLink } from '../../components/links';
import { Actiefout, MetGegevens } from '../../components/regio-pagina';
import { Badge, Laden, Melding, type Toon } from '../../components/status';
import type { Lijst } from '../regios/regios.api';
import { begrotingStatusLabels, label, versieStatusLabels } from '../../i18n/nl';
import { standaardJaar, useBegrotingen } from './financien.api';

/** Shared parts of the Financiën pages: the year in the query string, status badges, amounts. */

export const eersteJaar = 2023;

export function jarenTot(laatste: number): number[] {
  const jaren: number[] = [];
  for (let j = laatste; j >= eersteJaar; j--) jaren.push(j);
  return jaren;
}

/**
 * The year a page shows when the query string names none: the latest year up to now that has a
 * budget (so a region sees its figures at once), otherwise the current year.
 */
export function useStandaardJaar(regioId: string): number | undefined {
  const begrotingen = useBegrotingen(regioId, undefined);
  if (begrotingen.isPending) return undefined;
  const nu = standaardJaar();
  const jaren = (begrotingen.data?.items ?? []).map((b) => b.jaar).filter((j) => j <= nu);
  return jaren.length ? Math.max(...jaren) : nu;
}

/** The query string, and changing some of its parameters (`null` removes one) without a new history entry. */
export function useZoekParameters() {
  const [zoek, setZoek] = useSearchParams();
  function zet(wijziging: Record<string, string | null>) {
    const nieuw = new URLSearchParams(zoek);
    for (const [k, v] of Object.entries(wijziging)) {
      if (v === null) nieuw.delete(k);
      else nieuw.set(k, v);
    }
    setZoek(nieuw, { replace: true });
  }
  return [zoek, zet] as const;
}

/** The year from `?jaar=`, or the default; `undefined` while the default is being worked out. */
export function useJaarUitQuery(regioId: string): { jaar: number | undefined; uitQuery: boolean } {
  const [zoek] = useSearchParams();
  const tekst = zoek.get('jaar');
  const gevraagd = tekst && /^\d{4}$/.test(tekst) ? Number(tekst) : undefined;
  const standaard = useStandaardJaar(regioId);
  return { jaar: gevraagd ?? standaard, uitQuery: gevraagd !== undefined };
}

/**
 * Choosing the year: a select and a button, so changing the select alone does not move the page
 * (WCAG 3.2.2).
 */
export function JaarKeuze({ jaar, onKies, id = 'jaar-keuze' }: { jaar: number; onKies: (jaar: number) => void; id?: string }) {
  const jaren = jarenTot(Math.max(standaardJaar() + 2, jaar));
  return (
    <KeuzeTonen
      id={id}
      label="Jaar"
      formulierLabel="Jaar kiezen"
      waarde={String(jaar)}
      keuzes={jaren.map((j) => ({ waarde: String(j), label: String(j) }))}
      onKies={(w) => onKies(Number(w))}
      selectClassName="invoer-jaar"
    />
  );
}

/** The year chooser and what the page shows for that year (`?jaar=`); loading while the default year is worked out. */
export function MetJaar({ jaar, wat, children }: { jaar: number | undefined; wat: string; children: (jaar: number) => ReactNode }) {
  const [, setZoek] = useSearchParams();
  if (jaar === undefined) return <Laden wat={wat} />;
  return (
    <>
      <JaarKeuze jaar={jaar} onKies={(j) => setZoek({ jaar: String(j) }, { replace: true })} />
      {children(jaar)}
    </>
  );
}

const begrotingToon: Record<string, Toon> = { concept: 'waarschuwing', vastgesteld: 'goed', bijgesteld: 'neutraal', vervallen: 'inactief' };

export function BegrotingStatus({ status }: { status: Begroting['status'] }) {
  return (
    <Badge toon={begrotingToon[status] ?? 'neutraal'} voorvoegsel="Status">
      {label(begrotingStatusLabels, status)}
    </Badge>
  );
}

export function VersieStatus({ status }: { status: 'concept' | 'vastgesteld' | 'vervallen' }) {
  return (
    <Badge toon={begrotingToon[status] ?? 'neutraal'} voorvoegsel="Status">
      {label(versieStatusLabels, status)}
    </Badge>
  );
}

export function Signaal({ signaal }: { signaal: 'overschrijding' | 'onderbesteding' | 'geen' }) {
  if (signaal === 'geen') return <span className="visueel-verborgen">geen signaal</span>;
  return (
    <Badge toon={signaal === 'overschrijding' ? 'fout' : 'waarschuwing'} voorvoegsel="Signaal">
      {signaal}
    </Badge>
  );
}

/** "+ € 10.000", "− € 3.570", or "geen verschil", for differences between versions. */
export function verschilTekst(centen: number): string {
  if (centen === 0) return 'geen verschil';
  return centen > 0 ? `+ ${formatEuro(centen)}` : `− ${formatEuro(-centen)}`;
}

/** A short name of a budget line for tight spaces (a chart axis): "Onderdeel 6a", "Monitoring en…". */
export function korteRegelnaam(code: string, omschrijving: string): string {
  if (/^\d/.test(code)) return `Onderdeel ${code}`;
  return omschrijving.length > 16 ? `${omschrijving.slice(0, 15).trimEnd()}…` : omschrijving;
}

/** Everything in the wizard and the filters refers to a line by its code plus description. */
export function regelLabel(regel: { code: string; omschrijving: string }): string {
  return regel.omschrijving.startsWith('Onderdeel') ? regel.omschrijving : `${regel.code} — ${regel.omschrijving}`;
}

/** The delete action of a table row, after confirmation; `onGedaan` announces the result above the table. */
export function RijVerwijderen({
  mutatie,
  id,
  naam,
  vraag,
  melding,
  onGedaan,
}: {
  mutatie: { mutate: (id: string, opties: { onSuccess: () => void }) => void; isPending: boolean };
  id: string;
  naam: string;
  vraag: string;
  melding: string;
  onGedaan: (melding: string) => void;
}) {
  return (
    <VerwijderKnop
      klein
      knopTekst="Verwijderen"
      toevoeging={naam}
      vraag={vraag}
      bezig={mutatie.isPending}
      onBevestig={() => mutatie.mutate(id, { onSuccess: () => onGedaan(melding) })}
    />
  );
}

/**
 * A section of a page with a list that can be added to and removed from: heading, what it is for,
 * the result of the last removal, the add button (for those who may), and the list or its empty state.
 */
export function LijstSectie<T>({
  id,
  titel,
  inleiding,
  toevoegen,
  query,
  wat,
  leeg,
  gedaan,
  verwijderFout,
  children,
}: {
  id: string;
  titel: string;
  inleiding?: ReactNode;
  toevoegen?: { tekst: string; naar: string } | null | false;
  query: UseQueryResult<Lijst<T>>;
  wat: string;
  leeg: ReactNode;
  gedaan?: string | undefined;
  verwijderFout?: Error | null;
  children: (items: T[]) => ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="sectie">
      <Heading2 id={id}>{titel}</Heading2>
      {inleiding ? <Paragraph>{inleiding}</Paragraph> : null}
      <Melding tekst={gedaan} />
      <Actiefout fout={verwijderFout} tekst="Verwijderen is niet gelukt" />
      {toevoegen ? (
        <Paragraph>
          <AppButtonLink to={toevoegen.naar} appearance="primary-action-button">
            {toevoegen.tekst}
          </AppButtonLink>
        </Paragraph>
      ) : null}
      <MetGegevens query={query} wat={wat}>
        {({ items }) => (items.length === 0 ? <Paragraph>{leeg}</Paragraph> : children(items))}
      </MetGegevens>
    </section>
  );
}
