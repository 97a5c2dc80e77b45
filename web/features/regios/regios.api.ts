import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Regio, RegioUpdate } from '../../../common/contracts/regios';
import { api } from '../../api';

export interface Lijst<T> {
  items: T[];
  totaal: number;
}

export const regioPad = (regioId: string) => `/api/v1/regios/${encodeURIComponent(regioId)}`;

export function useRegios(ingeschakeld = true) {
  return useQuery({
    queryKey: ['regios'],
    queryFn: ({ signal }) => api<Lijst<Regio>>('/api/v1/regios', { signal }),
    enabled: ingeschakeld,
  });
}

export function useRegio(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'regio'],
    queryFn: ({ signal }) => api<Regio>(regioPad(regioId), { signal }),
  });
}

/** After any change in a region, everything of that region (including its history) is refetched. */
export function useRegioMutatie<TVariabelen, TResultaat>(
  regioId: string,
  mutationFn: (variabelen: TVariabelen) => Promise<TResultaat>,
  /**
   * Queries not to refetch: those of an item that was just deleted. Refetching it would answer
   * 404 and replace the page by an error before the page can go back to the list.
   */
  weg?: readonly unknown[],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        queryKey: ['regios'],
        predicate: weg ? (q) => !weg.every((deel, i) => q.queryKey[i] === deel) : undefined,
      });
    },
  });
}

export function useRegioBijwerken(regioId: string) {
  return useRegioMutatie(regioId, (wijziging: RegioUpdate) =>
    api<Regio>(regioPad(regioId), { method: 'PATCH', body: wijziging }),
  );
}

/**
 * The hooks of one collection inside a region (`/api/v1/regios/{regioId}/{naam}`): the list, one
 * item, and adding, changing and removing, all refetching the region afterwards.
 */
export function regioVerzameling<Item, Detail = Item, Nieuw = never, Wijziging = never>(naam: string) {
  const lijstPad = (regioId: string) => `${regioPad(regioId)}/${naam}`;
  const itemPad = (regioId: string, id: string) => `${lijstPad(regioId)}/${encodeURIComponent(id)}`;
  return {
    itemPad,
    useLijst: (regioId: string) =>
      useQuery({
        queryKey: ['regios', regioId, naam],
        queryFn: ({ signal }) => api<Lijst<Item>>(lijstPad(regioId), { signal }),
      }),
    useItem: (regioId: string, id: string | undefined) =>
      useQuery({
        queryKey: ['regios', regioId, naam, id],
        queryFn: ({ signal }) => api<Detail>(itemPad(regioId, id ?? ''), { signal }),
        enabled: Boolean(id),
      }),
    useToevoegen: (regioId: string) =>
      useRegioMutatie(regioId, (nieuw: Nieuw) => api<Item>(lijstPad(regioId), { method: 'POST', body: nieuw })),
    useBijwerken: (regioId: string, id: string) =>
      useRegioMutatie(regioId, (wijziging: Wijziging) =>
        api<Item>(itemPad(regioId, id), { method: 'PATCH', body: wijziging }),
      ),
    useVerwijderen: (regioId: string, id: string) =>
      useRegioMutatie(regioId, () => api<void>(itemPad(regioId, id), { method: 'DELETE' }), ['regios', regioId, naam, id]),
  };
}
