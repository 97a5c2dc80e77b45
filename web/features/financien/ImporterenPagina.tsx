import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { boekingSoorten } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { isApiError, type ApiError } from '../../api';
import { AfgekeurdeRegels } from '../../components/afgekeurde-regels';
import { BestandVeld, Foutoverzicht, KeuzeVeld, type Keuze, type Veldfouten } from '../../components/formulier';
import { useFormulierFouten } from '../../components/formulier-status';
import { AppButtonLink, AppLink } from '../../components/links';
import { RegioKop, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { aantal, formatDatum, formatGetal } from '../../format';
import { boekingSoortLabels, label } from '../../i18n/nl';
import { standaardJaar, useBoekingenImporteren, useUitkeringen, type BoekingImport } from './financien.api';
import { jarenTot, useStandaardJaar } from './financien';
import { leesKop, type Bestandskop } from './importbestand';

/**
 * The ledger import as four steps (UI.md "Long work"): choose a file, map its columns, check it
 * (nothing is written), import it. The file goes to the server as it is; the mapping as query
 * parameters (boekingImportQuerySchema).
 */

type Stap = 'bestand' | 'kolommen' | 'controle' | 'resultaat';
const stappen: Record<Stap, { nummer: number; titel: string }> = {
  bestand: { nummer: 1, titel: 'Bestand kiezen' },
  kolommen: { nummer: 2, titel: 'Kolommen toewijzen' },
  controle: { nummer: 3, titel: 'Controleren' },
  resultaat: { nummer: 4, titel: 'Importeren' },
};

/** The fields of a ledger entry and the query parameter of the column that holds each. */
const kolomvelden = [
  { veld: 'datum', param: 'kolomDatum', label: 'Datum', verplicht: true, hint: 'De boekdatum, zoals 15-04-2024 of 2024-04-15.', namen: ['datum', 'boekdatum', 'date'] },
  { veld: 'bedrag', param: 'kolomBedrag', label: 'Bedrag', verplicht: true, hint: 'In euro, zoals 12.500,00 of 1000.', namen: ['bedrag', 'amount', 'bedrag eur', 'bedrag (eur)'] },
  {
    veld: 'begrotingsregel',
    param: 'kolomBegrotingsregel',
    label: 'Begrotingsregel',
    verplicht: true,
    hint: 'De code van de regel in de begroting, zoals 3, 6a of M.',
    namen: ['begrotingsregel', 'onderdeel', 'regel', 'budgetregel', 'code'],
  },
  { veld: 'gemeente', param: 'kolomGemeente', label: 'Gemeente', hint: 'Gemeentecode (GM0984) of naam.', namen: ['gemeente', 'gemeentecode'] },
  { veld: 'organisatie', param: 'kolomOrganisatie', label: 'Organisatie', namen: ['organisatie', 'leverancier', 'crediteur'] },
  { veld: 'activiteit', param: 'kolomActiviteit', label: 'Activiteit of initiatief', namen: ['activiteit', 'initiatief', 'project'] },
  {
    veld: 'documentreferentie',
    param: 'kolomDocumentreferentie',
    label: 'Documentreferentie',
    hint: 'Factuur- of ordernummer; daarmee wordt dubbele financiering opgespoord.',
    namen: ['documentreferentie', 'factuurnummer', 'factuur', 'ordernummer', 'document'],
  },
  { veld: 'omschrijving', param: 'kolomOmschrijving', label: 'Omschrijving', namen: ['omschrijving', 'beschrijving', 'toelichting'] },
] as const;

type Kolomveld = (typeof kolomvelden)[number]['veld'];

interface Toewijzing {
  jaar: string;
  kolommen: Partial<Record<Kolomveld, string>>;
  /** "kolom:<naam>" or "vast:<uitkeringId>". */
  uitkering: string;
  /** "kolom:<naam>" or "vast:uitgave" / "vast:verplichting". */
  soort: string;
}

const opslagSleutel = (regioId: string) => `regiekamer:boekingen-import:${regioId}`;

function onthouden(regioId: string): Toewijzing | null {
  try {
    const tekst = window.localStorage.getItem(opslagSleutel(regioId));
    return tekst ? (JSON.parse(tekst) as Toewijzing) : null;
  } catch {
    return null;
  }
}

function onthoud(regioId: string, toewijzing: Toewijzing) {
  try {
    window.localStorage.setItem(opslagSleutel(regioId), JSON.stringify(toewijzing));
  } catch {
    // Without storage the mapping is simply not remembered.
  }
}

const normaal = (tekst: string) => tekst.toLocaleLowerCase('nl').replace(/[^a-z0-9]+/g, ' ').trim();

/** The mapping to start with: the remembered one where its columns exist, else guessed from the names. */
function beginToewijzing(kolommen: string[], vorige: Toewijzing | null, jaar: number): Toewijzing {
  const bestaat = (keuze: string | undefined) => {
    if (!keuze) return false;
    if (keuze.startsWith('kolom:')) return kolommen.includes(keuze.slice(6));
    return true;
  };
  const raad = (namen: readonly string[]) => kolommen.find((k) => namen.includes(normaal(k)));
  const result: Toewijzing = { jaar: vorige?.jaar ?? String(jaar), kolommen: {}, uitkering: '', soort: '' };
  for (const v of kolomvelden) {
    const eerder = vorige?.kolommen[v.veld];
    result.kolommen[v.veld] = eerder && kolommen.includes(eerder) ? eerder : (raad(v.namen) ?? '');
  }
  const uitkeringKolom = raad(['uitkering', 'subsidie', 'financiering', 'regeling']);
  result.uitkering = bestaat(vorige?.uitkering) ? vorige!.uitkering : uitkeringKolom ? `kolom:${uitkeringKolom}` : '';
  const soortKolom = raad(['soort', 'type', 'boekingssoort']);
  result.soort = bestaat(vorige?.soort) ? vorige!.soort : soortKolom ? `kolom:${soortKolom}` : '';
  return result;
}

function mappingParams(bestandsnaam: string, t: Toewijzing, proef: boolean): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = { bestandsnaam, jaar: t.jaar };
  for (const v of kolomvelden) params[v.param] = t.kolommen[v.veld] || undefined;
  if (t.uitkering.startsWith('kolom:')) params.kolomUitkering = t.uitkering.slice(6);
  else if (t.uitkering.startsWith('vast:')) params.uitkeringId = t.uitkering.slice(5);
  if (t.soort.startsWith('kolom:')) params.kolomSoort = t.soort.slice(6);
  else if (t.soort.startsWith('vast:')) params.soort = t.soort.slice(5);
  if (proef) params.proef = 'true';
  return params;
}

export function ImporterenPagina() {
  const { regioId, pad: boekingenPad, kruimels, rechten } = useOnderdeel('boekingen');
  const basis = `/regios/${regioId}/financien`;
  const [stap, setStap] = useState<Stap>('bestand');
  const [bestand, setBestand] = useState<File | null>(null);
  const [kop, setKop] = useState<Bestandskop | null>(null);
  const [toewijzing, setToewijzing] = useState<Toewijzing | null>(null);
  const [proef, setProef] = useState<BoekingImport | null>(null);
  const [resultaat, setResultaat] = useState<BoekingImport | null>(null);
  const [serverfout, setServerfout] = useState<ApiError | Error | null>(null);
  const [verzonden, setVerzonden] = useState<number | null>(null);
  const importeren = useBoekingenImporteren(regioId);
  // The year to start with: the latest budget year up to now (the one most ledgers belong to).
  const startJaar = useStandaardJaar(regioId) ?? standaardJaar();
  const stapKop = useRef<HTMLHeadingElement>(null);
  const eerste = useRef(true);

  useEffect(() => {
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    stapKop.current?.focus();
  }, [stap]);

  const titel = 'Boekingen importeren';
  const paginaKruimels = [...kruimels, { label: 'Importeren', to: `${boekingenPad}/importeren` }];
  if (!rechten.magFinancienBewerken) {
    return (
      <>
        <RegioKop titel={titel} kruimels={paginaKruimels} />
        <Paragraph>Alleen de regiocoördinator en de financieel adviseur kunnen boekingen importeren.</Paragraph>
      </>
    );
  }

  /** Check (proef) or import with the given mapping; the step shows progress, then the outcome. */
  function verstuur(t: Toewijzing, alsProef: boolean) {
    if (!bestand || !kop) return;
    setServerfout(null);
    if (alsProef) setProef(null);
    else setResultaat(null);
    setVerzonden(0);
    importeren.mutate(
      { bestand, xlsx: kop.xlsx, mapping: mappingParams(bestand.name, t, alsProef), opVoortgang: setVerzonden },
      {
        onSuccess: (uitkomst) => (alsProef ? setProef(uitkomst) : setResultaat(uitkomst)),
        onError: (fout) => setServerfout(fout),
      },
    );
    setStap(alsProef ? 'controle' : 'resultaat');
  }

  const { nummer, titel: stapTitel } = stappen[stap];
  return (
    <>
      <RegioKop titel={titel} kruimels={paginaKruimels}>
        <Paragraph>
          Importeer een export van het financiële systeem van een gemeente (CSV of Excel). Een import is alles of niets: als
          één regel niet klopt, wordt niets geïmporteerd en ziet u per regel wat er mis is. Hetzelfde bestand twee keer
          importeren voegt niets toe.
        </Paragraph>
      </RegioKop>
      <ol className="stappen" aria-label="Stappen">
        {(Object.keys(stappen) as Stap[]).map((s) => (
          <li key={s} className={s === stap ? 'stappen__stap stappen__stap--huidig' : 'stappen__stap'} aria-current={s === stap ? 'step' : undefined}>
            {stappen[s].nummer}. {stappen[s].titel}
          </li>
        ))}
      </ol>
      <Heading2 ref={stapKop} tabIndex={-1}>
        Stap {nummer} van 4: {stapTitel}
      </Heading2>
      {stap === 'bestand' ? (
        <BestandStap
          bestand={bestand}
          onGekozen={(b, k) => {
            setBestand(b);
            setKop(k);
            setToewijzing((huidig) => beginToewijzing(k.kolommen, huidig ?? onthouden(regioId), startJaar));
            setProef(null);
            setResultaat(null);
            setServerfout(null);
            setStap('kolommen');
          }}
        />
      ) : null}
      {stap === 'kolommen' && kop && toewijzing && bestand ? (
        <KolommenStap
          regioId={regioId}
          bestand={bestand}
          kop={kop}
          toewijzing={toewijzing}
          onTerug={() => setStap('bestand')}
          onVolgende={(t) => {
            setToewijzing(t);
            onthoud(regioId, t);
            verstuur(t, true);
          }}
        />
      ) : null}
      {stap === 'controle' ? (
        <ControleStap
          bezig={importeren.isPending}
          verzonden={verzonden}
          aantalRegels={kop?.aantalRegels ?? 0}
          proef={proef}
          fout={serverfout}
          onAnderBestand={() => setStap('bestand')}
          onKolommen={() => setStap('kolommen')}
          onImporteer={() => toewijzing && verstuur(toewijzing, false)}
        />
      ) : null}
      {stap === 'resultaat' ? (
        <ResultaatStap
          bezig={importeren.isPending}
          verzonden={verzonden}
          aantalRegels={kop?.aantalRegels ?? 0}
          resultaat={resultaat}
          fout={serverfout}
          jaar={toewijzing?.jaar ?? ''}
          basis={basis}
          onAnderBestand={() => setStap('bestand')}
          onOpnieuw={() => {
            setBestand(null);
            setKop(null);
            setStap('bestand');
          }}
        />
      ) : null}
    </>
  );
}

function BestandStap({ bestand, onGekozen }: { bestand: File | null; onGekozen: (bestand: File, kop: Bestandskop) => void }) {
  const [gekozen, setGekozen] = useState<File | null>(null);
  const [bezig, setBezig] = useState(false);
  const { fouten, poging, toon } = useFormulierFouten();
  const labels = { bestand: 'Bestand' };
  const fout = fouten.velden.bestand;

  async function verder() {
    if (!gekozen) {
      toon({ velden: { bestand: 'Kies een CSV- of Excel-bestand (.csv of .xlsx)' }, algemeen: [] });
      return;
    }
    if (!/\.(csv|txt|xlsx)$/i.test(gekozen.name)) {
      toon({ velden: { bestand: `“${gekozen.name}” is geen CSV- of Excel-bestand (.csv of .xlsx)` }, algemeen: [] });
      return;
    }
    setBezig(true);
    try {
      const kop = await leesKop(gekozen);
      if (kop.kolommen.length < 3) {
        toon({ velden: { bestand: 'De eerste regel van het bestand heeft geen kolomnamen; zet de kolomnamen op de eerste regel' }, algemeen: [] });
        return;
      }
      onGekozen(gekozen, kop);
    } catch {
      toon({ velden: { bestand: `“${gekozen.name}” kon niet worden gelezen; is het een geldig CSV- of Excel-bestand?` }, algemeen: [] });
    } finally {
      setBezig(false);
    }
  }

  return (
    <form
      noValidate
      className="formulier"
      onSubmit={(event) => {
        event.preventDefault();
        void verder();
      }}
    >
      <Foutoverzicht fouten={fouten} labels={labels} poging={poging} />
      {bestand ? <Paragraph>Vorige keuze: {bestand.name}. Kies het bestand opnieuw, bijvoorbeeld nadat u het hebt verbeterd.</Paragraph> : null}
      <BestandVeld
        fout={fout}
        beschrijving="Een CSV-bestand (met ; of , tussen de kolommen) of een Excel-bestand (.xlsx) met de kolomnamen op de eerste regel."
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onKies={setGekozen}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {bezig ? 'Bezig met lezen…' : 'Volgende'}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function KolommenStap({
  regioId,
  bestand,
  kop,
  toewijzing,
  onTerug,
  onVolgende,
}: {
  regioId: string;
  bestand: File;
  kop: Bestandskop;
  toewijzing: Toewijzing;
  onTerug: () => void;
  onVolgende: (t: Toewijzing) => void;
}) {
  const [t, setT] = useState<Toewijzing>(toewijzing);
  const { fouten, poging, toon } = useFormulierFouten();
  const uitkeringen = useUitkeringen(regioId);
  const labels: Record<string, string> = {
    jaar: 'Jaar',
    uitkering: 'Uitkering',
    soort: 'Soort boeking',
    ...Object.fromEntries(kolomvelden.map((v) => [v.veld, v.label])),
  };
  const kolomKeuzes = (verplicht: boolean): Keuze[] => [
    { waarde: '', label: verplicht ? 'Kies een kolom' : 'Niet in het bestand' },
    ...kop.kolommen.map((k) => ({ waarde: k, label: k })),
  ];
  const zetKolom = (veld: Kolomveld) => (waarde: string) => setT((x) => ({ ...x, kolommen: { ...x.kolommen, [veld]: waarde } }));

  function volgende() {
    const velden: Veldfouten = {};
    for (const v of kolomvelden) {
      if ('verplicht' in v && v.verplicht && !t.kolommen[v.veld]) velden[v.veld] = `Kies de kolom met de ${v.label.toLocaleLowerCase('nl')}`;
    }
    if (!t.uitkering) velden.uitkering = 'Kies de kolom met de uitkering, of één uitkering voor het hele bestand';
    if (!t.soort) velden.soort = 'Kies de kolom met de soort, of dat alle regels verplichtingen of uitgaven zijn';
    if (!/^\d{4}$/.test(t.jaar)) velden.jaar = 'Kies het jaar van de boekingen';
    if (Object.keys(velden).length) {
      toon({ velden, algemeen: [] });
      return;
    }
    onVolgende(t);
  }

  return (
    <form
      noValidate
      className="formulier"
      onSubmit={(event) => {
        event.preventDefault();
        volgende();
      }}
    >
      <Foutoverzicht fouten={fouten} labels={labels} poging={poging} />
      <Paragraph>
        {bestand.name}: {aantal(kop.kolommen.length, 'kolom', 'kolommen')} en {aantal(kop.aantalRegels, 'regel', 'regels')}
        {kop.scheidingsteken ? ` (kolommen gescheiden door “${kop.scheidingsteken}”)` : ''}. Wijs aan in welke kolom elk
        gegeven staat. De keuze wordt voor de volgende import onthouden.
      </Paragraph>
      <KeuzeVeld
        name="jaar"
        label={labels.jaar!}
        verplicht
        beschrijving="De boekingen horen bij de begroting van dit jaar."
        value={t.jaar}
        onChange={(jaar) => setT((x) => ({ ...x, jaar }))}
        fout={fouten.velden.jaar}
        keuzes={jarenTot(standaardJaar() + 1).map((j) => ({ waarde: String(j), label: String(j) }))}
      />
      {kolomvelden.map((v) => (
        <KeuzeVeld
          key={v.veld}
          name={v.veld}
          label={v.label}
          verplicht={'verplicht' in v && v.verplicht}
          beschrijving={'hint' in v ? v.hint : undefined}
          value={t.kolommen[v.veld] ?? ''}
          onChange={zetKolom(v.veld)}
          fout={fouten.velden[v.veld]}
          keuzes={kolomKeuzes('verplicht' in v && v.verplicht)}
        />
      ))}
      <KeuzeVeld
        name="uitkering"
        label={labels.uitkering!}
        verplicht
        beschrijving="De uitkering waaruit elke regel wordt betaald: uit een kolom (met de naam van de uitkering), of één uitkering voor het hele bestand."
        value={t.uitkering}
        onChange={(uitkering) => setT((x) => ({ ...x, uitkering }))}
        fout={fouten.velden.uitkering}
        keuzes={[
          { waarde: '', label: 'Kies een kolom of een uitkering' },
          ...(uitkeringen.data?.items ?? []).map((u) => ({ waarde: `vast:${u.id}`, label: `Hele bestand: ${u.naam}` })),
          ...kop.kolommen.map((k) => ({ waarde: `kolom:${k}`, label: `Kolom: ${k}` })),
        ]}
      />
      <KeuzeVeld
        name="soort"
        label={labels.soort!}
        verplicht
        beschrijving="Verplichting (een opdracht of order) of uitgave (een betaalde factuur): uit een kolom, of hetzelfde voor het hele bestand."
        value={t.soort}
        onChange={(soort) => setT((x) => ({ ...x, soort }))}
        fout={fouten.velden.soort}
        keuzes={[
          { waarde: '', label: 'Kies een kolom of een soort' },
          ...boekingSoorten.map((s) => ({ waarde: `vast:${s}`, label: `Hele bestand: ${label(boekingSoortLabels, s).toLocaleLowerCase('nl')}en` })),
          ...kop.kolommen.map((k) => ({ waarde: `kolom:${k}`, label: `Kolom: ${k}` })),
        ]}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          Controleren
        </Button>
        <Button appearance="secondary-action-button" onClick={onTerug}>
          Vorige
        </Button>
      </ButtonGroup>
    </form>
  );
}

/**
 * Progress of a check or import: first the upload in percent (a real progress bar), then the
 * server reading and checking every row (all or nothing, so it has no partial result to show).
 */
function Voortgang({ tekst, verzonden }: { tekst: string; verzonden: number | null }) {
  const procent = verzonden === null ? null : Math.round(verzonden * 100);
  const uploaden = procent !== null && procent < 100;
  return (
    <div role="status" aria-live="polite" className="voortgang">
      {uploaden ? (
        <>
          <Paragraph className="laden">Bestand verzenden: {procent}%</Paragraph>
          <progress className="voortgang__meter" max={100} value={procent} aria-label="Bestand verzenden">
            {procent}%
          </progress>
        </>
      ) : (
        <>
          <Paragraph className="laden">{tekst}</Paragraph>
          <div className="voortgang__balk" aria-hidden="true" />
        </>
      )}
    </div>
  );
}

function Problemen({ fout, children }: { fout: ApiError | Error; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [fout]);
  const probleem = isApiError(fout) ? fout.probleem : null;
  const params = probleem?.invalidParams ?? [];
  const titel =
    probleem?.status === 409 ? 'Dit bestand is al geïmporteerd' : params.length ? 'Het bestand is niet geïmporteerd' : 'Het importeren is niet gelukt';
  return (
    <div ref={ref} tabIndex={-1} className="probleem">
      <Alert type="error">
        <Heading2 className="alert-kop">{titel}</Heading2>
        <Paragraph>{probleem?.detail ?? probleem?.title ?? 'Er ging iets mis. Probeer het opnieuw.'}</Paragraph>
      </Alert>
      {params.length ? <AfgekeurdeRegels params={params} /> : null}
      {children}
    </div>
  );
}

function ControleStap({
  bezig,
  verzonden,
  aantalRegels,
  proef,
  fout,
  onAnderBestand,
  onKolommen,
  onImporteer,
}: {
  bezig: boolean;
  verzonden: number | null;
  aantalRegels: number;
  proef: BoekingImport | null;
  fout: ApiError | Error | null;
  onAnderBestand: () => void;
  onKolommen: () => void;
  onImporteer: () => void;
}) {
  if (bezig) return <Voortgang verzonden={verzonden} tekst={`Bezig met controleren van ${aantal(aantalRegels, 'regel', 'regels')}…`} />;
  if (fout) {
    return (
      <Problemen fout={fout}>
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={onAnderBestand}>
            Verbeterd bestand kiezen
          </Button>
          <Button appearance="secondary-action-button" onClick={onKolommen}>
            Kolommen aanpassen
          </Button>
        </ButtonGroup>
      </Problemen>
    );
  }
  if (!proef) return null;
  return (
    <>
      <Alert type="ok">
        <Paragraph>
          Alle {aantal(proef.aantalRegels, 'regel', 'regels')} van {proef.bestandsnaam} zijn goedgekeurd, samen{' '}
          {formatEuro(proef.totaalCenten)}. Er is nog niets geïmporteerd.
        </Paragraph>
      </Alert>
      {proef.voorbeeld.length ? (
        <Tabel
          label="Eerste regels"
          bijschrift={`De eerste ${aantal(proef.voorbeeld.length, 'regel', 'regels')} zoals ze worden geïmporteerd`}
          koppen={[{ tekst: 'Regel', numeriek: true }, 'Datum', 'Soort', { tekst: 'Bedrag', numeriek: true }, 'Document']}
        >
          {proef.voorbeeld.map((r) => (
            <TableRow key={r.regel}>
              <TableCell className="numeriek">{formatGetal(r.regel)}</TableCell>
              <TableCell className="geen-afbreking">{formatDatum(r.datum)}</TableCell>
              <TableCell>{label(boekingSoortLabels, r.soort)}</TableCell>
              <TableCell className="numeriek geen-afbreking">{formatEuro(r.bedragCenten)}</TableCell>
              <TableCell>{r.documentreferentie}</TableCell>
            </TableRow>
          ))}
        </Tabel>
      ) : null}
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={onImporteer}>
          {`${aantal(proef.aantalRegels, 'regel', 'regels')} importeren`}
        </Button>
        <Button appearance="secondary-action-button" onClick={onKolommen}>
          Kolommen aanpassen
        </Button>
      </ButtonGroup>
    </>
  );
}

function ResultaatStap({
  bezig,
  verzonden,
  aantalRegels,
  resultaat,
  fout,
  jaar,
  basis,
  onAnderBestand,
  onOpnieuw,
}: {
  bezig: boolean;
  verzonden: number | null;
  aantalRegels: number;
  resultaat: BoekingImport | null;
  fout: ApiError | Error | null;
  jaar: string;
  basis: string;
  onAnderBestand: () => void;
  onOpnieuw: () => void;
}) {
  if (bezig) return <Voortgang verzonden={verzonden} tekst={`Bezig met importeren van ${aantal(aantalRegels, 'regel', 'regels')}…`} />;
  if (fout) {
    return (
      <Problemen fout={fout}>
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={onAnderBestand}>
            Ander bestand kiezen
          </Button>
          <AppButtonLink to={`${basis}/boekingen`} appearance="secondary-action-button">
            Naar de boekingen
          </AppButtonLink>
        </ButtonGroup>
      </Problemen>
    );
  }
  if (!resultaat) return null;
  return (
    <>
      <Alert type="ok" role="status">
        <Paragraph>
          {resultaat.bestandsnaam} is geïmporteerd: {aantal(resultaat.aantalRegels, 'boeking', 'boekingen')}, samen{' '}
          {formatEuro(resultaat.totaalCenten)}.
        </Paragraph>
      </Alert>
      <ul className="linklijst">
        <li>
          <AppLink to={`${basis}/overzicht?jaar=${jaar}`}>Naar het financieel overzicht {jaar}</AppLink>: de besteding per onderdeel
        </li>
        <li>
          <AppLink to={`${basis}/boekingen?jaar=${jaar}`}>Naar de boekingen van {jaar}</AppLink>
        </li>
      </ul>
      <Button appearance="secondary-action-button" onClick={onOpnieuw}>
        Nog een bestand importeren
      </Button>
    </>
  );
}
