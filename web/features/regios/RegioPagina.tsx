import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { HistorieSectie } from '../../components/historie';
import { accentIsBruikbaar } from '../../components/kleur';
import { useHuidigeRegio } from '../../components/layout';
import { AppButtonLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { Laden } from '../../components/status';
import { formatGetal } from '../../format';
import { useOrganisaties } from '../organisaties/organisaties.api';

export function organisatieKruimels(regioId: string, regioNaam: string | undefined) {
  return [
    { label: regioNaam ?? 'Regio', to: `/regios/${regioId}` },
    { label: 'Organisatie', to: `/regios/${regioId}/organisatie/regio` },
  ];
}

export function RegioPagina() {
  const { regioId, regio, rechten } = useHuidigeRegio();
  const organisaties = useOrganisaties(regioId);
  const naamVan = (id: string | null | undefined) => {
    if (!id) return 'Nog niet vastgelegd';
    return organisaties.data?.items.find((o) => o.id === id)?.naam ?? (organisaties.isPending ? 'Bezig met laden…' : 'Onbekende organisatie');
  };
  const pad = `/regios/${regioId}/organisatie/regio`;

  return (
    <>
      <PaginaKop
        titel="Regio"
        documentTitel={[regio?.naam]}
        kruimels={[...organisatieKruimels(regioId, regio?.naam), { label: 'Regio', to: pad }]}
      />
      {!regio ? (
        <Laden wat="de regio" />
      ) : (
        <>
          <DataList className="sectie">
            <DataListItem>
              <DataListKey>Naam</DataListKey>
              <DataListValue>{regio.naam}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Omschrijving</DataListKey>
              <DataListValue multiline>{regio.omschrijving || 'Geen omschrijving'}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Mandaatgemeente</DataListKey>
              <DataListValue>{regio.mandaatgemeente?.naam ?? 'Nog niet vastgelegd'}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Preferente zorgverzekeraar</DataListKey>
              <DataListValue>{naamVan(regio.preferenteZorgverzekeraarId)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Tweede zorgverzekeraar</DataListKey>
              <DataListValue>{naamVan(regio.tweedeZorgverzekeraarId)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Accentkleur</DataListKey>
              <DataListValue>
                {regio.accentkleur ? (
                  <>
                    <span className="kleurstaal" style={{ backgroundColor: regio.accentkleur }} aria-hidden="true" />{' '}
                    {regio.accentkleur}
                    {accentIsBruikbaar(regio.accentkleur) ? '' : ' (niet gebruikt: te weinig contrast met witte tekst)'}
                  </>
                ) : (
                  'Standaardkleur van het thema'
                )}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Aantal gemeenten</DataListKey>
              <DataListValue>{formatGetal(regio.aantalGemeenten)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Inwoners</DataListKey>
              <DataListValue>{formatGetal(regio.inwoners)}</DataListValue>
            </DataListItem>
          </DataList>
          {rechten.magRegioBewerken ? (
            <Paragraph>
              <AppButtonLink to={`${pad}/bewerken`} appearance="primary-action-button">
                Regio bewerken
              </AppButtonLink>
            </Paragraph>
          ) : null}
          <HistorieSectie regioId={regioId} soort="regio" itemId={regioId} />
        </>
      )}
    </>
  );
}
