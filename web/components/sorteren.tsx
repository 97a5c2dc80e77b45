import { TableHeaderCell } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export type Richting = 'oplopend' | 'aflopend';

/** A column header that sorts the table; the state is in the query string, so it can be shared. */
export function SorteerKop({
  kolom,
  huidig,
  richting,
  onSorteer,
  children,
  numeriek,
}: {
  kolom: string;
  huidig: string;
  richting: Richting;
  onSorteer: (kolom: string, richting: Richting) => void;
  children: ReactNode;
  numeriek?: boolean;
}) {
  const actief = kolom === huidig;
  const volgende: Richting = actief && richting === 'oplopend' ? 'aflopend' : 'oplopend';
  return (
    <TableHeaderCell
      scope="col"
      aria-sort={actief ? (richting === 'oplopend' ? 'ascending' : 'descending') : 'none'}
      className={numeriek ? 'numeriek' : undefined}
    >
      <button type="button" className="sorteerknop" onClick={() => onSorteer(kolom, volgende)}>
        {children}
        <span className="sorteerknop__pijl" aria-hidden="true">
          {actief ? (richting === 'oplopend' ? '▲' : '▼') : '↕'}
        </span>
        <span className="visueel-verborgen">
          {actief ? `, gesorteerd ${richting}; ` : ', '}sorteer {volgende}
        </span>
      </button>
    </TableHeaderCell>
  );
}

export function sorteer<T>(items: T[], waarde: (item: T) => string | number, richting: Richting): T[] {
  const factor = richting === 'oplopend' ? 1 : -1;
  return [...items].sort((a, b) => {
    const x = waarde(a);
    const y = waarde(b);
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * factor;
    return String(x).localeCompare(String(y), 'nl', { sensitivity: 'base', numeric: true }) * factor;
  });
}
