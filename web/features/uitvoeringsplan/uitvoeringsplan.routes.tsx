import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

const versie = 'plannen/uitvoeringsplan/:jaar/versie/:versie';

/** The pages under /regios/:regioId/plannen/uitvoeringsplan, relative to the region. */
export const uitvoeringsplanRoutes: RouteObject[] = [
  { path: 'plannen/uitvoeringsplan', ...pagina(() => import('./UitvoeringsplannenPagina'), 'UitvoeringsplannenPagina') },
  { path: 'plannen/uitvoeringsplan/nieuw', ...pagina(() => import('./PlanFormulierPagina'), 'UitvoeringsplanNieuwPagina') },
  { path: 'plannen/uitvoeringsplan/:jaar', ...pagina(() => import('./UitvoeringsplanPagina'), 'UitvoeringsplanPagina') },
  { path: versie, ...pagina(() => import('./UitvoeringsplanPagina'), 'UitvoeringsplanPagina') },
  { path: `${versie}/bewerken`, ...pagina(() => import('./PlanFormulierPagina'), 'UitvoeringsplanBewerkenPagina') },
  { path: `${versie}/bijstelling`, ...pagina(() => import('./PlanFormulierPagina'), 'BijstellingPagina') },
  { path: `${versie}/onderdelen/nieuw`, ...pagina(() => import('./OnderdeelFormulierPagina'), 'OnderdeelFormulierPagina') },
  { path: `${versie}/onderdelen/:onderdeelId`, ...pagina(() => import('./OnderdeelPagina'), 'OnderdeelPagina') },
  { path: `${versie}/onderdelen/:onderdeelId/bewerken`, ...pagina(() => import('./OnderdeelFormulierPagina'), 'OnderdeelFormulierPagina') },
  { path: `${versie}/onderdelen/:onderdeelId/plan-van-aanpak`, ...pagina(() => import('./PlanVanAanpakPagina'), 'PlanVanAanpakFormulierPagina') },
  { path: `${versie}/plannen-van-aanpak/:pvaId`, ...pagina(() => import('./PlanVanAanpakPagina'), 'PlanVanAanpakPagina') },
];
