import type { RouteObject } from 'react-router';
import { pagina } from '../../components/lazy-pagina';

/** The pages under /regios/:regioId/monitoring/venster, relative to the region. */
export const vensterRoutes: RouteObject[] = [
  { path: 'monitoring/venster', ...pagina(() => import('./VensterPagina'), 'VensterPagina') },
  { path: 'monitoring/venster/invullen', ...pagina(() => import('./VensterInvullenPagina'), 'VensterInvullenPagina') },
  { path: 'monitoring/venster/nieuw', ...pagina(() => import('./VensterVraagFormulierPagina'), 'VensterVraagFormulierPagina') },
  { path: 'monitoring/venster/vragen/:vraagId/bewerken', ...pagina(() => import('./VensterVraagFormulierPagina'), 'VensterVraagFormulierPagina') },
];
