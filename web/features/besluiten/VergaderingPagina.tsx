import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  Heading3,
  Heading4,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { stemKeuzes, type Agendapunt, type VergaderingDetail } from '../../../common/contracts/besluiten';
import { isApiError } from '../../api';
import { VerwijderKnop } from '../../components/bevestiging';
import { TekstvakVeld, VinkVeld } from '../../components/formulier';
import { HistorieSectie } from '../../components/historie';
import { AppButtonLink, AppLink } from '../../components/links';
import { DetailActies, Gegevenslijst, MetGegevens, RegioKop, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { aantal, formatDatum } from '../../format';
import {
  besluitPad,
  useAanwezigheid,
  useAgendapuntVerwijderen,
  useBesluitNemen,
  useStemmen,
  useStemming,
  useVergadering,
  useVergaderingVerwijderen,
} from './besluiten.api';
import {
  AgendapuntStatus,
  labelVan,
  regelsTekst,
  StandpuntenTabel,
  StemmenTabel,
  stemLabels,
  Uitkomst,
  VergaderingStatus,
  voorstelSoortLabels,
  wijzeLabels,
} from './besluiten';

/** Why an action failed: the problem's detail and every reason it names, announced at once. */
function Probleem({ fout, tekst }: { fout: unknown; tekst: string }) {
  if (!fout) return null;
  const probleem = isApiError(fout) ? fout.probleem : null;
  const redenen = (probleem?.invalidParams ?? []).map((p) => p.reason).filter((r) => r !== probleem?.detail);
  return (
    <div role="alert" className="weigering">
      <Alert type="error">
        <Paragraph>
          {tekst}: {probleem ? (probleem.detail ?? probleem.title) : 'probeer het opnieuw.'}
        </Paragraph>
        {redenen.length > 1 || (redenen.length === 1 && !probleem?.detail?.includes(redenen[0]!)) ? (
          <ul>
            {redenen.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : null}
      </Alert>
    </div>
  );
}


export function VergaderingPagina() {
  const { regioId, pad: lijstPad, kruimels, rechten } = useOnderdeel('vergaderingen');
  const { vergaderingId = '' } = useParams();
  const vergadering = useVergadering(regioId, vergaderingId);
  const verwijderen = useVergaderingVerwijderen(regioId, vergaderingId);
  const melding = useMelding();
  const pad = `${lijstPad}/${vergaderingId}`;
  const titel = vergadering.data?.titel ?? 'Vergadering';
  const mag = rechten.magBesluitenBewerken;
  return (
    <>
      <RegioKop titel={titel} kruimels={[...kruimels, { label: titel, to: pad }]} />
      <Melding tekst={melding} />
      <MetGegevens query={vergadering} wat="de vergadering">
        {(v) => (
          <>
            <Gegevenslijst
              className="sectie"
              gegevens={[
                { label: 'Overlegorgaan', waarde: <AppLink to={`/regios/${regioId}/organisatie/overlegorganen/${v.overlegorgaan.id}`}>{v.overlegorgaan.naam}</AppLink> },
                { label: 'Datum', waarde: formatDatum(v.datum) },
                { label: 'Locatie', waarde: v.locatie || 'Niet vastgelegd' },
                { label: 'Status', waarde: <VergaderingStatus status={v.status} /> },
                {
                  label: 'Besluitregels',
                  waarde: v.metStemming
                    ? `${regelsTekst(v.besluitregels)}; één stem per gemeente.`
                    : `${v.overlegorgaan.naam} heeft geen stemgerechtigde zetels en besluit zonder hoofdelijke stemming; het secretariaat legt de uitkomst vast.`,
                },
              ]}
            />
            {mag ? (
              <DetailActies
                bewerken={{ tekst: 'Vergadering bewerken', naar: `${pad}/bewerken` }}
                verwijderen={
                  v.aantalBesluiten === 0
                    ? {
                        knopTekst: 'Vergadering verwijderen',
                        vraag: `Weet u zeker dat u "${v.titel}" met haar agenda wilt verwijderen?`,
                        mutatie: verwijderen,
                        naar: lijstPad,
                        melding: `"${v.titel}" is verwijderd.`,
                      }
                    : null
                }
              />
            ) : null}
            <AanwezigheidSectie regioId={regioId} vergadering={v} mag={mag} />
            <section aria-labelledby="agenda-kop" className="sectie">
              <Heading2 id="agenda-kop">Agenda</Heading2>
              {mag ? (
                <Paragraph>
                  <AppButtonLink to={`${pad}/agendapunten/nieuw`} appearance="secondary-action-button">
                    Agendapunt toevoegen
                  </AppButtonLink>
                </Paragraph>
              ) : null}
              {v.agendapunten.length === 0 ? (
                <Paragraph>Hier staan de agendapunten met hun voorstellen. Deze vergadering heeft nog geen agenda.</Paragraph>
              ) : (
                v.agendapunten.map((a) => <AgendapuntSectie key={a.id} regioId={regioId} pad={pad} vergadering={v} punt={a} />)
              )}
            </section>
            <HistorieSectie regioId={regioId} soort="vergadering" itemId={v.id} />
          </>
        )}
      </MetGegevens>
    </>
  );
}

type Zetel = VergaderingDetail['zetels'][number];
const zetelNaam = (z: Zetel) => (z.gemeente ? z.gemeente.naam : z.naam || z.functie);

function AanwezigheidSectie({ regioId, vergadering: v, mag }: { regioId: string; vergadering: VergaderingDetail; mag: boolean }) {
  const [aanwezig, setAanwezig] = useState<Set<string>>(() => new Set(v.zetels.filter((z) => z.aanwezig).map((z) => z.lidId)));
  const opslaan = useAanwezigheid(regioId, v.id);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const stemgerechtigd = v.zetels.filter((z) => z.stemgerechtigd);
  const aanwezigeKiezers = stemgerechtigd.filter((z) => z.aanwezig).length;
  // Once every item is decided, presence is part of the record and no longer changes here.
  const allesBesloten = v.agendapunten.length > 0 && v.agendapunten.every((a) => a.status === 'besloten');
  return (
    <section aria-labelledby="aanwezigheid-kop" className="sectie">
      <Heading2 id="aanwezigheid-kop">Aanwezigheid</Heading2>
      {v.zetels.length === 0 ? (
        <Paragraph>{v.overlegorgaan.naam} heeft nog geen leden; leg ze vast bij het overlegorgaan.</Paragraph>
      ) : (
        <Paragraph>
          {v.aanwezigheidVastgelegd
            ? `${aantal(v.zetels.filter((z) => z.aanwezig).length, 'zetel', 'zetels')} van ${v.zetels.length} aanwezig${stemgerechtigd.length ? `, waarvan ${aanwezigeKiezers} van de ${stemgerechtigd.length} stemgerechtigde gemeenten` : ''}.`
            : 'De aanwezigheid is nog niet vastgelegd. Wie aanwezig is bij het openen van een stemming, stemt mee.'}
        </Paragraph>
      )}
      {mag && v.zetels.length > 0 && !allesBesloten ? (
        <form
          noValidate
          className="formulier"
          onSubmit={(event) => {
            event.preventDefault();
            setGelukt(null);
            opslaan.mutate([...aanwezig], { onSuccess: () => setGelukt('De aanwezigheid is opgeslagen.') });
          }}
        >
          <Fieldset>
            <FieldsetLegend>Aanwezige zetels</FieldsetLegend>
            {v.zetels.map((z) => (
              <VinkVeld
                key={z.lidId}
                name={`aanwezig-${z.lidId}`}
                label={`${zetelNaam(z)}${z.stemgerechtigd ? '' : ' (niet stemgerechtigd)'}`}
                checked={aanwezig.has(z.lidId)}
                onChange={(aan) =>
                  setAanwezig((huidig) => {
                    const nieuw = new Set(huidig);
                    if (aan) nieuw.add(z.lidId);
                    else nieuw.delete(z.lidId);
                    return nieuw;
                  })
                }
              />
            ))}
          </Fieldset>
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={opslaan.isPending} disabled={opslaan.isPending}>
              Aanwezigheid opslaan
            </Button>
            <Button appearance="subtle-button" onClick={() => setAanwezig(new Set(v.zetels.map((z) => z.lidId)))}>
              Iedereen aanwezig
            </Button>
          </ButtonGroup>
          <Melding tekst={gelukt} />
          <Probleem fout={opslaan.error} tekst="De aanwezigheid opslaan is niet gelukt" />
        </form>
      ) : v.aanwezigheidVastgelegd ? (
        <Paragraph>Aanwezig: {v.zetels.filter((z) => z.aanwezig).map(zetelNaam).join(', ') || 'niemand'}.</Paragraph>
      ) : null}
    </section>
  );
}

function AgendapuntSectie({ regioId, pad, vergadering: v, punt: a }: { regioId: string; pad: string; vergadering: VergaderingDetail; punt: Agendapunt }) {
  const { rechten } = useOnderdeel('vergaderingen');
  const verwijderen = useAgendapuntVerwijderen(regioId, v.id);
  const kopId = `agendapunt-${a.id}`;
  const mag = rechten.magBesluitenBewerken;
  return (
    <section aria-labelledby={kopId} className="sectie">
      <Heading3 id={kopId}>
        {a.volgorde}. {a.titel} <AgendapuntStatus status={a.status} />
      </Heading3>
      {a.toelichting ? <Paragraph>{a.toelichting}</Paragraph> : null}
      {a.voorstel ? (
        <Gegevenslijst
          gegevens={[
            { label: 'Voorstel', waarde: labelVan(voorstelSoortLabels, a.voorstel.soort) },
            { label: 'Wat', waarde: <VoorstelDoel regioId={regioId} punt={a} /> },
            ...(a.voorstel.beslispunt && a.voorstel.soort !== 'overig' ? [{ label: 'Beslispunt', waarde: a.voorstel.beslispunt, multiline: true }] : []),
          ]}
        />
      ) : (
        <Paragraph>Geen voorstel: dit agendapunt is ter bespreking of informatie.</Paragraph>
      )}
      {mag && a.status === 'open' ? (
        <ButtonGroup className="acties">
          <AppButtonLink to={`${pad}/agendapunten/${a.id}/bewerken`} appearance="secondary-action-button">
            Bewerken<span className="visueel-verborgen"> {a.titel}</span>
          </AppButtonLink>
          <VerwijderKnop
            knopTekst="Verwijderen"
            toevoeging={a.titel}
            vraag={`Weet u zeker dat u "${a.titel}" van de agenda wilt halen? De standpunten erbij vervallen.`}
            bezig={verwijderen.isPending}
            onBevestig={() => verwijderen.mutate(a.id)}
          />
        </ButtonGroup>
      ) : null}
      <Probleem fout={verwijderen.error} tekst="Verwijderen is niet gelukt" />
      {a.voorstel ? (
        <>
          <StandpuntenBlok pad={pad} vergadering={v} punt={a} />
          <StemmingBlok regioId={regioId} vergadering={v} punt={a} />
        </>
      ) : null}
    </section>
  );
}

/** What the proposal is about, with a link to where it can be seen. */
function VoorstelDoel({ regioId, punt: a }: { regioId: string; punt: Agendapunt }) {
  const v = a.voorstel!;
  const basis = `/regios/${regioId}`;
  const [pad, tekst] = v.begroting
    ? [`${basis}/financien/begroting/${v.begroting.jaar}`, `begroting ${v.begroting.jaar}`]
    : v.aanvullendPlanId
      ? [`${basis}/plannen/aanvullende-plannen/${v.aanvullendPlanId}`, 'aanvullend plan']
      : v.transformatieplanId
        ? [`${basis}/plannen/transformatieplannen/${v.transformatieplanId}`, 'transformatieplan']
        : v.uitvoeringsplanId
          ? [`${basis}/plannen/uitvoeringsplan`, 'uitvoeringsplannen']
          : [null, null];
  if (!pad) return <>{v.omschrijving}</>;
  return (
    <>
      {v.omschrijving} (<AppLink to={pad}>{tekst}</AppLink>)
    </>
  );
}

function StandpuntenBlok({ pad, vergadering: v, punt: a }: { pad: string; vergadering: VergaderingDetail; punt: Agendapunt }) {
  const { rechten } = useOnderdeel('vergaderingen');
  const navigate = useNavigate();
  const kiezers = v.zetels.filter((z) => z.stemgerechtigd && z.gemeente).map((z) => z.gemeente!);
  const eigen = kiezers.filter((g) => rechten.magVoorGemeenteSpreken(g.gemeentecode));
  const [keuze, setKeuze] = useState(eigen[0]?.gemeentecode ?? '');
  if (kiezers.length === 0) return null;
  const s = a.standpunten;
  const kopId = `standpunten-${a.id}`;
  return (
    <section aria-labelledby={kopId}>
      <Heading4 id={kopId}>Standpunten van de colleges</Heading4>
      <Paragraph>
        {s.akkoord.length} akkoord, {s.nietAkkoord.length} niet akkoord, {s.onthouding.length} onthouding, {s.onbekend.length} nog onbekend.
      </Paragraph>
      {s.risico ? (
        <Alert type="warning">
          <Paragraph>
            <strong>Risico op overstemming:</strong> {s.risico}
          </Paragraph>
        </Alert>
      ) : null}
      {s.items.length ? <StandpuntenTabel label={`Standpunten over ${a.titel}`} standpunten={s.items} /> : null}
      {a.status !== 'besloten' && eigen.length === 1 ? (
        <Paragraph>
          <AppButtonLink to={`${pad}/agendapunten/${a.id}/standpunten/${eigen[0]!.gemeentecode}`} appearance="secondary-action-button">
            Standpunt van {eigen[0]!.naam} vastleggen<span className="visueel-verborgen"> over {a.titel}</span>
          </AppButtonLink>
        </Paragraph>
      ) : null}
      {a.status !== 'besloten' && eigen.length > 1 ? (
        <form
          className="filters"
          aria-label={`Standpunt vastleggen over ${a.titel}`}
          onSubmit={(event) => {
            event.preventDefault();
            if (keuze) navigate(`${pad}/agendapunten/${a.id}/standpunten/${keuze}`);
          }}
        >
          <div className="filters__velden">
            <FormField type="text" className="filters__veld">
              <FormLabel htmlFor={`standpunt-gemeente-${a.id}`}>Gemeente</FormLabel>
              <Select id={`standpunt-gemeente-${a.id}`} value={keuze} onChange={(e) => setKeuze(e.target.value)}>
                {eigen.map((g) => (
                  <SelectOption key={g.gemeentecode} value={g.gemeentecode}>
                    {g.naam}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
          </div>
          <Button type="submit" appearance="secondary-action-button">
            Standpunt vastleggen<span className="visueel-verborgen"> over {a.titel}</span>
          </Button>
        </form>
      ) : null}
    </section>
  );
}

function StemmingBlok({ regioId, vergadering: v, punt: a }: { regioId: string; vergadering: VergaderingDetail; punt: Agendapunt }) {
  const { rechten } = useOnderdeel('vergaderingen');
  const mag = rechten.magBesluitenBewerken;
  const stemming = useStemming(regioId, v.id, a.id);
  const besluit = useBesluitNemen(regioId, v.id, a.id);
  const navigate = useNavigate();
  const kopId = `stemming-${a.id}`;
  // Withdrawing is for a vote that cannot go on: nobody voted yet (a mistake), or no quorum. Once
  // a vote is cast with quorum, rules and votes stand (decision 0005, point 2).
  const magIntrekken = !a.stemming || a.stemming.uitslag.soort === 'geen-quorum' || a.stemming.zetels.every((z) => z.keuze === null);
  const vastleggen = (invoer: { uitkomst?: 'aangenomen' | 'verworpen'; toelichting?: string }) =>
    besluit.mutate(invoer, { onSuccess: (b) => navigate(besluitPad(regioId, b.id), { state: { melding: `Besluit ${b.nummer} is vastgelegd: ${b.uitkomst}.` } }) });

  return (
    <section aria-labelledby={kopId}>
      <Heading4 id={kopId}>{v.metStemming ? 'Stemming' : 'Besluit'}</Heading4>
      {a.besluit ? (
        <Paragraph>
          <AppLink to={besluitPad(regioId, a.besluit.id)}>Besluit {a.besluit.nummer}</AppLink>: <Uitkomst uitkomst={a.besluit.uitkomst} />{' '}
          ({labelVan(wijzeLabels, a.besluit.wijze)}).
        </Paragraph>
      ) : null}
      {a.stemming ? (
        <>
          <Paragraph>
            Besluitregels, vastgelegd bij het openen van de stemming: {regelsTekst(a.stemming.regels)}.
          </Paragraph>
          <div role="status" className="uitleg">
            <Paragraph>
              <strong>{a.status === 'besloten' ? 'Uitslag' : 'Uitslag als de stemming nu sluit'}:</strong> {a.stemming.uitslag.uitleg}
              {a.stemming.uitslag.overstemd.length ? ` Overstemd: ${a.stemming.uitslag.overstemd.map((g) => g.naam).join(', ')}.` : ''}
            </Paragraph>
          </div>
          {mag && a.status === 'in-stemming' ? <StemFormulier regioId={regioId} vergadering={v} punt={a} /> : null}
          <StemmenTabel label={`Stemmen per gemeente over ${a.titel}`} zetels={a.stemming.zetels} overstemd={a.stemming.uitslag.overstemd} />
        </>
      ) : null}
      {mag && a.status === 'open' && v.metStemming ? (
        <>
          <Paragraph>
            Bij het openen worden de besluitregels van {v.overlegorgaan.naam} op dit agendapunt vastgelegd en stemmen de gemeenten die dan
            aanwezig zijn.
          </Paragraph>
          <Button appearance="primary-action-button" busy={stemming.isPending} disabled={stemming.isPending} onClick={() => stemming.mutate('openen')}>
            Stemming openen<span className="visueel-verborgen"> over {a.titel}</span>
          </Button>
        </>
      ) : null}
      {mag && a.status === 'in-stemming' ? (
        <ButtonGroup className="acties">
          <Button appearance="primary-action-button" busy={besluit.isPending} disabled={besluit.isPending} onClick={() => vastleggen({})}>
            Stemming sluiten en besluit vastleggen<span className="visueel-verborgen"> over {a.titel}</span>
          </Button>
          {magIntrekken ? (
            <VerwijderKnop
              knopTekst="Stemming intrekken"
              toevoeging={`over ${a.titel}`}
              vraag="De uitgebrachte stemmen vervallen en het agendapunt is weer open. Doorgaan?"
              bevestigTekst="Ja, intrekken"
              bezig={stemming.isPending}
              onBevestig={() => stemming.mutate('intrekken')}
            />
          ) : null}
        </ButtonGroup>
      ) : null}
      {mag && a.status === 'open' && !v.metStemming ? <ZonderStemming bezig={besluit.isPending} onVastleggen={vastleggen} titel={a.titel} id={a.id} /> : null}
      <Probleem fout={stemming.error} tekst="De stemming openen of intrekken is niet gelukt" />
      <Probleem fout={besluit.error} tekst="Het besluit is niet vastgelegd" />
    </section>
  );
}

/** The votes of the present municipalities that have not voted yet: one group of three choices per municipality. */
function StemFormulier({ regioId, vergadering: v, punt: a }: { regioId: string; vergadering: VergaderingDetail; punt: Agendapunt }) {
  const stemmen = useStemmen(regioId, v.id, a.id);
  const [keuzes, setKeuzes] = useState<Record<string, string>>({});
  const [leeg, setLeeg] = useState(false);
  const open = a.stemming!.zetels.filter((z) => z.aanwezig && z.keuze === null);
  if (open.length === 0) return null;
  return (
    <form
      noValidate
      className="formulier"
      aria-label={`Stemmen over ${a.titel}`}
      onSubmit={(event) => {
        event.preventDefault();
        const gekozen = open.filter((z) => keuzes[z.gemeente.gemeentecode]).map((z) => ({ gemeentecode: z.gemeente.gemeentecode, keuze: keuzes[z.gemeente.gemeentecode] as 'voor' }));
        setLeeg(gekozen.length === 0);
        if (gekozen.length) stemmen.mutate({ stemmen: gekozen }, { onSuccess: () => setKeuzes({}) });
      }}
    >
      <Paragraph>
        {aantal(open.length, 'aanwezige gemeente heeft', 'aanwezige gemeenten hebben')} nog niet gestemd. Een stem ligt vast zodra hij is
        opgeslagen.
      </Paragraph>
      {open.map((z) => (
        <Fieldset key={z.gemeente.gemeentecode}>
          <FieldsetLegend>{z.gemeente.naam}</FieldsetLegend>
          <Rondjes
            naam={`stem-${a.id}-${z.gemeente.gemeentecode}`}
            keuzes={stemKeuzes.map((k) => ({ waarde: k, label: labelVan(stemLabels, k) }))}
            waarde={keuzes[z.gemeente.gemeentecode] ?? ''}
            onKies={(k) => setKeuzes((huidig) => ({ ...huidig, [z.gemeente.gemeentecode]: k }))}
          />
        </Fieldset>
      ))}
      {leeg ? (
        <Paragraph role="alert" className="foutregel">
          Kies bij minstens één gemeente voor, tegen of onthouding.
        </Paragraph>
      ) : null}
      <Button type="submit" appearance="secondary-action-button" busy={stemmen.isPending} disabled={stemmen.isPending}>
        Stemmen opslaan
      </Button>
      <Probleem fout={stemmen.error} tekst="De stemmen zijn niet opgeslagen" />
    </form>
  );
}

/** A body without voting seats (the Kerngroep): the secretary records the outcome. */
function ZonderStemming({ id, titel, bezig, onVastleggen }: { id: string; titel: string; bezig: boolean; onVastleggen: (b: { uitkomst: 'aangenomen' | 'verworpen'; toelichting?: string }) => void }) {
  const [uitkomst, setUitkomst] = useState<'aangenomen' | 'verworpen' | ''>('');
  const [toelichting, setToelichting] = useState('');
  const [fout, setFout] = useState(false);
  return (
    <form
      noValidate
      className="formulier"
      aria-label={`Besluit over ${titel}`}
      onSubmit={(event) => {
        event.preventDefault();
        setFout(!uitkomst);
        if (uitkomst) onVastleggen({ uitkomst, ...(toelichting.trim() && { toelichting: toelichting.trim() }) });
      }}
    >
      <Fieldset invalid={fout}>
        <FieldsetLegend>Uitkomst</FieldsetLegend>
        <Rondjes
          naam={`uitkomst-${id}`}
          keuzes={[
            { waarde: 'aangenomen', label: 'aangenomen' },
            { waarde: 'verworpen', label: 'verworpen' },
          ]}
          waarde={uitkomst}
          onKies={(k) => setUitkomst(k as 'aangenomen' | 'verworpen')}
        />
        {fout ? (
          <Paragraph role="alert" className="foutregel">
            Kies aangenomen of verworpen.
          </Paragraph>
        ) : null}
      </Fieldset>
      <TekstvakVeld name={`toelichting-${id}`} label="Toelichting" rows={2} value={toelichting} onChange={setToelichting} />
      <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
        Besluit vastleggen<span className="visueel-verborgen"> over {titel}</span>
      </Button>
    </form>
  );
}

/** One choice of a few, as radio buttons with their labels (inside the caller's fieldset). */
function Rondjes({ naam, keuzes, waarde, onKies }: { naam: string; keuzes: Array<{ waarde: string; label: string }>; waarde: string; onKies: (waarde: string) => void }) {
  return (
    <>
      {keuzes.map((k) => (
        <FormField type="radio" key={k.waarde}>
          <div className="vinkveld">
            <RadioButton id={`${naam}-${k.waarde}`} name={naam} value={k.waarde} checked={waarde === k.waarde} onChange={() => onKies(k.waarde)} />
            <FormLabel htmlFor={`${naam}-${k.waarde}`} type="radio">
              {k.label}
            </FormLabel>
          </div>
        </FormField>
      ))}
    </>
  );
}
