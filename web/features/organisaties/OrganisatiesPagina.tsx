import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { aantal } from '../../format';
import { label, organisatieSoortLabels } from '../../i18n/nl';
import { useOrganisaties } from './organisaties.api';

export function OrganisatiesPagina() {
  const { regioId, regio, pad } = useOnderdeel('organisaties');
  const organisaties = useOrganisaties(regioId);

  return (
    <LijstPagina
      onderdeel="organisaties"
      inleiding="De partners van de regio: zorgverzekeraars, de GGD, zorg- en welzijnsaanbieders en andere organisaties."
      toevoegen='Organisatie toevoegen'
      query={organisaties}
      wat="de organisaties"
      leeg="Hier komen de partners van de regio te staan, zoals de preferente zorgverzekeraar en de GGD. Er zijn nog geen organisaties vastgelegd."
    >
      {(data) => {
        const items = [...data.items].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
        return (
          <>
            <Paragraph className="telling">{aantal(items.length, 'organisatie', 'organisaties')}</Paragraph>
            <ExcelKnop
              bestandsnaam={excelBestandsnaam('organisaties', regio?.naam)}
              bladen={[
                {
                  naam: 'Organisaties',
                  kolommen: [{ kop: 'Naam' }, { kop: 'Soort' }, { kop: 'Website' }],
                  rijen: items.map((o) => [o.naam, label(organisatieSoortLabels, o.soort), o.website ?? '']),
                },
              ]}
            />
            <Tabel label="Organisaties van de regio" koppen={['Naam', 'Soort', 'Website']}>
              {items.map((o) => (
                <TableRow key={o.id}>
                  <TableCell>
                    <AppLink to={`${pad}/${o.id}`}>{o.naam}</AppLink>
                  </TableCell>
                  <TableCell>{label(organisatieSoortLabels, o.soort)}</TableCell>
                  <TableCell className="breekbaar">{o.website ?? 'Geen website'}</TableCell>
                </TableRow>
              ))}
            </Tabel>
          </>
        );
      }}
    </LijstPagina>
  );
}
