import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  activiteitCreateSchema,
  activiteitSchema,
  doorbetalingCreateSchema,
  doorbetalingSchema,
  doorbetalingStandSchema,
  dubbeleFinancieringSchema,
  meerjarenramingSchema,
  scenarioCreateSchema,
  scenarioSchema,
  sisaOpgaveSchema,
  sisaRegelSchema,
  verplichtingCreateSchema,
  verplichtingSchema,
} from '../../../common/contracts/financien';
import { api, queryString } from '../../api';
import { regioPad, regioVerzameling, useRegioMutatie, type Lijst } from '../regios/regios.api';

/** The API of the multi-year outlook, transfers, SiSa and double funding. */

export type Meerjarenraming = z.infer<typeof meerjarenramingSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNieuw = z.infer<typeof scenarioCreateSchema>;
export type Verplichting = z.infer<typeof verplichtingSchema>;
export type VerplichtingNieuw = z.infer<typeof verplichtingCreateSchema>;
export type Doorbetaling = z.infer<typeof doorbetalingSchema>;
export type DoorbetalingNieuw = z.infer<typeof doorbetalingCreateSchema>;
export type DoorbetalingStand = z.infer<typeof doorbetalingStandSchema>;
export type Activiteit = z.infer<typeof activiteitSchema>;
export type ActiviteitNieuw = z.infer<typeof activiteitCreateSchema>;
export type DubbeleFinanciering = z.infer<typeof dubbeleFinancieringSchema>;
export type SisaRegel = z.infer<typeof sisaRegelSchema>;
export type SisaOpgave = z.infer<typeof sisaOpgaveSchema>;

/** A list of the region that depends on one year (`?jaar=`). */
function useJaarlijst<T>(regioId: string, naam: string, jaar: number | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, naam, 'jaar', jaar],
    queryFn: ({ signal }) => api<Lijst<T>>(`${regioPad(regioId)}/${naam}${queryString({ jaar })}`, { signal }),
    enabled: jaar !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** Removing one item of a list of the region by its id (the id is given when removing, so one hook serves a whole table). */
function useVerwijderenUit(regioId: string, naam: string) {
  return useRegioMutatie(regioId, (id: string) => api<void>(`${regioPad(regioId)}/${naam}/${encodeURIComponent(id)}`, { method: 'DELETE' }));
}

// --- meerjarenraming ----------------------------------------------------------------------------

export function useMeerjarenraming(regioId: string, van: number, tot: number, scenarioId: string | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'meerjarenraming', van, tot, scenarioId ?? null],
    queryFn: ({ signal }) => api<Meerjarenraming>(`${regioPad(regioId)}/meerjarenraming${queryString({ van, tot, scenarioId })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

const scenarios = regioVerzameling<Scenario, Scenario, ScenarioNieuw>('scenarios');
export const useScenarios = scenarios.useLijst;
export const useScenarioToevoegen = scenarios.useToevoegen;
export const useScenarioVerwijderen = (regioId: string) => useVerwijderenUit(regioId, 'scenarios');

const verplichtingen = regioVerzameling<Verplichting, Verplichting, VerplichtingNieuw>('structurele-verplichtingen');
export const useVerplichtingen = verplichtingen.useLijst;
export const useVerplichtingToevoegen = verplichtingen.useToevoegen;
export const useVerplichtingVerwijderen = (regioId: string) => useVerwijderenUit(regioId, 'structurele-verplichtingen');

// --- doorbetalingen -----------------------------------------------------------------------------

const doorbetalingen = regioVerzameling<Doorbetaling, Doorbetaling, DoorbetalingNieuw>('doorbetalingen');
export const useDoorbetalingen = doorbetalingen.useLijst;
export const useDoorbetalingToevoegen = doorbetalingen.useToevoegen;
export const useDoorbetalingVerwijderen = (regioId: string) => useVerwijderenUit(regioId, 'doorbetalingen');

export const useDoorbetalingStand = (regioId: string, jaar: number | undefined) => useJaarlijst<DoorbetalingStand>(regioId, 'doorbetalingen/stand', jaar);

// --- dubbele financiering -----------------------------------------------------------------------

export const useDubbeleFinanciering = (regioId: string, jaar: number | undefined) => useJaarlijst<DubbeleFinanciering>(regioId, 'dubbele-financiering', jaar);

const activiteiten = regioVerzameling<Activiteit, Activiteit, ActiviteitNieuw>('activiteiten');
export const useActiviteiten = activiteiten.useLijst;
export const useActiviteitBewaren = activiteiten.useToevoegen;

// --- SiSa ---------------------------------------------------------------------------------------

export const useSisa = (regioId: string, jaar: number | undefined) => useJaarlijst<SisaRegel>(regioId, 'sisa', jaar);

export function sisaExportPad(regioId: string, jaar: number, formaat: 'xlsx' | 'csv'): string {
  return `${regioPad(regioId)}/sisa/export${queryString({ jaar, formaat })}`;
}

export function useSisaOpgave(regioId: string, uitkeringId: string, gemeentecode: string, jaar: number) {
  return useRegioMutatie(regioId, (opgave: SisaOpgave) =>
    api<SisaRegel>(`${regioPad(regioId)}/sisa/${encodeURIComponent(uitkeringId)}/${encodeURIComponent(gemeentecode)}${queryString({ jaar })}`, {
      method: 'PUT',
      body: opgave,
    }),
  );
}
