import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { Aangemeld, PubliekLayout, RegioLayout } from './components/layout';
import { pagina } from './components/lazy-pagina';
import { aanvullendePlannenRoutes } from './features/aanvullende-plannen/aanvullende-plannen.routes';
import { afsprakenRoutes } from './features/afspraken/afspraken.routes';
import { besluitenRoutes } from './features/besluiten/besluiten.routes';
import { ketenaanpakkenRoutes } from './features/ketenaanpakken/ketenaanpakken.routes';
import { mijlpalenRoutes } from './features/mijlpalen/mijlpalen.routes';
import { indicatorenRoutes } from './features/indicatoren/indicatoren.routes';
import { voortgangsrapportagesRoutes } from './features/voortgangsrapportages/voortgangsrapportages.routes';
import { steunpuntenRoutes } from './features/steunpunten/steunpunten.routes';
import { vensterRoutes } from './features/venster/venster.routes';
import { regiobeeldRoutes } from './features/regiobeeld/regiobeeld.routes';
import { regioplanRoutes } from './features/regioplan/regioplan.routes';
import { transformatieplannenRoutes } from './features/transformatieplannen/transformatieplannen.routes';
import { uitvoeringsplanRoutes } from './features/uitvoeringsplan/uitvoeringsplan.routes';

/**
 * Pages load when first visited (each its own chunk), so the first load stays small. During the
 * very first load the router shows `Opstarten`; later, the current page stays until the next one
 * is there (the layout says it is loading).
 */
function Opstarten() {
  return (
    <div className="voorbeeld-theme utrecht-document app">
      <main id="inhoud" className="inhoud opstarten">
        <p role="status" className="utrecht-paragraph laden">
          Bezig met laden van Regiekamer…
        </p>
      </main>
    </div>
  );
}

/** Browser paths are Dutch and readable (UI.md "Navigation"). */
export const routes: RouteObject[] = [
  {
    HydrateFallback: Opstarten,
    children: [
      {
        element: <PubliekLayout />,
        children: [
          { path: '/inloggen', ...pagina(() => import('./features/sessies/InloggenPagina'), 'InloggenPagina') },
          { path: '/toegankelijkheid', ...pagina(() => import('./features/algemeen/ToegankelijkheidPagina'), 'ToegankelijkheidPagina') },
          { path: '/api-documentatie', ...pagina(() => import('./features/algemeen/ApiDocumentatiePagina'), 'ApiDocumentatiePagina') },
        ],
      },
      {
        element: <Aangemeld />,
        children: [
          { path: '/', ...pagina(() => import('./features/sessies/StartPagina'), 'StartPagina') },
          { path: '/regios', element: <Navigate to="/" replace /> },
          {
            path: '/regios/:regioId',
            element: <RegioLayout />,
            children: [
              { index: true, ...pagina(() => import('./features/overzicht/OverzichtPagina'), 'OverzichtPagina') },
              { path: 'organisatie', element: <Navigate to="regio" replace /> },
              { path: 'organisatie/regio', ...pagina(() => import('./features/regios/RegioPagina'), 'RegioPagina') },
              { path: 'organisatie/regio/bewerken', ...pagina(() => import('./features/regios/RegioBewerkenPagina'), 'RegioBewerkenPagina') },
              { path: 'organisatie/gemeenten', ...pagina(() => import('./features/gemeenten/GemeentenPagina'), 'GemeentenPagina') },
              { path: 'organisatie/gemeenten/nieuw', ...pagina(() => import('./features/gemeenten/GemeenteToevoegenPagina'), 'GemeenteToevoegenPagina') },
              { path: 'organisatie/gemeenten/:gemeentecode', ...pagina(() => import('./features/gemeenten/GemeentePagina'), 'GemeentePagina') },
              { path: 'organisatie/gemeenten/:gemeentecode/bewerken', ...pagina(() => import('./features/gemeenten/GemeenteBewerkenPagina'), 'GemeenteBewerkenPagina') },
              { path: 'organisatie/organisaties', ...pagina(() => import('./features/organisaties/OrganisatiesPagina'), 'OrganisatiesPagina') },
              { path: 'organisatie/organisaties/nieuw', ...pagina(() => import('./features/organisaties/OrganisatieFormulierPagina'), 'OrganisatieFormulierPagina') },
              { path: 'organisatie/organisaties/:organisatieId', ...pagina(() => import('./features/organisaties/OrganisatiePagina'), 'OrganisatiePagina') },
              { path: 'organisatie/organisaties/:organisatieId/bewerken', ...pagina(() => import('./features/organisaties/OrganisatieFormulierPagina'), 'OrganisatieFormulierPagina') },
              { path: 'organisatie/overlegorganen', ...pagina(() => import('./features/overlegorganen/OverlegorganenPagina'), 'OverlegorganenPagina') },
              { path: 'organisatie/overlegorganen/nieuw', ...pagina(() => import('./features/overlegorganen/OverlegorgaanFormulierPagina'), 'OverlegorgaanFormulierPagina') },
              { path: 'organisatie/overlegorganen/:overlegorgaanId', ...pagina(() => import('./features/overlegorganen/OverlegorgaanPagina'), 'OverlegorgaanPagina') },
              { path: 'organisatie/overlegorganen/:overlegorgaanId/bewerken', ...pagina(() => import('./features/overlegorganen/OverlegorgaanFormulierPagina'), 'OverlegorgaanFormulierPagina') },
              { path: 'organisatie/overlegorganen/:overlegorgaanId/leden/nieuw', ...pagina(() => import('./features/overlegorganen/LidFormulierPagina'), 'LidFormulierPagina') },
              { path: 'organisatie/overlegorganen/:overlegorgaanId/leden/:lidId/bewerken', ...pagina(() => import('./features/overlegorganen/LidFormulierPagina'), 'LidFormulierPagina') },
              { path: 'organisatie/akkoorden', ...pagina(() => import('./features/akkoorden/AkkoordenPagina'), 'AkkoordenPagina') },
              { path: 'organisatie/akkoorden/:akkoordId/afspraken', ...pagina(() => import('./features/akkoorden/AfsprakencatalogusPagina'), 'AfsprakencatalogusPagina') },
              { path: 'organisatie/akkoorden/:akkoordId/afspraken/nieuw', ...pagina(() => import('./features/akkoorden/CatalogusafspraakFormulierPagina'), 'CatalogusafspraakFormulierPagina') },
              { path: 'organisatie/akkoorden/:akkoordId/afspraken/:afspraakId/bewerken', ...pagina(() => import('./features/akkoorden/CatalogusafspraakFormulierPagina'), 'CatalogusafspraakFormulierPagina') },
              { path: 'financien', element: <Navigate to="overzicht" replace /> },
              { path: 'financien/overzicht', ...pagina(() => import('./features/financien/FinancienOverzichtPagina'), 'FinancienOverzichtPagina') },
              { path: 'financien/begroting', ...pagina(() => import('./features/financien/BegrotingPagina'), 'BegrotingPagina') },
              { path: 'financien/begroting/nieuw', ...pagina(() => import('./features/financien/BegrotingFormulierPagina'), 'BegrotingFormulierPagina') },
              { path: 'financien/begroting/:jaar', ...pagina(() => import('./features/financien/BegrotingPagina'), 'BegrotingPagina') },
              { path: 'financien/begroting/:jaar/:begrotingId/nieuwe-versie', ...pagina(() => import('./features/financien/VersieFormulierPagina'), 'VersieFormulierPagina') },
              { path: 'financien/begroting/:jaar/:begrotingId/versies/:versie/vaststellen', ...pagina(() => import('./features/financien/VaststellenPagina'), 'VaststellenPagina') },
              { path: 'financien/begroting/:jaar/:begrotingId/prognose', ...pagina(() => import('./features/financien/PrognosePagina'), 'PrognosePagina') },
              { path: 'financien/herverdelingen', ...pagina(() => import('./features/financien/HerverdelingenPagina'), 'HerverdelingenPagina') },
              { path: 'financien/herverdelingen/nieuw', ...pagina(() => import('./features/financien/HerverdelingFormulierPagina'), 'HerverdelingFormulierPagina') },
              { path: 'financien/boekingen', ...pagina(() => import('./features/financien/BoekingenPagina'), 'BoekingenPagina') },
              { path: 'financien/boekingen/importeren', ...pagina(() => import('./features/financien/ImporterenPagina'), 'ImporterenPagina') },
              { path: 'financien/uitkeringen', ...pagina(() => import('./features/financien/UitkeringenPagina'), 'UitkeringenPagina') },
              { path: 'financien/boekingen/dubbele-financiering', ...pagina(() => import('./features/financien/DubbeleFinancieringPagina'), 'DubbeleFinancieringPagina') },
              { path: 'financien/boekingen/dubbele-financiering/activiteit', ...pagina(() => import('./features/financien/DubbeleFinancieringPagina'), 'ActiviteitFormulierPagina') },
              { path: 'financien/uitkeringen/nieuw', ...pagina(() => import('./features/financien/UitkeringFormulierPagina'), 'UitkeringFormulierPagina') },
              { path: 'financien/uitkeringen/importeren', ...pagina(() => import('./features/financien/UitkeringFormulierPagina'), 'UitkeringenImporterenPagina') },
              { path: 'financien/uitkeringen/:uitkeringId', ...pagina(() => import('./features/financien/UitkeringPagina'), 'UitkeringPagina') },
              { path: 'financien/uitkeringen/:uitkeringId/bewerken', ...pagina(() => import('./features/financien/UitkeringFormulierPagina'), 'UitkeringFormulierPagina') },
              { path: 'financien/verdeelsleutels', ...pagina(() => import('./features/financien/VerdeelsleutelsPagina'), 'VerdeelsleutelsPagina') },
              { path: 'financien/verdeelsleutels/nieuw', ...pagina(() => import('./features/financien/VerdeelsleutelFormulierPagina'), 'VerdeelsleutelFormulierPagina') },
              { path: 'financien/verdeelsleutels/:verdeelsleutelId', ...pagina(() => import('./features/financien/VerdeelsleutelPagina'), 'VerdeelsleutelPagina') },
              { path: 'financien/doorbetalingen', ...pagina(() => import('./features/financien/DoorbetalingenPagina'), 'DoorbetalingenPagina') },
              { path: 'financien/doorbetalingen/nieuw', ...pagina(() => import('./features/financien/DoorbetalingenPagina'), 'DoorbetalingFormulierPagina') },
              { path: 'financien/sisa', ...pagina(() => import('./features/financien/SisaPagina'), 'SisaPagina') },
              { path: 'financien/sisa/:uitkeringId/:gemeentecode', ...pagina(() => import('./features/financien/SisaPagina'), 'SisaFormulierPagina') },
              { path: 'financien/meerjarenraming', ...pagina(() => import('./features/financien/MeerjarenramingPagina'), 'MeerjarenramingPagina') },
              { path: 'financien/meerjarenraming/verplichtingen/nieuw', ...pagina(() => import('./features/financien/RamingFormulierPagina'), 'VerplichtingFormulierPagina') },
              { path: 'financien/meerjarenraming/scenarios/nieuw', ...pagina(() => import('./features/financien/RamingFormulierPagina'), 'ScenarioFormulierPagina') },
              { path: 'plannen', element: <Navigate to="regiobeeld" replace /> },
              ...regiobeeldRoutes,
              ...regioplanRoutes,
              ...uitvoeringsplanRoutes,
              ...transformatieplannenRoutes,
              ...aanvullendePlannenRoutes,
              { path: 'besluiten', element: <Navigate to="vergaderingen" replace /> },
              ...besluitenRoutes,
              { path: 'monitoring', element: <Navigate to="afspraken" replace /> },
              ...afsprakenRoutes,
              ...ketenaanpakkenRoutes,
              ...steunpuntenRoutes,
              ...mijlpalenRoutes,
              ...indicatorenRoutes,
              ...voortgangsrapportagesRoutes,
              ...vensterRoutes,
              { path: 'organisatie/historie', ...pagina(() => import('./features/historie/HistoriePagina'), 'HistoriePagina') },
              { path: '*', ...pagina(() => import('./features/algemeen/NietGevondenPagina'), 'NietGevondenPagina') },
            ],
          },
        ],
      },
      {
        element: <PubliekLayout />,
        children: [
          { path: '*', ...pagina(() => import('./features/algemeen/NietGevondenPagina'), 'NietGevondenPagina') },
        ],
      },
    ],
  },
];

export function maakRouter() {
  return createBrowserRouter(routes);
}
