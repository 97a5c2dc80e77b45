import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { formatEuro } from '../../../common/geld';
import { AppLink } from '../../components/links';
import type { ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import type { OnderdeelStatus, PlanStatus, PlanVanAanpak, PvaStatus, Uitvoeringsplan, UitvoeringsplanDetail } from '../../../common/contracts/plannen';
import { MetGegevens, RegioKop, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { Badge, Laadfout, Laden, type Toon, voortgangsstatusToon } from '../../components/status';
import { voortgangsstatusLabels } from '../../i18n/nl';
import { useUitvoeringsplan, useUitvoeringsplannen } from './uitvoeringsplan.api';

/** Shared parts of the uitvoeringsplan pages: status badges, the year and version from the path. */

export const onderdeelStatusLabels = voortgangsstatusLabels;
const onderdeelToon = voortgangsstatusToon;
const planToon: Record<PlanStatus, Toon> = { concept: 'waarschuwing', vastgesteld: 'goed', vervallen: 'inactief' };
export const pvaStatusLabels: Record<PvaStatus, string> = { concept: 'concept', ingediend: 'ingediend bij de Kerngroep', goedgekeurd: 'goedgekeurd', afgewezen: 'afgewezen' };
const pvaToon: Record<PvaStatus, Toon> = { concept: 'neutraal', ingediend: 'waarschuwing', goedgekeurd: 'goed', afgewezen: 'fout' };

export const OnderdeelStatusBadge = ({ status }: { status: OnderdeelStatus }) => (
  <Badge toon={onderdeelToon[status]} voorvoegsel="Status">
    {onderdeelStatusLabels[status]}
  </Badge>
);
export const PlanStatusBadge = ({ status }: { status: PlanStatus }) => (
  <Badge toon={planToon[status]} voorvoegsel="Status">
    {status}
  </Badge>
);
export const PvaStatusBadge = ({ status }: { status: PvaStatus }) => (
  <Badge toon={pvaToon[status]} voorvoegsel="Status">
    {pvaStatusLabels[status]}
  </Badge>
);

/** `:jaar` and the optional `:versie` of the path. */
export function useJaarEnVersie(): { jaar: number | undefined; versie: number | undefined } {
  const { jaar, versie } = useParams();
  return {
    jaar: jaar && /^\d{4}$/.test(jaar) ? Number(jaar) : undefined,
    versie: versie && /^\d+$/.test(versie) ? Number(versie) : undefined,
  };
}

export const versiePad = (pad: string, p: Pick<Uitvoeringsplan, 'jaar' | 'versie'>) => `${pad}/${p.jaar}/versie/${p.versie}`;

/** The version shown by default: the one in force, or else the latest. */
export function standaardVersie(versies: Uitvoeringsplan[]): Uitvoeringsplan | undefined {
  return versies.find((v) => v.status === 'vastgesteld') ?? versies.at(-1);
}

/** The plan of a year in the version asked for, or the default one. */
export function usePlanversie(regioId: string, jaar: number | undefined, versie: number | undefined) {
  const lijst = useUitvoeringsplannen(regioId, jaar);
  const versies = jaar === undefined ? [] : (lijst.data?.items ?? []);
  const gekozen = versie === undefined ? standaardVersie(versies) : versies.find((v) => v.versie === versie);
  const detail = useUitvoeringsplan(regioId, gekozen?.id);
  return { jaar, versie, lijst, gekozen, detail };
}

/** Renders the loaded plan version; says so when the year has no plan or the version does not exist. */
export function MetPlanversie({ planversie, leeg, children }: { planversie: ReturnType<typeof usePlanversie>; leeg?: ReactNode; children: (plan: UitvoeringsplanDetail) => ReactNode }) {
  const { jaar, versie, lijst, gekozen, detail } = planversie;
  if (jaar === undefined) return <Paragraph>Dit is geen jaartal.</Paragraph>;
  if (lijst.isPending) return <Laden wat="het uitvoeringsplan" />;
  if (lijst.isError) return <Laadfout fout={lijst.error} wat="het uitvoeringsplan" />;
  if (!gekozen) return <Paragraph>{versie === undefined ? (leeg ?? `Er is voor ${jaar} nog geen uitvoeringsplan.`) : `Versie ${versie} van het uitvoeringsplan ${jaar} bestaat niet.`}</Paragraph>;
  return (
    <MetGegevens query={detail} wat="het uitvoeringsplan">
      {children}
    </MetGegevens>
  );
}

export const geenRechtPlannen = 'Alleen de regiocoördinator kan het uitvoeringsplan wijzigen.';

/**
 * A page under one plan version (`…/:jaar/versie/:versie/…`): heading and breadcrumbs up to the
 * version, then the content once the version is loaded. `alleenBewerkers`: a form page.
 */
export function PlanversiePagina({
  titel,
  kruimel,
  alleenBewerkers = true,
  children,
}: {
  titel: (plan: UitvoeringsplanDetail | undefined) => string;
  kruimel: (plan: UitvoeringsplanDetail | undefined) => string;
  alleenBewerkers?: boolean;
  children: (plan: UitvoeringsplanDetail) => ReactNode;
}) {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('uitvoeringsplan');
  const { jaar, versie } = useJaarEnVersie();
  const { pathname } = useLocation();
  const planversie = usePlanversie(regioId, jaar, versie);
  const basis = `${pad}/${jaar}/versie/${versie}`;
  const plan = planversie.detail.data;
  return (
    <>
      <RegioKop
        titel={titel(plan)}
        kruimels={[...kruimels, { label: String(jaar), to: `${pad}/${jaar}` }, { label: `Versie ${versie}`, to: basis }, { label: kruimel(plan), to: pathname }]}
      />
      {alleenBewerkers && !rechten.magPlannenBewerken ? <Paragraph>{geenRechtPlannen}</Paragraph> : <MetPlanversie planversie={planversie}>{children}</MetPlanversie>}
    </>
  );
}

/** Plans of approach as a table: title (to its page), budget and status. */
export function PvaTabel({ label, plannen, basis }: { label: string; plannen: PlanVanAanpak[]; basis: string }) {
  return (
    <Tabel label={label} koppen={['Plan van aanpak', { tekst: 'Budget', numeriek: true }, 'Status']}>
      {plannen.map((v) => (
        <TableRow key={v.id}>
          <TableCell className="breekbaar">
            <AppLink to={`${basis}/plannen-van-aanpak/${v.id}`}>{`${v.onderdeelCode}: ${v.titel}`}</AppLink>
          </TableCell>
          <TableCell className="numeriek geen-afbreking">{formatEuro(v.budgetCenten)}</TableCell>
          <TableCell>
            <PvaStatusBadge status={v.status} />
          </TableCell>
        </TableRow>
      ))}
    </Tabel>
  );
}
