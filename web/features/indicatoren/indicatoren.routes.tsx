import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

/** The pages under /regios/:regioId/monitoring/indicatoren, relative to the region. */
export const indicatorenRoutes: RouteObject[] = [
  { path: 'monitoring/indicatoren', ...pagina(() => import('./IndicatorenPagina'), 'IndicatorenPagina') },
  { path: 'monitoring/indicatoren/nieuw', ...pagina(() => import('./IndicatorFormulierPagina'), 'IndicatorFormulierPagina') },
  { path: 'monitoring/indicatoren/:indicatorId', ...pagina(() => import('./IndicatorPagina'), 'IndicatorPagina') },
  { path: 'monitoring/indicatoren/:indicatorId/bewerken', ...pagina(() => import('./IndicatorFormulierPagina'), 'IndicatorFormulierPagina') },
  { path: 'monitoring/indicatoren/:indicatorId/metingen/nieuw', ...pagina(() => import('./MetingFormulierPagina'), 'MetingFormulierPagina') },
  { path: 'monitoring/indicatoren/:indicatorId/metingen/:metingId/bewerken', ...pagina(() => import('./MetingFormulierPagina'), 'MetingFormulierPagina') },
];
