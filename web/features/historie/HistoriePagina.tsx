import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import type { Historieregel } from '../../../common/contracts/algemeen';
import { Wijzigingen } from '../../components/historie';
import { useHuidigeRegio } from '../../components/layout';
import { AppLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { Laadfout, Laden } from '../../components/status';
import { TabelContainer } from '../../components/tabel';
import { aantal, formatDatumTijd, formatGetal } from '../../format';
import { historieActieLabels, historieSoortLabels, label } from '../../i18n/nl';
import { organisatieKruimels } from '../regios/RegioPagina';
import { useHistorie } from './historie.api';

const paginaGrootte = 50;

function itemPad(regioId: string, regel: Historieregel): string | null {
  if (regel.actie === 'verwijderd') return null;
  const basis = `/regios/${regioId}/organisatie`;
  switch (regel.soort) {
    case 'regio':
      return `${basis}/regio`;
    case 'gemeente':
      return `${basis}/gemeenten/${encodeURIComponent(regel.itemId)}`;
    case 'organisatie':
      return `${basis}/organisaties/${encodeURIComponent(regel.itemId)}`;
    case 'overlegorgaan':
      return `${basis}/overlegorganen/${encodeURIComponent(regel.itemId)}`;
    default:
      return null;
  }
}

export function HistoriePagina() {
  const { regioId, regio } = useHuidigeRegio();
  const [zoek] = useSearchParams();
  const pagina = Math.max(1, Number.parseInt(zoek.get('pagina') ?? '1', 10) || 1);
  const historie = useHistorie(regioId, { pagina, paginaGrootte });
  const pad = `/regios/${regioId}/organisatie/historie`;
  const totaalPaginas = historie.data?.totaalPaginas ?? 1;

  return (
    <>
      <PaginaKop
        titel="Historie"
        documentTitel={[pagina > 1 ? `pagina ${pagina}` : null, regio?.naam]}
        kruimels={[...organisatieKruimels(regioId, regio?.naam), { label: 'Historie', to: pad }]}
      >
        <Paragraph>Alle wijzigingen in de regio: wie wat wanneer heeft veranderd, de nieuwste eerst.</Paragraph>
      </PaginaKop>
      {historie.isPending ? (
        <Laden wat="de historie" />
      ) : historie.isError ? (
        <Laadfout fout={historie.error} wat="de historie" />
      ) : historie.data.totaal === 0 ? (
        <Paragraph>
          Hier ziet u elke wijziging in de regio, met wie die deed en wanneer. Er zijn nog geen wijzigingen vastgelegd.
        </Paragraph>
      ) : (
        <>
          <Paragraph className="telling">
            {aantal(historie.data.totaal, 'wijziging', 'wijzigingen')}
            {totaalPaginas > 1 ? `, pagina ${formatGetal(pagina)} van ${formatGetal(totaalPaginas)}` : ''}
          </Paragraph>
          <TabelContainer label="Historie van de regio">
            <Table>
              <TableCaption className="visueel-verborgen">Historie van de regio</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Tijdstip</TableHeaderCell>
                  <TableHeaderCell scope="col">Door</TableHeaderCell>
                  <TableHeaderCell scope="col">Actie</TableHeaderCell>
                  <TableHeaderCell scope="col">Onderdeel</TableHeaderCell>
                  <TableHeaderCell scope="col">Wat</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {historie.data.items.map((regel) => {
                  const itemLink = itemPad(regioId, regel);
                  return (
                    <TableRow key={regel.id}>
                      <TableCell className="geen-afbreking">
                        <time dateTime={regel.tijdstip}>{formatDatumTijd(regel.tijdstip)}</time>
                      </TableCell>
                      <TableCell>{regel.gebruikerNaam}</TableCell>
                      <TableCell>{label(historieActieLabels, regel.actie)}</TableCell>
                      <TableCell>
                        {label(historieSoortLabels, regel.soort)}
                        {itemLink ? (
                          <>
                            {' '}
                            <AppLink to={itemLink}>bekijken</AppLink>
                          </>
                        ) : null}
                      </TableCell>
                      <TableCell>
                        {regel.omschrijving}
                        <Wijzigingen regel={regel} />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TabelContainer>
          {totaalPaginas > 1 ? (
            <nav aria-label="Paginering" className="paginering">
              <ul>
                {pagina > 1 ? (
                  <li>
                    <AppLink to={pagina === 2 ? pad : `${pad}?pagina=${pagina - 1}`}>
                      Vorige pagina
                    </AppLink>
                  </li>
                ) : null}
                <li aria-current="page">
                  Pagina {formatGetal(pagina)} van {formatGetal(totaalPaginas)}
                </li>
                {pagina < totaalPaginas ? (
                  <li>
                    <AppLink to={`${pad}?pagina=${pagina + 1}`}>Volgende pagina</AppLink>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
