import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { formatBasispunten } from '../../../common/geld';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { aantal } from '../../format';
import { label, lokaleVerdelingLabels } from '../../i18n/nl';
import { useVerdeelsleutels } from './financien.api';

export function VerdeelsleutelsPagina() {
  const { regioId, regio, pad, rechten } = useOnderdeel('verdeelsleutels');
  const sleutels = useVerdeelsleutels(regioId);
  return (
    <LijstPagina
      onderdeel="verdeelsleutels"
      inleiding="Hoe een uitkering wordt verdeeld: aandelen per doel (zoals 60% lokaal en 40% regionaal) en het lokale deel over de gemeenten. Een verdeling komt altijd precies uit op de cent."
      toevoegen="Verdeelsleutel toevoegen"
      magToevoegen={rechten.magFinancienBewerken}
      query={sleutels}
      wat="de verdeelsleutels"
      leeg="Hier staan de verdeelsleutels waarmee de regio een uitkering over doelen en gemeenten verdeelt. Er is nog geen verdeelsleutel vastgelegd."
    >
      {({ items }) => (
        <>
          <Paragraph className="telling">{aantal(items.length, 'verdeelsleutel', 'verdeelsleutels')}</Paragraph>
          <ExcelKnop
            bestandsnaam={excelBestandsnaam('verdeelsleutels', regio?.naam)}
            bladen={[
              {
                naam: 'Verdeelsleutels',
                kolommen: [{ kop: 'Verdeelsleutel' }, { kop: 'Doel', breedte: 40 }, { kop: 'Aandeel', soort: 'percentage' }, { kop: 'Lokaal' }, { kop: 'Lokale verdeling' }],
                rijen: items.flatMap((s) =>
                  s.doelen.map((d) => [s.naam, d.doel, d.aandeelBasispunten, d.lokaal ? 'ja' : 'nee', label(lokaleVerdelingLabels, s.lokaleVerdeling)]),
                ),
              },
            ]}
          />
          <Tabel label="Verdeelsleutels" koppen={['Naam', 'Doelen', 'Lokale verdeling']}>
            {items.map((s) => (
              <TableRow key={s.id}>
                <TableCell>
                  <AppLink to={`${pad}/${s.id}`}>{s.naam}</AppLink>
                </TableCell>
                <TableCell>
                  {s.doelen.map((d) => `${d.doel} ${formatBasispunten(d.aandeelBasispunten)}${d.lokaal ? ' (lokaal)' : ''}`).join('; ')}
                </TableCell>
                <TableCell>{label(lokaleVerdelingLabels, s.lokaleVerdeling)}</TableCell>
              </TableRow>
            ))}
          </Tabel>
        </>
      )}
    </LijstPagina>
  );
}
