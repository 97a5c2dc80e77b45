import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph, TableCell, TableFooter, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { stapDoor, type TransformatieplanDetail, type TransformatieplanStatus } from '../../../common/contracts/transformatieplannen';
import { formatEuro } from '../../../common/geld';
import { isApiError } from '../../api';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { Foutoverzicht, foutenUitFout, KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { useFormulierFouten } from '../../components/formulier-status';
import { HistorieSectie } from '../../components/historie';
import { AppButtonLink, AppLink } from '../../components/links';
import { DetailActies, Gegevenslijst, MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Badge, Melding } from '../../components/status';
import { centenNaarInvoer, euroInvoerNaarCenten, formatDatum, formatGetal } from '../../format';
import { label } from '../../i18n/nl';
import { adviesLabels, adviesToon, domeinLabels, instemmingLabels, standpuntLabels, stapKnop, statusLabels, statusToon } from './labels';
import { useInstemmingVastleggen, useStapZetten, useToekenningVastleggen, useTransformatieplan } from './transformatieplannen.api';
import './transformatieplannen.css';
import { vandaag } from './vandaag';

const afgesloten: readonly TransformatieplanStatus[] = ['afgewezen', 'afgerond'];
/** The statuses in their order, for the overview of where the plan is. */
const fasen: readonly TransformatieplanStatus[] = ['idee', 'snelle-toets', 'ingediend', 'beoordeeld', 'goedgekeurd', 'in-uitvoering', 'afgerond'];

export function TransformatieplanPagina() {
  const { regioId, pad: lijst, kruimels } = useOnderdeel('transformatieplannen');
  const { planId = '' } = useParams();
  const plan = useTransformatieplan(regioId, planId);
  const melding = useMelding();
  const titel = plan.data?.titel ?? 'Transformatieplan';
  return (
    <>
      <RegioKop titel={titel} kruimels={[...kruimels, { label: titel, to: `${lijst}/${planId}` }]} />
      <Melding tekst={melding} />
      <MetGegevens query={plan} wat="het transformatieplan">
        {(p) => <PlanDetail plan={p} />}
      </MetGegevens>
    </>
  );
}

function PlanDetail({ plan: p }: { plan: TransformatieplanDetail }) {
  const { regioId, pad, rechten } = useOnderdeel('transformatieplannen');
  const magBewerken = rechten.magTransformatieplanBewerken(p.penvoerder.id) && !afgesloten.includes(p.status);
  return (
    <>
      <Paragraph>
        <Badge toon={statusToon[p.status]} voorvoegsel="Status">
          {label(statusLabels, p.status)}
        </Badge>
      </Paragraph>
      <DetailActies bewerken={magBewerken ? { tekst: 'Bewerken', naar: `${pad}/${p.id}/bewerken` } : null} />
      <Gegevenslijst
        gegevens={[
          { label: 'Omschrijving', waarde: p.omschrijving || 'Niet vastgelegd', multiline: true },
          { label: 'Penvoerder', waarde: p.penvoerder.naam },
          { label: 'Partners', waarde: p.partners.map((x) => x.naam).join(', ') || 'Geen' },
          { label: 'Domeinen', waarde: p.domeinen.map((d) => label(domeinLabels, d)).join(', ') },
          { label: 'Doelgroep', waarde: p.doelgroep || 'Niet vastgelegd', multiline: true },
          { label: 'Bereik', waarde: p.bereik === null ? 'Niet vastgelegd' : `${formatGetal(p.bereik)} inwoners` },
          { label: 'Betrokken gemeenten', waarde: p.gemeenten.map((g) => g.naam).join(', ') || 'Geen' },
          {
            label: 'Gemeentelijke bijdrage',
            waarde: `${formatEuro(p.gemeentelijkeBijdrageCenten)}${p.bijdrageVoorwaarde ? ` — ${p.bijdrageVoorwaarde}` : ''}`,
            multiline: true,
          },
          { label: 'Addendum', waarde: p.addendum ? `Ja. ${p.addendumToelichting}` : 'Nee', multiline: true },
          { label: 'Ingediend bij', waarde: p.ingediendBij?.naam ?? 'Nog niet ingediend' },
          { label: 'Standpunt van de gemeenten', waarde: <Standpunt plan={p} regioId={regioId} />, multiline: true },
        ]}
      />
      <FinancieringSectie plan={p} />
      <LevensloopSectie plan={p} />
      <InstemmingSectie plan={p} />
      <SnelleToetsSectie plan={p} />
      <BeoordelingenSectie plan={p} />
      <HistorieSectie regioId={regioId} soort="transformatieplan" itemId={p.id} />
    </>
  );
}

function Standpunt({ plan: p, regioId }: { plan: TransformatieplanDetail; regioId: string }) {
  if (!p.standpunt || !p.standpuntBesluit) return <>Nog niet bepaald; het PHO neemt het standpunt in bij besluit.</>;
  const b = p.standpuntBesluit;
  return (
    <>
      {label(standpuntLabels, p.standpunt)}
      {b.toelichting ? `. ${b.toelichting}` : ''} (
      {b.besluitId ? <AppLink to={`/regios/${regioId}/besluiten/besluitenlijst/${b.besluitId}`}>{b.referentie || 'besluit'}</AppLink> : b.referentie}
      {b.datum ? `, ${formatDatum(b.datum)}` : ''})
    </>
  );
}

function FinancieringSectie({ plan: p }: { plan: TransformatieplanDetail }) {
  const { regio, rechten } = useOnderdeel('transformatieplannen');
  // Granted funding is the preferred insurer's decision (or the coordinator's); the server checks again.
  const magToekennen = (rechten.magRegioBewerken || rechten.magBeoordelen(p.verzekeraars.preferent?.id ?? null)) && !afgesloten.includes(p.status) && p.financiering.length > 0;
  return (
    <section aria-labelledby="financiering-kop" className="sectie">
      <Heading2 id="financiering-kop">Financiering per jaar</Heading2>
      {p.financiering.length === 0 ? (
        <Paragraph>Er is nog geen financiering per jaar vastgelegd.</Paragraph>
      ) : (
        <>
          <ExcelKnop
            bestandsnaam={excelBestandsnaam('financiering', p.titel, regio?.naam)}
            bladen={[
              {
                naam: 'Financiering',
                kolommen: [{ kop: 'Jaar', soort: 'getal' }, { kop: 'Aangevraagd', soort: 'euro' }, { kop: 'Toegekend', soort: 'euro' }],
                rijen: p.financiering.map((f) => [f.jaar, f.aangevraagdCenten, f.toegekendCenten]),
                totaal: ['Totaal', p.aangevraagdCenten, p.toegekendCenten],
              },
            ]}
          />
          <Tabel
            label={`Financiering van ${p.titel} per jaar`}
            koppen={['Jaar', { tekst: 'Aangevraagd', numeriek: true }, { tekst: 'Toegekend', numeriek: true }]}
            voet={
              <TableFooter>
                <TableRow className="totaalrij">
                  <TableCell>Totaal</TableCell>
                  <TableCell className="numeriek geen-afbreking">{formatEuro(p.aangevraagdCenten)}</TableCell>
                  <TableCell className="numeriek geen-afbreking">{formatEuro(p.toegekendCenten)}</TableCell>
                </TableRow>
              </TableFooter>
            }
          >
            {p.financiering.map((f) => (
              <TableRow key={f.jaar}>
                <TableCell>{f.jaar}</TableCell>
                <TableCell className="numeriek geen-afbreking">{formatEuro(f.aangevraagdCenten)}</TableCell>
                <TableCell className="numeriek geen-afbreking">{f.toegekendCenten === null ? 'Nog niet toegekend' : formatEuro(f.toegekendCenten)}</TableCell>
              </TableRow>
            ))}
          </Tabel>
        </>
      )}
      {magToekennen ? <ToekenningFormulier plan={p} /> : null}
    </section>
  );
}

function ToekenningFormulier({ plan: p }: { plan: TransformatieplanDetail }) {
  const { regioId } = useOnderdeel('transformatieplannen');
  const vastleggen = useToekenningVastleggen(regioId, p.id);
  const [bedragen, setBedragen] = useState(() => p.financiering.map((f) => (f.toegekendCenten === null ? '' : centenNaarInvoer(f.toegekendCenten))));
  const [gelukt, setGelukt] = useState<string | null>(null);
  const { fouten, poging, toon, wis } = useFormulierFouten();
  const veld = (i: number) => `financiering.${i}.toegekendCenten`;
  const labels = Object.fromEntries(p.financiering.map((f, i) => [veld(i), `Toegekend in ${f.jaar}`]));

  return (
    <form
      noValidate
      className="formulier sectie"
      aria-labelledby="toekenning-kop"
      onSubmit={(event) => {
        event.preventDefault();
        setGelukt(null);
        wis();
        const velden: Record<string, string> = {};
        const financiering = p.financiering.map((f, i) => {
          const tekst = bedragen[i]!.trim();
          if (tekst === '') return { jaar: f.jaar, toegekendCenten: null };
          const centen = euroInvoerNaarCenten(tekst);
          if (centen === null) velden[veld(i)] = 'Vul een bedrag in euro in, zoals 1.500.000 of 1.234,56; leeg als er niets is toegekend';
          return { jaar: f.jaar, toegekendCenten: centen ?? 0 };
        });
        if (Object.keys(velden).length) return toon({ velden, algemeen: [] });
        vastleggen.mutate(
          { financiering },
          {
            onSuccess: () => setGelukt('De toegekende financiering is vastgelegd.'),
            onError: (e) => toon(foutenUitFout(e, Object.keys(labels))),
          },
        );
      }}
    >
      <Heading3 id="toekenning-kop">Toekenning vastleggen</Heading3>
      <Paragraph>Het bedrag dat {p.verzekeraars.preferent?.naam ?? 'de preferente zorgverzekeraar'} per aangevraagd jaar toekent. Laat leeg wat (nog) niet is toegekend.</Paragraph>
      <Melding tekst={gelukt} />
      <Foutoverzicht fouten={fouten} labels={labels} poging={poging} />
      {p.financiering.map((f, i) => (
        <TekstVeld
          key={f.jaar}
          name={veld(i)}
          label={labels[veld(i)]!}
          inputMode="decimal"
          value={bedragen[i]!}
          onChange={(w) => setBedragen((b) => b.map((x, j) => (j === i ? w : x)))}
          fout={fouten.velden[veld(i)]}
          beschrijving={`Aangevraagd: ${formatEuro(f.aangevraagdCenten)}.`}
          className="invoer-kort"
        />
      ))}
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={vastleggen.isPending} disabled={vastleggen.isPending}>
          Toekenning vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function LevensloopSectie({ plan: p }: { plan: TransformatieplanDetail }) {
  const { regioId, rechten } = useOnderdeel('transformatieplannen');
  // Kept here: after a step the buttons may be gone (the next step is someone else's), while the
  // mutation must stay mounted to report its outcome and the message must stay.
  const zetten = useStapZetten(regioId, p.id);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const route = p.status === 'afgewezen' ? [...fasen.slice(0, 4), 'afgewezen' as const] : fasen;
  // Only the steps this person may take: the plan's side, or the preferred insurer (the server checks again).
  const mogelijk = p.volgendeStappen.filter((naar) =>
    stapDoor(naar) === 'verzekeraar' ? rechten.magBeoordelen(p.verzekeraars.preferent?.id ?? null) : rechten.magTransformatieplanBewerken(p.penvoerder.id),
  );
  return (
    <section aria-labelledby="levensloop-kop" className="sectie">
      <Heading2 id="levensloop-kop">Levensloop</Heading2>
      <ol className="stappen" aria-label="Fasen van het plan">
        {route.map((s) => (
          <li key={s} className={s === p.status ? 'stappen__stap stappen__stap--huidig' : 'stappen__stap'} aria-current={s === p.status ? 'step' : undefined}>
            {statusLabels[s]}
          </li>
        ))}
      </ol>
      <ol className="levensloop">
        {p.stappen.map((s) => (
          <li key={s.id}>
            <time dateTime={s.datum}>{formatDatum(s.datum)}</time>: {s.vanStatus ? `${statusLabels[s.vanStatus]} → ` : 'geregistreerd als '}
            {statusLabels[s.naarStatus].toLowerCase()}, door {s.gebruikerNaam}
            {s.organisatie ? ` (${s.organisatie.naam})` : ''}
            {s.toelichting ? <span className="bijzin">. {s.toelichting}</span> : null}
          </li>
        ))}
      </ol>
      <Melding tekst={gelukt} />
      {mogelijk.length ? <StapActies plan={p} stappen={mogelijk} zetten={zetten} onGelukt={setGelukt} /> : null}
      {p.volgendeStappen.length === 0 ? <Paragraph>Het plan is {statusLabels[p.status].toLowerCase()}: er volgt geen stap meer.</Paragraph> : null}
    </section>
  );
}

function StapActies({
  plan: p,
  stappen,
  zetten,
  onGelukt,
}: {
  plan: TransformatieplanDetail;
  stappen: TransformatieplanStatus[];
  zetten: ReturnType<typeof useStapZetten>;
  onGelukt: (melding: string | null) => void;
}) {
  const [datum, setDatum] = useState(vandaag);
  const [toelichting, setToelichting] = useState('');
  const fout = zetten.error;
  const probleem = isApiError(fout) ? fout.probleem : null;
  const ontbreekt = probleem?.invalidParams?.some((x) => x.code === 'instemming-ontbreekt');
  const geenToets = probleem?.invalidParams?.some((x) => x.code === 'snelle-toets-ontbreekt' || x.code === 'snelle-toets-niet-positief');
  const datumFout = probleem?.invalidParams?.find((x) => x.name === 'datum')?.reason;

  function zet(naar: TransformatieplanStatus) {
    onGelukt(null);
    zetten.mutate(
      { naar, datum, toelichting },
      {
        onSuccess: (na) => {
          setToelichting('');
          onGelukt(naar === 'ingediend' && na.ingediendBij ? `Het plan is ingediend bij ${na.ingediendBij.naam}.` : `Het plan is nu: ${statusLabels[naar].toLowerCase()}.`);
        },
      },
    );
  }

  return (
    <div className="formulier stapacties">
      <Heading3>Volgende stap</Heading3>
      {fout ? (
        <div className="weigering">
          <Alert type="error">
            <Heading3 className="alert-kop">{ontbreekt || geenToets ? 'Indienen kan nog niet' : 'Deze stap kan niet'}</Heading3>
            <Paragraph>{probleem?.detail ?? 'Probeer het opnieuw.'}</Paragraph>
            {geenToets ? <Paragraph>De regel: eerst de snelle toets. Een plan gaat pas naar de zorgverzekeraar als de laatste snelle toets positief is.</Paragraph> : null}
            {ontbreekt ? (
              <Paragraph>
                De regel: een plan dat het sociaal domein raakt, gaat pas naar de zorgverzekeraar als elke betrokken gemeente heeft ingestemd. Leg
                hieronder bij «Instemming van de gemeenten» de instemming vast zodra het college heeft besloten.
              </Paragraph>
            ) : null}
          </Alert>
        </div>
      ) : null}
      <TekstVeld name="stap-datum" label="Datum van de stap" type="date" value={datum} onChange={setDatum} fout={datumFout} className="invoer-kort" verplicht />
      <TekstvakVeld name="stap-toelichting" label="Toelichting bij de stap" value={toelichting} onChange={setToelichting} rows={2} />
      <ButtonGroup>
        {stappen.map((naar) => (
          <Button key={naar} appearance={naar === 'afgewezen' ? 'secondary-action-button' : 'primary-action-button'} busy={zetten.isPending} disabled={zetten.isPending} onClick={() => zet(naar)}>
            {stapKnop(naar, p.verzekeraars.preferent?.naam)}
          </Button>
        ))}
      </ButtonGroup>
    </div>
  );
}

function InstemmingSectie({ plan: p }: { plan: TransformatieplanDetail }) {
  const { rechten } = useOnderdeel('transformatieplannen');
  const eigen = p.instemmingen.filter((i) => rechten.magVoorGemeenteSpreken(i.gemeente.gemeentecode));
  const historie = p.instemmingen
    .flatMap((i) => i.historie.map((h) => ({ ...h, gemeente: i.gemeente.naam })))
    .sort((a, b) => a.datum.localeCompare(b.datum) || a.id - b.id);
  return (
    <section aria-labelledby="instemming-kop" className="sectie">
      <Heading2 id="instemming-kop">Instemming van de gemeenten</Heading2>
      {p.instemmingVereist ? (
        p.ontbrekendeInstemmingen.length ? (
          <Alert type="warning">
            <Heading3 className="alert-kop">
              Instemming ontbreekt van {p.ontbrekendeInstemmingen.length === 1 ? 'één gemeente' : `${p.ontbrekendeInstemmingen.length} gemeenten`}
            </Heading3>
            <Paragraph>Het plan raakt het sociaal domein. Het kan pas worden ingediend als deze gemeenten hebben ingestemd:</Paragraph>
            <ul className="ontbrekend">
              {p.ontbrekendeInstemmingen.map((g) => (
                <li key={g.gemeentecode}>{g.naam}</li>
              ))}
            </ul>
          </Alert>
        ) : (
          <Paragraph>Het plan raakt het sociaal domein; alle betrokken gemeenten hebben ingestemd.</Paragraph>
        )
      ) : (
        <Paragraph>Het plan raakt het sociaal domein niet; instemming van de gemeenten is voor indienen niet nodig.</Paragraph>
      )}
      {p.instemmingen.length ? (
        <Tabel label="Instemming per betrokken gemeente" koppen={['Gemeente', 'Stand', 'Laatst vastgelegd']}>
          {p.instemmingen.map((i) => {
            const laatste = i.historie.at(-1);
            return (
              <TableRow key={i.gemeente.gemeentecode}>
                <TableCell>{i.gemeente.naam}</TableCell>
                <TableCell>
                  {i.huidig === 'verleend' ? (
                    <Badge toon="goed">Ingestemd</Badge>
                  ) : (
                    <Badge toon={p.instemmingVereist ? 'waarschuwing' : 'inactief'}>{i.huidig === 'ingetrokken' ? 'Ingetrokken: ontbreekt' : 'Ontbreekt'}</Badge>
                  )}
                </TableCell>
                <TableCell>{laatste ? `${formatDatum(laatste.datum)}${laatste.referentie ? `, ${laatste.referentie}` : ''}` : 'Nog niets vastgelegd'}</TableCell>
              </TableRow>
            );
          })}
        </Tabel>
      ) : null}
      {historie.length ? (
        <details className="sectie">
          <summary>Alle vastleggingen ({historie.length})</summary>
          <ol className="levensloop">
            {historie.map((h) => (
              <li key={h.id}>
                <time dateTime={h.datum}>{formatDatum(h.datum)}</time>: {h.gemeente} — {label(instemmingLabels, h.soort).toLowerCase()}
                {h.referentie ? `, ${h.referentie}` : ''} (vastgelegd door {h.gebruikerNaam}){h.toelichting ? `. ${h.toelichting}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {eigen.length && !afgesloten.includes(p.status) ? <InstemmingFormulier plan={p} gemeenten={eigen} /> : null}
    </section>
  );
}

const instemmingVeldLabels: Record<string, string> = { gemeentecode: 'Gemeente', soort: 'Wat', datum: 'Datum van het collegebesluit', referentie: 'Referentie', toelichting: 'Toelichting' };

function InstemmingFormulier({ plan: p, gemeenten }: { plan: TransformatieplanDetail; gemeenten: TransformatieplanDetail['instemmingen'] }) {
  const { regioId } = useOnderdeel('transformatieplannen');
  const vastleggen = useInstemmingVastleggen(regioId, p.id);
  const eerste = gemeenten.find((g) => g.huidig !== 'verleend') ?? gemeenten[0]!;
  const [invoer, setInvoer] = useState({ gemeentecode: eerste.gemeente.gemeentecode, soort: eerste.huidig === 'verleend' ? 'ingetrokken' : 'verleend', datum: vandaag(), referentie: '', toelichting: '' });
  const [gelukt, setGelukt] = useState<string | null>(null);
  const { fouten, poging, toon, wis } = useFormulierFouten();
  const zet = (veld: keyof typeof invoer) => (waarde: string) => setInvoer((i) => ({ ...i, [veld]: waarde }));
  const kiesGemeente = (code: string) => {
    const huidig = gemeenten.find((g) => g.gemeente.gemeentecode === code)?.huidig;
    setInvoer((i) => ({ ...i, gemeentecode: code, soort: huidig === 'verleend' ? 'ingetrokken' : 'verleend' }));
  };
  const naam = (code: string) => gemeenten.find((g) => g.gemeente.gemeentecode === code)?.gemeente.naam ?? code;

  return (
    <form
      noValidate
      className="formulier sectie"
      aria-labelledby="instemming-formulier-kop"
      onSubmit={(event) => {
        event.preventDefault();
        setGelukt(null);
        wis();
        vastleggen.mutate(
          { ...invoer, soort: invoer.soort as 'verleend' | 'ingetrokken' },
          {
            onSuccess: () => {
              setGelukt(`${invoer.soort === 'verleend' ? 'De instemming' : 'Het intrekken van de instemming'} van ${naam(invoer.gemeentecode)} is vastgelegd.`);
              setInvoer((i) => ({ ...i, referentie: '', toelichting: '', soort: i.soort === 'verleend' ? 'ingetrokken' : 'verleend' }));
            },
            onError: (e) => toon(foutenUitFout(e, Object.keys(instemmingVeldLabels))),
          },
        );
      }}
    >
      <Heading3 id="instemming-formulier-kop">Instemming vastleggen</Heading3>
      <Melding tekst={gelukt} />
      <Foutoverzicht fouten={fouten} labels={instemmingVeldLabels} poging={poging} />
      <KeuzeVeld
        name="gemeentecode"
        label={instemmingVeldLabels.gemeentecode!}
        value={invoer.gemeentecode}
        onChange={kiesGemeente}
        fout={fouten.velden.gemeentecode}
        keuzes={gemeenten.map((g) => ({ waarde: g.gemeente.gemeentecode, label: `${g.gemeente.naam} (${g.huidig === 'verleend' ? 'ingestemd' : 'ontbreekt'})` }))}
        verplicht
      />
      <KeuzeVeld
        name="soort"
        label={instemmingVeldLabels.soort!}
        value={invoer.soort}
        onChange={zet('soort')}
        fout={fouten.velden.soort}
        keuzes={[
          { waarde: 'verleend', label: 'Het college stemt in' },
          { waarde: 'ingetrokken', label: 'Het college trekt de instemming in' },
        ]}
        verplicht
      />
      <TekstVeld name="datum" label={instemmingVeldLabels.datum!} type="date" value={invoer.datum} onChange={zet('datum')} fout={fouten.velden.datum} className="invoer-kort" verplicht />
      <TekstVeld name="referentie" label={instemmingVeldLabels.referentie!} value={invoer.referentie} onChange={zet('referentie')} fout={fouten.velden.referentie} beschrijving="Bijvoorbeeld het nummer van het collegebesluit." />
      <TekstvakVeld name="toelichting" label={instemmingVeldLabels.toelichting!} value={invoer.toelichting} onChange={zet('toelichting')} fout={fouten.velden.toelichting} rows={2} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={vastleggen.isPending} disabled={vastleggen.isPending}>
          Instemming vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function SnelleToetsSectie({ plan: p }: { plan: TransformatieplanDetail }) {
  const { pad, rechten } = useOnderdeel('transformatieplannen');
  const preferent = p.verzekeraars.preferent;
  const mag = p.status === 'snelle-toets' && rechten.magBeoordelen(preferent?.id ?? null);
  return (
    <section aria-labelledby="snelle-toets-kop" className="sectie">
      <Heading2 id="snelle-toets-kop">Snelle toets</Heading2>
      {p.snelleToetsen.length === 0 ? (
        <Paragraph>{preferent ? `${preferent.naam} heeft nog geen snelle toets vastgelegd.` : 'Er is nog geen snelle toets vastgelegd.'}</Paragraph>
      ) : (
        <ul className="linklijst">
          {p.snelleToetsen.map((t) => (
            <li key={t.id}>
              <Badge toon={adviesToon[t.uitkomst]} voorvoegsel="Uitkomst">
                {label(adviesLabels, t.uitkomst)}
              </Badge>{' '}
              {formatDatum(t.datum)}, {t.organisatie?.naam ?? 'zorgverzekeraar'}
              {t.toelichting ? `: ${t.toelichting}` : ''}
            </li>
          ))}
        </ul>
      )}
      {mag ? (
        <Paragraph>
          <AppButtonLink to={`${pad}/${p.id}/snelle-toets`} appearance="secondary-action-button">
            Snelle toets vastleggen
          </AppButtonLink>
        </Paragraph>
      ) : null}
    </section>
  );
}

function BeoordelingenSectie({ plan: p }: { plan: TransformatieplanDetail }) {
  const { preferent, tweede } = p.verzekeraars;
  const verzekeraars = [
    preferent && { organisatie: preferent, rol: 'preferente zorgverzekeraar' },
    tweede && { organisatie: tweede, rol: 'tweede zorgverzekeraar' },
    // An assessment by an insurer that no longer holds either role stays readable.
    ...p.beoordelingen
      .filter((b) => b.organisatie.id !== preferent?.id && b.organisatie.id !== tweede?.id)
      .map((b) => ({ organisatie: b.organisatie, rol: 'eerdere zorgverzekeraar' })),
  ].filter((x): x is { organisatie: { id: string; naam: string }; rol: string } => Boolean(x));
  return (
    <section aria-labelledby="beoordelingen-kop" className="sectie">
      <Heading2 id="beoordelingen-kop">Beoordeling door de zorgverzekeraars</Heading2>
      <Paragraph>
        Beoordeeld op de criteria van de regio: {p.criteria.map((c) => `«${c.vraag}»`).join(', ')}.
      </Paragraph>
      {verzekeraars.length === 0 ? (
        <Paragraph>De regio heeft nog geen preferente of tweede zorgverzekeraar vastgelegd.</Paragraph>
      ) : (
        <div className="naast-elkaar">
          {verzekeraars.map((v) => (
            <Beoordeling key={v.organisatie.id} plan={p} organisatie={v.organisatie} rol={v.rol} />
          ))}
        </div>
      )}
    </section>
  );
}

function Beoordeling({ plan: p, organisatie, rol }: { plan: TransformatieplanDetail; organisatie: { id: string; naam: string }; rol: string }) {
  const { pad, rechten } = useOnderdeel('transformatieplannen');
  const b = p.beoordelingen.find((x) => x.organisatie.id === organisatie.id);
  const mag = rechten.magBeoordelen(organisatie.id) && (p.status === 'ingediend' || p.status === 'beoordeeld') && rol !== 'eerdere zorgverzekeraar';
  return (
    <article className="beoordeling" aria-labelledby={`beoordeling-${organisatie.id}`}>
      <Heading3 id={`beoordeling-${organisatie.id}`}>
        {organisatie.naam} <span className="bijzin">({rol})</span>
      </Heading3>
      {b ? (
        <>
          <Paragraph>
            <Badge toon={adviesToon[b.advies]} voorvoegsel="Conclusie">
              {label(adviesLabels, b.advies)}
            </Badge>{' '}
            {formatDatum(b.datum)}, door {b.gebruikerNaam}
          </Paragraph>
          <Paragraph>{b.toelichting}</Paragraph>
          <Tabel label={`Scores van ${organisatie.naam}`} koppen={['Criterium', { tekst: 'Score', numeriek: true }, 'Reden']}>
            {p.criteria.map((c) => {
              const s = b.scores.find((x) => x.criteriumId === c.id);
              return (
                <TableRow key={c.id}>
                  <TableCell>{c.vraag}</TableCell>
                  <TableCell className="numeriek geen-afbreking">{s ? `${s.score} (schaal ${c.schaalMin}–${c.schaalMax})` : 'niet gescoord'}</TableCell>
                  <TableCell>{s?.reden ?? ''}</TableCell>
                </TableRow>
              );
            })}
          </Tabel>
        </>
      ) : (
        <Paragraph>Nog niet beoordeeld.</Paragraph>
      )}
      {mag ? (
        <Paragraph>
          <AppButtonLink to={`${pad}/${p.id}/beoordeling/${organisatie.id}`} appearance={b ? 'secondary-action-button' : 'primary-action-button'}>
            {b ? `Beoordeling van ${organisatie.naam} wijzigen` : `Beoordeling van ${organisatie.naam} invullen`}
          </AppButtonLink>
        </Paragraph>
      ) : null}
    </article>
  );
}
