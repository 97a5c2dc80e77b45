import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { Aangemeld, PubliekLayout, RegioLayout } from './components/layout';
import { AkkoordenPagina } from './features/akkoorden/AkkoordenPagina';
import { ApiDocumentatiePagina } from './features/algemeen/ApiDocumentatiePagina';
import { NietGevondenPagina } from './features/algemeen/NietGevondenPagina';
import { ToegankelijkheidPagina } from './features/algemeen/ToegankelijkheidPagina';
import { GemeenteBewerkenPagina } from './features/gemeenten/GemeenteBewerkenPagina';
import { GemeentePagina } from './features/gemeenten/GemeentePagina';
import { GemeentenPagina } from './features/gemeenten/GemeentenPagina';
import { HistoriePagina } from './features/historie/HistoriePagina';
import { OrganisatieFormulierPagina } from './features/organisaties/OrganisatieFormulierPagina';
import { OrganisatiePagina } from './features/organisaties/OrganisatiePagina';
import { OrganisatiesPagina } from './features/organisaties/OrganisatiesPagina';
import { LidToevoegenPagina } from './features/overlegorganen/LidToevoegenPagina';
import { OverlegorgaanFormulierPagina } from './features/overlegorganen/OverlegorgaanFormulierPagina';
import { OverlegorgaanPagina } from './features/overlegorganen/OverlegorgaanPagina';
import { OverlegorganenPagina } from './features/overlegorganen/OverlegorganenPagina';
import { OverzichtPagina } from './features/regios/OverzichtPagina';
import { RegioBewerkenPagina } from './features/regios/RegioBewerkenPagina';
import { RegioPagina } from './features/regios/RegioPagina';
import { InloggenPagina } from './features/sessies/InloggenPagina';
import { StartPagina } from './features/sessies/StartPagina';

/** Browser paths are Dutch and readable (UI.md "Navigation"). */
export const routes: RouteObject[] = [
  {
    element: <PubliekLayout />,
    children: [
      { path: '/inloggen', element: <InloggenPagina /> },
      { path: '/toegankelijkheid', element: <ToegankelijkheidPagina /> },
      { path: '/api-documentatie', element: <ApiDocumentatiePagina /> },
    ],
  },
  {
    element: <Aangemeld />,
    children: [
      { path: '/', element: <StartPagina /> },
      { path: '/regios', element: <Navigate to="/" replace /> },
      {
        path: '/regios/:regioId',
        element: <RegioLayout />,
        children: [
          { index: true, element: <OverzichtPagina /> },
          { path: 'organisatie', element: <Navigate to="regio" replace /> },
          { path: 'organisatie/regio', element: <RegioPagina /> },
          { path: 'organisatie/regio/bewerken', element: <RegioBewerkenPagina /> },
          { path: 'organisatie/gemeenten', element: <GemeentenPagina /> },
          { path: 'organisatie/gemeenten/:gemeentecode', element: <GemeentePagina /> },
          { path: 'organisatie/gemeenten/:gemeentecode/bewerken', element: <GemeenteBewerkenPagina /> },
          { path: 'organisatie/organisaties', element: <OrganisatiesPagina /> },
          { path: 'organisatie/organisaties/nieuw', element: <OrganisatieFormulierPagina /> },
          { path: 'organisatie/organisaties/:organisatieId', element: <OrganisatiePagina /> },
          { path: 'organisatie/organisaties/:organisatieId/bewerken', element: <OrganisatieFormulierPagina /> },
          { path: 'organisatie/overlegorganen', element: <OverlegorganenPagina /> },
          { path: 'organisatie/overlegorganen/nieuw', element: <OverlegorgaanFormulierPagina /> },
          { path: 'organisatie/overlegorganen/:overlegorgaanId', element: <OverlegorgaanPagina /> },
          { path: 'organisatie/overlegorganen/:overlegorgaanId/bewerken', element: <OverlegorgaanFormulierPagina /> },
          { path: 'organisatie/overlegorganen/:overlegorgaanId/leden/nieuw', element: <LidToevoegenPagina /> },
          { path: 'organisatie/akkoorden', element: <AkkoordenPagina /> },
          { path: 'organisatie/historie', element: <HistoriePagina /> },
          { path: '*', element: <NietGevondenPagina /> },
        ],
      },
    ],
  },
  {
    element: <PubliekLayout />,
    children: [{ path: '*', element: <NietGevondenPagina /> }],
  },
];

export function maakRouter() {
  return createBrowserRouter(routes);
}
