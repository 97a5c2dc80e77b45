import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Navigate } from 'react-router';
import { AangemeldLayout } from '../../components/layout';
import { usePaginaTitel } from '../../components/pagina';
import { Laadfout, Laden } from '../../components/status';
import { useRegios } from '../regios/regios.api';
import { useSessie } from './sessie';

/** "/": straight to the person's first region. */
export function StartPagina() {
  const sessie = useSessie();
  const regios = useRegios();
  usePaginaTitel('Start');
  const eerste = sessie.data?.lidmaatschappen[0]?.regioId ?? regios.data?.items[0]?.id;
  if (eerste) return <Navigate to={`/regios/${eerste}`} replace />;
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
