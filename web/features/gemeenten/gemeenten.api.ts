import { useQuery } from '@tanstack/react-query';
import type { Gemeente, GemeenteUpdate } from '../../../common/contracts/regios';
import { api } from '../../api';
import { regioPad, useRegioMutatie, type Lijst } from '../regios/regios.api';

const gemeentePad = (regioId: string, gemeentecode: string) =>
  `${regioPad(regioId)}/gemeenten/${encodeURIComponent(gemeentecode)}`;

export function useGemeenten(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'gemeenten'],
    queryFn: ({ signal }) => api<Lijst<Gemeente>>(`${regioPad(regioId)}/gemeenten`, { signal }),
  });
}

export function useGemeente(regioId: string, gemeentecode: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'gemeenten', gemeentecode],
    queryFn: ({ signal }) => api<Gemeente>(gemeentePad(regioId, gemeentecode), { signal }),
  });
}

export function useGemeenteBijwerken(regioId: string, gemeentecode: string) {
  return useRegioMutatie(regioId, (wijziging: GemeenteUpdate) =>
    api<Gemeente>(gemeentePad(regioId, gemeentecode), { method: 'PATCH', body: wijziging }),
  );
}

export function useGemeenteVerwijderen(regioId: string, gemeentecode: string) {
  return useRegioMutatie(regioId, () => api<void>(gemeentePad(regioId, gemeentecode), { method: 'DELETE' }));
}
