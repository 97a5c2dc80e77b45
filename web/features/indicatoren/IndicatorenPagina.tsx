import { Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { indicatorNiveaus, type Indicator, type IndicatorNiveau } from '../../../common/contracts/indicatoren';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { KeuzeVeld } from '../../components/formulier';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { Badge } from '../../components/status';
import { aantal, formatGetal } from '../../format';
import { useIndicatoren } from './indicatoren.api';
import { frequentieLabels, geografieLabels, LaatsteStand, laatsteStandTekst, niveauLabels, niveauUitleg, richtingLabels } from './indicatoren';

const isNiveau = (w: string | null): w is IndicatorNiveau => indicatorNiveaus.includes(w as IndicatorNiveau);

/** The indicators of a region by monitoring level, with their latest standing against the target. */
export function IndicatorenPagina() {
  const { regioId, regio, pad, rechten } = useOnderdeel('indicatoren');
  const indicatoren = useIndicatoren(regioId);
  const [zoek, setZoek] = useSearchParams();
  const gekozen = zoek.get('niveau');
  const niveau = isNiveau(gekozen) ? gekozen : '';
  return (
    <LijstPagina
      onderdeel="indicatoren"
      inleiding="De indicatoren van de regio op drie niveaus: proces, beweging en doelgroepen. Per indicator ziet u de laatste afgelopen periode met een streefwaarde, en of die is gehaald op grond van de goedgekeurde metingen."
      toevoegen="Indicator toevoegen"
      magToevoegen={rechten.magMonitoringBewerken}
      query={indicatoren}
      wat="de indicatoren"
      leeg={
        rechten.magMonitoringBewerken
          ? 'Hier komen de indicatoren van de regio, met hun streefwaarden per periode en de gemeten waarden. Er zijn nog geen indicatoren; voeg de eerste toe.'
          : 'Hier komen de indicatoren van de regio, met hun streefwaarden per periode en de gemeten waarden. Er zijn nog geen indicatoren; de regiocoördinator legt ze vast.'
      }
    >
      {({ items }) => {
        const zichtbaar = items.filter((i) => !niveau || i.niveau === niveau);
        const concepten = zichtbaar.reduce((som, i) => som + i.aantalConcepten, 0);
        return (
          <>
            <form role="search" aria-label="Indicatoren filteren" className="filter" onSubmit={(e) => e.preventDefault()}>
              <KeuzeVeld
                name="filter-niveau"
                label="Niveau"
                value={niveau}
                onChange={(w) => setZoek(w ? new URLSearchParams({ niveau: w }) : new URLSearchParams(), { replace: true })}
                keuzes={[{ waarde: '', label: 'Alle niveaus' }, ...indicatorNiveaus.map((n) => ({ waarde: n, label: niveauLabels[n] }))]}
              />
            </form>
            <Paragraph role="status" className="telling">
              {zichtbaar.length === items.length ? aantal(items.length, 'indicator', 'indicatoren') : `${formatGetal(zichtbaar.length)} van ${aantal(items.length, 'indicator', 'indicatoren')}`}
              {concepten ? `; ${aantal(concepten, 'meting wacht', 'metingen wachten')} op goedkeuring` : ''}
            </Paragraph>
            <ExcelKnop
              bestandsnaam={excelBestandsnaam('indicatoren', regio?.naam, niveau || null)}
              bladen={[
                {
                  naam: 'Indicatoren',
                  kolommen: [
                    { kop: 'Niveau' },
                    { kop: 'Code' },
                    { kop: 'Indicator' },
                    { kop: 'Eenheid' },
                    { kop: 'Richting' },
                    { kop: 'Cumulatief' },
                    { kop: 'Meetfrequentie' },
                    { kop: 'Geografie' },
                    { kop: 'Laatste stand' },
                    { kop: 'Metingen', soort: 'getal' },
                    { kop: 'Concepten', soort: 'getal' },
                  ],
                  rijen: zichtbaar.map((i) => [
                    niveauLabels[i.niveau],
                    i.code,
                    i.naam,
                    i.eenheid,
                    richtingLabels[i.richting],
                    i.cumulatief ? 'ja' : 'nee',
                    frequentieLabels[i.meetfrequentie],
                    geografieLabels[i.geografie],
                    laatsteStandTekst(i.laatsteStand),
                    i.aantalMetingen,
                    i.aantalConcepten,
                  ]),
                },
              ]}
            />
            {indicatorNiveaus
              .filter((n) => !niveau || n === niveau)
              .map((n) => (
                <NiveauSectie key={n} niveau={n} items={zichtbaar.filter((i) => i.niveau === n)} pad={pad} />
              ))}
          </>
        );
      }}
    </LijstPagina>
  );
}

function NiveauSectie({ niveau, items, pad }: { niveau: IndicatorNiveau; items: Indicator[]; pad: string }) {
  const kop = `niveau-${niveau}-kop`;
  return (
    <section aria-labelledby={kop} className="sectie">
      <Heading2 id={kop}>{niveauLabels[niveau]}</Heading2>
      <Paragraph>{niveauUitleg[niveau]}</Paragraph>
      {items.length === 0 ? (
        <Paragraph>Er zijn nog geen indicatoren op dit niveau.</Paragraph>
      ) : (
        <Tabel label={`Indicatoren: ${niveauLabels[niveau].toLowerCase()}`} koppen={['Code', 'Indicator', 'Eenheid', 'Richting', 'Frequentie', 'Laatste stand', 'Wacht op goedkeuring']}>
          {items.map((i) => (
            <TableRow key={i.id}>
              <TableCell className="geen-afbreking">{i.code}</TableCell>
              <TableCell>
                <AppLink to={`${pad}/${i.id}`}>{i.naam}</AppLink>
              </TableCell>
              <TableCell>{i.eenheid}</TableCell>
              <TableCell>{richtingLabels[i.richting]}</TableCell>
              <TableCell>{frequentieLabels[i.meetfrequentie]}</TableCell>
              <TableCell>
                <LaatsteStand stand={i.laatsteStand} />
              </TableCell>
              <TableCell>
                {i.aantalConcepten ? (
                  <Badge toon="waarschuwing" voorvoegsel="Wacht op goedkeuring">
                    {aantal(i.aantalConcepten, 'concept', 'concepten')}
                  </Badge>
                ) : (
                  'geen'
                )}
              </TableCell>
            </TableRow>
          ))}
        </Tabel>
      )}
    </section>
  );
}
