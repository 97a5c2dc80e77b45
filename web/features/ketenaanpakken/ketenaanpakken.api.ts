import { useQuery } from '@tanstack/react-query';
import type { KetenaanpakCel, KetenaanpakCelUpdate, KetenaanpakkenMatrix } from '../../../common/contracts/ketenaanpakken';
import { api } from '../../api';
import { regioPad, useRegioMutatie } from '../regios/regios.api';

const pad = (regioId: string) => `${regioPad(regioId)}/ketenaanpakken`;

/** The approaches and the matrix of the region in one answer. */
export function useKetenaanpakken(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'ketenaanpakken'],
    queryFn: ({ signal }) => api<KetenaanpakkenMatrix>(pad(regioId), { signal }),
  });
}

export function useCelVastleggen(regioId: string, ketenaanpakId: string, gemeentecode: string) {
  return useRegioMutatie(regioId, (invoer: KetenaanpakCelUpdate) =>
    api<KetenaanpakCel>(`${pad(regioId)}/${encodeURIComponent(ketenaanpakId)}/gemeenten/${encodeURIComponent(gemeentecode)}`, {
      method: 'PUT',
      body: invoer,
    }),
  );
}
