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
import { useLocation } from 'react-router';
import { useHuidigeRegio } from '../../components/layout';
import { AppButtonLink, AppLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { Laadfout, Laden, Melding } from '../../components/status';
import { TabelContainer } from '../../components/tabel';
import { aantal, formatGetal, formatPercentage } from '../../format';
import { label, overlegorgaanSoortLabels } from '../../i18n/nl';
import { organisatieKruimels } from '../regios/RegioPagina';
import { useOverlegorganen } from './overlegorganen.api';

export function OverlegorganenPagina() {
  const { regioId, regio, rechten } = useHuidigeRegio();
  const organen = useOverlegorganen(regioId);
  const pad = `/regios/${regioId}/organisatie/overlegorganen`;
  const melding = (useLocation().state as { melding?: string } | null)?.melding;
  const items = organen.data?.items ?? [];

  return (
    <>
      <PaginaKop
        titel="Overlegorganen"
        documentTitel={[regio?.naam]}
        kruimels={[...organisatieKruimels(regioId, regio?.naam), { label: 'Overlegorganen', to: pad }]}
      >
        <Paragraph>
          De overleggen van de samenwerking, zoals het portefeuillehoudersoverleg (PHO) en de Kerngroep, met hun leden
          en de besluitregels uit de samenwerkingsovereenkomst.
        </Paragraph>
      </PaginaKop>
      <Melding tekst={melding} />
      {rechten.magRegioBewerken ? (
        <Paragraph>
          <AppButtonLink to={`${pad}/nieuw`} appearance="primary-action-button">
            Overlegorgaan toevoegen
          </AppButtonLink>
        </Paragraph>
      ) : null}
      {organen.isPending ? (
        <Laden wat="de overlegorganen" />
      ) : organen.isError ? (
        <Laadfout fout={organen.error} wat="de overlegorganen" />
      ) : items.length === 0 ? (
        <Paragraph>
          Hier staan de overlegorganen van de regio met hun leden en besluitregels. Er zijn nog geen overlegorganen
          vastgelegd.
        </Paragraph>
      ) : (
        <>
          <Paragraph className="telling">{aantal(items.length, 'overlegorgaan', 'overlegorganen')}</Paragraph>
          <TabelContainer label="Overlegorganen van de regio">
            <Table>
              <TableCaption className="visueel-verborgen">Overlegorganen van de regio</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Naam</TableHeaderCell>
                  <TableHeaderCell scope="col">Soort</TableHeaderCell>
                  <TableHeaderCell scope="col" className="numeriek">
                    Leden
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">Besluitregels</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
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
              </TableBody>
            </Table>
          </TabelContainer>
        </>
      )}
    </>
  );
}
