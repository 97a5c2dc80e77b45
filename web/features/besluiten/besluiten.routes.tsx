import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

/** The pages under /regios/:regioId/besluiten/…, relative to the region. */
export const besluitenRoutes: RouteObject[] = [
  { path: 'besluiten/vergaderingen', ...pagina(() => import('./VergaderingenPagina'), 'VergaderingenPagina') },
  { path: 'besluiten/vergaderingen/nieuw', ...pagina(() => import('./VergaderingFormulierPagina'), 'VergaderingFormulierPagina') },
  { path: 'besluiten/vergaderingen/:vergaderingId', ...pagina(() => import('./VergaderingPagina'), 'VergaderingPagina') },
  { path: 'besluiten/vergaderingen/:vergaderingId/bewerken', ...pagina(() => import('./VergaderingFormulierPagina'), 'VergaderingFormulierPagina') },
  { path: 'besluiten/vergaderingen/:vergaderingId/agendapunten/nieuw', ...pagina(() => import('./AgendapuntFormulierPagina'), 'AgendapuntFormulierPagina') },
  { path: 'besluiten/vergaderingen/:vergaderingId/agendapunten/:agendapuntId/bewerken', ...pagina(() => import('./AgendapuntFormulierPagina'), 'AgendapuntFormulierPagina') },
  {
    path: 'besluiten/vergaderingen/:vergaderingId/agendapunten/:agendapuntId/standpunten/:gemeentecode',
    ...pagina(() => import('./StandpuntFormulierPagina'), 'StandpuntFormulierPagina'),
  },
  { path: 'besluiten/besluitenlijst', ...pagina(() => import('./BesluitenlijstPagina'), 'BesluitenlijstPagina') },
  { path: 'besluiten/besluitenlijst/:besluitId', ...pagina(() => import('./BesluitPagina'), 'BesluitPagina') },
];
