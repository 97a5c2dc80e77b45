import { useQuery } from '@tanstack/react-query';
import type {
  Indicator,
  IndicatorDetail,
  IndicatorInvoer,
  IndicatorPatch,
  Meting,
  MetingInvoer,
  MetingPatch,
  Streefwaarde,
  StreefwaardeInvoer,
} from '../../../common/contracts/indicatoren';
import { api, queryString } from '../../api';
import { type Lijst, regioPad, regioVerzameling, useRegioMutatie } from '../regios/regios.api';

const indicatoren = regioVerzameling<Indicator, IndicatorDetail, IndicatorInvoer, IndicatorPatch>('indicatoren');
const metingen = regioVerzameling<Meting, Meting, MetingInvoer, MetingPatch>('metingen');

export const useIndicatoren = indicatoren.useLijst;
export const useIndicator = indicatoren.useItem;
export const useIndicatorToevoegen = indicatoren.useToevoegen;
export const useIndicatorBijwerken = indicatoren.useBijwerken;
export const useIndicatorVerwijderen = indicatoren.useVerwijderen;

export const useMeting = metingen.useItem;
export const useMetingToevoegen = metingen.useToevoegen;
export const useMetingBijwerken = metingen.useBijwerken;

const indicatorPad = (regioId: string, indicatorId: string) => indicatoren.itemPad(regioId, indicatorId);

/** The measurements of one indicator (all periods and geographies). */
export function useMetingenVan(regioId: string, indicatorId: string | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'metingen', { indicatorId }],
    queryFn: ({ signal }) => api<Lijst<Meting>>(`${regioPad(regioId)}/metingen${queryString({ indicatorId })}`, { signal }),
    enabled: Boolean(indicatorId),
  });
}

/** A target is stored per period and municipality: posting the same pair again changes its value. */
export function useStreefwaardeOpslaan(regioId: string, indicatorId: string) {
  return useRegioMutatie(regioId, (invoer: StreefwaardeInvoer) =>
    api<Streefwaarde>(`${indicatorPad(regioId, indicatorId)}/streefwaarden`, { method: 'POST', body: invoer }),
  );
}

export function useStreefwaardeVerwijderen(regioId: string, indicatorId: string) {
  return useRegioMutatie(regioId, (streefwaardeId: string) =>
    api<void>(`${indicatorPad(regioId, indicatorId)}/streefwaarden/${encodeURIComponent(streefwaardeId)}`, { method: 'DELETE' }),
  );
}

export function useMetingVerwijderen(regioId: string) {
  return useRegioMutatie(regioId, (metingId: string) => api<void>(metingen.itemPad(regioId, metingId), { method: 'DELETE' }));
}

export function useGoedkeuren(regioId: string) {
  return useRegioMutatie(regioId, (metingId: string) => api<Meting>(`${metingen.itemPad(regioId, metingId)}/goedkeuring`, { method: 'POST' }));
}

const periodePad = (regioId: string, indicatorId: string, periode: string) =>
  `${indicatorPad(regioId, indicatorId)}/periodes/${encodeURIComponent(periode)}`;

export function useVergrendelen(regioId: string, indicatorId: string) {
  return useRegioMutatie(regioId, (periode: string) => api<unknown>(`${periodePad(regioId, indicatorId, periode)}/vergrendeling`, { method: 'POST' }));
}

export function useOntgrendelen(regioId: string, indicatorId: string) {
  return useRegioMutatie(regioId, ({ periode, reden }: { periode: string; reden: string }) =>
    api<unknown>(`${periodePad(regioId, indicatorId, periode)}/ontgrendeling`, { method: 'POST', body: { reden } }),
  );
}
