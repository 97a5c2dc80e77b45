import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Indicator,
  IndicatorDetail,
  indicatorCreateSchema,
  indicatorUpdateSchema,
  RegiobeeldImportResultaat,
  RegiobeeldVersie,
  regiobeeldVersieCreateSchema,
  waardenVervangenSchema,
} from '../../../common/contracts/plannen';
import { api, queryString } from '../../api';
import { regioPad, useRegioMutatie, type Lijst } from '../regios/regios.api';

export type IndicatorNieuw = z.input<typeof indicatorCreateSchema>;
export type IndicatorWijziging = z.input<typeof indicatorUpdateSchema>;
export type VersieNieuw = z.input<typeof regiobeeldVersieCreateSchema>;
export type WaardenVervangen = z.input<typeof waardenVervangenSchema>;

const basis = (regioId: string) => `${regioPad(regioId)}/regiobeeld`;
const indicatorPad = (regioId: string, id: string) => `${basis(regioId)}/indicatoren/${encodeURIComponent(id)}`;

export function useVersies(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'regiobeeld', 'versies'],
    queryFn: ({ signal }) => api<Lijst<RegiobeeldVersie>>(`${basis(regioId)}/versies`, { signal }),
  });
}

export function useVersieToevoegen(regioId: string) {
  return useRegioMutatie(regioId, (versie: VersieNieuw) => api<RegiobeeldVersie>(`${basis(regioId)}/versies`, { method: 'POST', body: versie }));
}

/** The indicators with their figures in a version (by default the current one). */
export function useIndicatoren(regioId: string, versieId?: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'regiobeeld', 'indicatoren', versieId ?? null],
    queryFn: ({ signal }) => api<Lijst<Indicator> & { versie: RegiobeeldVersie | null }>(`${basis(regioId)}/indicatoren${queryString({ versieId })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useIndicator(regioId: string, id: string | undefined, versieId?: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'regiobeeld', 'indicatoren', id, versieId ?? null],
    queryFn: ({ signal }) => api<IndicatorDetail>(`${indicatorPad(regioId, id ?? '')}${queryString({ versieId })}`, { signal }),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorToevoegen(regioId: string) {
  return useRegioMutatie(regioId, (indicator: IndicatorNieuw) => api<Indicator>(`${basis(regioId)}/indicatoren`, { method: 'POST', body: indicator }));
}

export function useIndicatorBijwerken(regioId: string, id: string) {
  return useRegioMutatie(regioId, (wijziging: IndicatorWijziging) => api<Indicator>(indicatorPad(regioId, id), { method: 'PATCH', body: wijziging }));
}

export function useIndicatorVerwijderen(regioId: string, id: string) {
  return useRegioMutatie(regioId, () => api<void>(indicatorPad(regioId, id), { method: 'DELETE' }));
}

export function useWaardenVervangen(regioId: string, id: string) {
  return useRegioMutatie(regioId, (invoer: WaardenVervangen) => api<IndicatorDetail>(`${indicatorPad(regioId, id)}/waarden`, { method: 'PUT', body: invoer }));
}

/** Uploads the long-format CSV as the raw body; `proef` only checks. */
export function useWaardenImporteren(regioId: string) {
  return useRegioMutatie(regioId, ({ bestand, versieId, proef }: { bestand: Blob; versieId?: string | undefined; proef: boolean }) =>
    api<RegiobeeldImportResultaat>(`${basis(regioId)}/importen${queryString({ versieId, proef: proef ? 'true' : undefined })}`, {
      method: 'POST',
      bestand: { inhoud: bestand, type: 'text/csv' },
    }),
  );
}
