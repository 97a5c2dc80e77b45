import { Paragraph } from '@utrecht/component-library-react';
import { useLocation } from 'react-router';
import { AppLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';

export function NietGevondenPagina() {
  const { pathname } = useLocation();
  return (
    <>
      <PaginaKop titel="Pagina niet gevonden" kruimels={[{ label: 'Pagina niet gevonden', to: pathname }]} />
      <Paragraph>Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt of is de pagina verplaatst.</Paragraph>
      <Paragraph>
        <AppLink to="/">Naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}
