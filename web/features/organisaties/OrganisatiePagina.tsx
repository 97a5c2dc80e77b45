import {
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Link,
  Paragraph,
} from '@utrecht/component-library-react';
import { useNavigate, useParams } from 'react-router';
import { VerwijderKnop } from '../../components/bevestiging';
import { HistorieSectie } from '../../components/historie';
import { useHuidigeRegio } from '../../components/layout';
import { AppButtonLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { Laadfout, Laden } from '../../components/status';
import { isApiError } from '../../api';
import { label, organisatieSoortLabels } from '../../i18n/nl';
import { organisatieKruimels } from '../regios/RegioPagina';
import { useOrganisatie, useOrganisatieVerwijderen } from './organisaties.api';

export function OrganisatiePagina() {
  const { regioId, regio, rechten } = useHuidigeRegio();
  const { organisatieId = '' } = useParams();
  const organisatie = useOrganisatie(regioId, organisatieId);
  const verwijderen = useOrganisatieVerwijderen(regioId, organisatieId);
  const navigate = useNavigate();
  const lijstPad = `/regios/${regioId}/organisatie/organisaties`;
  const pad = `${lijstPad}/${organisatieId}`;
  const naam = organisatie.data?.naam ?? 'Organisatie';

  return (
    <>
      <PaginaKop
        titel={naam}
        documentTitel={[regio?.naam]}
        kruimels={[
          ...organisatieKruimels(regioId, regio?.naam),
          { label: 'Organisaties', to: lijstPad },
          { label: naam, to: pad },
        ]}
      />
      {organisatie.isPending ? (
        <Laden wat="de organisatie" />
      ) : organisatie.isError ? (
        <Laadfout fout={organisatie.error} wat="de organisatie" />
      ) : (
        <>
          <DataList className="sectie">
            <DataListItem>
              <DataListKey>Naam</DataListKey>
              <DataListValue>{organisatie.data.naam}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Soort</DataListKey>
              <DataListValue>{label(organisatieSoortLabels, organisatie.data.soort)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Website</DataListKey>
              <DataListValue className="breekbaar">
                {organisatie.data.website ? (
                  <Link href={organisatie.data.website} external rel="noopener noreferrer">
                    {organisatie.data.website}
                  </Link>
                ) : (
                  'Geen website'
                )}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Omschrijving</DataListKey>
              <DataListValue multiline>{organisatie.data.omschrijving || 'Geen omschrijving'}</DataListValue>
            </DataListItem>
          </DataList>
          {rechten.magRegioBewerken ? (
            <>
              <ButtonGroup className="acties">
                <AppButtonLink to={`${pad}/bewerken`} appearance="primary-action-button">
                  Organisatie bewerken
                </AppButtonLink>
                <VerwijderKnop
                  knopTekst="Organisatie verwijderen"
                  vraag={`Weet u zeker dat u ${organisatie.data.naam} wilt verwijderen? Dit kan niet ongedaan worden gemaakt.`}
                  bezig={verwijderen.isPending}
                  onBevestig={() =>
                    verwijderen.mutate(undefined, {
                      onSuccess: () =>
                        navigate(lijstPad, { state: { melding: `${organisatie.data.naam} is verwijderd.` } }),
                    })
                  }
                />
              </ButtonGroup>
              {verwijderen.isError ? (
                <Paragraph role="alert" className="foutregel">
                  Verwijderen is niet gelukt:{' '}
                  {isApiError(verwijderen.error)
                    ? (verwijderen.error.probleem.detail ?? verwijderen.error.probleem.title)
                    : 'probeer het opnieuw.'}
                </Paragraph>
              ) : null}
            </>
          ) : null}
          <HistorieSectie regioId={regioId} soort="organisatie" itemId={organisatie.data.id} />
        </>
      )}
    </>
  );
}
