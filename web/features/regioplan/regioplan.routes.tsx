import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

/** The pages under /regios/:regioId/plannen/regioplan, relative to the region. */
export const regioplanRoutes: RouteObject[] = [
  { path: 'plannen/regioplan', ...pagina(() => import('./RegioplanPagina'), 'RegioplanPagina') },
  { path: 'plannen/regioplan/:soortPad/nieuw', ...pagina(() => import('./ThemaFormulierPagina'), 'ThemaFormulierPagina') },
  { path: 'plannen/regioplan/:soortPad/:themaId/bewerken', ...pagina(() => import('./ThemaFormulierPagina'), 'ThemaFormulierPagina') },
];
