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
  };
}

/** Only paths inside this application are followed after sign-in. */
export function veiligTerugPad(pad: string | null): string | null {
  if (!pad || !pad.startsWith('/') || pad.startsWith('//') || pad.startsWith('/inloggen')) return null;
  return pad;
}
