import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { HuidigeSessie, Rol } from '../../../common/contracts/regios';
import { api, isApiError, setCsrfToken } from '../../api';

export const sessieKey = ['sessie'] as const;

/** The current session, or null when nobody is signed in. */
export async function haalSessie(): Promise<HuidigeSessie | null> {
  try {
    const sessie = await api<HuidigeSessie>('/api/v1/sessies/huidige', { zonderAanmeldRedirect: true });
    setCsrfToken(sessie.csrfToken);
    return sessie;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSessie() {
  return useQuery({ queryKey: sessieKey, queryFn: haalSessie, staleTime: 5 * 60_000, retry: false });
}

export async function meldAan(email: string, wachtwoord: string): Promise<HuidigeSessie> {
  const sessie = await api<HuidigeSessie>('/api/v1/sessies', {
    method: 'POST',
    body: { email, wachtwoord },
    zonderAanmeldRedirect: true,
  });
  setCsrfToken(sessie.csrfToken);
  return sessie;
}

export async function meldAf(queryClient: QueryClient): Promise<void> {
  try {
    await api<void>('/api/v1/sessies/huidige', { method: 'DELETE', zonderAanmeldRedirect: true });
  } finally {
    setCsrfToken(null);
    queryClient.clear();
    queryClient.setQueryData(sessieKey, null);
  }
}

/** What the signed-in person may do in one region (DOMAIN.md §1); the server checks again. */
export interface Rechten {
  rol: Rol | null;
  isBeheerder: boolean;
  /** regiocoördinator or beheerder: edits everything of the region. */
  magRegioBewerken: boolean;
  /** May edit (part of) this municipality: the coordinator all of it, its own beleidsadviseur some fields. */
  magGemeenteBewerken: (gemeentecode: string) => boolean;
  /** Only the coordinator changes a municipality's role in the region. */
  magGemeenteRolBewerken: boolean;
  /** Budgets, reallocations, ledger imports, grants: the coordinator and the financial adviser. */
  magFinancienBewerken: boolean;
  /** Regiobeeld, regioplan and uitvoeringsplan: the coordinator. */
  magPlannenBewerken: boolean;
  /** A transformation plan led by this organisation (partner), or any (coordinator). */
  magTransformatieplanBewerken: (organisatieId: string | null) => boolean;
  /** An insurer's assessment: the partner of that organisation. */
  magBeoordelen: (organisatieId: string | null) => boolean;
  /** Consent and college position of this municipality: its officer or alderman, or the coordinator. */
  magVoorGemeenteSpreken: (gemeentecode: string) => boolean;
  /** Submitting a supplementary initiative (municipality or partner), or the coordinator. */
  magAanvullendPlanIndienen: boolean;
  /** Meetings, votes and decisions: the coordinator (secretary). */
  magBesluitenBewerken: boolean;
  /** Monitoring of the region (agreement statuses, milestones, reports): the coordinator. */
  magMonitoringBewerken: boolean;
  /** A chain-approach row of this municipality, or coordinated by this organisation. */
  magKetenaanpakBewerken: (gemeentecode: string, coordinatorOrganisatieId: string | null) => boolean;
  /** Support points of this municipality: its officer, or the coordinator. */
  magSteunpuntBewerken: (gemeentecode: string) => boolean;
  /** The Venster response of this municipality (its officer) or organisation (its partner), or any (coordinator). */
  magVensterInvullen: (doel: { gemeentecode?: string | null; organisatieId?: string | null }) => boolean;
  /** A measurement as concept for this municipality (its officer; null is the region as a whole), or any (coordinator). */
  magMetingInvoeren: (gemeentecode: string | null) => boolean;
}

export function rechtenInRegio(sessie: HuidigeSessie | null | undefined, regioId: string): Rechten {
  const lid = sessie?.lidmaatschappen.find((l) => l.regioId === regioId);
  const isBeheerder = sessie?.gebruiker.isBeheerder ?? false;
  const coordinator = isBeheerder || lid?.rol === 'regiocoordinator';
  return {
    rol: lid?.rol ?? null,
    isBeheerder,
    magRegioBewerken: coordinator,
    magGemeenteBewerken: (gemeentecode) =>
      coordinator || (lid?.rol === 'beleidsadviseur' && lid.gemeentecode === gemeentecode),
    magGemeenteRolBewerken: coordinator,
    magFinancienBewerken: coordinator || lid?.rol === 'financieel-adviseur',
    magPlannenBewerken: coordinator,
    magTransformatieplanBewerken: (organisatieId) =>
      coordinator || (lid?.rol === 'partner' && organisatieId !== null && lid.organisatieId === organisatieId),
    magBeoordelen: (organisatieId) => isBeheerder || (lid?.rol === 'partner' && organisatieId !== null && lid.organisatieId === organisatieId),
    magVoorGemeenteSpreken: (gemeentecode) =>
      coordinator || ((lid?.rol === 'beleidsadviseur' || lid?.rol === 'bestuurder') && lid.gemeentecode === gemeentecode),
    magAanvullendPlanIndienen: coordinator || lid?.rol === 'beleidsadviseur' || lid?.rol === 'partner',
    magBesluitenBewerken: coordinator,
    magMonitoringBewerken: coordinator,
    magKetenaanpakBewerken: (gemeentecode, coordinatorOrganisatieId) =>
      coordinator ||
      (lid?.rol === 'beleidsadviseur' && lid.gemeentecode === gemeentecode) ||
      (lid?.rol === 'partner' && coordinatorOrganisatieId !== null && lid.organisatieId === coordinatorOrganisatieId),
    magSteunpuntBewerken: (gemeentecode) => coordinator || (lid?.rol === 'beleidsadviseur' && lid.gemeentecode === gemeentecode),
    magVensterInvullen: ({ gemeentecode, organisatieId }) =>
      coordinator ||
      (lid?.rol === 'beleidsadviseur' && Boolean(gemeentecode) && lid.gemeentecode === gemeentecode) ||
      (lid?.rol === 'partner' && Boolean(organisatieId) && lid.organisatieId === organisatieId),
    magMetingInvoeren: (gemeentecode) =>
      coordinator || (lid?.rol === 'beleidsadviseur' && gemeentecode !== null && lid.gemeentecode === gemeentecode),
  };
}

/** Only paths inside this application are followed after sign-in. */
export function veiligTerugPad(pad: string | null): string | null {
  if (!pad || !pad.startsWith('/') || pad.startsWith('//') || pad.startsWith('/inloggen')) return null;
  return pad;
}

// The region the person last used, per account in this browser (UI.md: sign-in opens it again).
const laatsteRegioSleutel = (gebruikerId: string) => `regiekamer:laatste-regio:${gebruikerId}`;

export function onthoudRegio(gebruikerId: string, regioId: string): void {
  try {
    window.localStorage.setItem(laatsteRegioSleutel(gebruikerId), regioId);
  } catch {
    // Storage may be off (private mode, policy): then sign-in opens the first region.
  }
}

export function laatsteRegio(gebruikerId: string): string | null {
  try {
    return window.localStorage.getItem(laatsteRegioSleutel(gebruikerId));
  } catch {
    return null;
  }
}

/**
 * The region to open: the one last used if it is still one of the person's (a membership, or a
 * region they can see), otherwise the first membership, otherwise the first region they can see.
 */
export function startRegio(sessie: HuidigeSessie, zichtbaar: readonly string[] = []): string | undefined {
  const eigen = sessie.lidmaatschappen.map((l) => l.regioId);
  const laatste = laatsteRegio(sessie.gebruiker.id);
  if (laatste && (eigen.includes(laatste) || zichtbaar.includes(laatste))) return laatste;
  return eigen[0] ?? zichtbaar[0];
}

/**
 * Whether `startRegio` needs the regions the person can see: only without memberships, or for a
 * beheerder whose last region is none of their memberships.
 */
export function startRegioVraagtRegios(sessie: HuidigeSessie): boolean {
  const eigen = sessie.lidmaatschappen.map((l) => l.regioId);
  if (eigen.length === 0) return true;
  const laatste = laatsteRegio(sessie.gebruiker.id);
  return sessie.gebruiker.isBeheerder && laatste !== null && !eigen.includes(laatste);
}
