import { Button, Heading2, Paragraph, TableCell, TableFooter, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { Dekking, Steunpunt } from '../../../common/contracts/steunpunten';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppButtonLink, AppLink } from '../../components/links';
import { MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { aantal, formatGetal, formatPercentage } from '../../format';
import { Keuzefilters, useKeuzefilters } from '../../components/filters';
import { DekkingKaart } from './DekkingKaart';
import { useDekking, useGemeentegrenzen, useSteunpunten } from './steunpunten.api';
import { exploitantTekst, GedektBadge, jaNee, OpenBadge } from './steunpunten';

const filterNamen = ['gemeentecode', 'openVoorIedereen', 'openbaar'] as const;
const jaNeeOpties = (alle: string) => [
  { waarde: '', label: alle },
  { waarde: 'ja', label: 'Ja' },
  { waarde: 'nee', label: 'Nee' },
];

export const dekkingTekst = (d: Dekking) =>
  `${d.totaal.gedekteGemeenten} van de ${d.totaal.gemeenten} gemeenten zijn gedekt; daar woont ${formatPercentage(d.totaal.inwonersBasispunten)} van de inwoners (${formatGetal(d.totaal.gedekteInwoners)} van ${formatGetal(d.totaal.inwoners)}).`;

/** Support points of the region: its coverage (map and table), then the list with filters. */
export function SteunpuntenPagina() {
  const { regioId, regio, label, pad, kruimels, rechten } = useOnderdeel('steunpunten');
  const melding = useMelding();
  const dekking = useDekking(regioId);
  const filters = useKeuzefilters(filterNamen);
  const lijst = useSteunpunten(regioId, filters.waarden);
  const gemeenten = dekking.data?.gemeenten ?? [];
  const magToevoegen = gemeenten.some((g) => rechten.magSteunpuntBewerken(g.gemeentecode));
  return (
    <>
      <RegioKop titel={label} kruimels={kruimels}>
        <Paragraph>
          Laagdrempelige steunpunten voor inwoners met mentale kwetsbaarheid (werkagenda, taak 4). Een gemeente is gedekt als zij minstens één steunpunt heeft dat zonder verwijzing voor iedereen open is.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      {magToevoegen ? (
        <Paragraph>
          <AppButtonLink to={`${pad}/nieuw`} appearance="primary-action-button">
            Steunpunt toevoegen
          </AppButtonLink>
        </Paragraph>
      ) : null}
      <section aria-labelledby="dekking-kop" className="sectie">
        <Heading2 id="dekking-kop">Dekking</Heading2>
        <MetGegevens query={dekking} wat="de dekking">
          {(d) => <DekkingSectie regioId={regioId} regioNaam={regio?.naam} dekking={d} grenzenPad={rechten.isBeheerder ? `${pad}/grenzen` : null} />}
        </MetGegevens>
      </section>
      <section aria-labelledby="lijst-kop" className="sectie">
        <Heading2 id="lijst-kop">Alle steunpunten</Heading2>
        <Keuzefilters
          label="Steunpunten filteren"
          zoek={filters.zoek}
          onFilter={filters.zet}
          filters={[
            { naam: 'gemeentecode', label: 'Gemeente', opties: [{ waarde: '', label: 'Alle gemeenten' }, ...gemeenten.map((g) => ({ waarde: g.gemeentecode, label: g.naam }))] },
            { naam: 'openVoorIedereen', label: 'Open voor iedereen', opties: jaNeeOpties('Alle steunpunten') },
            { naam: 'openbaar', label: 'Openbaar', opties: jaNeeOpties('Alle steunpunten') },
          ]}
        />
        <MetGegevens query={lijst} wat="de steunpunten">
          {({ items }) =>
            items.length === 0 ? (
              <Paragraph>{filters.actief ? 'Geen steunpunten met deze filters.' : 'Er zijn nog geen steunpunten vastgelegd.'}</Paragraph>
            ) : (
              <SteunpuntenTabel items={items} pad={pad} regioNaam={regio?.naam} />
            )
          }
        </MetGegevens>
      </section>
    </>
  );
}

function SteunpuntenTabel({ items, pad, regioNaam }: { items: Steunpunt[]; pad: string; regioNaam: string | undefined }) {
  return (
    <>
      <Paragraph className="telling">{aantal(items.length, 'steunpunt', 'steunpunten')}</Paragraph>
      <ExcelKnop
        bestandsnaam={excelBestandsnaam('steunpunten', regioNaam)}
        bladen={[
          {
            naam: 'Steunpunten',
            kolommen: [{ kop: 'Naam' }, { kop: 'Gemeente' }, { kop: 'Adres' }, { kop: 'Postcode' }, { kop: 'Plaats' }, { kop: 'Exploitant' }, { kop: 'Doelgroepen' }, { kop: 'Open voor iedereen' }, { kop: 'Openingstijden' }, { kop: 'Telefoon' }, { kop: 'E-mail' }, { kop: 'Website' }, { kop: 'Openbaar' }],
            rijen: items.map((s) => [
              s.naam,
              s.gemeente.naam,
              `${s.adres.straat} ${s.adres.huisnummer}`,
              s.adres.postcode,
              s.adres.plaats,
              exploitantTekst(s),
              s.doelgroepen.join('; '),
              jaNee(s.openVoorIedereen),
              s.openingstijden,
              s.contact.telefoon,
              s.contact.email,
              s.contact.website,
              jaNee(s.openbaar),
            ]),
          },
        ]}
      />
      <Tabel label="Steunpunten" koppen={['Naam', 'Gemeente', 'Exploitant', 'Open voor iedereen', 'Openbaar']}>
        {items.map((s) => (
          <TableRow key={s.id}>
            <TableCell>
              <AppLink to={`${pad}/${s.id}`}>{s.naam}</AppLink>
            </TableCell>
            <TableCell>{s.gemeente.naam}</TableCell>
            <TableCell>{exploitantTekst(s)}</TableCell>
            <TableCell>
              <OpenBadge open={s.openVoorIedereen} />
            </TableCell>
            <TableCell>{jaNee(s.openbaar)}</TableCell>
          </TableRow>
        ))}
      </Tabel>
    </>
  );
}

/** The numbers, the map when every municipality has a boundary, and always the table per municipality. */
function DekkingSectie({
  regioId,
  regioNaam,
  dekking: d,
  grenzenPad,
}: {
  regioId: string;
  regioNaam: string | undefined;
  dekking: Dekking;
  /** The boundary import, for the beheerder only. */
  grenzenPad: string | null;
}) {
  const metKaart = d.totaal.gemeenten > 0 && d.gemeentenMetGrens > 0;
  const grenzen = useGemeentegrenzen(regioId, metKaart);
  const [alsTabel, setAlsTabel] = useState(false);
  const tekst = dekkingTekst(d);
  const tabel = <DekkingTabel dekking={d} />;
  return (
    <>
      <Paragraph className="kerncijfer">
        <strong>
          {d.totaal.gedekteGemeenten} van {d.totaal.gemeenten} gemeenten
        </strong>{' '}
        gedekt ({formatPercentage(d.totaal.gemeentenBasispunten)}) · <strong>{formatPercentage(d.totaal.inwonersBasispunten)} van de inwoners</strong>
      </Paragraph>
      <Paragraph>{tekst}</Paragraph>
      <div className="weergave-acties">
        {metKaart ? (
          <Button appearance="secondary-action-button" onClick={() => setAlsTabel((t) => !t)} aria-controls="dekking-weergave">
            {alsTabel ? 'Toon als kaart' : 'Toon als tabel'}
          </Button>
        ) : null}
        <ExcelKnop
          bestandsnaam={excelBestandsnaam('dekking-steunpunten', regioNaam)}
          bladen={[
            {
              naam: 'Dekking',
              kolommen: [{ kop: 'Gemeente' }, { kop: 'Code' }, { kop: 'Inwoners', soort: 'getal' }, { kop: 'Steunpunten', soort: 'getal' }, { kop: 'Open voor iedereen', soort: 'getal' }, { kop: 'Gedekt' }],
              rijen: d.gemeenten.map((g) => [g.naam, g.gemeentecode, g.inwoners, g.steunpunten, g.openVoorIedereen, jaNee(g.gedekt)]),
              totaal: ['Totaal', '', d.totaal.inwoners, d.gemeenten.reduce((s, g) => s + g.steunpunten, 0), d.gemeenten.reduce((s, g) => s + g.openVoorIedereen, 0), `${d.totaal.gedekteGemeenten} van ${d.totaal.gemeenten}`],
            },
          ]}
        />
      </div>
      {grenzenPad ? (
        <Paragraph>
          <AppLink to={grenzenPad}>Gemeentegrenzen importeren</AppLink> (voor alle regio’s, bijvoorbeeld na een gemeentelijke herindeling)
        </Paragraph>
      ) : null}
      <div id="dekking-weergave">
        {!metKaart ? (
          <>
            <Paragraph>Een kaart verschijnt zodra de beheerder de gemeentegrenzen heeft geïmporteerd.</Paragraph>
            {tabel}
          </>
        ) : alsTabel ? (
          tabel
        ) : (
          <MetGegevens query={grenzen} wat="de gemeentegrenzen">
            {(g) => <DekkingKaart regioId={regioId} grenzen={g} dekking={d} samenvatting={tekst} />}
          </MetGegevens>
        )}
      </div>
    </>
  );
}

export function DekkingTabel({ dekking: d }: { dekking: Dekking }) {
  return (
    <Tabel
      label="Dekking per gemeente"
      koppen={['Gemeente', { tekst: 'Inwoners', numeriek: true }, { tekst: 'Steunpunten', numeriek: true }, { tekst: 'Open voor iedereen', numeriek: true }, 'Dekking']}
      voet={
        <TableFooter>
          <TableRow className="totaalrij">
            <TableHeaderCell scope="row">Totaal</TableHeaderCell>
            <TableCell className="numeriek">{formatGetal(d.totaal.inwoners)}</TableCell>
            <TableCell className="numeriek">{formatGetal(d.gemeenten.reduce((s, g) => s + g.steunpunten, 0))}</TableCell>
            <TableCell className="numeriek">{formatGetal(d.gemeenten.reduce((s, g) => s + g.openVoorIedereen, 0))}</TableCell>
            <TableCell>
              {d.totaal.gedekteGemeenten} van {d.totaal.gemeenten} gedekt
            </TableCell>
          </TableRow>
        </TableFooter>
      }
    >
      {d.gemeenten.map((g) => (
        <TableRow key={g.gemeentecode}>
          <TableHeaderCell scope="row">{g.naam}</TableHeaderCell>
          <TableCell className="numeriek">{formatGetal(g.inwoners)}</TableCell>
          <TableCell className="numeriek">{g.steunpunten}</TableCell>
          <TableCell className="numeriek">{g.openVoorIedereen}</TableCell>
          <TableCell>
            <GedektBadge gedekt={g.gedekt} />
          </TableCell>
        </TableRow>
      ))}
    </Tabel>
  );
}
