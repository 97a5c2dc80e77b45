import { useQuery } from '@tanstack/react-query';
import type { Dekking, Gemeentegrenzen, GrenzenImportResultaat, Steunpunt, SteunpuntCreate, SteunpuntUpdate } from '../../../common/contracts/steunpunten';
import { api } from '../../api';
import { type Lijst, regioPad, regioVerzameling, useRegioMutatie } from '../regios/regios.api';

const steunpunten = regioVerzameling<Steunpunt, Steunpunt, SteunpuntCreate, SteunpuntUpdate>('steunpunten');

export const useSteunpunt = steunpunten.useItem;
export const useSteunpuntToevoegen = steunpunten.useToevoegen;
export const useSteunpuntBijwerken = steunpunten.useBijwerken;
export const useSteunpuntVerwijderen = steunpunten.useVerwijderen;

/** The list with the filters of the page (gemeentecode, openVoorIedereen, openbaar: as in the query string). */
export function useSteunpunten(regioId: string, filters: Record<string, string | undefined>) {
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])));
  return useQuery({
    queryKey: ['regios', regioId, 'steunpunten', 'lijst', query.toString()],
    queryFn: ({ signal }) => api<Lijst<Steunpunt>>(`${regioPad(regioId)}/steunpunten${query.size ? `?${query}` : ''}`, { signal }),
  });
}

export function useDekking(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'steunpunten', 'dekking'],
    queryFn: ({ signal }) => api<Dekking>(`${regioPad(regioId)}/steunpunten/dekking`, { signal }),
  });
}

export function useGemeentegrenzen(regioId: string, ingeschakeld: boolean) {
  return useQuery({
    queryKey: ['regios', regioId, 'gemeentegrenzen'],
    queryFn: ({ signal }) => api<Gemeentegrenzen>(`${regioPad(regioId)}/gemeentegrenzen`, { signal }),
    enabled: ingeschakeld,
    staleTime: Infinity,
  });
}

/**
 * Imports municipal boundaries (GeoJSON) into the national register: the beheerder only. The file
 * goes as it is (application/json); afterwards the coverage and the map are fetched anew.
 */
export function useGrenzenImporteren(regioId: string) {
  return useRegioMutatie(regioId, (bestand: Blob) =>
    api<GrenzenImportResultaat>('/api/v1/gemeentegrenzen', { method: 'POST', bestand: { inhoud: bestand, type: 'application/json' } }),
  );
}
