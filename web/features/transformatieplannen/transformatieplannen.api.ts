import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  beoordelingCreateSchema,
  instemmingCreateSchema,
  snelleToetsCreateSchema,
  stapCreateSchema,
  toekenningSchema,
  Toetsvraag,
  toetsvraagCreateSchema,
  TransformatieplanDetail,
  TransformatieplanNieuw,
  TransformatieplanSamenvatting,
  transformatieplanUpdateSchema,
} from '../../../common/contracts/transformatieplannen';
import { api, queryString } from '../../api';
import { regioPad, regioVerzameling, useRegioMutatie, type Lijst } from '../regios/regios.api';

export type TransformatieplanWijziging = z.input<typeof transformatieplanUpdateSchema>;
export type Stap = z.input<typeof stapCreateSchema>;
export type InstemmingNieuw = z.input<typeof instemmingCreateSchema>;
export type SnelleToetsNieuw = z.input<typeof snelleToetsCreateSchema>;
export type BeoordelingNieuw = z.input<typeof beoordelingCreateSchema>;
export type Toekenning = z.input<typeof toekenningSchema>;
export type ToetsvraagNieuw = z.input<typeof toetsvraagCreateSchema>;

export interface PlanFilter {
  status?: string | undefined;
  domein?: string | undefined;
  gemeentecode?: string | undefined;
}

const plannen = regioVerzameling<TransformatieplanSamenvatting, TransformatieplanDetail, TransformatieplanNieuw, TransformatieplanWijziging>('transformatieplannen');

export function useTransformatieplannen(regioId: string, filter: PlanFilter = {}) {
  return useQuery({
    queryKey: ['regios', regioId, 'transformatieplannen', 'lijst', filter.status ?? null, filter.domein ?? null, filter.gemeentecode ?? null],
    queryFn: ({ signal }) => api<Lijst<TransformatieplanSamenvatting>>(`${regioPad(regioId)}/transformatieplannen${queryString({ ...filter })}`, { signal }),
  });
}

export const useTransformatieplan = plannen.useItem;
export const useTransformatieplanToevoegen = plannen.useToevoegen;
export const useTransformatieplanBijwerken = plannen.useBijwerken;

const planPad = (regioId: string, id: string) => plannen.itemPad(regioId, id);

export function useStapZetten(regioId: string, id: string) {
  return useRegioMutatie(regioId, (stap: Stap) => api<TransformatieplanDetail>(`${planPad(regioId, id)}/stappen`, { method: 'POST', body: stap }));
}

export function useInstemmingVastleggen(regioId: string, id: string) {
  return useRegioMutatie(regioId, (instemming: InstemmingNieuw) => api<TransformatieplanDetail>(`${planPad(regioId, id)}/instemmingen`, { method: 'POST', body: instemming }));
}

export function useSnelleToetsVastleggen(regioId: string, id: string) {
  return useRegioMutatie(regioId, (toets: SnelleToetsNieuw) => api<TransformatieplanDetail>(`${planPad(regioId, id)}/snelle-toetsen`, { method: 'POST', body: toets }));
}

export function useToekenningVastleggen(regioId: string, id: string) {
  return useRegioMutatie(regioId, (toekenning: Toekenning) => api<TransformatieplanDetail>(`${planPad(regioId, id)}/toekenning`, { method: 'PUT', body: toekenning }));
}

export function useBeoordelingVastleggen(regioId: string, id: string, organisatieId: string) {
  return useRegioMutatie(regioId, (beoordeling: BeoordelingNieuw) =>
    api<TransformatieplanDetail>(`${planPad(regioId, id)}/beoordelingen/${encodeURIComponent(organisatieId)}`, { method: 'PUT', body: beoordeling }),
  );
}

/** The questions of one kader, under their own collection: the criteria or the afwegingskader. */
export type Toetsverzameling = 'beoordelingscriteria' | 'afwegingsvragen';
const verzamelingen = {
  beoordelingscriteria: regioVerzameling<Toetsvraag, Toetsvraag, ToetsvraagNieuw, Partial<ToetsvraagNieuw>>('beoordelingscriteria'),
  afwegingsvragen: regioVerzameling<Toetsvraag, Toetsvraag, ToetsvraagNieuw, Partial<ToetsvraagNieuw>>('afwegingsvragen'),
};
export const toetsvragen = (naam: Toetsverzameling) => verzamelingen[naam];
