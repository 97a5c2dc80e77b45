import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppLink } from '../../components/links';
import { MetGegevens, RegioKop, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { useKetenaanpakken } from './ketenaanpakken.api';
import { celPad, coordinatorTekst, Legenda, NiveauBadge, niveauLabel } from './ketenaanpakken';

/** One chain approach across the region's municipalities: level, coordinator, intervention, referral routes. */
export function KetenaanpakPagina() {
  const { regioId, regio, pad, kruimels } = useOnderdeel('ketenaanpakken');
  const { ketenaanpakId = '' } = useParams();
  const query = useKetenaanpakken(regioId);
  const aanpak = query.data?.ketenaanpakken.find((a) => a.id === ketenaanpakId);
  const naam = aanpak?.naam ?? 'Ketenaanpak';
  return (
    <>
      <RegioKop titel={naam} kruimels={[...kruimels, { label: naam, to: `${pad}/${ketenaanpakId}` }]}>
        {aanpak ? <Paragraph>{aanpak.omschrijving}</Paragraph> : null}
      </RegioKop>
      <MetGegevens query={query} wat="de ketenaanpak">
        {(m) => {
          const i = m.ketenaanpakken.findIndex((a) => a.id === ketenaanpakId);
          if (i < 0) return <Paragraph>Deze ketenaanpak bestaat niet.</Paragraph>;
          const rijen = m.gemeenten.map((g) => ({ gemeente: g, cel: g.cellen[i]! }));
          return (
            <>
              <ExcelKnop
                bestandsnaam={excelBestandsnaam('ketenaanpak', naam, regio?.naam)}
                bladen={[
                  {
                    naam: 'Gemeenten',
                    kolommen: [{ kop: 'Gemeente' }, { kop: 'Niveau' }, { kop: 'Coördinator' }, { kop: 'Interventie' }, { kop: 'Verwijsroutes' }, { kop: 'Notities' }],
                    rijen: rijen.map(({ gemeente, cel }) => [gemeente.naam, niveauLabel(cel.niveau), coordinatorTekst(cel), cel.interventie, cel.verwijsroutes, cel.notities]),
                  },
                ]}
              />
              <Tabel label={`${naam} per gemeente`} koppen={['Gemeente', 'Niveau', 'Coördinator', 'Interventie', 'Verwijsroutes']}>
                {rijen.map(({ gemeente, cel }) => (
                  <TableRow key={gemeente.gemeentecode}>
                    <TableCell>
                      <AppLink to={celPad(pad, ketenaanpakId, gemeente.gemeentecode)}>{gemeente.naam}</AppLink>
                    </TableCell>
                    <TableCell>
                      <NiveauBadge niveau={cel.niveau} />
                    </TableCell>
                    <TableCell>{coordinatorTekst(cel)}</TableCell>
                    <TableCell>{cel.interventie || 'Niet vastgelegd'}</TableCell>
                    <TableCell>{cel.verwijsroutes || 'Niet vastgelegd'}</TableCell>
                  </TableRow>
                ))}
              </Tabel>
              <Legenda />
            </>
          );
        }}
      </MetGegevens>
    </>
  );
}
