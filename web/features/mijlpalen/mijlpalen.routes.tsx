import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

/** The pages under /regios/:regioId/monitoring/mijlpalen, relative to the region. */
export const mijlpalenRoutes: RouteObject[] = [
  { path: 'monitoring/mijlpalen', ...pagina(() => import('./MijlpalenPagina'), 'MijlpalenPagina') },
  { path: 'monitoring/mijlpalen/nieuw', ...pagina(() => import('./MijlpaalFormulierPagina'), 'MijlpaalFormulierPagina') },
  { path: 'monitoring/mijlpalen/:mijlpaalId', ...pagina(() => import('./MijlpaalPagina'), 'MijlpaalPagina') },
  { path: 'monitoring/mijlpalen/:mijlpaalId/bewerken', ...pagina(() => import('./MijlpaalFormulierPagina'), 'MijlpaalFormulierPagina') },
];
