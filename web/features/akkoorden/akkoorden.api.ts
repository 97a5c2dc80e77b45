import { useQuery } from '@tanstack/react-query';
import type { Akkoord } from '../../../common/contracts/regios';
import { api } from '../../api';
import type { Lijst } from '../regios/regios.api';

export function useAkkoorden() {
  return useQuery({
    queryKey: ['akkoorden'],
    queryFn: ({ signal }) => api<Lijst<Akkoord>>('/api/v1/akkoorden', { signal }),
  });
}
