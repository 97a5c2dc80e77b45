import { useQuery } from '@tanstack/react-query';
import type { Historieregel } from '../../../common/contracts/algemeen';
import { api, queryString } from '../../api';

export interface Historiepagina {
  items: Historieregel[];
  pagina: number;
  paginaGrootte: number;
  totaal: number;
  totaalPaginas: number;
}

export interface HistorieFilter {
  soort?: string | undefined;
  itemId?: string | undefined;
  pagina?: number;
  paginaGrootte?: number;
}

export function useHistorie(regioId: string, filter: HistorieFilter) {
  const pagina = filter.pagina ?? 1;
  const paginaGrootte = filter.paginaGrootte ?? 50;
  return useQuery({
    queryKey: ['regios', regioId, 'historie', filter.soort ?? null, filter.itemId ?? null, pagina, paginaGrootte],
    queryFn: ({ signal }) =>
      api<Historiepagina>(
        `/api/v1/regios/${encodeURIComponent(regioId)}/historie${queryString({
          soort: filter.soort,
          itemId: filter.itemId,
          pagina,
          paginaGrootte,
        })}`,
        { signal },
      ),
  });
}
