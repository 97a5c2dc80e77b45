import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Overlegorgaan,
  OverlegorgaanDetail,
  OverlegorgaanLid,
  overlegorgaanCreateSchema,
  overlegorgaanLidCreateSchema,
  overlegorgaanUpdateSchema,
} from '../../../common/contracts/regios';
import { api } from '../../api';
import { regioPad, useRegioMutatie, type Lijst } from '../regios/regios.api';

export type OverlegorgaanNieuw = z.infer<typeof overlegorgaanCreateSchema>;
export type OverlegorgaanUpdate = z.infer<typeof overlegorgaanUpdateSchema>;
export type LidNieuw = z.infer<typeof overlegorgaanLidCreateSchema>;

const orgaanPad = (regioId: string, id: string) => `${regioPad(regioId)}/overlegorganen/${encodeURIComponent(id)}`;

export function useOverlegorganen(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'overlegorganen'],
    queryFn: ({ signal }) => api<Lijst<Overlegorgaan>>(`${regioPad(regioId)}/overlegorganen`, { signal }),
  });
}

export function useOverlegorgaan(regioId: string, id: string | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'overlegorganen', id],
    queryFn: ({ signal }) => api<OverlegorgaanDetail>(orgaanPad(regioId, id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

export function useOverlegorgaanToevoegen(regioId: string) {
  return useRegioMutatie(regioId, (nieuw: OverlegorgaanNieuw) =>
    api<Overlegorgaan>(`${regioPad(regioId)}/overlegorganen`, { method: 'POST', body: nieuw }),
  );
}

export function useOverlegorgaanBijwerken(regioId: string, id: string) {
  return useRegioMutatie(regioId, (wijziging: OverlegorgaanUpdate) =>
    api<Overlegorgaan>(orgaanPad(regioId, id), { method: 'PATCH', body: wijziging }),
  );
}

export function useOverlegorgaanVerwijderen(regioId: string, id: string) {
  return useRegioMutatie(regioId, () => api<void>(orgaanPad(regioId, id), { method: 'DELETE' }));
}

export function useLidToevoegen(regioId: string, orgaanId: string) {
  return useRegioMutatie(regioId, (lid: LidNieuw) =>
    api<OverlegorgaanLid>(`${orgaanPad(regioId, orgaanId)}/leden`, { method: 'POST', body: lid }),
  );
}

export function useLidVerwijderen(regioId: string, orgaanId: string) {
  return useRegioMutatie(regioId, (lidId: string) =>
    api<void>(`${orgaanPad(regioId, orgaanId)}/leden/${encodeURIComponent(lidId)}`, { method: 'DELETE' }),
  );
}
