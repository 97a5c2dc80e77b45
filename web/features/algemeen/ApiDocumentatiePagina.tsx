import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { PaginaKop } from '../../components/pagina';

export function ApiDocumentatiePagina() {
  return (
    <>
      <PaginaKop titel="API-documentatie" kruimels={[{ label: 'API-documentatie', to: '/api-documentatie' }]} />
      <Paragraph appearance="lead">
        Alles wat u in Regiekamer kunt doen, kan ook via de API: voor koppelingen met financiële systemen,
        dashboards of eigen rapportages.
      </Paragraph>
      <section aria-labelledby="specificatie" className="sectie">
        <Heading2 id="specificatie">Specificatie</Heading2>
        <Paragraph>
          De API volgt de API Design Rules van de Nederlandse overheid. De volledige beschrijving staat in het{' '}
          <Link href="/api/v1/openapi.json">OpenAPI-document (JSON)</Link>.
        </Paragraph>
      </section>
    </>
  );
}
