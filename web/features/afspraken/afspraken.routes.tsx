import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

/** The pages under /regios/:regioId/monitoring/afspraken, relative to the region. */
export const afsprakenRoutes: RouteObject[] = [
  { path: 'monitoring/afspraken', ...pagina(() => import('./AfsprakenPagina'), 'AfsprakenPagina') },
  { path: 'monitoring/afspraken/landelijk-beeld', ...pagina(() => import('./LandelijkBeeldPagina'), 'LandelijkBeeldPagina') },
  { path: 'monitoring/afspraken/:afspraakId', ...pagina(() => import('./AfspraakPagina'), 'AfspraakPagina') },
  { path: 'monitoring/afspraken/:afspraakId/bewerken', ...pagina(() => import('./AfspraakFormulierPagina'), 'AfspraakFormulierPagina') },
];
