import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

/** The pages under /regios/:regioId/monitoring/voortgangsrapportages, relative to the region. */
export const voortgangsrapportagesRoutes: RouteObject[] = [
  { path: 'monitoring/voortgangsrapportages', ...pagina(() => import('./VoortgangsrapportagesPagina'), 'VoortgangsrapportagesPagina') },
  { path: 'monitoring/voortgangsrapportages/nieuw', ...pagina(() => import('./RapportageBevriezenPagina'), 'RapportageBevriezenPagina') },
  { path: 'monitoring/voortgangsrapportages/:rapportageId', ...pagina(() => import('./VoortgangsrapportagePagina'), 'VoortgangsrapportagePagina') },
];
