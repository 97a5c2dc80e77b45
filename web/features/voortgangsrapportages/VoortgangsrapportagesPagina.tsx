import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { aantal, formatDatum, formatDatumTijd } from '../../format';
import { useVoortgangsrapportages } from './voortgangsrapportages.api';

/** The region's progress reports: each a frozen state of one period, newest first as the server sends them. */
export function VoortgangsrapportagesPagina() {
  const { regioId, regio, pad, rechten } = useOnderdeel('voortgangsrapportages');
  const lijst = useVoortgangsrapportages(regioId);
  return (
    <LijstPagina
      onderdeel="voortgangsrapportages"
      inleiding="Een voortgangsrapportage legt de stand van de regio vast op de dag dat zij wordt bevroren: afspraken, ketenaanpakken, dekking met steunpunten, indicatoren tegen hun streefwaarden, mijlpalen en de begroting. Daarna verandert zij niet meer, ook niet als de gegevens veranderen."
      toevoegen="Rapportage bevriezen"
      magToevoegen={rechten.magMonitoringBewerken}
      query={lijst}
      wat="de voortgangsrapportages"
      leeg={
        rechten.magMonitoringBewerken
          ? 'Hier komen de voortgangsrapportages van de regio, per kwartaal, halfjaar of jaar. Er is nog geen rapportage; bevries de eerste met de knop hierboven.'
          : 'Hier komen de voortgangsrapportages van de regio, per kwartaal, halfjaar of jaar. De regiocoördinator heeft nog geen rapportage bevroren.'
      }
    >
      {({ items }) => (
        <>
          <Paragraph className="telling">{aantal(items.length, 'rapportage', 'rapportages')}</Paragraph>
          <ExcelKnop
            bestandsnaam={excelBestandsnaam('voortgangsrapportages', regio?.naam)}
            bladen={[
              {
                naam: 'Voortgangsrapportages',
                kolommen: [{ kop: 'Periode' }, { kop: 'Volgnummer', soort: 'getal' }, { kop: 'Titel' }, { kop: 'Peildatum', soort: 'datum' }, { kop: 'Bevroren op', soort: 'datumtijd' }, { kop: 'Bevroren door' }, { kop: 'Toelichting' }],
                rijen: items.map((r) => [r.periodeLabel, r.volgnummer, r.titel, r.peildatum, r.bevrorenOp, r.bevrorenDoor, r.toelichting]),
              },
            ]}
          />
          <Tabel label="Voortgangsrapportages" koppen={['Periode', { tekst: 'Volgnummer', numeriek: true }, 'Titel', 'Peildatum', 'Bevroren']}>
            {items.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.periodeLabel}</TableCell>
                <TableCell className="numeriek">{r.volgnummer}</TableCell>
                <TableCell>
                  <AppLink to={`${pad}/${r.id}`}>{r.titel}</AppLink>
                </TableCell>
                <TableCell className="geen-afbreking">{formatDatum(r.peildatum)}</TableCell>
                <TableCell>
                  {formatDatumTijd(r.bevrorenOp)}
                  <span className="bijzin">door {r.bevrorenDoor}</span>
                </TableCell>
              </TableRow>
            ))}
          </Tabel>
        </>
      )}
    </LijstPagina>
  );
}
