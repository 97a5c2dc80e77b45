import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

const basis = 'plannen/transformatieplannen';

/** The pages under /regios/:regioId/plannen/transformatieplannen, relative to the region. */
export const transformatieplannenRoutes: RouteObject[] = [
  { path: basis, ...pagina(() => import('./TransformatieplannenPagina'), 'TransformatieplannenPagina') },
  { path: `${basis}/nieuw`, ...pagina(() => import('./TransformatieplanFormulierPagina'), 'TransformatieplanFormulierPagina') },
  { path: `${basis}/criteria`, ...pagina(() => import('./ToetsvragenPagina'), 'BeoordelingscriteriaPagina') },
  { path: `${basis}/criteria/nieuw`, ...pagina(() => import('./ToetsvragenPagina'), 'BeoordelingscriteriumFormulierPagina') },
  { path: `${basis}/criteria/:vraagId/bewerken`, ...pagina(() => import('./ToetsvragenPagina'), 'BeoordelingscriteriumFormulierPagina') },
  { path: `${basis}/:planId`, ...pagina(() => import('./TransformatieplanPagina'), 'TransformatieplanPagina') },
  { path: `${basis}/:planId/bewerken`, ...pagina(() => import('./TransformatieplanFormulierPagina'), 'TransformatieplanFormulierPagina') },
  { path: `${basis}/:planId/snelle-toets`, ...pagina(() => import('./BeoordelingFormulierPagina'), 'SnelleToetsFormulierPagina') },
  { path: `${basis}/:planId/beoordeling/:organisatieId`, ...pagina(() => import('./BeoordelingFormulierPagina'), 'BeoordelingFormulierPagina') },
];
