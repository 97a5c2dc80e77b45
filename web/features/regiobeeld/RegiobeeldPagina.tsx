import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppButtonLink, AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { aantal, formatGetal } from '../../format';
import { useIndicatoren, useVersies } from './regiobeeld.api';
import { formatWaarde, useVersieUitQuery, VersieKeuze, versieQuery, versieTekst } from './regiobeeld';

/** The region profile (DOMAIN.md §7): its indicators in the chosen version, the current one by default. */
export function RegiobeeldPagina() {
  const { regioId, regio, pad, rechten } = useOnderdeel('regiobeeld');
  const [versieId, kiesVersie] = useVersieUitQuery();
  const indicatoren = useIndicatoren(regioId, versieId);
  const versies = useVersies(regioId);
  return (
    <LijstPagina
      onderdeel="regiobeeld"
      inleiding="Wat de regio weet: feiten en prognoses van zorgvraag en -aanbod, per indicator met eenheid en bron, waargenomen en voorspeld onder scenario’s. Bij een herijking komt er een nieuwe versie; eerdere versies blijven leesbaar."
      toevoegen="Indicator toevoegen"
      magToevoegen={rechten.magPlannenBewerken}
      meerActies={
        <>
          <AppButtonLink to={`${pad}/importeren`} appearance="secondary-action-button">
            Waarden importeren
          </AppButtonLink>{' '}
          <AppButtonLink to={`${pad}/versies/nieuw`} appearance="secondary-action-button">
            Nieuwe versie
          </AppButtonLink>
        </>
      }
      query={indicatoren}
      wat="het regiobeeld"
      leeg="Hier staan de indicatoren van het regiobeeld, zoals het personeelstekort in zorg en welzijn, met hun waarden per jaar. Er zijn nog geen indicatoren."
    >
      {({ items, versie }) => (
        <>
          {versie ? (
            <>
              <Paragraph>
                {versieTekst(versie)}. {versie.toelichting}
              </Paragraph>
              {versies.data ? <VersieKeuze versies={versies.data.items} gekozen={versie} onKies={kiesVersie} /> : null}
            </>
          ) : (
            <Paragraph>Er is nog geen versie van het regiobeeld; maak er een om waarden vast te leggen of te importeren.</Paragraph>
          )}
          <Paragraph className="telling">{aantal(items.length, 'indicator', 'indicatoren')}</Paragraph>
          <ExcelKnop
            bestandsnaam={excelBestandsnaam('regiobeeld', regio?.naam, versie ? `versie-${versie.versie}` : null)}
            bladen={[
              {
                naam: 'Indicatoren',
                kolommen: [{ kop: 'Code' }, { kop: 'Naam' }, { kop: 'Eenheid' }, { kop: 'Laatste waarneming (jaar)', soort: 'getal' }, { kop: 'Laatste waarneming' }, { kop: 'Aantal waarden', soort: 'getal' }, { kop: 'Bron' }],
                rijen: items.map((i) => [i.code, i.naam, i.eenheid, i.laatsteWaarneming?.jaar, i.laatsteWaarneming?.waarde, i.aantalWaarden, i.bron]),
              },
            ]}
          />
          <Tabel label="Indicatoren van het regiobeeld" koppen={['Indicator', 'Eenheid', 'Laatste waarneming (regio)', { tekst: 'Waarden', numeriek: true }, 'Bron']}>
            {items.map((i) => (
              <TableRow key={i.id}>
                <TableCell className="breekbaar">
                  <AppLink to={`${pad}/${i.id}${versieQuery(versie)}`}>{i.naam}</AppLink>
                </TableCell>
                <TableCell>{i.eenheid}</TableCell>
                <TableCell className="geen-afbreking">{i.laatsteWaarneming ? `${formatWaarde(i.laatsteWaarneming.waarde, i.eenheid)} (${i.laatsteWaarneming.jaar})` : 'Geen'}</TableCell>
                <TableCell className="numeriek">{formatGetal(i.aantalWaarden)}</TableCell>
                <TableCell className="breekbaar">{i.bron || 'Niet vastgelegd'}</TableCell>
              </TableRow>
            ))}
          </Tabel>
        </>
      )}
    </LijstPagina>
  );
}
