import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

/** The pages under /regios/:regioId/plannen/regiobeeld, relative to the region. */
export const regiobeeldRoutes: RouteObject[] = [
  { path: 'plannen/regiobeeld', ...pagina(() => import('./RegiobeeldPagina'), 'RegiobeeldPagina') },
  { path: 'plannen/regiobeeld/nieuw', ...pagina(() => import('./IndicatorFormulierPagina'), 'IndicatorFormulierPagina') },
  { path: 'plannen/regiobeeld/importeren', ...pagina(() => import('./RegiobeeldImporterenPagina'), 'RegiobeeldImporterenPagina') },
  { path: 'plannen/regiobeeld/versies/nieuw', ...pagina(() => import('./VersieFormulierPagina'), 'VersieFormulierPagina') },
  { path: 'plannen/regiobeeld/:indicatorId', ...pagina(() => import('./IndicatorPagina'), 'IndicatorPagina') },
  { path: 'plannen/regiobeeld/:indicatorId/bewerken', ...pagina(() => import('./IndicatorFormulierPagina'), 'IndicatorFormulierPagina') },
  { path: 'plannen/regiobeeld/:indicatorId/waarden', ...pagina(() => import('./WaardenFormulierPagina'), 'WaardenFormulierPagina') },
];
