import { useQuery } from '@tanstack/react-query';
import type { AfspraakMetStatus, AfsprakenStand, AfspraakStatusInvoer } from '../../../common/contracts/afspraken';
import { voortgangsstatusToon } from '../../components/status';
import { voortgangsstatusTitel } from '../../i18n/nl';
import { api } from '../../api';
import { regioVerzameling, useRegioMutatie } from '../regios/regios.api';

const afspraken = regioVerzameling<AfspraakMetStatus>('afspraken');

export const useAfspraken = afspraken.useLijst;
export const useAfspraak = afspraken.useItem;

/** Records the region's status of an agreement (PUT: the form holds the whole record). */
export function useStatusVastleggen(regioId: string, afspraakId: string) {
  return useRegioMutatie(regioId, (invoer: AfspraakStatusInvoer) => api<AfspraakMetStatus>(afspraken.itemPad(regioId, afspraakId), { method: 'PUT', body: invoer }));
}

/** The national picture over the regions the user sees. */
export function useAfsprakenStand() {
  return useQuery({
    queryKey: ['regios', 'afspraken-stand'],
    queryFn: ({ signal }) => api<AfsprakenStand>('/api/v1/afspraken/stand', { signal }),
  });
}

export const statusToon = voortgangsstatusToon;

export const statusLabel = voortgangsstatusTitel;
