import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Navigate } from 'react-router';
import { AangemeldLayout } from '../../components/layout';
import { usePaginaTitel } from '../../components/pagina';
import { Laadfout, Laden } from '../../components/status';
import { useRegios } from '../regios/regios.api';
import { startRegio, startRegioVraagtRegios, useSessie } from './sessie';

/** "/": straight to the region the person last used, or their first. */
export function StartPagina() {
  const sessie = useSessie();
  const vraagtRegios = sessie.data ? startRegioVraagtRegios(sessie.data) : false;
  const regios = useRegios();
  usePaginaTitel('Start');
  const wachten = vraagtRegios && regios.isPending;
  const doel = sessie.data && !wachten ? startRegio(sessie.data, regios.data?.items.map((r) => r.id)) : undefined;
  if (doel) return <Navigate to={`/regios/${doel}`} replace />;
  return (
    <AangemeldLayout>
      <Heading1 tabIndex={-1}>Regiekamer</Heading1>
      {regios.isPending ? (
        <Laden wat="uw regio's" />
      ) : regios.isError ? (
        <Laadfout fout={regios.error} wat="uw regio's" />
      ) : (
        <Paragraph>
          U heeft nog geen toegang tot een regio. Vraag de regiocoördinator of de beheerder van Regiekamer om u
          toe te voegen aan uw regio.
        </Paragraph>
      )}
    </AangemeldLayout>
  );
}
