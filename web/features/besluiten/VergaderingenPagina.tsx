import { TableCell, TableRow } from '@utrecht/component-library-react';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { formatDatum } from '../../format';
import { useVergaderingen } from './besluiten.api';
import { GefilterdeLijst, labelVan, useOrgaanJaarFilter, VergaderingStatus, vergaderingStatusLabels } from './besluiten';

export function VergaderingenPagina() {
  const { regioId, regio, pad, rechten } = useOnderdeel('vergaderingen');
  const filterstaat = useOrgaanJaarFilter();
  const { filter } = filterstaat;
  const vergaderingen = useVergaderingen(regioId, filter);
  return (
    <LijstPagina
      onderdeel="vergaderingen"
      inleiding="De vergaderingen van het PHO, de Kerngroep en de andere overlegorganen, met hun agenda, de standpunten van de colleges, de stemmingen en de besluiten."
      toevoegen="Vergadering plannen"
      magToevoegen={rechten.magBesluitenBewerken}
      query={vergaderingen}
      wat="de vergaderingen"
      isLeeg={() => false}
      leeg=""
    >
      {({ items }) => (
        <GefilterdeLijst
          regioId={regioId}
          label="Vergaderingen filteren"
          filter={filterstaat}
          aantal={items.length}
          enkelvoud="vergadering"
          meervoud="vergaderingen"
          leeg="Hier staan de vergaderingen van de overlegorganen zodra de eerste is gepland. Er zijn nog geen vergaderingen."
        >
          <ExcelKnop
            bestandsnaam={excelBestandsnaam('vergaderingen', regio?.naam, filter.jaar)}
            bladen={[
              {
                naam: 'Vergaderingen',
                kolommen: [{ kop: 'Datum', soort: 'datum' }, { kop: 'Overlegorgaan' }, { kop: 'Titel', breedte: 50 }, { kop: 'Locatie' }, { kop: 'Status' }, { kop: 'Agendapunten', soort: 'getal' }, { kop: 'Besluiten', soort: 'getal' }],
                rijen: items.map((v) => [v.datum, v.overlegorgaan.naam, v.titel, v.locatie, labelVan(vergaderingStatusLabels, v.status), v.aantalAgendapunten, v.aantalBesluiten]),
              },
            ]}
          />
          <Tabel
            label="Vergaderingen"
            koppen={['Datum', 'Overlegorgaan', 'Titel', 'Status', { tekst: 'Agendapunten', numeriek: true }, { tekst: 'Besluiten', numeriek: true }]}
          >
            {items.map((v) => (
              <TableRow key={v.id}>
                <TableCell className="geen-afbreking">{formatDatum(v.datum)}</TableCell>
                <TableCell>{v.overlegorgaan.naam}</TableCell>
                <TableCell>
                  <AppLink to={`${pad}/${v.id}`}>{v.titel}</AppLink>
                </TableCell>
                <TableCell>
                  <VergaderingStatus status={v.status} />
                </TableCell>
                <TableCell className="numeriek">{v.aantalAgendapunten}</TableCell>
                <TableCell className="numeriek">{v.aantalBesluiten}</TableCell>
              </TableRow>
            ))}
          </Tabel>
        </GefilterdeLijst>
      )}
    </LijstPagina>
  );
}
