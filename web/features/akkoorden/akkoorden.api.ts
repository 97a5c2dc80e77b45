import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Afspraak, AfspraakInvoer } from '../../../common/contracts/afspraken';
import type { Akkoord } from '../../../common/contracts/regios';
import { api } from '../../api';
import type { Lijst } from '../regios/regios.api';

export function useAkkoorden() {
  return useQuery({
    queryKey: ['akkoorden'],
    queryFn: ({ signal }) => api<Lijst<Akkoord>>('/api/v1/akkoorden', { signal }),
  });
}

// The catalogue of an accord is national data: it lives under the accord, not under a region.
const catalogusPad = (akkoordId: string) => `/api/v1/akkoorden/${encodeURIComponent(akkoordId)}/afspraken`;
const catalogusSleutel = (akkoordId: string) => ['akkoorden', akkoordId, 'afspraken'];
const catalogusQuery = (akkoordId: string) => ({
  queryKey: catalogusSleutel(akkoordId),
  queryFn: ({ signal }: { signal: AbortSignal }) => api<Lijst<Afspraak>>(catalogusPad(akkoordId), { signal }),
});

export function useAfsprakencatalogus(akkoordId: string) {
  return useQuery(catalogusQuery(akkoordId));
}

/** The size of each accord's catalogue, for the links on the accords page (undefined while loading). */
export function useCatalogusAantallen(akkoordIds: string[]): Record<string, number | undefined> {
  const resultaten = useQueries({ queries: akkoordIds.map(catalogusQuery) });
  return Object.fromEntries(akkoordIds.map((id, i) => [id, resultaten[i]?.data?.items.length]));
}

/**
 * A change to a catalogue refetches the accords and every region's data: each region's agreements
 * monitor and the national picture show the catalogue with their own status.
 */
function useCatalogusMutatie<V, R>(mutationFn: (variabelen: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['akkoorden'] }), queryClient.invalidateQueries({ queryKey: ['regios'] })]),
  });
}

export function useAfspraakToevoegen(akkoordId: string) {
  return useCatalogusMutatie((invoer: AfspraakInvoer) => api<Afspraak>(catalogusPad(akkoordId), { method: 'POST', body: invoer }));
}

export function useAfspraakBijwerken(akkoordId: string, afspraakId: string) {
  return useCatalogusMutatie((wijziging: Partial<AfspraakInvoer>) =>
    api<Afspraak>(`${catalogusPad(akkoordId)}/${encodeURIComponent(afspraakId)}`, { method: 'PATCH', body: wijziging }),
  );
}

/**
 * Removes the agreement from the catalogue, and with it its status in every region. The cached
 * list drops it at once and refetches in the background: waiting for the refetch would first
 * show the page of the removed agreement as "not found".
 */
export function useAfspraakVerwijderen(akkoordId: string, afspraakId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`${catalogusPad(akkoordId)}/${encodeURIComponent(afspraakId)}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.setQueryData<Lijst<Afspraak>>(catalogusSleutel(akkoordId), (lijst) =>
        lijst ? { items: lijst.items.filter((a) => a.id !== afspraakId), totaal: lijst.totaal - 1 } : lijst,
      );
      void queryClient.invalidateQueries({ queryKey: ['akkoorden'] });
      void queryClient.invalidateQueries({ queryKey: ['regios'] });
    },
  });
}
