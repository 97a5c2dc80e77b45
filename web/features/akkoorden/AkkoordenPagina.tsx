import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Akkoord } from '../../../common/contracts/regios';
import { useHuidigeRegio } from '../../components/layout';
import { PaginaKop } from '../../components/pagina';
import { Laadfout, Laden } from '../../components/status';
import { TabelContainer } from '../../components/tabel';
import { formatDatum } from '../../format';
import { deelnameStatusLabels, label } from '../../i18n/nl';
import { organisatieKruimels } from '../regios/RegioPagina';
import { useAkkoorden } from './akkoorden.api';

export function AkkoordenPagina() {
  const { regioId, regio } = useHuidigeRegio();
  const akkoorden = useAkkoorden();
  const pad = `/regios/${regioId}/organisatie/akkoorden`;

  return (
    <>
      <PaginaKop
        titel="Akkoorden"
        documentTitel={[regio?.naam]}
        kruimels={[...organisatieKruimels(regioId, regio?.naam), { label: 'Akkoorden', to: pad }]}
      >
        <Paragraph>
          De landelijke akkoorden waaronder de regio werkt (zoals IZA, GALA en AZWA), met de taken die gemeenten
          eraan hebben (de werkagenda) en wie wanneer meedeed.
        </Paragraph>
      </PaginaKop>
      {akkoorden.isPending ? (
        <Laden wat="de akkoorden" />
      ) : akkoorden.isError ? (
        <Laadfout fout={akkoorden.error} wat="de akkoorden" />
      ) : akkoorden.data.items.length === 0 ? (
        <Paragraph>Hier komen de landelijke akkoorden en hun werkagenda te staan. Er zijn nog geen akkoorden geladen.</Paragraph>
      ) : (
        akkoorden.data.items.map((akkoord) => <AkkoordSectie key={akkoord.id} akkoord={akkoord} />)
      )}
    </>
  );
}

function AkkoordSectie({ akkoord }: { akkoord: Akkoord }) {
  const kopId = `akkoord-${akkoord.code}`;
  return (
    <section aria-labelledby={kopId} className="sectie akkoord">
      <Heading2 id={kopId}>
        {akkoord.naam} ({akkoord.code})
      </Heading2>
      {akkoord.omschrijving ? <Paragraph>{akkoord.omschrijving}</Paragraph> : null}
      <DataList>
        <DataListItem>
          <DataListKey>Ondertekend op</DataListKey>
          <DataListValue>{akkoord.ondertekendOp ? formatDatum(akkoord.ondertekendOp) : 'Onbekend'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Looptijd tot</DataListKey>
          <DataListValue>{akkoord.looptijdTot ? formatDatum(akkoord.looptijdTot) : 'Niet vastgelegd'}</DataListValue>
        </DataListItem>
      </DataList>

      <Heading3>Werkagenda</Heading3>
      {akkoord.taken.length === 0 ? (
        <Paragraph>Voor dit akkoord is geen werkagenda voor gemeenten vastgelegd.</Paragraph>
      ) : (
        <TabelContainer label={`Werkagenda ${akkoord.code}`}>
          <Table>
            <TableCaption className="visueel-verborgen">Werkagenda {akkoord.code}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Nr.</TableHeaderCell>
                <TableHeaderCell scope="col">Taak</TableHeaderCell>
                <TableHeaderCell scope="col">Omschrijving</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {akkoord.taken.map((taak) => (
                <TableRow key={taak.nummer}>
                  <TableCell>{taak.nummer}</TableCell>
                  <TableCell>{taak.titel}</TableCell>
                  <TableCell>{taak.omschrijving}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TabelContainer>
      )}

      <Heading3>Deelname</Heading3>
      {akkoord.deelnames.length === 0 ? (
        <Paragraph>Er is nog geen deelname vastgelegd.</Paragraph>
      ) : (
        <TabelContainer label={`Deelname ${akkoord.code}`}>
          <Table>
            <TableCaption className="visueel-verborgen">Deelname aan {akkoord.code}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Datum</TableHeaderCell>
                <TableHeaderCell scope="col">Partij</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...akkoord.deelnames]
                .sort((a, b) => a.datum.localeCompare(b.datum))
                .map((d, index) => (
                  <TableRow key={`${d.partij}-${d.datum}-${index}`}>
                    <TableCell className="geen-afbreking">{formatDatum(d.datum)}</TableCell>
                    <TableCell>{d.partij}</TableCell>
                    <TableCell>{label(deelnameStatusLabels, d.status)}</TableCell>
                    <TableCell>{d.toelichting}</TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        </TabelContainer>
      )}
    </section>
  );
}
