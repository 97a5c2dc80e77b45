import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Gemeente,
  GemeenteUpdate,
  gemeenteToevoegenSchema,
  registerGemeenteSchema,
} from '../../../common/contracts/regios';
import { api, queryString } from '../../api';
import { regioVerzameling } from '../regios/regios.api';

export type GemeenteNieuw = z.infer<typeof gemeenteToevoegenSchema>;
export type RegisterGemeente = z.infer<typeof registerGemeenteSchema>;

export interface Registerpagina {
  items: RegisterGemeente[];
  pagina: number;
  paginaGrootte: number;
  totaal: number;
  totaalPaginas: number;
}

const gemeenten = regioVerzameling<Gemeente, Gemeente, GemeenteNieuw, GemeenteUpdate>('gemeenten');

export const useGemeenten = gemeenten.useLijst;
export const useGemeente = gemeenten.useItem;
export const useGemeenteToevoegen = gemeenten.useToevoegen;
export const useGemeenteBijwerken = gemeenten.useBijwerken;
export const useGemeenteVerwijderen = gemeenten.useVerwijderen;

/** The national register (CBS), searched by name or code; the previous answer stays while typing. */
export function useGemeenteregister(zoek: string, paginaGrootte = 20) {
  const term = zoek.trim();
  return useQuery({
    queryKey: ['gemeenteregister', term, paginaGrootte],
    queryFn: ({ signal }) => api<Registerpagina>(`/api/v1/gemeenten${queryString({ zoek: term, paginaGrootte })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
