import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { HistorieSectie } from '../../components/historie';
import { useHuidigeRegio } from '../../components/layout';
import { AppButtonLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { Laadfout, Laden } from '../../components/status';
import { formatGetal } from '../../format';
import { gemeenteRolLabels, label } from '../../i18n/nl';
import { organisatieKruimels } from '../regios/RegioPagina';
import { useGemeente } from './gemeenten.api';

export function GemeentePagina() {
  const { regioId, regio, rechten } = useHuidigeRegio();
  const { gemeentecode = '' } = useParams();
  const gemeente = useGemeente(regioId, gemeentecode);
  const lijstPad = `/regios/${regioId}/organisatie/gemeenten`;
  const pad = `${lijstPad}/${gemeentecode}`;
  const naam = gemeente.data?.naam ?? gemeentecode;

  return (
    <>
      <PaginaKop
        titel={`Gemeente ${naam}`}
        documentTitel={[regio?.naam]}
        kruimels={[
          ...organisatieKruimels(regioId, regio?.naam),
          { label: 'Gemeenten', to: lijstPad },
          { label: naam, to: pad },
        ]}
      />
      {gemeente.isPending ? (
        <Laden wat="de gemeente" />
      ) : gemeente.isError ? (
        <Laadfout fout={gemeente.error} wat="de gemeente" />
      ) : (
        <>
          <DataList className="sectie">
            <DataListItem>
              <DataListKey>Gemeentecode</DataListKey>
              <DataListValue>{gemeente.data.gemeentecode}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Naam</DataListKey>
              <DataListValue>{gemeente.data.naam}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Inwoners</DataListKey>
              <DataListValue>{formatGetal(gemeente.data.inwoners)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Rol in de regio</DataListKey>
              <DataListValue>{label(gemeenteRolLabels, gemeente.data.rol)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Portefeuillehouder</DataListKey>
              <DataListValue>{gemeente.data.portefeuillehouder || 'Niet ingevuld'}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Toelichting</DataListKey>
              <DataListValue multiline>{gemeente.data.toelichting || 'Geen toelichting'}</DataListValue>
            </DataListItem>
          </DataList>
          {rechten.magGemeenteBewerken(gemeente.data.gemeentecode) ? (
            <Paragraph>
              <AppButtonLink to={`${pad}/bewerken`} appearance="primary-action-button">
                Gemeente {gemeente.data.naam} bewerken
              </AppButtonLink>
            </Paragraph>
          ) : null}
          <HistorieSectie regioId={regioId} soort="gemeente" itemId={gemeente.data.gemeentecode} />
        </>
      )}
    </>
  );
}
