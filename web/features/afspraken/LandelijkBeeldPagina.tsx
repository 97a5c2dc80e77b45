import { Paragraph, TableCell, TableFooter, TableRow } from '@utrecht/component-library-react';
import { afspraakStatussen, type Aantallen } from '../../../common/contracts/afspraken';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { MetGegevens, RegioKop, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { formatDatum, formatGetal } from '../../format';
import { statusLabel, useAfsprakenStand } from './afspraken.api';

const kolommen = [...afspraakStatussen, 'verlopen'] as const;
const kop = (k: (typeof kolommen)[number]) => (k === 'verlopen' ? 'Over de deadline' : statusLabel(k));

function Aantalcellen({ aantallen }: { aantallen: Aantallen }) {
  return (
    <>
      {kolommen.map((k) => (
        <TableCell key={k} className="numeriek">
          {formatGetal(aantallen[k])}
        </TableCell>
      ))}
    </>
  );
}

/** The national picture: per agreement, how many of the user's regions stand where. */
export function LandelijkBeeldPagina() {
  const { pad, kruimels } = useOnderdeel('afspraken');
  const stand = useAfsprakenStand();
  return (
    <>
      <RegioKop titel="Landelijk beeld van de afspraken" kruimels={[...kruimels, { label: 'Landelijk beeld', to: `${pad}/landelijk-beeld` }]}>
        <Paragraph>Per afspraak het aantal regio’s per status en hoeveel er over de deadline zijn, over de regio’s die u kunt zien.</Paragraph>
      </RegioKop>
      <MetGegevens query={stand} wat="het landelijk beeld">
        {(s) => (
          <>
            <Paragraph className="telling">
              Over {s.regios.length === 1 ? '1 regio' : `${formatGetal(s.regios.length)} regio’s`}: {s.regios.map((r) => r.naam).join(', ')}. In totaal {formatGetal(s.totaal.gerealiseerd)} keer
              gerealiseerd en {formatGetal(s.totaal.verlopen)} keer over de deadline.
            </Paragraph>
            <ExcelKnop
              bestandsnaam={excelBestandsnaam('afspraken-landelijk-beeld')}
              bladen={[
                {
                  naam: 'Landelijk beeld',
                  kolommen: [{ kop: 'Akkoord' }, { kop: 'Code' }, { kop: 'Afspraak' }, { kop: 'Thema' }, { kop: 'Deadline', soort: 'datum' }, ...kolommen.map((k) => ({ kop: kop(k), soort: 'getal' as const }))],
                  rijen: s.items.map((i) => [i.akkoordCode, i.code, i.titel, i.thema, i.deadline, ...kolommen.map((k) => i.aantallen[k])]),
                  totaal: ['Totaal', '', '', '', null, ...kolommen.map((k) => s.totaal[k])],
                },
              ]}
            />
            <Tabel
              label="Aantal regio’s per afspraak en status"
              koppen={['Afspraak', 'Deadline', ...kolommen.map((k) => ({ tekst: kop(k), numeriek: true }))]}
              voet={
                <TableFooter>
                  <TableRow className="totaalrij">
                    <TableCell>Totaal</TableCell>
                    <TableCell />
                    <Aantalcellen aantallen={s.totaal} />
                  </TableRow>
                </TableFooter>
              }
            >
              {s.items.map((i) => (
                <TableRow key={i.afspraakId}>
                  <TableCell>
                    {i.titel} <span className="bijschrift">({i.akkoordCode} {i.code})</span>
                  </TableCell>
                  <TableCell className="geen-afbreking">{i.deadline ? formatDatum(i.deadline) : 'Geen'}</TableCell>
                  <Aantalcellen aantallen={i.aantallen} />
                </TableRow>
              ))}
            </Tabel>
          </>
        )}
      </MetGegevens>
    </>
  );
}
