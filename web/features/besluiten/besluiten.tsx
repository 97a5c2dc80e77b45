import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Besluit, VergaderingDetail } from '../../../common/contracts/besluiten';
import { Tabel } from '../../components/regio-pagina';
import { Badge, type Toon } from '../../components/status';
import { aantal, formatDatum, formatPercentage } from '../../format';
import { useOverlegorganen } from '../overlegorganen/overlegorganen.api';
import { Keuzefilters, useKeuzefilters } from '../../components/filters';
import type { Filter } from './besluiten.api';

/** Shared parts of the Besluiten pages: labels and badges, the filter by body and year, the votes table. */

export const vergaderingStatusLabels: Record<string, string> = { gepland: 'gepland', gehouden: 'gehouden' };
export const agendapuntStatusLabels: Record<string, string> = { open: 'open', 'in-stemming': 'stemming geopend', besloten: 'besloten' };
export const voorstelSoortLabels: Record<string, string> = {
  'uitvoeringsplan-vaststellen': 'Uitvoeringsplan vaststellen',
  'begroting-vaststellen': 'Begroting vaststellen',
  herverdelen: 'Budget herverdelen',
  'aanvullend-plan': 'Aanvullend plan goedkeuren of afwijzen',
  'standpunt-transformatieplan': 'Standpunt over een transformatieplan',
  overig: 'Overig (alleen tekst)',
};
export const standpuntLabels: Record<string, string> = { akkoord: 'akkoord', 'niet-akkoord': 'niet akkoord', onthouding: 'onthouding' };
export const stemLabels: Record<string, string> = { voor: 'voor', tegen: 'tegen', onthouding: 'onthouding' };
export const wijzeLabels: Record<string, string> = { consensus: 'consensus', meerderheid: 'meerderheid', 'zonder-stemming': 'zonder stemming' };
export const transformatieplanStandpuntLabels: Record<string, string> = { steunt: 'steunt', 'steunt-niet': 'steunt niet', neutraal: 'neutraal' };

const tekst = (labels: Record<string, string>, waarde: string) => labels[waarde] ?? waarde;

/** A status as a labelled badge: the word from `labels`, the colour from `tonen` (UI.md "Status"). */
function LabelBadge({ labels, tonen, voorvoegsel, waarde }: { labels: Record<string, string>; tonen: Record<string, Toon>; voorvoegsel: string; waarde: string }) {
  return (
    <Badge toon={tonen[waarde] ?? 'neutraal'} voorvoegsel={voorvoegsel}>
      {tekst(labels, waarde)}
    </Badge>
  );
}

const vergaderingToon: Record<string, Toon> = { gepland: 'neutraal', gehouden: 'goed' };
const agendapuntToon: Record<string, Toon> = { open: 'neutraal', 'in-stemming': 'waarschuwing', besloten: 'goed' };
const uitkomstToon: Record<string, Toon> = { aangenomen: 'goed', verworpen: 'fout' };
const standpuntToon: Record<string, Toon> = { akkoord: 'goed', 'niet-akkoord': 'fout', onthouding: 'inactief' };

export const VergaderingStatus = ({ status }: { status: string }) => <LabelBadge labels={vergaderingStatusLabels} tonen={vergaderingToon} voorvoegsel="Status" waarde={status} />;
export const AgendapuntStatus = ({ status }: { status: string }) => <LabelBadge labels={agendapuntStatusLabels} tonen={agendapuntToon} voorvoegsel="Status" waarde={status} />;
export const Uitkomst = ({ uitkomst }: { uitkomst: string }) => <LabelBadge labels={{}} tonen={uitkomstToon} voorvoegsel="Uitkomst" waarde={uitkomst} />;
export const Standpunt = ({ standpunt }: { standpunt: string }) => <LabelBadge labels={standpuntLabels} tonen={standpuntToon} voorvoegsel="Standpunt" waarde={standpunt} />;

export function labelVan(labels: Record<string, string>, waarde: string): string {
  return tekst(labels, waarde);
}

/**
 * The body and year from the query string (`?overlegorgaanId=…&jaar=2024`), so a filtered list has
 * a URL to share, and the form that sets them.
 */
export function useOrgaanJaarFilter() {
  const { waarden, actief, zoek, zet } = useKeuzefilters(['overlegorgaanId', 'jaar']);
  const jaar = waarden.jaar && /^\d{4}$/.test(waarden.jaar) ? Number(waarden.jaar) : undefined;
  const filter: Filter = { overlegorgaanId: waarden.overlegorgaanId, jaar };
  return { filter, actief, zoek, zet };
}

export function OrgaanJaarFilter({ regioId, label, zoek, zet }: { regioId: string; label: string; zoek: URLSearchParams; zet: (waarden: Record<string, string>) => void }) {
  const organen = useOverlegorganen(regioId);
  const nu = new Date().getFullYear();
  const jaren = Array.from({ length: nu + 2 - 2022 }, (_, i) => String(nu + 1 - i));
  return (
    <Keuzefilters
      label={label}
      zoek={zoek}
      onFilter={zet}
      filters={[
        { naam: 'overlegorgaanId', label: 'Overlegorgaan', opties: [{ waarde: '', label: 'Alle overlegorganen' }, ...(organen.data?.items ?? []).map((o) => ({ waarde: o.id, label: o.naam }))] },
        { naam: 'jaar', label: 'Jaar', opties: [{ waarde: '', label: 'Alle jaren' }, ...jaren.map((j) => ({ waarde: j, label: j }))] },
      ]}
    />
  );
}

/** A list filtered by body and year: the filter, the count, and the list or what to do when it is empty. */
export function GefilterdeLijst({
  regioId,
  label,
  filter,
  aantal: n,
  enkelvoud,
  meervoud,
  leeg,
  children,
}: {
  regioId: string;
  label: string;
  filter: ReturnType<typeof useOrgaanJaarFilter>;
  aantal: number;
  enkelvoud: string;
  meervoud: string;
  /** What the page is for, while there is nothing at all. */
  leeg: string;
  children: ReactNode;
}) {
  return (
    <>
      <OrgaanJaarFilter regioId={regioId} label={label} zoek={filter.zoek} zet={filter.zet} />
      <Paragraph role="status" className="telling">
        {aantal(n, enkelvoud, meervoud)}
        {filter.actief ? ' met deze filters' : ''}
      </Paragraph>
      {n === 0 ? <Paragraph>{filter.actief ? `Geen ${meervoud} gevonden met deze filters.` : leeg}</Paragraph> : children}
    </>
  );
}

type Standpunten = VergaderingDetail['agendapunten'][number]['standpunten']['items'];

/** The college positions on a proposal, with their own decision date and reference. */
export function StandpuntenTabel({ label, standpunten }: { label: string; standpunten: Standpunten }) {
  return (
    <Tabel label={label} koppen={['Gemeente', 'Standpunt', 'Collegebesluit', 'Kenmerk', 'Toelichting']}>
      {standpunten.map((x) => (
        <TableRow key={x.gemeente.gemeentecode}>
          <TableCell>{x.gemeente.naam}</TableCell>
          <TableCell>
            <Standpunt standpunt={x.standpunt} />
          </TableCell>
          <TableCell className="geen-afbreking">{formatDatum(x.collegebesluitOp)}</TableCell>
          <TableCell>{x.referentie}</TableCell>
          <TableCell>{x.toelichting}</TableCell>
        </TableRow>
      ))}
    </Tabel>
  );
}

type ZetelStem = NonNullable<VergaderingDetail['agendapunten'][number]['stemming']>['zetels'][number];

/** The record of a vote by municipality: present or not, and the vote cast; who was outvoted. */
export function StemmenTabel({ label, zetels, overstemd }: { label: string; zetels: ZetelStem[]; overstemd: Array<{ gemeentecode: string }> }) {
  return (
    <Tabel label={label} koppen={['Gemeente', 'Aanwezig', 'Stem', 'Overstemd']}>
      {zetels.map((z) => (
        <TableRow key={z.gemeente.gemeentecode}>
          <TableCell>{z.gemeente.naam}</TableCell>
          <TableCell>{z.aanwezig ? 'ja' : 'afwezig'}</TableCell>
          <TableCell>{z.keuze ? tekst(stemLabels, z.keuze) : z.aanwezig ? 'nog niet gestemd' : '–'}</TableCell>
          <TableCell>{overstemd.some((o) => o.gemeentecode === z.gemeente.gemeentecode) ? 'overstemd' : ''}</TableCell>
        </TableRow>
      ))}
    </Tabel>
  );
}

/** "13 voor, 1 tegen, 0 onthouding, 0 afwezig" (or "zonder stemming"). */
export function tellingTekst(b: Pick<Besluit, 'wijze' | 'aantalVoor' | 'aantalTegen' | 'aantalOnthouding' | 'aantalAfwezig'>): string {
  if (b.wijze === 'zonder-stemming') return 'zonder stemming';
  return `${b.aantalVoor} voor, ${b.aantalTegen} tegen, ${b.aantalOnthouding} onthouding, ${b.aantalAfwezig} afwezig`;
}

/** "Eerst consensus, anders meer dan 50% van de uitgebrachte stemmen; quorum 50% van de stemgerechtigde zetels". */
export function regelsTekst(r: { consensusEerst: boolean; quorumBasispunten: number; meerderheidBasispunten: number }): string {
  return (
    `${r.consensusEerst ? 'Eerst consensus, anders meer' : 'Meer'} dan ${formatPercentage(r.meerderheidBasispunten)} van de uitgebrachte stemmen; ` +
    `quorum ${formatPercentage(r.quorumBasispunten)} van de stemgerechtigde zetels`
  );
}
