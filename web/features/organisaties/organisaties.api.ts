import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Organisatie, organisatieCreateSchema, organisatieUpdateSchema } from '../../../common/contracts/regios';
import { api } from '../../api';
import { regioPad, useRegioMutatie, type Lijst } from '../regios/regios.api';

export type OrganisatieNieuw = z.infer<typeof organisatieCreateSchema>;
export type OrganisatieUpdate = z.infer<typeof organisatieUpdateSchema>;

const organisatiePad = (regioId: string, id: string) => `${regioPad(regioId)}/organisaties/${encodeURIComponent(id)}`;

export function useOrganisaties(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'organisaties'],
    queryFn: ({ signal }) => api<Lijst<Organisatie>>(`${regioPad(regioId)}/organisaties`, { signal }),
  });
}

export function useOrganisatie(regioId: string, id: string | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'organisaties', id],
    queryFn: ({ signal }) => api<Organisatie>(organisatiePad(regioId, id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

export function useOrganisatieToevoegen(regioId: string) {
  return useRegioMutatie(regioId, (nieuw: OrganisatieNieuw) =>
    api<Organisatie>(`${regioPad(regioId)}/organisaties`, { method: 'POST', body: nieuw }),
  );
}

export function useOrganisatieBijwerken(regioId: string, id: string) {
  return useRegioMutatie(regioId, (wijziging: OrganisatieUpdate) =>
    api<Organisatie>(organisatiePad(regioId, id), { method: 'PATCH', body: wijziging }),
  );
}

export function useOrganisatieVerwijderen(regioId: string, id: string) {
  return useRegioMutatie(regioId, () => api<void>(organisatiePad(regioId, id), { method: 'DELETE' }));
}
