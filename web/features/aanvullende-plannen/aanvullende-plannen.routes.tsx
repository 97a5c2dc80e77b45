import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

const basis = 'plannen/aanvullende-plannen';

/** The pages under /regios/:regioId/plannen/aanvullende-plannen, relative to the region. */
export const aanvullendePlannenRoutes: RouteObject[] = [
  { path: basis, ...pagina(() => import('./AanvullendePlannenPagina'), 'AanvullendePlannenPagina') },
  { path: `${basis}/nieuw`, ...pagina(() => import('./AanvullendPlanFormulierPagina'), 'AanvullendPlanFormulierPagina') },
  { path: `${basis}/afwegingskader`, ...pagina(() => import('../transformatieplannen/ToetsvragenPagina'), 'AfwegingskaderPagina') },
  { path: `${basis}/afwegingskader/nieuw`, ...pagina(() => import('../transformatieplannen/ToetsvragenPagina'), 'AfwegingsvraagFormulierPagina') },
  { path: `${basis}/afwegingskader/:vraagId/bewerken`, ...pagina(() => import('../transformatieplannen/ToetsvragenPagina'), 'AfwegingsvraagFormulierPagina') },
  { path: `${basis}/:planId`, ...pagina(() => import('./AanvullendPlanPagina'), 'AanvullendPlanPagina') },
  { path: `${basis}/:planId/bewerken`, ...pagina(() => import('./AanvullendPlanFormulierPagina'), 'AanvullendPlanFormulierPagina') },
  { path: `${basis}/:planId/beoordeling`, ...pagina(() => import('./AanvullendPlanFormulierPagina'), 'AanvullendPlanBeoordelingPagina') },
];
