import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  beoordelingSchema,
  bijstellingSchema,
  indieningSchema,
  Onderdeel,
  onderdeelCreateSchema,
  onderdeelUpdateSchema,
  PlanVanAanpak,
  planVanAanpakCreateSchema,
  Uitvoeringsplan,
  uitvoeringsplanCreateSchema,
  UitvoeringsplanDetail,
  uitvoeringsplanUpdateSchema,
} from '../../../common/contracts/plannen';
import { api, queryString } from '../../api';
import { regioPad, useRegioMutatie, type Lijst } from '../regios/regios.api';

export type PlanNieuw = z.input<typeof uitvoeringsplanCreateSchema>;
export type PlanWijziging = z.input<typeof uitvoeringsplanUpdateSchema>;
export type OnderdeelNieuw = z.input<typeof onderdeelCreateSchema>;
export type OnderdeelWijziging = z.input<typeof onderdeelUpdateSchema>;
export type PvaNieuw = z.input<typeof planVanAanpakCreateSchema>;

const lijstPad = (regioId: string) => `${regioPad(regioId)}/uitvoeringsplannen`;
const planPad = (regioId: string, planId: string) => `${lijstPad(regioId)}/${encodeURIComponent(planId)}`;
const pvaPad = (regioId: string, planId: string, pvaId: string) => `${planPad(regioId, planId)}/plannen-van-aanpak/${encodeURIComponent(pvaId)}`;

export function useUitvoeringsplannen(regioId: string, jaar?: number) {
  return useQuery({
    queryKey: ['regios', regioId, 'uitvoeringsplannen', 'jaar', jaar ?? null],
    queryFn: ({ signal }) => api<Lijst<Uitvoeringsplan>>(`${lijstPad(regioId)}${queryString({ jaar })}`, { signal }),
  });
}

export function useUitvoeringsplan(regioId: string, planId: string | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'uitvoeringsplannen', 'detail', planId],
    queryFn: ({ signal }) => api<UitvoeringsplanDetail>(planPad(regioId, planId ?? ''), { signal }),
    enabled: Boolean(planId),
  });
}

export function usePlanToevoegen(regioId: string) {
  return useRegioMutatie(regioId, (plan: PlanNieuw) => api<UitvoeringsplanDetail>(lijstPad(regioId), { method: 'POST', body: plan }));
}

export function usePlanBijwerken(regioId: string, planId: string) {
  return useRegioMutatie(regioId, (wijziging: PlanWijziging) => api<UitvoeringsplanDetail>(planPad(regioId, planId), { method: 'PATCH', body: wijziging }));
}

export function usePlanVerwijderen(regioId: string, planId: string) {
  return useRegioMutatie(regioId, () => api<void>(planPad(regioId, planId), { method: 'DELETE' }));
}

export function useBijstelling(regioId: string, planId: string) {
  return useRegioMutatie(regioId, (invoer: z.input<typeof bijstellingSchema>) =>
    api<UitvoeringsplanDetail>(`${planPad(regioId, planId)}/bijstelling`, { method: 'POST', body: invoer }),
  );
}

export function useOnderdeelToevoegen(regioId: string, planId: string) {
  return useRegioMutatie(regioId, (o: OnderdeelNieuw) => api<Onderdeel>(`${planPad(regioId, planId)}/onderdelen`, { method: 'POST', body: o }));
}

export function useOnderdeelBijwerken(regioId: string, planId: string, onderdeelId: string) {
  return useRegioMutatie(regioId, (w: OnderdeelWijziging) =>
    api<Onderdeel>(`${planPad(regioId, planId)}/onderdelen/${encodeURIComponent(onderdeelId)}`, { method: 'PATCH', body: w }),
  );
}

export function useOnderdeelVerwijderen(regioId: string, planId: string, onderdeelId: string) {
  return useRegioMutatie(regioId, () => api<void>(`${planPad(regioId, planId)}/onderdelen/${encodeURIComponent(onderdeelId)}`, { method: 'DELETE' }));
}

export function usePvaToevoegen(regioId: string, planId: string) {
  return useRegioMutatie(regioId, (p: PvaNieuw) => api<PlanVanAanpak>(`${planPad(regioId, planId)}/plannen-van-aanpak`, { method: 'POST', body: p }));
}

export function usePvaIndienen(regioId: string, planId: string, pvaId: string) {
  return useRegioMutatie(regioId, (invoer: z.input<typeof indieningSchema>) => api<PlanVanAanpak>(`${pvaPad(regioId, planId, pvaId)}/indiening`, { method: 'POST', body: invoer }));
}

export function usePvaBeoordelen(regioId: string, planId: string, pvaId: string) {
  return useRegioMutatie(regioId, (invoer: z.input<typeof beoordelingSchema>) => api<PlanVanAanpak>(`${pvaPad(regioId, planId, pvaId)}/beoordeling`, { method: 'POST', body: invoer }));
}

export function usePvaVerwijderen(regioId: string, planId: string, pvaId: string) {
  return useRegioMutatie(regioId, () => api<void>(pvaPad(regioId, planId, pvaId), { method: 'DELETE' }));
}
