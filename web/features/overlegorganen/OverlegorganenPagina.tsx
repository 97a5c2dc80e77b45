import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { aantal, formatGetal, formatPercentage } from '../../format';
import { label, overlegorgaanSoortLabels } from '../../i18n/nl';
import { useOverlegorganen } from './overlegorganen.api';

export function OverlegorganenPagina() {
  const { regioId, regio, pad } = useOnderdeel('overlegorganen');
  const organen = useOverlegorganen(regioId);

  return (
    <LijstPagina
      onderdeel="overlegorganen"
      inleiding="De overleggen van de samenwerking, zoals het portefeuillehoudersoverleg (PHO) en de Kerngroep, met hun leden en de besluitregels uit de samenwerkingsovereenkomst."
      toevoegen='Overlegorgaan toevoegen'
      query={organen}
      wat="de overlegorganen"
      leeg="Hier staan de overlegorganen van de regio met hun leden en besluitregels. Er zijn nog geen overlegorganen vastgelegd."
    >
      {({ items }) => (
        <>
          <Paragraph className="telling">{aantal(items.length, 'overlegorgaan', 'overlegorganen')}</Paragraph>
          <ExcelKnop
            bestandsnaam={excelBestandsnaam('overlegorganen', regio?.naam)}
            bladen={[
              {
                naam: 'Overlegorganen',
                kolommen: [
                  { kop: 'Naam' },
                  { kop: 'Soort' },
                  { kop: 'Leden', soort: 'getal' },
                  { kop: 'Eerst consensus' },
                  { kop: 'Quorum', soort: 'percentage' },
                  { kop: 'Meerderheid', soort: 'percentage' },
                  { kop: 'Herverdelingsmandaat', soort: 'percentage' },
                ],
                rijen: items.map((o) => [
                  o.naam,
                  label(overlegorgaanSoortLabels, o.soort),
                  o.aantalLeden,
                  o.besluitregels.consensusEerst ? 'ja' : 'nee',
                  o.besluitregels.quorumBasispunten,
                  o.besluitregels.meerderheidBasispunten,
                  o.besluitregels.herverdelingsmandaatBasispunten,
                ]),
              },
            ]}
          />
          <Tabel
            label="Overlegorganen van de regio"
            koppen={['Naam', 'Soort', { tekst: 'Leden', numeriek: true }, 'Besluitregels']}
          >
            {items.map((o) => (
              <TableRow key={o.id}>
                <TableCell>
                  <AppLink to={`${pad}/${o.id}`}>{o.naam}</AppLink>
                </TableCell>
                <TableCell>{label(overlegorgaanSoortLabels, o.soort)}</TableCell>
                <TableCell className="numeriek">{formatGetal(o.aantalLeden)}</TableCell>
                <TableCell>
                  {o.besluitregels.consensusEerst ? 'Eerst consensus; ' : ''}quorum{' '}
                  {formatPercentage(o.besluitregels.quorumBasispunten)}, meerderheid{' '}
                  {formatPercentage(o.besluitregels.meerderheidBasispunten)}
                </TableCell>
              </TableRow>
            ))}
          </Tabel>
        </>
      )}
    </LijstPagina>
  );
}
