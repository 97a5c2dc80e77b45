import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Begroting,
  Boeking,
  begrotingCreateSchema,
  begrotingDetailSchema,
  boekingImportSchema,
  financieelOverzichtSchema,
  herverdelingCreateSchema,
  herverdelingSchema,
  Mandaatruimte,
  prognoseSchema,
  toepassingSchema,
  Uitkering,
  uitkeringCreateSchema,
  uitkeringImportResultaatSchema,
  uitkeringUpdateSchema,
  vaststellingSchema,
  Verdeelsleutel,
  verdeelsleutelCreateSchema,
  versieCreateSchema,
} from '../../../common/contracts/financien';
import { api, queryString } from '../../api';
import { regioPad, regioVerzameling, useRegioMutatie, type Lijst } from '../regios/regios.api';

export type FinancieelOverzicht = z.infer<typeof financieelOverzichtSchema>;
export type BegrotingDetail = z.infer<typeof begrotingDetailSchema>;
export type Herverdeling = z.infer<typeof herverdelingSchema>;
export type HerverdelingNieuw = z.infer<typeof herverdelingCreateSchema>;
export type VersieNieuw = z.infer<typeof versieCreateSchema>;
export type Vaststelling = z.infer<typeof vaststellingSchema>;
export type Prognose = z.infer<typeof prognoseSchema>;
export type Toepassing = z.infer<typeof toepassingSchema>;
export type BoekingImport = z.infer<typeof boekingImportSchema>;
export type VerdeelsleutelNieuw = z.infer<typeof verdeelsleutelCreateSchema>;
export type BegrotingNieuw = z.infer<typeof begrotingCreateSchema>;
export type UitkeringNieuw = z.infer<typeof uitkeringCreateSchema>;
export type UitkeringWijziging = z.infer<typeof uitkeringUpdateSchema>;
export type UitkeringImportResultaat = z.infer<typeof uitkeringImportResultaatSchema>;

export interface Pagina<T> {
  items: T[];
  pagina: number;
  paginaGrootte: number;
  totaal: number;
  totaalPaginas: number;
}

export interface EerdereImport {
  id: string;
  bestandsnaam: string;
  aantalRegels: number;
  totaalCenten: number;
  aangemaaktOp: string;
}

/** The year a finance page starts with when the query string names none. */
export const standaardJaar = (): number => new Date().getFullYear();

export function useFinancieelOverzicht(regioId: string, jaar: number, begrotingId?: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'financieel-overzicht', jaar, begrotingId ?? null],
    queryFn: ({ signal }) => api<FinancieelOverzicht>(`${regioPad(regioId)}/financieel-overzicht${queryString({ jaar, begrotingId })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBegrotingen(regioId: string, jaar: number | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'begrotingen', 'jaar', jaar ?? null],
    queryFn: ({ signal }) => api<Lijst<Begroting>>(`${regioPad(regioId)}/begrotingen${queryString({ jaar })}`, { signal }),
  });
}

/** The first budget of a year: version 1, a concept. */
export function useBegrotingOpstellen(regioId: string) {
  return useRegioMutatie(regioId, (begroting: BegrotingNieuw) =>
    api<BegrotingDetail>(`${regioPad(regioId)}/begrotingen`, { method: 'POST', body: begroting }),
  );
}

const begrotingPad = (regioId: string, begrotingId: string) => `${regioPad(regioId)}/begrotingen/${encodeURIComponent(begrotingId)}`;

export function useBegroting(regioId: string, begrotingId: string | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'begrotingen', 'detail', begrotingId],
    queryFn: ({ signal }) => api<BegrotingDetail>(begrotingPad(regioId, begrotingId ?? ''), { signal }),
    enabled: Boolean(begrotingId),
  });
}

export function useNieuweVersie(regioId: string, begrotingId: string) {
  return useRegioMutatie(regioId, (versie: VersieNieuw) =>
    api<BegrotingDetail>(`${begrotingPad(regioId, begrotingId)}/versies`, { method: 'POST', body: versie }),
  );
}

export function useVersieWijzigen(regioId: string, begrotingId: string, versie: number) {
  return useRegioMutatie(regioId, (wijziging: VersieNieuw) =>
    api<BegrotingDetail>(`${begrotingPad(regioId, begrotingId)}/versies/${versie}`, { method: 'PUT', body: wijziging }),
  );
}

export function useVaststellen(regioId: string, begrotingId: string, versie: number) {
  return useRegioMutatie(regioId, (vaststelling: Vaststelling) =>
    api<BegrotingDetail>(`${begrotingPad(regioId, begrotingId)}/versies/${versie}/vaststelling`, { method: 'POST', body: vaststelling }),
  );
}

export function usePrognoses(regioId: string, begrotingId: string) {
  return useRegioMutatie(regioId, (prognose: Prognose) =>
    api<BegrotingDetail>(`${begrotingPad(regioId, begrotingId)}/prognoses`, { method: 'PUT', body: prognose }),
  );
}

export function useHerverdelingen(regioId: string, begrotingId: string | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'herverdelingen', begrotingId],
    queryFn: ({ signal }) => api<Lijst<Herverdeling>>(`${regioPad(regioId)}/herverdelingen${queryString({ begrotingId })}`, { signal }),
    enabled: Boolean(begrotingId),
  });
}

/** The room per line of a body with a mandate, as the server checks it. */
export function useMandaatruimte(regioId: string, begrotingId: string | undefined, overlegorgaanId: string | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'herverdelingen', begrotingId, 'ruimte', overlegorgaanId],
    queryFn: ({ signal }) => api<Lijst<Mandaatruimte>>(`${regioPad(regioId)}/herverdelingen/ruimte${queryString({ begrotingId, overlegorgaanId })}`, { signal }),
    enabled: Boolean(begrotingId && overlegorgaanId),
  });
}

export function useHerverdelen(regioId: string) {
  return useRegioMutatie(regioId, (h: HerverdelingNieuw) =>
    api<Herverdeling>(`${regioPad(regioId)}/herverdelingen`, { method: 'POST', body: h }),
  );
}

export interface BoekingenFilter {
  jaar?: number | undefined;
  soort?: string | undefined;
  begrotingsregelId?: string | undefined;
  uitkeringId?: string | undefined;
  gemeentecode?: string | undefined;
  zoek?: string | undefined;
  pagina?: number | undefined;
  paginaGrootte?: number | undefined;
}

export function haalBoekingen(regioId: string, filter: BoekingenFilter, signal?: AbortSignal) {
  return api<Pagina<Boeking>>(`${regioPad(regioId)}/boekingen${queryString({ ...filter })}`, { signal });
}

export function useBoekingen(regioId: string, filter: BoekingenFilter) {
  return useQuery({
    queryKey: ['regios', regioId, 'boekingen', filter],
    queryFn: ({ signal }) => haalBoekingen(regioId, filter, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every entry matching the filter, page by page (for the Excel export). */
export async function alleBoekingen(regioId: string, filter: BoekingenFilter): Promise<Boeking[]> {
  const alle: Boeking[] = [];
  for (let pagina = 1; ; pagina++) {
    const p = await haalBoekingen(regioId, { ...filter, pagina, paginaGrootte: 500 });
    alle.push(...p.items);
    if (pagina >= p.totaalPaginas) return alle;
  }
}

export function useImporten(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'boekingen', 'importen'],
    queryFn: ({ signal }) => api<Lijst<EerdereImport>>(`${regioPad(regioId)}/boekingen/importen`, { signal }),
  });
}

export function useImportOngedaanMaken(regioId: string) {
  return useRegioMutatie(regioId, (importId: string) =>
    api<void>(`${regioPad(regioId)}/boekingen/importen/${encodeURIComponent(importId)}`, { method: 'DELETE' }),
  );
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads a ledger file as the raw body, the column mapping as query parameters. */
export function useBoekingenImporteren(regioId: string) {
  return useRegioMutatie(
    regioId,
    ({ bestand, xlsx, mapping, opVoortgang }: { bestand: Blob; xlsx: boolean; mapping: Record<string, string | number | undefined>; opVoortgang?: (fractie: number) => void }) =>
      api<BoekingImport>(`${regioPad(regioId)}/boekingen/importen${queryString(mapping)}`, {
        method: 'POST',
        bestand: { inhoud: bestand, type: xlsx ? XLSX_TYPE : 'text/csv' },
        opVoortgang,
      }),
  );
}

const uitkeringen = regioVerzameling<Uitkering, Uitkering, UitkeringNieuw, UitkeringWijziging>('uitkeringen');
export const useUitkeringen = uitkeringen.useLijst;
export const useUitkering = uitkeringen.useItem;
export const useUitkeringToevoegen = uitkeringen.useToevoegen;
export const useUitkeringBijwerken = uitkeringen.useBijwerken;

/** Uploads a published list of grant amounts (CSV) as the raw body. */
export function useUitkeringenImporteren(regioId: string) {
  return useRegioMutatie(regioId, ({ soort, bestand }: { soort: 'spuk-iza' | 'brede-spuk'; bestand: Blob }) =>
    api<UitkeringImportResultaat>(`${regioPad(regioId)}/uitkeringen/importen${queryString({ soort })}`, {
      method: 'POST',
      bestand: { inhoud: bestand, type: 'text/csv' },
    }),
  );
}

const verdeelsleutels = regioVerzameling<Verdeelsleutel, Verdeelsleutel, VerdeelsleutelNieuw>('verdeelsleutels');
export const useVerdeelsleutels = verdeelsleutels.useLijst;
export const useVerdeelsleutel = verdeelsleutels.useItem;
export const useVerdeelsleutelToevoegen = verdeelsleutels.useToevoegen;

export function useToepassing(regioId: string, verdeelsleutelId: string, uitkeringId: string | undefined, jaar: number | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'verdeelsleutels', verdeelsleutelId, 'toepassing', uitkeringId, jaar],
    queryFn: ({ signal }) =>
      api<Toepassing>(`${verdeelsleutels.itemPad(regioId, verdeelsleutelId)}/toepassing${queryString({ uitkeringId, jaar })}`, { signal }),
    enabled: Boolean(uitkeringId && jaar),
  });
}
