import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

/** The pages under /regios/:regioId/monitoring/ketenaanpakken, relative to the region. */
export const ketenaanpakkenRoutes: RouteObject[] = [
  { path: 'monitoring/ketenaanpakken', ...pagina(() => import('./KetenaanpakkenPagina'), 'KetenaanpakkenPagina') },
  { path: 'monitoring/ketenaanpakken/:ketenaanpakId', ...pagina(() => import('./KetenaanpakPagina'), 'KetenaanpakPagina') },
  { path: 'monitoring/ketenaanpakken/:ketenaanpakId/gemeenten/:gemeentecode', ...pagina(() => import('./KetenaanpakCelPagina'), 'KetenaanpakCelPagina') },
];
