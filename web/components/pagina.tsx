import { BreadcrumbNav, BreadcrumbNavLink, Heading1 } from '@utrecht/component-library-react';
import { useEffect, type ReactNode } from 'react';
import { RouterAnchor } from './links';

/** Sets document.title: "Gemeenten – Noord- en Midden-Limburg – Regiekamer". */
export function usePaginaTitel(...delen: Array<string | null | undefined>): void {
  const titel = [...delen.filter((d): d is string => Boolean(d)), 'Regiekamer'].join(' – ');
  useEffect(() => {
    document.title = titel;
  }, [titel]);
}

export interface Kruimel {
  label: string;
  to?: string;
}

export function Kruimelpad({ kruimels }: { kruimels: Kruimel[] }) {
  return (
    <BreadcrumbNav aria-label="Kruimelpad" className="kruimelpad">
      {kruimels.map((k, index) => (
        <BreadcrumbNavLink
          key={`${index}-${k.label}`}
          href={k.to ?? '#'}
          index={index}
          current={index === kruimels.length - 1}
          Link={RouterAnchor}
        >
          {k.label}
        </BreadcrumbNavLink>
      ))}
    </BreadcrumbNav>
  );
}

/** Breadcrumbs, the one h1 of the page and the document title, in one place. */
export function PaginaKop({
  titel,
  kruimels,
  documentTitel,
  children,
}: {
  titel: string;
  kruimels: Kruimel[];
  /** Extra parts of the document title after the page title (e.g. the region name). */
  documentTitel?: Array<string | null | undefined>;
  children?: ReactNode;
}) {
  usePaginaTitel(titel, ...(documentTitel ?? []));
  return (
    <div className="pagina-kop">
      <Kruimelpad kruimels={kruimels} />
      <Heading1 tabIndex={-1} className="pagina-titel">
        {titel}
      </Heading1>
      {children}
    </div>
  );
}
