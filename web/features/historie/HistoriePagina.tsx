import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import type { Historieregel } from '../../../common/contracts/algemeen';
import { Wijzigingen } from '../../components/historie';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { aantal, formatDatumTijd, formatGetal } from '../../format';
import { historieActieLabels, historieSoortLabels, label } from '../../i18n/nl';
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
    case 'uitkering':
      return `/regios/${regioId}/financien/uitkeringen/${encodeURIComponent(regel.itemId)}`;
    case 'verdeelsleutel':
      return `/regios/${regioId}/financien/verdeelsleutels/${encodeURIComponent(regel.itemId)}`;
    default:
      return null;
  }
}

export function HistoriePagina() {
  const { regioId, regio, pad } = useOnderdeel('historie');
  const [zoek] = useSearchParams();
  const pagina = Math.max(1, Number.parseInt(zoek.get('pagina') ?? '1', 10) || 1);
  const historie = useHistorie(regioId, { pagina, paginaGrootte });

  return (
    <LijstPagina
      onderdeel="historie"
      documentTitel={[pagina > 1 ? `pagina ${pagina}` : null]}
      inleiding="Alle wijzigingen in de regio: wie wat wanneer heeft veranderd, de nieuwste eerst."
      query={historie}
      wat="de historie"
      isLeeg={(data) => data.totaal === 0}
      leeg="Hier ziet u elke wijziging in de regio, met wie die deed en wanneer. Er zijn nog geen wijzigingen vastgelegd."
    >
      {(data) => (
        <>
          <Paragraph className="telling">
            {aantal(data.totaal, 'wijziging', 'wijzigingen')}
            {data.totaalPaginas > 1 ? `, pagina ${formatGetal(pagina)} van ${formatGetal(data.totaalPaginas)}` : ''}
          </Paragraph>
          <ExcelKnop
            bestandsnaam={excelBestandsnaam('historie', regio?.naam, data.totaalPaginas > 1 ? `pagina-${pagina}` : null)}
            tekst={data.totaalPaginas > 1 ? 'Deze pagina exporteren naar Excel' : undefined}
            bladen={[
              {
                naam: 'Historie',
                kolommen: [{ kop: 'Tijdstip' }, { kop: 'Door' }, { kop: 'Actie' }, { kop: 'Onderdeel' }, { kop: 'Omschrijving', breedte: 60 }],
                rijen: data.items.map((r) => [
                  formatDatumTijd(r.tijdstip),
                  r.gebruikerNaam,
                  label(historieActieLabels, r.actie),
                  label(historieSoortLabels, r.soort),
                  r.omschrijving,
                ]),
              },
            ]}
          />
          <Tabel label="Historie van de regio" koppen={['Tijdstip', 'Door', 'Actie', 'Onderdeel', 'Wat']}>
            {data.items.map((regel) => {
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
          </Tabel>
          {data.totaalPaginas > 1 ? (
            <nav aria-label="Paginering" className="paginering">
              <ul>
                {pagina > 1 ? (
                  <li>
                    <AppLink to={pagina === 2 ? pad : `${pad}?pagina=${pagina - 1}`}>Vorige pagina</AppLink>
                  </li>
                ) : null}
                <li aria-current="page">
                  Pagina {formatGetal(pagina)} van {formatGetal(data.totaalPaginas)}
                </li>
                {pagina < data.totaalPaginas ? (
                  <li>
                    <AppLink to={`${pad}?pagina=${pagina + 1}`}>Volgende pagina</AppLink>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </>
      )}
    </LijstPagina>
  );
}
