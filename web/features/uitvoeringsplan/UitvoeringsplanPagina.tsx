import { ButtonGroup, Heading2, Heading3, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import type { Onderdeel, UitvoeringsplanDetail } from '../../../common/contracts/plannen';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { HistorieSectie } from '../../components/historie';
import { AppButtonLink, AppLink } from '../../components/links';
import { DetailActies, Gegevenslijst, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { formatDatum } from '../../format';
import { usePlanVerwijderen } from './uitvoeringsplan.api';
import { MetPlanversie, OnderdeelStatusBadge, onderdeelStatusLabels, PlanStatusBadge, pvaStatusLabels, PvaTabel, useJaarEnVersie, usePlanversie, versiePad } from './uitvoeringsplan';

/** The plan of a year (`uitvoeringsplan/:jaar`, or one version: `…/:jaar/versie/:versie`). */
export function UitvoeringsplanPagina() {
  const { regioId, pad, kruimels, label } = useOnderdeel('uitvoeringsplan');
  const { jaar, versie } = useJaarEnVersie();
  const planversie = usePlanversie(regioId, jaar, versie);
  const melding = useMelding();
  const titel = `${label} ${jaar ?? ''}`.trim();
  return (
    <>
      <RegioKop titel={titel} kruimels={[...kruimels, { label: String(jaar), to: `${pad}/${jaar}` }, ...(versie ? [{ label: `Versie ${versie}`, to: `${pad}/${jaar}/versie/${versie}` }] : [])]} />
      <Melding tekst={melding} />
      <MetPlanversie planversie={planversie} leeg={jaar ? <GeenPlan jaar={jaar} pad={pad} /> : null}>
        {(p) => <Plan plan={p} />}
      </MetPlanversie>
    </>
  );
}

function GeenPlan({ jaar, pad }: { jaar: number; pad: string }) {
  const { rechten } = useOnderdeel('uitvoeringsplan');
  return (
    <>
      Er is voor {jaar} nog geen uitvoeringsplan.{' '}
      {rechten.magPlannenBewerken ? <AppLink to={`${pad}/nieuw?jaar=${jaar}`}>Uitvoeringsplan {jaar} opstellen</AppLink> : null}
    </>
  );
}

function Plan({ plan: p }: { plan: UitvoeringsplanDetail }) {
  const { regioId, regio, pad, rechten } = useOnderdeel('uitvoeringsplan');
  const verwijderen = usePlanVerwijderen(regioId, p.id);
  const basis = versiePad(pad, p);
  const concept = p.versies.find((v) => v.status === 'concept');
  const inWerking = p.versies.find((v) => v.status === 'vastgesteld');
  const mag = rechten.magPlannenBewerken;
  return (
    <>
      <Heading2 className="sectie">
        {`${p.naam}, versie ${p.versie} `}
        <PlanStatusBadge status={p.status} />
      </Heading2>
      <Gegevenslijst
        gegevens={[
          { label: 'Toelichting', waarde: p.toelichting || 'Geen toelichting', multiline: true },
          ...(p.gebaseerdOpVersie ? [{ label: 'Bijstelling van', waarde: `Versie ${p.gebaseerdOpVersie}` }] : []),
          {
            label: 'Vastgesteld',
            waarde: p.vastgesteldOp ? `${formatDatum(p.vastgesteldOp)} door ${p.vastgesteldDoor?.naam ?? 'onbekend orgaan'}` : 'Nog niet: het PHO stelt het uitvoeringsplan vast bij besluit.',
          },
          {
            label: 'Besluit',
            waarde: p.besluitId ? (
              <AppLink to={`/regios/${regioId}/besluiten/besluitenlijst/${p.besluitId}`}>{p.besluitReferentie || 'Naar het besluit'}</AppLink>
            ) : (
              p.besluitReferentie || 'Nog geen besluit'
            ),
          },
          { label: 'Begroting', waarde: <AppLink to={`/regios/${regioId}/financien/begroting/${p.jaar}`}>{`Begroting ${p.jaar}`}</AppLink> },
        ]}
      />
      <section aria-labelledby="versies-kop" className="sectie">
        <Heading3 id="versies-kop">Versies</Heading3>
        <ul className="linklijst">
          {p.versies.map((v) => (
            <li key={v.id}>
              {v.id === p.id ? <strong>{`Versie ${v.versie} (getoond)`}</strong> : <AppLink to={versiePad(pad, v)}>{`Versie ${v.versie}`}</AppLink>}{' '}
              <PlanStatusBadge status={v.status} />
              {v.vastgesteldOp ? ` vastgesteld ${formatDatum(v.vastgesteldOp)}` : ''}
              {v.status === 'vastgesteld' ? ', in werking' : ''}
            </li>
          ))}
        </ul>
      </section>
      {mag ? (
        <>
          <ButtonGroup className="acties">
            {p.status === 'concept' ? (
              <>
                <AppButtonLink to={`${basis}/onderdelen/nieuw`} appearance="primary-action-button">
                  Onderdeel toevoegen
                </AppButtonLink>
                <AppButtonLink to={`${basis}/bewerken`} appearance="secondary-action-button">
                  Naam en toelichting
                </AppButtonLink>
              </>
            ) : null}
            {p.status === 'vastgesteld' && !concept ? (
              <AppButtonLink to={`${basis}/bijstelling`} appearance="secondary-action-button">
                Bijstelling maken
              </AppButtonLink>
            ) : null}
            {p.status === 'vastgesteld' && concept ? (
              <AppButtonLink to={versiePad(pad, concept)} appearance="secondary-action-button">
                {`Naar de bijstelling (versie ${concept.versie})`}
              </AppButtonLink>
            ) : null}
          </ButtonGroup>
          {p.status === 'concept' ? (
            <>
              <Paragraph>
                Vaststellen gebeurt bij besluit van het PHO: zet het uitvoeringsplan op de agenda van een{' '}
                <AppLink to={`/regios/${regioId}/besluiten/vergaderingen`}>vergadering</AppLink>.
                {inWerking ? ` Tot dan blijft versie ${inWerking.versie} in werking.` : ''}
              </Paragraph>
              <DetailActies
                verwijderen={{
                  knopTekst: `Versie ${p.versie} verwijderen`,
                  vraag: `Weet u zeker dat u dit concept (versie ${p.versie}) wilt verwijderen?${inWerking ? ` Versie ${inWerking.versie} blijft in werking.` : ''}`,
                  mutatie: verwijderen,
                  naar: inWerking ? versiePad(pad, inWerking) : pad,
                  melding: `Versie ${p.versie} is verwijderd.`,
                }}
              />
            </>
          ) : null}
        </>
      ) : null}
      <Onderdelen plan={p} basis={basis} regioNaam={regio?.naam} />
      <PlannenVanAanpak plan={p} basis={basis} />
      <HistorieSectie regioId={regioId} soort="uitvoeringsplan" itemId={p.id} />
    </>
  );
}

/** Main components in their order, each followed by its sub-items. */
function opVolgorde(onderdelen: Onderdeel[]): Onderdeel[] {
  return onderdelen.filter((o) => o.bovenliggendeCode === null).flatMap((o) => [o, ...onderdelen.filter((s) => s.bovenliggendeCode === o.code)]);
}

function Onderdelen({ plan: p, basis, regioNaam }: { plan: UitvoeringsplanDetail; basis: string; regioNaam: string | undefined }) {
  const { regioId } = useOnderdeel('uitvoeringsplan');
  const rijen = opVolgorde(p.onderdelen);
  const taakVan = (o: Onderdeel) => (o.bovenliggendeCode ? (p.onderdelen.find((x) => x.code === o.bovenliggendeCode)?.taakNummer ?? null) : o.taakNummer);
  const nummers = [...new Set(rijen.map(taakVan))].sort((a, b) => (a ?? 99) - (b ?? 99));
  return (
    <section aria-labelledby="onderdelen-kop" className="sectie">
      <Heading2 id="onderdelen-kop">Onderdelen per taak</Heading2>
      {rijen.length === 0 ? (
        <Paragraph>Dit uitvoeringsplan heeft nog geen onderdelen. Voeg per taak van de werkagenda een onderdeel toe, met aanpak, verantwoordelijke en begrotingsregel.</Paragraph>
      ) : (
        <>
          <ExcelKnop
            bestandsnaam={excelBestandsnaam('uitvoeringsplan', regioNaam, p.jaar, `versie-${p.versie}`)}
            bladen={[
              {
                naam: 'Onderdelen',
                kolommen: [{ kop: 'Code' }, { kop: 'Onder' }, { kop: 'Taak', soort: 'getal' }, { kop: 'Titel' }, { kop: 'Aanpak' }, { kop: 'Verantwoordelijk' }, { kop: 'Voorzitter' }, { kop: 'Begrotingsregel' }, { kop: 'Status' }],
                rijen: rijen.map((o) => [o.code, o.bovenliggendeCode ?? '', o.taakNummer, o.titel, o.aanpak, o.overlegorgaan?.naam ?? '', o.voorzitter, o.begrotingsregel ? `${o.begrotingsregel.code} ${o.begrotingsregel.omschrijving}` : '', onderdeelStatusLabels[o.status]]),
              },
              {
                naam: 'Plannen van aanpak',
                kolommen: [{ kop: 'Onderdeel' }, { kop: 'Titel' }, { kop: 'Werkgroep' }, { kop: 'Budget', soort: 'euro' }, { kop: 'Status' }, { kop: 'Ingediend', soort: 'datum' }, { kop: 'Besluit', soort: 'datum' }, { kop: 'Referentie' }],
                rijen: p.plannenVanAanpak.map((v) => [v.onderdeelCode, v.titel, v.overlegorgaan?.naam ?? '', v.budgetCenten, pvaStatusLabels[v.status], v.ingediendOp, v.beoordeeldOp, v.besluitReferentie]),
              },
            ]}
          />
          {nummers.map((nummer) => {
            const taak = p.taken.find((t) => t.nummer === nummer);
            const kop = nummer === null ? 'Buiten de werkagenda' : `Taak ${nummer}${taak ? `: ${taak.titel}` : ''}`;
            const id = `taak-${nummer ?? 'overig'}`;
            return (
              <section key={id} aria-labelledby={id} className="sectie">
                <Heading3 id={id}>{kop}</Heading3>
                <Tabel label={`Onderdelen: ${kop}`} koppen={['Code', 'Onderdeel', 'Verantwoordelijk', 'Begrotingsregel', 'Status']}>
                  {rijen
                    .filter((o) => taakVan(o) === nummer)
                    .map((o) => (
                      <TableRow key={o.id}>
                        <TableCell className="geen-afbreking">{o.code}</TableCell>
                        <TableCell className="breekbaar">
                          {o.bovenliggendeCode ? <span aria-hidden="true">↳ </span> : null}
                          <AppLink to={`${basis}/onderdelen/${o.id}`}>{o.titel}</AppLink>
                          {o.bovenliggendeCode ? <span className="visueel-verborgen">{` (onderdeel van ${o.bovenliggendeCode})`}</span> : null}
                        </TableCell>
                        <TableCell className="breekbaar">{[o.overlegorgaan?.naam, o.voorzitter ? `voorzitter ${o.voorzitter}` : null].filter(Boolean).join(', ') || 'Niet vastgelegd'}</TableCell>
                        <TableCell className="breekbaar">
                          {o.begrotingsregel ? <AppLink to={`/regios/${regioId}/financien/begroting/${o.begrotingsregel.jaar}`}>{`Regel ${o.begrotingsregel.code}`}</AppLink> : 'Geen'}
                        </TableCell>
                        <TableCell>
                          <OnderdeelStatusBadge status={o.status} />
                        </TableCell>
                      </TableRow>
                    ))}
                </Tabel>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}

function PlannenVanAanpak({ plan: p, basis }: { plan: UitvoeringsplanDetail; basis: string }) {
  return (
    <section aria-labelledby="pva-kop" className="sectie">
      <Heading2 id="pva-kop">Plannen van aanpak</Heading2>
      {p.plannenVanAanpak.length === 0 ? (
        <Paragraph>Een werkgroep dient een plan van aanpak voor een onderdeel in bij de Kerngroep, met een eigen budget. Er is er voor {p.jaar} nog geen.</Paragraph>
      ) : (
        <PvaTabel label={`Plannen van aanpak ${p.jaar}`} plannen={p.plannenVanAanpak} basis={basis} />
      )}
    </section>
  );
}
