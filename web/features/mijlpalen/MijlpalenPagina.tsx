import { Heading2, Heading3, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { voortgangsstatussen } from '../../../common/contracts/algemeen';
import type { Mijlpaal } from '../../../common/contracts/mijlpalen';
import { vandaagInNederland } from '../../../common/voortgang';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { Keuzefilters, useKeuzefilters } from '../../components/filters';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { aantal, formatDatum } from '../../format';
import { eigenaarTekst, statusLabel, useMijlpalen } from './mijlpalen.api';
import { StatusBadge, VerlopenTekst } from './mijlpalen';

const maanden = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** Nested lists indent less than the browser default, so a date and its badges fit at 320 px. */
const inspringing = { paddingInlineStart: '1.25rem' };
const afgerond = (m: Mijlpaal) => m.status === 'gerealiseerd' || m.status === 'niet-van-toepassing';


/** Groups milestones (already sorted by date) by year, then by month. */
function perJaarEnMaand(items: Mijlpaal[]) {
  const jaren = new Map<string, Map<number, Mijlpaal[]>>();
  for (const m of items) {
    const jaar = m.datum.slice(0, 4);
    const maand = Number(m.datum.slice(5, 7)) - 1;
    if (!jaren.has(jaar)) jaren.set(jaar, new Map());
    const perMaand = jaren.get(jaar)!;
    perMaand.set(maand, [...(perMaand.get(maand) ?? []), m]);
  }
  return [...jaren.entries()].map(([jaar, perMaand]) => ({ jaar, maanden: [...perMaand.entries()] }));
}

function MijlpaalRegel({ m, pad }: { m: Mijlpaal; pad: string }) {
  return (
    <>
      <span className="geen-afbreking">{formatDatum(m.datum)}</span> — <AppLink to={`${pad}/${m.id}`}>{m.titel}</AppLink> <StatusBadge mijlpaal={m} />{' '}
      <VerlopenTekst mijlpaal={m} />
    </>
  );
}

const filterNamen = ['status', 'verlopen'] as const;

/** The milestones of a region: what comes next, a timeline by year and month, and the table for Excel. */
export function MijlpalenPagina() {
  const { regioId, regio, pad, rechten } = useOnderdeel('mijlpalen');
  const mijlpalen = useMijlpalen(regioId);
  const { waarden: filter, zoek, zet } = useKeuzefilters(filterNamen);
  return (
    <LijstPagina
      onderdeel="mijlpalen"
      inleiding="De gedateerde mijlpalen van de regionale samenwerking, met eigenaar en status. Een mijlpaal waarvan de datum voorbij is en die niet is gerealiseerd, staat als verlopen gemarkeerd."
      toevoegen="Mijlpaal toevoegen"
      magToevoegen={rechten.magMonitoringBewerken}
      query={mijlpalen}
      wat="de mijlpalen"
      leeg="Hier komen de mijlpalen van de regio, zoals het vaststellen van het uitvoeringsplan of het einde van de SPUK. Er zijn nog geen mijlpalen."
    >
      {({ items }) => {
        const nu = vandaagInNederland();
        // Next: what is still open, overdue first (they are the oldest), then the coming dates.
        const volgende = items.filter((m) => !afgerond(m)).slice(0, 3);
        const verlopen = items.filter((m) => m.verlopen).length;
        // The filters narrow the timeline and the table; what comes next stays the whole picture.
        const getoond = items.filter(
          (m) => (!filter.status || m.status === filter.status) && (!filter.verlopen || m.verlopen === (filter.verlopen === 'ja')),
        );
        return (
          <>
            <Paragraph role="status" className="telling">
              {getoond.length === items.length ? aantal(items.length, 'mijlpaal', 'mijlpalen') : `${getoond.length} van ${aantal(items.length, 'mijlpaal', 'mijlpalen')}`}
              {verlopen ? `, waarvan ${aantal(verlopen, 'mijlpaal', 'mijlpalen')} over de datum` : ''}
            </Paragraph>
            <section aria-labelledby="volgende-kop" className="sectie">
              <Heading2 id="volgende-kop">Eerstvolgende mijlpalen</Heading2>
              {volgende.length ? (
                <ol style={inspringing}>
                  {volgende.map((m) => (
                    <li key={m.id}>
                      <MijlpaalRegel m={m} pad={pad} />
                    </li>
                  ))}
                </ol>
              ) : (
                <Paragraph>Alle mijlpalen zijn gerealiseerd of niet van toepassing.</Paragraph>
              )}
            </section>
            <Keuzefilters
              label="Mijlpalen filteren"
              zoek={zoek}
              onFilter={zet}
              filters={[
                { naam: 'status', label: 'Status', opties: [{ waarde: '', label: 'Alle statussen' }, ...voortgangsstatussen.map((st) => ({ waarde: st, label: statusLabel(st) }))] },
                {
                  naam: 'verlopen',
                  label: 'Over de datum',
                  opties: [
                    { waarde: '', label: 'Alle mijlpalen' },
                    { waarde: 'ja', label: 'Alleen over de datum' },
                    { waarde: 'nee', label: 'Niet over de datum' },
                  ],
                },
              ]}
            />
            <section aria-labelledby="tijdlijn-kop" className="sectie">
              <Heading2 id="tijdlijn-kop">Tijdlijn</Heading2>
              {getoond.length === 0 ? <Paragraph>Geen mijlpalen met deze filters.</Paragraph> : null}
              <ol aria-label="Mijlpalen per jaar" style={inspringing}>
                {perJaarEnMaand(getoond).map(({ jaar, maanden: perMaand }) => (
                  <li key={jaar}>
                    <Heading3 id={`jaar-${jaar}`}>{jaar}</Heading3>
                    <ol aria-labelledby={`jaar-${jaar}`} style={inspringing}>
                      {perMaand.map(([maand, vanMaand]) => (
                        <li key={maand}>
                          <strong>
                            {maanden[maand]} {jaar}
                            {`${jaar}-${String(maand + 1).padStart(2, '0')}` === nu.slice(0, 7) ? ' (deze maand)' : ''}
                          </strong>
                          <ul style={inspringing}>
                            {vanMaand.map((m) => (
                              <li key={m.id}>
                                <MijlpaalRegel m={m} pad={pad} />
                              </li>
                            ))}
                          </ul>
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="tabel-kop" className="sectie">
              <Heading2 id="tabel-kop">Alle mijlpalen</Heading2>
              <ExcelKnop
                bestandsnaam={excelBestandsnaam('mijlpalen', regio?.naam)}
                bladen={[
                  {
                    naam: 'Mijlpalen',
                    kolommen: [{ kop: 'Datum', soort: 'datum' }, { kop: 'Mijlpaal' }, { kop: 'Status' }, { kop: 'Verlopen' }, { kop: 'Eigenaar' }, { kop: 'Omschrijving' }],
                    rijen: getoond.map((m) => [m.datum, m.titel, statusLabel(m.status), m.verlopenTekst ?? '', eigenaarTekst(m), m.omschrijving]),
                  },
                ]}
              />
              <Tabel label="Alle mijlpalen" koppen={['Datum', 'Mijlpaal', 'Status', 'Eigenaar']}>
                {getoond.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>
                      <span className="geen-afbreking">{formatDatum(m.datum)}</span>
                      {m.verlopenTekst ? (
                        <>
                          <br />
                          <VerlopenTekst mijlpaal={m} />
                        </>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      <AppLink to={`${pad}/${m.id}`}>{m.titel}</AppLink>
                    </TableCell>
                    <TableCell>
                      <StatusBadge mijlpaal={m} />
                    </TableCell>
                    <TableCell>{eigenaarTekst(m) || 'Niet vastgelegd'}</TableCell>
                  </TableRow>
                ))}
              </Tabel>
            </section>
          </>
        );
      }}
    </LijstPagina>
  );
}
