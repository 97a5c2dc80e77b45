import { useQuery } from '@tanstack/react-query';
import type { Overzicht } from '../../../common/contracts/overzicht';
import { api } from '../../api';
import { regioPad } from '../regios/regios.api';

/** "Where do we stand?": the whole overview of a region in one answer. */
export function useOverzicht(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'overzicht'],
    queryFn: ({ signal }) => api<Overzicht>(`${regioPad(regioId)}/overzicht`, { signal }),
  });
}
