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
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['regios'] });
    },
  });
}

export function useRegioBijwerken(regioId: string) {
  return useRegioMutatie(regioId, (wijziging: RegioUpdate) =>
    api<Regio>(regioPad(regioId), { method: 'PATCH', body: wijziging }),
  );
}
