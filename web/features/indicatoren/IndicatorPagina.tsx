import { Button, ButtonGroup, Heading2, Heading3, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import {
  ontgrendelInvoerSchema,
  streefwaardeInvoerSchema,
  type Evaluatie,
  type IndicatorDetail,
  type Meetperiode,
  type Meting,
} from '../../../common/contracts/indicatoren';
import type { Gemeente } from '../../../common/contracts/regios';
import { periodeLabel } from '../../../common/periode';
import { VerwijderKnop } from '../../components/bevestiging';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { Foutoverzicht, foutenUitFout, foutenUitZod, KeuzeVeld, TekstVeld, TekstvakVeld, veldId, type Veldfouten } from '../../components/formulier';
import { useFormulierFouten } from '../../components/formulier-status';
import { Staafgrafiek, type Reeks } from '../../components/grafiek';
import { HistorieSectie } from '../../components/historie';
import { AppButtonLink, AppLink } from '../../components/links';
import { Actiefout, DetailActies, Gegevenslijst, MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Badge, Melding } from '../../components/status';
import { aantal, formatDatum, formatDatumTijd, getalNaarInvoer, getalUitInvoer } from '../../format';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import {
  useGoedkeuren,
  useIndicator,
  useIndicatorVerwijderen,
  useMetingenVan,
  useOntgrendelen,
  useStreefwaardeOpslaan,
  useStreefwaardeVerwijderen,
  useVergrendelen,
} from './indicatoren.api';
import {
  cumulatiefUitleg,
  formatAfwijking,
  formatIndicatorWaarde,
  frequentieLabels,
  geografieLabels,
  gemetenTekst,
  metHoofdletter,
  MetingStatusBadges,
  metingStatusLabels,
  niveauLabels,
  richtingLabels,
  streefperiodeVoorbeelden,
  UitkomstBadge,
  uitkomstLabels,
} from './indicatoren';

/** One indicator: its data, targets against approved measurements, its periods and measurements, and its history. */
export function IndicatorPagina() {
  const { regioId, pad, kruimels } = useOnderdeel('indicatoren');
  const { indicatorId = '' } = useParams();
  const query = useIndicator(regioId, indicatorId);
  const melding = useMelding();
  const naam = query.data?.naam ?? 'Indicator';
  return (
    <>
      <RegioKop titel={naam} kruimels={[...kruimels, { label: naam, to: `${pad}/${indicatorId}` }]}>
        <Paragraph>Een indicator van de regio met de streefwaarden per periode, de gemeten waarden en of de streefwaarden zijn gehaald.</Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      <MetGegevens query={query} wat="de indicator">
        {(i) => <IndicatorDetailInhoud indicator={i} />}
      </MetGegevens>
    </>
  );
}

function IndicatorDetailInhoud({ indicator: i }: { indicator: IndicatorDetail }) {
  const { regioId, pad, rechten } = useOnderdeel('indicatoren');
  const verwijderen = useIndicatorVerwijderen(regioId, i.id);
  const gemeenten = useGemeenten(regioId);
  const mag = rechten.magMonitoringBewerken;
  return (
    <>
      <DetailActies
        bewerken={mag ? { tekst: 'Indicator bewerken', naar: `${pad}/${i.id}/bewerken` } : null}
        verwijderen={
          mag
            ? {
                knopTekst: 'Indicator verwijderen',
                vraag: `Weet u zeker dat u de indicator “${i.naam}” wilt verwijderen, met de streefwaarden en de conceptmetingen? Een indicator met goedgekeurde metingen blijft bestaan.`,
                mutatie: verwijderen,
                naar: pad,
                melding: `De indicator “${i.naam}” is verwijderd.`,
              }
            : null
        }
      />
      <Gegevenslijst
        gegevens={[
          { label: 'Code', waarde: i.code },
          { label: 'Niveau', waarde: niveauLabels[i.niveau] },
          { label: 'Eenheid', waarde: i.eenheid },
          { label: 'Richting', waarde: richtingLabels[i.richting] },
          { label: 'Soort waarde', waarde: i.cumulatief ? 'Cumulatief: de stand aan het eind van de periode telt' : 'Per periode: een langere periode telt de som' },
          { label: 'Meetfrequentie', waarde: frequentieLabels[i.meetfrequentie] },
          { label: 'Geografie', waarde: geografieLabels[i.geografie] },
          { label: 'Bron', waarde: i.bron || 'Niet vastgelegd' },
          {
            label: 'Nulmeting',
            waarde: i.nulmetingWaarde === null ? 'Geen' : `${formatIndicatorWaarde(i.nulmetingWaarde, i.eenheid)}${i.nulmetingPeriode ? ` (${periodeLabel(i.nulmetingPeriode)})` : ''}`,
          },
          { label: 'Omschrijving', waarde: i.omschrijving || 'Geen', multiline: true },
          { label: 'Laatst gewijzigd', waarde: formatDatumTijd(i.gewijzigdOp) },
        ]}
      />
      <Paragraph appearance="small">{cumulatiefUitleg}</Paragraph>
      <StreefwaardenSectie indicator={i} gemeenten={gemeenten.data?.items ?? []} />
      <MeetperiodesSectie indicator={i} />
      <MetingenSectie indicator={i} gemeenten={gemeenten.data?.items ?? []} />
      {/* No soort: locking and unlocking a period (soort meetperiode) are kept under the indicator's id too. */}
      <HistorieSectie regioId={regioId} soort="" itemId={i.id} />
    </>
  );
}

const evaluatieNaam = (e: Pick<Evaluatie, 'periodeLabel' | 'gemeente'>) => (e.gemeente ? `${e.gemeente.naam}, ${e.periodeLabel}` : e.periodeLabel);
const kort = new Intl.NumberFormat('nl-NL', { notation: 'compact', maximumFractionDigits: 1 });

/** Target against the value that counts, per target: a chart with the same numbers as a table behind it. */
function StreefwaardeGrafiek({ indicator: i }: { indicator: IndicatorDetail }) {
  const [alsTabel, setAlsTabel] = useState(false);
  const evaluaties = i.evaluaties;
  const categorieen = useMemo(() => evaluaties.map(evaluatieNaam), [evaluaties]);
  const reeksen = useMemo<Reeks[]>(
    () => [
      { naam: 'Streefwaarde', waarden: evaluaties.map((e) => e.streefwaarde), kleurToken: '--basis-color-accent-1-inverse-bg-default', patroon: 'vol' },
      { naam: 'Werkelijk (goedgekeurd)', waarden: evaluaties.map((e) => e.werkelijk), kleurToken: '--basis-color-positive-inverse-bg-default', patroon: 'strepen' },
    ],
    [evaluaties],
  );
  const opmaak = useMemo(() => ({ waarde: (n: number) => formatIndicatorWaarde(n, i.eenheid), as: (n: number) => kort.format(n) }), [i.eenheid]);
  const samenvatting =
    `Staafdiagram van de streefwaarde en de werkelijke waarde per periode, in ${i.eenheid}. ` +
    evaluaties
      .map((e) => `${evaluatieNaam(e)}: streefwaarde ${formatIndicatorWaarde(e.streefwaarde)}, werkelijk ${e.werkelijk === null ? 'nog geen waarde' : formatIndicatorWaarde(e.werkelijk)}, ${uitkomstLabels[e.uitkomst].toLowerCase()}`)
      .join('. ') +
    '. Kies “Toon als tabel” voor de cijfers.';
  return (
    <>
      <div className="weergave-acties">
        <Button appearance="secondary-action-button" onClick={() => setAlsTabel((t) => !t)} aria-controls="streefwaarde-weergave">
          {alsTabel ? 'Toon als grafiek' : 'Toon als tabel'}
        </Button>
      </div>
      <div id="streefwaarde-weergave">
        {alsTabel ? (
          <Tabel label="Streefwaarde en werkelijke waarde per periode" koppen={['Periode', { tekst: 'Streefwaarde', numeriek: true }, { tekst: 'Werkelijk', numeriek: true }, 'Uitkomst']}>
            {evaluaties.map((e) => (
              <TableRow key={e.streefwaardeId}>
                <TableCell>{evaluatieNaam(e)}</TableCell>
                <TableCell className="numeriek">{formatIndicatorWaarde(e.streefwaarde)}</TableCell>
                <TableCell className="numeriek">{formatIndicatorWaarde(e.werkelijk)}</TableCell>
                <TableCell>{uitkomstLabels[e.uitkomst]}</TableCell>
              </TableRow>
            ))}
          </Tabel>
        ) : (
          <>
            <Staafgrafiek titel={`Streefwaarde en werkelijk: ${i.naam}`} samenvatting={samenvatting} categorieen={categorieen} reeksen={reeksen} eenheid={`In ${i.eenheid}`} opmaak={opmaak} />
            <Paragraph appearance="small">Streefwaarde: effen staaf; werkelijk (uit goedgekeurde metingen): gestreepte staaf. Zonder staaf is er nog geen waarde.</Paragraph>
          </>
        )}
      </div>
    </>
  );
}

function StreefwaardenSectie({ indicator: i, gemeenten }: { indicator: IndicatorDetail; gemeenten: Gemeente[] }) {
  const { regioId, regio, rechten } = useOnderdeel('indicatoren');
  const verwijderen = useStreefwaardeVerwijderen(regioId, i.id);
  const [wijzig, setWijzig] = useState<{ periode: string; gemeenteId: string; waarde: string; teller: number } | null>(null);
  const mag = rechten.magMonitoringBewerken;
  const perGemeente = i.geografie === 'gemeente';
  const evaluatie = new Map(i.evaluaties.map((e) => [e.streefwaardeId, e]));
  return (
    <section aria-labelledby="streefwaarden-kop" className="sectie">
      <Heading2 id="streefwaarden-kop">Streefwaarden en realisatie</Heading2>
      <Paragraph>
        Alleen goedgekeurde metingen tellen. Een streefwaarde geldt voor een periode van de meetfrequentie ({frequentieLabels[i.meetfrequentie]}) of een langere periode.
      </Paragraph>
      {i.streefwaarden.length === 0 ? (
        <Paragraph>Er zijn nog geen streefwaarden.{mag ? ' Voeg hieronder de eerste toe.' : ''}</Paragraph>
      ) : (
        <>
          {i.evaluaties.length ? <StreefwaardeGrafiek indicator={i} /> : null}
          <Heading3 id="streefwaarden-tabel-kop">Streefwaarden</Heading3>
          <ExcelKnop
            bestandsnaam={excelBestandsnaam('streefwaarden', i.code, regio?.naam)}
            bladen={[
              {
                naam: 'Streefwaarden',
                kolommen: [
                  { kop: 'Periode' },
                  ...(perGemeente ? [{ kop: 'Gemeente' }] : []),
                  { kop: `Streefwaarde (${i.eenheid})` },
                  { kop: `Werkelijk (${i.eenheid})` },
                  { kop: 'Afwijking' },
                  { kop: 'Uitkomst' },
                  { kop: 'Gemeten' },
                ],
                rijen: i.streefwaarden.map((s) => {
                  const e = evaluatie.get(s.id);
                  return [
                    s.periodeLabel,
                    ...(perGemeente ? [s.gemeente?.naam ?? ''] : []),
                    s.waarde,
                    e?.werkelijk ?? null,
                    e?.afwijking ?? null,
                    e ? uitkomstLabels[e.uitkomst] : '',
                    e ? gemetenTekst(e, i.meetfrequentie) : '',
                  ];
                }),
              },
            ]}
          />
          <Tabel
            label="Streefwaarden"
            koppen={[
              'Periode',
              perGemeente && 'Gemeente',
              { tekst: 'Streefwaarde', numeriek: true },
              { tekst: 'Werkelijk', numeriek: true },
              { tekst: 'Afwijking', numeriek: true },
              'Uitkomst',
              mag && 'Acties',
            ]}
          >
            {i.streefwaarden.map((s) => {
              const e = evaluatie.get(s.id);
              const wat = `${s.periodeLabel}${s.gemeente ? `, ${s.gemeente.naam}` : ''}`;
              return (
                <TableRow key={s.id}>
                  <TableCell className="geen-afbreking">{s.periodeLabel}</TableCell>
                  {perGemeente ? <TableCell>{s.gemeente?.naam ?? ''}</TableCell> : null}
                  <TableCell className="numeriek">{formatIndicatorWaarde(s.waarde, i.eenheid)}</TableCell>
                  <TableCell className="numeriek">{formatIndicatorWaarde(e?.werkelijk ?? null, e?.werkelijk === null ? undefined : i.eenheid)}</TableCell>
                  <TableCell className="numeriek">{formatAfwijking(e?.afwijking ?? null)}</TableCell>
                  <TableCell>
                    {e ? (
                      <>
                        <UitkomstBadge uitkomst={e.uitkomst} />
                        <br />
                        {gemetenTekst(e, i.meetfrequentie)}
                      </>
                    ) : null}
                  </TableCell>
                  {mag ? (
                    <TableCell>
                      <div className="rij-acties">
                        <Button
                          appearance="subtle-button"
                          onClick={() => setWijzig({ periode: s.periode, gemeenteId: s.gemeente?.id ?? '', waarde: getalNaarInvoer(s.waarde), teller: Date.now() })}
                        >
                          Wijzigen<span className="visueel-verborgen"> streefwaarde {wat}</span>
                        </Button>
                        <VerwijderKnop
                          klein
                          knopTekst="Verwijderen"
                          toevoeging={`streefwaarde ${wat}`}
                          vraag={`De streefwaarde voor ${wat} verwijderen?`}
                          bezig={verwijderen.isPending}
                          onBevestig={() => verwijderen.mutate(s.id)}
                        />
                      </div>
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </Tabel>
          <Actiefout fout={verwijderen.error} tekst="Verwijderen is niet gelukt" />
        </>
      )}
      {mag ? <StreefwaardeFormulier indicator={i} gemeenten={gemeenten} wijzig={wijzig} /> : null}
    </section>
  );
}

const streefwaardeLabels: Record<string, string> = { periode: 'Periode', gemeenteId: 'Gemeente', waarde: 'Streefwaarde' };

/** Adding a target, or changing one: the same period and municipality again replaces its value. */
function StreefwaardeFormulier({
  indicator: i,
  gemeenten,
  wijzig,
}: {
  indicator: IndicatorDetail;
  gemeenten: Gemeente[];
  wijzig: { periode: string; gemeenteId: string; waarde: string; teller: number } | null;
}) {
  const { regioId } = useOnderdeel('indicatoren');
  const opslaan = useStreefwaardeOpslaan(regioId, i.id);
  const leeg = { periode: '', gemeenteId: '', waarde: '' };
  const [invoer, setInvoer] = useState(leeg);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const { fouten, poging, toon, wis } = useFormulierFouten();
  const perGemeente = i.geografie === 'gemeente';
  const zet = (veld: keyof typeof invoer) => (waarde: string) => setInvoer((v) => ({ ...v, [veld]: waarde }));

  // "Wijzigen" in the table fills this form and moves focus to the value.
  useEffect(() => {
    if (!wijzig) return;
    setInvoer({ periode: wijzig.periode, gemeenteId: wijzig.gemeenteId, waarde: wijzig.waarde });
    setGelukt(null);
    wis();
    document.getElementById(veldId('waarde'))?.focus();
  }, [wijzig, wis]);

  return (
    <form
      noValidate
      className="formulier sectie"
      aria-labelledby="streefwaarde-formulier-kop"
      onSubmit={(event) => {
        event.preventDefault();
        setGelukt(null);
        const waarde = invoer.waarde.trim();
        const controle = streefwaardeInvoerSchema.safeParse({
          periode: invoer.periode,
          gemeenteId: perGemeente ? invoer.gemeenteId || null : null,
          waarde: waarde === '' ? undefined : (getalUitInvoer(waarde) ?? waarde),
        });
        const extra: Veldfouten = perGemeente && !invoer.gemeenteId ? { gemeenteId: 'Kies een gemeente: deze indicator heeft streefwaarden per gemeente' } : {};
        if (!controle.success || Object.keys(extra).length) {
          toon({ velden: { ...(controle.success ? {} : foutenUitZod(controle.error)), ...extra }, algemeen: [] });
          return;
        }
        wis();
        opslaan.mutate(controle.data, {
          onSuccess: (s) => {
            setGelukt(`De streefwaarde voor ${s.periodeLabel}${s.gemeente ? ` (${s.gemeente.naam})` : ''} is opgeslagen: ${formatIndicatorWaarde(s.waarde, i.eenheid)}.`);
            setInvoer(leeg);
          },
          onError: (e) => toon(foutenUitFout(e, Object.keys(streefwaardeLabels))),
        });
      }}
    >
      <Heading3 id="streefwaarde-formulier-kop">Streefwaarde toevoegen of wijzigen</Heading3>
      <Melding tekst={gelukt} />
      <Foutoverzicht fouten={fouten} labels={streefwaardeLabels} poging={poging} />
      <TekstVeld
        name="periode"
        label={streefwaardeLabels.periode!}
        value={invoer.periode}
        onChange={zet('periode')}
        fout={fouten.velden.periode}
        className="invoer-kort"
        verplicht
        beschrijving={`Bijvoorbeeld ${streefperiodeVoorbeelden[i.meetfrequentie]}. Deze indicator wordt ${frequentieLabels[i.meetfrequentie]} gemeten; voor een kortere periode is geen streefwaarde te bepalen. Bestaat er al een streefwaarde voor deze periode${perGemeente ? ' en gemeente' : ''}, dan wordt die gewijzigd.`}
      />
      {perGemeente ? (
        <KeuzeVeld
          name="gemeenteId"
          label={streefwaardeLabels.gemeenteId!}
          value={invoer.gemeenteId}
          onChange={zet('gemeenteId')}
          fout={fouten.velden.gemeenteId}
          verplicht
          keuzes={[{ waarde: '', label: 'Kies een gemeente' }, ...gemeenten.map((g) => ({ waarde: g.id, label: g.naam }))]}
        />
      ) : null}
      <TekstVeld
        name="waarde"
        label={streefwaardeLabels.waarde!}
        value={invoer.waarde}
        onChange={zet('waarde')}
        fout={fouten.velden.waarde}
        inputMode="decimal"
        className="invoer-kort"
        verplicht
        beschrijving={`In ${i.eenheid}, bijvoorbeeld 12,5. ${metHoofdletter(richtingLabels[i.richting])}.`}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending} disabled={opslaan.isPending}>
          Streefwaarde opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}

function PeriodeStatus({ p }: { p: Meetperiode }) {
  if (!p.vergrendeld) {
    return (
      <Badge toon="neutraal" voorvoegsel="Periode">
        Open
      </Badge>
    );
  }
  return (
    <>
      <Badge toon="inactief" voorvoegsel="Periode">
        Vergrendeld
      </Badge>
      {p.vergrendeldOp ? (
        <>
          <br />
          {`op ${formatDatum(p.vergrendeldOp)}${p.vergrendeldDoor ? ` door ${p.vergrendeldDoor}` : ''}`}
        </>
      ) : null}
    </>
  );
}

/** The measurement periods: what is in them, and locking them once everything is approved. */
function MeetperiodesSectie({ indicator: i }: { indicator: IndicatorDetail }) {
  const { regioId, regio, rechten } = useOnderdeel('indicatoren');
  const vergrendelen = useVergrendelen(regioId, i.id);
  const [ontgrendel, setOntgrendel] = useState<string | null>(null);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const mag = rechten.magMonitoringBewerken;
  return (
    <section aria-labelledby="meetperiodes-kop" className="sectie">
      <Heading2 id="meetperiodes-kop">Meetperiodes</Heading2>
      <Paragraph>
        Een periode kan worden vergrendeld als alle metingen erin zijn goedgekeurd; daarna verandert er niets meer aan. Ontgrendelen kan alleen met een reden, die in de historie blijft.
      </Paragraph>
      <Melding tekst={gelukt} />
      {i.periodes.length === 0 ? (
        <Paragraph>Er zijn nog geen metingen, dus ook geen meetperiodes.</Paragraph>
      ) : (
        <>
          <ExcelKnop
            bestandsnaam={excelBestandsnaam('meetperiodes', i.code, regio?.naam)}
            bladen={[
              {
                naam: 'Meetperiodes',
                kolommen: [{ kop: 'Periode' }, { kop: 'Concept', soort: 'getal' }, { kop: 'Goedgekeurd', soort: 'getal' }, { kop: 'Status' }, { kop: 'Vergrendeld op' }, { kop: 'Vergrendeld door' }],
                rijen: i.periodes.map((p) => [
                  p.periodeLabel,
                  p.concepten,
                  p.goedgekeurd,
                  p.vergrendeld ? 'Vergrendeld' : 'Open',
                  p.vergrendeldOp ? formatDatumTijd(p.vergrendeldOp) : '',
                  p.vergrendeldDoor ?? '',
                ]),
              },
            ]}
          />
          <Tabel label="Meetperiodes" koppen={['Periode', { tekst: 'Concept', numeriek: true }, { tekst: 'Goedgekeurd', numeriek: true }, 'Status', mag && 'Acties']}>
            {i.periodes.map((p) => (
              <TableRow key={p.periode}>
                <TableCell className="geen-afbreking">{p.periodeLabel}</TableCell>
                <TableCell className="numeriek">{p.concepten}</TableCell>
                <TableCell className="numeriek">{p.goedgekeurd}</TableCell>
                <TableCell>
                  <PeriodeStatus p={p} />
                </TableCell>
                {mag ? (
                  <TableCell>
                    {p.vergrendeld ? (
                      <Button
                        appearance="secondary-action-button"
                        onClick={() => {
                          setGelukt(null);
                          setOntgrendel(p.periode);
                        }}
                      >
                        Ontgrendelen<span className="visueel-verborgen"> {p.periodeLabel}</span>
                      </Button>
                    ) : (
                      <Button
                        appearance="secondary-action-button"
                        busy={vergrendelen.isPending && vergrendelen.variables === p.periode}
                        disabled={vergrendelen.isPending}
                        onClick={() => {
                          setGelukt(null);
                          vergrendelen.mutate(p.periode, { onSuccess: () => setGelukt(`${metHoofdletter(p.periodeLabel)} is vergrendeld.`) });
                        }}
                      >
                        Vergrendelen<span className="visueel-verborgen"> {p.periodeLabel}</span>
                      </Button>
                    )}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </Tabel>
        </>
      )}
      <Actiefout fout={vergrendelen.error} tekst="Vergrendelen is niet gelukt" />
      {ontgrendel ? (
        <OntgrendelFormulier
          indicator={i}
          periode={ontgrendel}
          onKlaar={(tekst) => {
            setOntgrendel(null);
            setGelukt(tekst);
          }}
        />
      ) : null}
    </section>
  );
}

/** Unlocking asks why: the reason is kept in the history. */
function OntgrendelFormulier({ indicator: i, periode, onKlaar }: { indicator: IndicatorDetail; periode: string; onKlaar: (melding: string | null) => void }) {
  const { regioId } = useOnderdeel('indicatoren');
  const ontgrendelen = useOntgrendelen(regioId, i.id);
  const [reden, setReden] = useState('');
  const { fouten, poging, toon } = useFormulierFouten();
  const kop = useRef<HTMLHeadingElement>(null);
  const labels = { reden: 'Reden' };
  useEffect(() => kop.current?.focus(), [periode]);
  return (
    <form
      noValidate
      className="formulier sectie"
      aria-labelledby="ontgrendel-kop"
      onSubmit={(event) => {
        event.preventDefault();
        const controle = ontgrendelInvoerSchema.safeParse({ reden });
        if (!controle.success) {
          toon({ velden: foutenUitZod(controle.error), algemeen: [] });
          return;
        }
        ontgrendelen.mutate(
          { periode, reden: controle.data.reden },
          {
            onSuccess: () => onKlaar(`${metHoofdletter(periodeLabel(periode))} is ontgrendeld. De reden staat in de historie.`),
            onError: (e) => toon(foutenUitFout(e, ['reden'])),
          },
        );
      }}
    >
      <Heading3 id="ontgrendel-kop" ref={kop} tabIndex={-1}>
        {metHoofdletter(periodeLabel(periode))} ontgrendelen
      </Heading3>
      <Foutoverzicht fouten={fouten} labels={labels} poging={poging} />
      <TekstvakVeld
        name="reden"
        label={labels.reden}
        value={reden}
        onChange={setReden}
        fout={fouten.velden.reden}
        rows={3}
        verplicht
        beschrijving="Waarom de periode weer open moet, bijvoorbeeld: de bron heeft een gecorrigeerd cijfer gepubliceerd. De reden blijft in de historie."
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={ontgrendelen.isPending} disabled={ontgrendelen.isPending}>
          Ontgrendelen
        </Button>
        <Button appearance="secondary-action-button" onClick={() => onKlaar(null)}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** Who may enter measurements here: for a region indicator the coordinator, per municipality also its officer. */
function invoerbareGemeenten(i: IndicatorDetail, gemeenten: Gemeente[], mag: (code: string | null) => boolean): boolean {
  return i.geografie === 'regio' ? mag(null) : gemeenten.some((g) => mag(g.gemeentecode));
}

function MetingenSectie({ indicator: i, gemeenten }: { indicator: IndicatorDetail; gemeenten: Gemeente[] }) {
  const { regioId, regio, pad, rechten } = useOnderdeel('indicatoren');
  const metingen = useMetingenVan(regioId, i.id);
  const goedkeuren = useGoedkeuren(regioId);
  const perGemeente = i.geografie === 'gemeente';
  const magInvoeren = invoerbareGemeenten(i, gemeenten, rechten.magMetingInvoeren);
  const magWijzigen = (m: Meting) => !m.vergrendeld && rechten.magMetingInvoeren(m.gemeente?.code ?? null);
  const magGoedkeuren = (m: Meting) => rechten.magMonitoringBewerken && m.status === 'concept' && !m.vergrendeld;
  const acties = rechten.magMonitoringBewerken || magInvoeren;
  return (
    <section aria-labelledby="metingen-kop" className="sectie">
      <Heading2 id="metingen-kop">Metingen</Heading2>
      <Paragraph>Een meting wordt als concept ingevoerd en telt pas mee als de regiocoördinator haar heeft goedgekeurd. Een meting in een vergrendelde periode verandert niet.</Paragraph>
      {magInvoeren ? (
        <Paragraph>
          <AppButtonLink to={`${pad}/${i.id}/metingen/nieuw`} appearance="primary-action-button">
            Meting toevoegen
          </AppButtonLink>
        </Paragraph>
      ) : null}
      <MetGegevens query={metingen} wat="de metingen">
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>Er zijn nog geen metingen voor deze indicator.</Paragraph>
          ) : (
            <>
              <Paragraph className="telling">
                {aantal(items.length, 'meting', 'metingen')}, waarvan {aantal(items.filter((m) => m.status === 'concept').length, 'concept', 'concepten')}
              </Paragraph>
              <ExcelKnop
                bestandsnaam={excelBestandsnaam('metingen', i.code, regio?.naam)}
                bladen={[
                  {
                    naam: 'Metingen',
                    kolommen: [
                      { kop: 'Periode' },
                      ...(perGemeente ? [{ kop: 'Gemeente' }] : []),
                      { kop: `Waarde (${i.eenheid})` },
                      { kop: 'Bron' },
                      { kop: 'Peildatum', soort: 'datum' as const },
                      { kop: 'Status' },
                      { kop: 'Vergrendeld' },
                      { kop: 'Ingevoerd door' },
                      { kop: 'Goedgekeurd door' },
                      { kop: 'Toelichting' },
                    ],
                    rijen: items.map((m) => [
                      m.periodeLabel,
                      ...(perGemeente ? [m.gemeente?.naam ?? ''] : []),
                      m.waarde,
                      m.bron,
                      m.peildatum,
                      metingStatusLabels[m.status],
                      m.vergrendeld ? 'ja' : 'nee',
                      m.ingevoerdDoor,
                      m.goedgekeurdDoor ?? '',
                      m.toelichting,
                    ]),
                  },
                ]}
              />
              <Tabel
                label="Metingen"
                koppen={['Periode', perGemeente && 'Gemeente', { tekst: 'Waarde', numeriek: true }, 'Bron en peildatum', 'Status', 'Ingevoerd door', acties && 'Acties']}
              >
                {items.map((m) => {
                  const wat = `${m.periodeLabel}${m.gemeente ? `, ${m.gemeente.naam}` : ''}`;
                  return (
                    <TableRow key={m.id}>
                      <TableCell className="geen-afbreking">{m.periodeLabel}</TableCell>
                      {perGemeente ? <TableCell>{m.gemeente?.naam ?? ''}</TableCell> : null}
                      <TableCell className="numeriek">{formatIndicatorWaarde(m.waarde, i.eenheid)}</TableCell>
                      <TableCell>
                        {m.bron}
                        <br />
                        <span className="geen-afbreking">{formatDatum(m.peildatum)}</span>
                        {m.toelichting ? (
                          <>
                            <br />
                            {m.toelichting}
                          </>
                        ) : null}
                      </TableCell>
                      <TableCell>
                        <MetingStatusBadges status={m.status} vergrendeld={m.vergrendeld} />
                        {m.goedgekeurdDoor ? (
                          <>
                            <br />
                            {`door ${m.goedgekeurdDoor}`}
                          </>
                        ) : null}
                      </TableCell>
                      <TableCell>{m.ingevoerdDoor}</TableCell>
                      {acties ? (
                        <TableCell>
                          <div className="rij-acties">
                            {magGoedkeuren(m) ? (
                              <Button
                                appearance="secondary-action-button"
                                busy={goedkeuren.isPending && goedkeuren.variables === m.id}
                                disabled={goedkeuren.isPending}
                                onClick={() => goedkeuren.mutate(m.id)}
                              >
                                Goedkeuren<span className="visueel-verborgen"> meting {wat}</span>
                              </Button>
                            ) : null}
                            {magWijzigen(m) ? (
                              <AppLink to={`${pad}/${i.id}/metingen/${m.id}/bewerken`}>
                                Bewerken<span className="visueel-verborgen"> meting {wat}</span>
                              </AppLink>
                            ) : null}
                          </div>
                        </TableCell>
                      ) : null}
                    </TableRow>
                  );
                })}
              </Tabel>
              <Actiefout fout={goedkeuren.error} tekst="Goedkeuren is niet gelukt" />
            </>
          )
        }
      </MetGegevens>
    </section>
  );
}
