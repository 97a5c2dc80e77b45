import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  agendapuntCreateSchema,
  Besluit,
  BesluitDetail,
  besluitInvoerSchema,
  standpuntInvoerSchema,
  stemmenInvoerSchema,
  Vergadering,
  vergaderingCreateSchema,
  VergaderingDetail,
  vergaderingUpdateSchema,
  Voorstelkeuzes,
} from '../../../common/contracts/besluiten';
import { api, queryString } from '../../api';
import { regioPad, regioVerzameling, useRegioMutatie, type Lijst } from '../regios/regios.api';

export type VergaderingNieuw = z.infer<typeof vergaderingCreateSchema>;
export type VergaderingWijziging = z.infer<typeof vergaderingUpdateSchema>;
export type AgendapuntNieuw = z.infer<typeof agendapuntCreateSchema>;
export type StandpuntInvoer = z.infer<typeof standpuntInvoerSchema>;
export type StemmenInvoer = z.infer<typeof stemmenInvoerSchema>;
export type BesluitInvoer = z.infer<typeof besluitInvoerSchema>;

export interface Filter {
  overlegorgaanId?: string | undefined;
  jaar?: number | undefined;
}

const vergaderingen = regioVerzameling<Vergadering, VergaderingDetail, VergaderingNieuw, VergaderingWijziging>('vergaderingen');
export const useVergadering = vergaderingen.useItem;
export const useVergaderingToevoegen = vergaderingen.useToevoegen;
export const useVergaderingBijwerken = vergaderingen.useBijwerken;
export const useVergaderingVerwijderen = vergaderingen.useVerwijderen;

export function useVergaderingen(regioId: string, filter: Filter) {
  return useQuery({
    queryKey: ['regios', regioId, 'vergaderingen', 'lijst', filter],
    queryFn: ({ signal }) => api<Lijst<Vergadering>>(`${regioPad(regioId)}/vergaderingen${queryString({ ...filter })}`, { signal }),
  });
}

export function useVoorstelkeuzes(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'vergaderingen', 'voorstelkeuzes'],
    queryFn: ({ signal }) => api<Voorstelkeuzes>(`${regioPad(regioId)}/vergaderingen/voorstelkeuzes`, { signal }),
  });
}

const agendapuntPad = (regioId: string, vergaderingId: string, agendapuntId: string) =>
  `${vergaderingen.itemPad(regioId, vergaderingId)}/agendapunten/${encodeURIComponent(agendapuntId)}`;

export function useAgendapuntToevoegen(regioId: string, vergaderingId: string) {
  return useRegioMutatie(regioId, (punt: AgendapuntNieuw) =>
    api<VergaderingDetail>(`${vergaderingen.itemPad(regioId, vergaderingId)}/agendapunten`, { method: 'POST', body: punt }),
  );
}

export function useAgendapuntBijwerken(regioId: string, vergaderingId: string, agendapuntId: string) {
  return useRegioMutatie(regioId, (punt: Partial<AgendapuntNieuw>) =>
    api<VergaderingDetail>(agendapuntPad(regioId, vergaderingId, agendapuntId), { method: 'PATCH', body: punt }),
  );
}

export function useAgendapuntVerwijderen(regioId: string, vergaderingId: string) {
  return useRegioMutatie(regioId, (agendapuntId: string) =>
    api<VergaderingDetail>(agendapuntPad(regioId, vergaderingId, agendapuntId), { method: 'DELETE' }),
  );
}

export function useAanwezigheid(regioId: string, vergaderingId: string) {
  return useRegioMutatie(regioId, (aanwezigeLidIds: string[]) =>
    api<VergaderingDetail>(`${vergaderingen.itemPad(regioId, vergaderingId)}/aanwezigheid`, { method: 'PUT', body: { aanwezigeLidIds } }),
  );
}

export function useStandpunt(regioId: string, vergaderingId: string, agendapuntId: string, gemeentecode: string) {
  return useRegioMutatie(regioId, (standpunt: StandpuntInvoer) =>
    api<VergaderingDetail>(`${agendapuntPad(regioId, vergaderingId, agendapuntId)}/standpunten/${encodeURIComponent(gemeentecode)}`, { method: 'PUT', body: standpunt }),
  );
}

/** Opening (POST) or withdrawing (DELETE) the vote on an item. */
export function useStemming(regioId: string, vergaderingId: string, agendapuntId: string) {
  return useRegioMutatie(regioId, (actie: 'openen' | 'intrekken') =>
    api<VergaderingDetail>(`${agendapuntPad(regioId, vergaderingId, agendapuntId)}/stemming`, { method: actie === 'openen' ? 'POST' : 'DELETE' }),
  );
}

export function useStemmen(regioId: string, vergaderingId: string, agendapuntId: string) {
  return useRegioMutatie(regioId, (stemmen: StemmenInvoer) =>
    api<VergaderingDetail>(`${agendapuntPad(regioId, vergaderingId, agendapuntId)}/stemming/stemmen`, { method: 'POST', body: stemmen }),
  );
}

export function useBesluitNemen(regioId: string, vergaderingId: string, agendapuntId: string) {
  return useRegioMutatie(regioId, (besluit: BesluitInvoer) =>
    api<BesluitDetail>(`${agendapuntPad(regioId, vergaderingId, agendapuntId)}/besluit`, { method: 'POST', body: besluit }),
  );
}

export function useBesluiten(regioId: string, filter: Filter) {
  return useQuery({
    queryKey: ['regios', regioId, 'besluiten', 'lijst', filter],
    queryFn: ({ signal }) => api<Lijst<Besluit>>(`${regioPad(regioId)}/besluiten${queryString({ ...filter })}`, { signal }),
  });
}

export function useBesluit(regioId: string, besluitId: string | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'besluiten', besluitId],
    queryFn: ({ signal }) => api<BesluitDetail>(`${regioPad(regioId)}/besluiten/${encodeURIComponent(besluitId ?? '')}`, { signal }),
    enabled: Boolean(besluitId),
  });
}

/** The server's .xlsx of the decision list (with the votes per municipality), for a plain download link. */
export const besluitenlijstExportPad = (regioId: string, filter: Filter) => `${regioPad(regioId)}/besluiten/export${queryString({ ...filter })}`;

/** Browser paths of a decision and a meeting (other features link to them). */
export const besluitPad = (regioId: string, besluitId: string) => `/regios/${regioId}/besluiten/besluitenlijst/${besluitId}`;
export const vergaderingPad = (regioId: string, vergaderingId: string) => `/regios/${regioId}/besluiten/vergaderingen/${vergaderingId}`;
/** The meetings of the region: where a PHO decision (adopting a budget version, reallocating beyond the mandate) is normally taken. */
export const vergaderingenPad = (regioId: string) => `/regios/${regioId}/besluiten/vergaderingen`;
