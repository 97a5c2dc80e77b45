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
import { aantal } from '../../format';
import { label, organisatieSoortLabels } from '../../i18n/nl';
import { organisatieKruimels } from '../regios/RegioPagina';
import { useOrganisaties } from './organisaties.api';

export function OrganisatiesPagina() {
  const { regioId, regio, rechten } = useHuidigeRegio();
  const organisaties = useOrganisaties(regioId);
  const pad = `/regios/${regioId}/organisatie/organisaties`;
  const melding = (useLocation().state as { melding?: string } | null)?.melding;
  const items = [...(organisaties.data?.items ?? [])].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));

  return (
    <>
      <PaginaKop
        titel="Organisaties"
        documentTitel={[regio?.naam]}
        kruimels={[...organisatieKruimels(regioId, regio?.naam), { label: 'Organisaties', to: pad }]}
      >
        <Paragraph>
          De partners van de regio: zorgverzekeraars, de GGD, zorg- en welzijnsaanbieders en andere organisaties.
        </Paragraph>
      </PaginaKop>
      <Melding tekst={melding} />
      {rechten.magRegioBewerken ? (
        <Paragraph>
          <AppButtonLink to={`${pad}/nieuw`} appearance="primary-action-button">
            Organisatie toevoegen
          </AppButtonLink>
        </Paragraph>
      ) : null}
      {organisaties.isPending ? (
        <Laden wat="de organisaties" />
      ) : organisaties.isError ? (
        <Laadfout fout={organisaties.error} wat="de organisaties" />
      ) : items.length === 0 ? (
        <Paragraph>
          Hier komen de partners van de regio te staan, zoals de preferente zorgverzekeraar en de GGD. Er zijn nog
          geen organisaties vastgelegd.
        </Paragraph>
      ) : (
        <>
          <Paragraph className="telling">{aantal(items.length, 'organisatie', 'organisaties')}</Paragraph>
          <TabelContainer label="Organisaties van de regio">
            <Table>
              <TableCaption className="visueel-verborgen">Organisaties van de regio</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Naam</TableHeaderCell>
                  <TableHeaderCell scope="col">Soort</TableHeaderCell>
                  <TableHeaderCell scope="col">Website</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell>
                      <AppLink to={`${pad}/${o.id}`}>{o.naam}</AppLink>
                    </TableCell>
                    <TableCell>{label(organisatieSoortLabels, o.soort)}</TableCell>
                    <TableCell className="breekbaar">{o.website ?? 'Geen website'}</TableCell>
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
