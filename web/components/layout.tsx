import {
  Button,
  FormLabel,
  Link,
  NavBar,
  PageFooter,
  PageHeader,
  Paragraph,
  Select,
  SelectOption,
  SkipLink,
} from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useMatch, useNavigate, useNavigation, useParams } from 'react-router';
import type { HuidigeSessie, Regio } from '../../common/contracts/regios';
import { meldAf, onthoudRegio, rechtenInRegio, useSessie, type Rechten } from '../features/sessies/sessie';
import { useRegio, useRegios } from '../features/regios/regios.api';
import { label, rolLabels } from '../i18n/nl';
import { accentIsBruikbaar, donkerder } from './kleur';
import { AppLink } from './links';
import { Laadfout, Laden } from './status';

/** Moves focus to the new page's h1 after navigation inside the application (not on first load). */
function useFocusNaNavigatie() {
  const { pathname } = useLocation();
  const eerste = useRef(true);
  useEffect(() => {
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const doel = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
      doel?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

function Voet() {
  return (
    <PageFooter>
      <div className="utrecht-page-footer__content voet">
        <Paragraph>Regiekamer: het werksysteem van de zorgregio.</Paragraph>
        <ul className="voet__links">
          <li>
            <AppLink to="/toegankelijkheid">Toegankelijkheid</AppLink>
          </li>
          <li>
            {/* A full page load: the server serves the interactive API reference at this path. */}
            <Link href="/api-documentatie">API-documentatie</Link>
          </li>
        </ul>
      </div>
    </PageFooter>
  );
}

function Schil({
  kop,
  navigatie,
  stijl,
  children,
}: {
  kop: ReactNode;
  navigatie?: ReactNode;
  stijl?: CSSProperties | undefined;
  children: ReactNode;
}) {
  useFocusNaNavigatie();
  // Pages load on first use; while the next one loads, the current one stays and this says so.
  const pagina = useNavigation();
  return (
    <div className="voorbeeld-theme utrecht-document app" style={stijl}>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="kop">
        <div className="utrecht-page-header__content">{kop}</div>
      </PageHeader>
      {navigatie}
      <div className="utrecht-page-body app__body">
        <div className="utrecht-page-body__content">
          <main id="inhoud" tabIndex={-1} className="inhoud">
            <div role="status" className="paginastatus">
              {pagina.state === 'loading' ? <Paragraph className="laden">Bezig met laden van de pagina…</Paragraph> : null}
            </div>
            {children}
          </main>
        </div>
      </div>
      <Voet />
    </div>
  );
}

function Productnaam() {
  return (
    <AppLink to="/" className="productnaam">
      Regiekamer
    </AppLink>
  );
}

/** Layout of the public pages: no internal navigation (UI.md "public part"). */
export function PubliekLayout({ children }: { children?: ReactNode }) {
  return (
    <Schil
      kop={
        <div className="kop__balk">
          <Productnaam />
        </div>
      }
    >
      {children ?? <Outlet />}
    </Schil>
  );
}

/** Requires a session; otherwise goes to the sign-in page and remembers where the person wanted to go. */
export function Aangemeld() {
  const sessie = useSessie();
  const location = useLocation();
  if (sessie.isPending) {
    return (
      <PubliekLayout>
        <Laden wat="uw sessie" />
      </PubliekLayout>
    );
  }
  if (sessie.isError) {
    return (
      <PubliekLayout>
        <Laadfout fout={sessie.error} wat="uw sessie" />
      </PubliekLayout>
    );
  }
  if (!sessie.data) {
    const terug = `${location.pathname}${location.search}`;
    return <Navigate to={`/inloggen?terug=${encodeURIComponent(terug)}`} replace />;
  }
  return <Outlet />;
}

interface RegioContextWaarde {
  regioId: string;
  regio: Regio | undefined;
  sessie: HuidigeSessie;
  rechten: Rechten;
}

const RegioContext = createContext<RegioContextWaarde | null>(null);

export function useHuidigeRegio(): RegioContextWaarde {
  const waarde = useContext(RegioContext);
  if (!waarde) throw new Error('useHuidigeRegio buiten RegioLayout');
  return waarde;
}

/** The same place in another region: item ids differ per region, so stop at the section. */
export function padInAndereRegio(pathname: string, huidigeRegioId: string, nieuweRegioId: string): string {
  const delen = pathname.split('/').filter(Boolean);
  const index = delen.indexOf(huidigeRegioId);
  const rest = index >= 0 ? delen.slice(index + 1) : [];
  const behouden = rest[0] === 'organisatie' || rest[0] === 'financien' ? rest.slice(0, 2) : rest.slice(0, 1);
  return ['', 'regios', nieuweRegioId, ...behouden].join('/');
}

function Gebruiker({ sessie, rechten }: { sessie: HuidigeSessie; rechten?: Rechten }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [bezig, setBezig] = useState(false);
  const rol = rechten?.isBeheerder ? 'beheerder' : rechten?.rol ? label(rolLabels, rechten.rol) : null;
  return (
    <div className="kop__gebruiker">
      <span>
        <span className="visueel-verborgen">Aangemeld als </span>
        {sessie.gebruiker.naam}
        {rol ? <span className="kop__rol"> ({rol})</span> : null}
      </span>
      <Button
        appearance="secondary-action-button"
        busy={bezig}
        onClick={async () => {
          setBezig(true);
          try {
            await meldAf(queryClient);
          } finally {
            setBezig(false);
            navigate('/inloggen', { replace: true, state: { afgemeld: true } });
          }
        }}
      >
        Uitloggen
      </Button>
    </div>
  );
}

function Regiowisselaar({ regioId }: { regioId: string }) {
  const regios = useRegios();
  const navigate = useNavigate();
  const location = useLocation();
  const [keuze, setKeuze] = useState(regioId);
  useEffect(() => setKeuze(regioId), [regioId]);
  const items = regios.data?.items ?? [];
  if (items.length < 2) return null;
  return (
    <form
      className="regiowisselaar"
      aria-label="Regio wisselen"
      onSubmit={(event) => {
        event.preventDefault();
        if (keuze && keuze !== regioId) navigate(padInAndereRegio(location.pathname, regioId, keuze));
      }}
    >
      <FormLabel htmlFor="regio-keuze">Regio</FormLabel>
      <Select id="regio-keuze" value={keuze} onChange={(e) => setKeuze(e.target.value)}>
        {items.map((r) => (
          <SelectOption key={r.id} value={r.id}>
            {r.naam}
          </SelectOption>
        ))}
      </Select>
      <Button type="submit" appearance="secondary-action-button">
        Wisselen
      </Button>
    </form>
  );
}

function MenuLink({ to, actief, huidig, children }: { to: string; actief: boolean; huidig: boolean; children: ReactNode }) {
  return (
    <li className="utrecht-nav-list__item menu__item">
      <AppLink
        to={to}
        className={`utrecht-nav-list__link menu__link${actief ? ' menu__link--actief' : ''}`}
        aria-current={huidig ? 'page' : undefined}
      >
        {children}
      </AppLink>
    </li>
  );
}

function Hoofdmenu({ regioId }: { regioId: string }) {
  const { pathname } = useLocation();
  const basis = `/regios/${regioId}`;
  const inOrganisatie = pathname.startsWith(`${basis}/organisatie`);
  const inFinancien = pathname.startsWith(`${basis}/financien`);
  const inPlannen = pathname.startsWith(`${basis}/plannen`);
  const inBesluiten = pathname.startsWith(`${basis}/besluiten`);
  const inMonitoring = pathname.startsWith(`${basis}/monitoring`);
  return (
    <NavBar aria-label="Hoofdmenu" className="menu">
      <ul className="utrecht-nav-list menu__lijst breedte">
        <MenuLink to={basis} actief={pathname === basis} huidig={pathname === basis}>
          Overzicht
        </MenuLink>
        <MenuLink to={`${basis}/plannen/regiobeeld`} actief={inPlannen} huidig={false}>
          Plannen
        </MenuLink>
        <MenuLink to={`${basis}/financien/overzicht`} actief={inFinancien} huidig={false}>
          Financiën
        </MenuLink>
        <MenuLink to={`${basis}/besluiten/vergaderingen`} actief={inBesluiten} huidig={false}>
          Besluiten
        </MenuLink>
        <MenuLink to={`${basis}/monitoring/afspraken`} actief={inMonitoring} huidig={false}>
          Monitoring
        </MenuLink>
        <MenuLink to={`${basis}/organisatie/regio`} actief={inOrganisatie} huidig={false}>
          Organisatie
        </MenuLink>
      </ul>
    </NavBar>
  );
}

export const organisatieOnderdelen = [
  { pad: 'regio', label: 'Regio' },
  { pad: 'gemeenten', label: 'Gemeenten' },
  { pad: 'organisaties', label: 'Organisaties' },
  { pad: 'overlegorganen', label: 'Overlegorganen' },
  { pad: 'akkoorden', label: 'Akkoorden' },
  { pad: 'historie', label: 'Historie' },
] as const;

export const financienOnderdelen = [
  { pad: 'overzicht', label: 'Overzicht' },
  { pad: 'begroting', label: 'Begroting' },
  { pad: 'herverdelingen', label: 'Herverdelingen' },
  { pad: 'boekingen', label: 'Boekingen' },
  { pad: 'uitkeringen', label: 'Uitkeringen' },
  { pad: 'verdeelsleutels', label: 'Verdeelsleutels' },
  { pad: 'doorbetalingen', label: 'Doorbetalingen' },
  { pad: 'sisa', label: 'SiSa' },
  { pad: 'meerjarenraming', label: 'Meerjarenraming' },
] as const;

export const plannenOnderdelen = [
  { pad: 'regiobeeld', label: 'Regiobeeld' },
  { pad: 'regioplan', label: 'Regioplan' },
  { pad: 'uitvoeringsplan', label: 'Uitvoeringsplan' },
  { pad: 'transformatieplannen', label: 'Transformatieplannen' },
  { pad: 'aanvullende-plannen', label: 'Aanvullende plannen' },
] as const;

export const besluitenOnderdelen = [
  { pad: 'vergaderingen', label: 'Vergaderingen' },
  { pad: 'besluitenlijst', label: 'Besluitenlijst' },
] as const;

export const monitoringOnderdelen = [
  { pad: 'afspraken', label: 'Afspraken' },
  { pad: 'ketenaanpakken', label: 'Ketenaanpakken' },
  { pad: 'steunpunten', label: 'Steunpunten' },
  { pad: 'indicatoren', label: 'Indicatoren' },
  { pad: 'mijlpalen', label: 'Mijlpalen' },
  { pad: 'voortgangsrapportages', label: 'Voortgangsrapportages' },
  { pad: 'venster', label: 'Venster' },
] as const;

/** The menus with a sub-navigation: their path under the region and their parts. */
export const menus = {
  organisatie: { label: 'Organisatie', onderdelen: organisatieOnderdelen },
  financien: { label: 'Financiën', onderdelen: financienOnderdelen },
  plannen: { label: 'Plannen', onderdelen: plannenOnderdelen },
  besluiten: { label: 'Besluiten', onderdelen: besluitenOnderdelen },
  monitoring: { label: 'Monitoring', onderdelen: monitoringOnderdelen },
} as const;
export type Menu = keyof typeof menus;

function Submenu({ regioId, menu }: { regioId: string; menu: Menu }) {
  const { pathname } = useLocation();
  const basis = `/regios/${regioId}/${menu}`;
  return (
    <nav aria-label={menus[menu].label} className="submenu">
      <ul className="submenu__lijst breedte">
        {menus[menu].onderdelen.map((o) => {
          const pad = `${basis}/${o.pad}`;
          const huidig = pathname === pad;
          const actief = huidig || pathname.startsWith(`${pad}/`);
          return (
            <li key={o.pad} className="submenu__item">
              <AppLink
                to={pad}
                className={`submenu__link${actief ? ' submenu__link--actief' : ''}`}
                aria-current={huidig ? 'page' : undefined}
              >
                {o.label}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Layout of the signed-in pages of one region: header with region switcher, menus, footer. */
export function RegioLayout() {
  const { regioId = '' } = useParams();
  const sessie = useSessie();
  const regio = useRegio(regioId);
  const inOrganisatie = useMatch('/regios/:regioId/organisatie/*');
  const inFinancien = useMatch('/regios/:regioId/financien/*');
  const inPlannen = useMatch('/regios/:regioId/plannen/*');
  const inBesluiten = useMatch('/regios/:regioId/besluiten/*');
  const inMonitoring = useMatch('/regios/:regioId/monitoring/*');
  const huidigeSessie = sessie.data;
  const gebruikerId = huidigeSessie?.gebruiker.id;
  const bestaat = Boolean(regio.data);
  useEffect(() => {
    if (gebruikerId && bestaat) onthoudRegio(gebruikerId, regioId);
  }, [gebruikerId, regioId, bestaat]);
  if (!huidigeSessie) return null;
  const rechten = rechtenInRegio(huidigeSessie, regioId);
  const accent = regio.data?.accentkleur;
  const stijl: CSSProperties | undefined = accentIsBruikbaar(accent)
    ? ({
        '--regio-accent': accent,
        '--basis-color-accent-1-inverse-bg-default': accent,
        '--basis-color-action-1-inverse-bg-default': accent,
        '--basis-color-accent-1-inverse-bg-hover': donkerder(accent),
        '--basis-color-accent-1-inverse-bg-active': donkerder(accent, 0.7),
      } as CSSProperties)
    : undefined;

  return (
    <RegioContext.Provider value={{ regioId, regio: regio.data, sessie: huidigeSessie, rechten }}>
      <Schil
        stijl={stijl}
        kop={
          <div className="kop__balk">
            <Productnaam />
            <Regiowisselaar regioId={regioId} />
            <Gebruiker sessie={huidigeSessie} rechten={rechten} />
          </div>
        }
        navigatie={
          <>
            <Hoofdmenu regioId={regioId} />
            {inOrganisatie ? <Submenu regioId={regioId} menu="organisatie" /> : null}
            {inFinancien ? <Submenu regioId={regioId} menu="financien" /> : null}
            {inPlannen ? <Submenu regioId={regioId} menu="plannen" /> : null}
            {inBesluiten ? <Submenu regioId={regioId} menu="besluiten" /> : null}
            {inMonitoring ? <Submenu regioId={regioId} menu="monitoring" /> : null}
          </>
        }
      >
        {regio.isError ? <RegioFout fout={regio.error} /> : <Outlet />}
      </Schil>
    </RegioContext.Provider>
  );
}

function RegioFout({ fout }: { fout: unknown }) {
  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        Regio niet beschikbaar
      </h1>
      <Laadfout fout={fout} wat="de regio" />
      <Paragraph>
        <AppLink to="/">Naar uw eerste regio</AppLink>
      </Paragraph>
    </>
  );
}

/** Signed-in pages outside a region (start page): the header without region menus. */
export function AangemeldLayout({ children }: { children: ReactNode }) {
  const sessie = useSessie();
  if (!sessie.data) return null;
  return (
    <Schil
      kop={
        <div className="kop__balk">
          <Productnaam />
          <Gebruiker sessie={sessie.data} />
        </div>
      }
    >
      {children}
    </Schil>
  );
}
