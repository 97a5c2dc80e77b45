import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Regioplan, Thema, themaCreateSchema, ThemaSoort, themaUpdateSchema } from '../../../common/contracts/plannen';
import { api } from '../../api';
import { regioPad, useRegioMutatie } from '../regios/regios.api';

export type ThemaNieuw = z.input<typeof themaCreateSchema>;
export type ThemaWijziging = z.input<typeof themaUpdateSchema>;

/** The path segment of a kind: opgaven, pijlers. */
export const soortPad: Record<ThemaSoort, string> = { opgave: 'opgaven', pijler: 'pijlers' };
const themaPad = (regioId: string, soort: ThemaSoort, id: string) => `${regioPad(regioId)}/regioplan/${soortPad[soort]}/${encodeURIComponent(id)}`;

export function useRegioplan(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'regioplan'],
    queryFn: ({ signal }) => api<Regioplan>(`${regioPad(regioId)}/regioplan`, { signal }),
  });
}

export function useThema(regioId: string, soort: ThemaSoort, id: string | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'regioplan', soort, id],
    queryFn: ({ signal }) => api<Thema>(themaPad(regioId, soort, id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

export function useThemaToevoegen(regioId: string, soort: ThemaSoort) {
  return useRegioMutatie(regioId, (thema: ThemaNieuw) => api<Thema>(`${regioPad(regioId)}/regioplan/${soortPad[soort]}`, { method: 'POST', body: thema }));
}

export function useThemaBijwerken(regioId: string, soort: ThemaSoort, id: string) {
  return useRegioMutatie(regioId, (wijziging: ThemaWijziging) => api<Thema>(themaPad(regioId, soort, id), { method: 'PATCH', body: wijziging }));
}

export function useThemaVerwijderen(regioId: string, soort: ThemaSoort, id: string) {
  return useRegioMutatie(regioId, () => api<void>(themaPad(regioId, soort, id), { method: 'DELETE' }));
}
