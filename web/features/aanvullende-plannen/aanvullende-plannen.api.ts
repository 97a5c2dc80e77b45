import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AanvullendPlanBeoordelingInvoer,
  AanvullendPlanDetail,
  aanvullendPlanLijstSchema,
  AanvullendPlanNieuw,
  AanvullendPlanSamenvatting,
  aanvullendPlanUpdateSchema,
} from '../../../common/contracts/aanvullende-plannen';
import { api, queryString } from '../../api';
import { regioPad, regioVerzameling, useRegioMutatie } from '../regios/regios.api';

export type AanvullendPlanLijst = z.infer<typeof aanvullendPlanLijstSchema>;
export type AanvullendPlanWijziging = z.input<typeof aanvullendPlanUpdateSchema>;

const plannen = regioVerzameling<AanvullendPlanSamenvatting, AanvullendPlanDetail, AanvullendPlanNieuw, AanvullendPlanWijziging>('aanvullende-plannen');

export function useAanvullendePlannen(regioId: string, status?: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'aanvullende-plannen', 'lijst', status ?? null],
    queryFn: ({ signal }) => api<AanvullendPlanLijst>(`${regioPad(regioId)}/aanvullende-plannen${queryString({ status })}`, { signal }),
  });
}

export const useAanvullendPlan = plannen.useItem;
export const useAanvullendPlanIndienen = plannen.useToevoegen;
export const useAanvullendPlanBijwerken = plannen.useBijwerken;

export function useAanvullendPlanBeoordelen(regioId: string, id: string) {
  return useRegioMutatie(regioId, (beoordeling: AanvullendPlanBeoordelingInvoer) =>
    api<AanvullendPlanDetail>(`${plannen.itemPad(regioId, id)}/beoordeling`, { method: 'PUT', body: beoordeling }),
  );
}
