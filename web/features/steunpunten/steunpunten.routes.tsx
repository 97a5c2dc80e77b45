import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

/** The pages under /regios/:regioId/monitoring/steunpunten, relative to the region. */
export const steunpuntenRoutes: RouteObject[] = [
  { path: 'monitoring/steunpunten', ...pagina(() => import('./SteunpuntenPagina'), 'SteunpuntenPagina') },
  { path: 'monitoring/steunpunten/grenzen', ...pagina(() => import('./GrenzenImporterenPagina'), 'GrenzenImporterenPagina') },
  { path: 'monitoring/steunpunten/nieuw', ...pagina(() => import('./SteunpuntFormulierPagina'), 'SteunpuntFormulierPagina') },
  { path: 'monitoring/steunpunten/:steunpuntId', ...pagina(() => import('./SteunpuntPagina'), 'SteunpuntPagina') },
  { path: 'monitoring/steunpunten/:steunpuntId/bewerken', ...pagina(() => import('./SteunpuntFormulierPagina'), 'SteunpuntFormulierPagina') },
];
