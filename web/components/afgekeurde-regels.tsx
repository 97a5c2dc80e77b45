import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import type { Probleem } from '../../common/contracts/algemeen';
import { formatGetal } from '../format';
import { Tabel } from './regio-pagina';

/** "regel 4: Onderdeel" → line 4, column "Onderdeel". */
export function regelfout(naam: string): { regel: number | null; kolom: string } {
  const m = /^regel (\d+): ?(.*)$/i.exec(naam);
  return m ? { regel: Number(m[1]), kolom: m[2] ?? '' } : { regel: null, kolom: naam };
}

/**
 * The rows an all-or-nothing import refused (ARCHITECTURE.md §4.5), each with its line number as
 * in the file, its column and the reason.
 */
export function AfgekeurdeRegels({ params }: { params: NonNullable<Probleem['invalidParams']> }) {
  return (
    <>
      <Tabel label="Afgekeurde regels" koppen={[{ tekst: 'Regel', numeriek: true }, 'Kolom', 'Reden']}>
        {params.map((p, index) => {
          const { regel, kolom } = regelfout(p.name);
          return (
            <TableRow key={`${p.name}-${index}`}>
              <TableCell className="numeriek geen-afbreking">{regel === null ? '' : `regel ${formatGetal(regel)}`}</TableCell>
              <TableCell className="breekbaar">{kolom}</TableCell>
              <TableCell className="breekbaar">{p.reason}</TableCell>
            </TableRow>
          );
        })}
      </Tabel>
      <Paragraph>Regelnummers tellen zoals in het bestand, met de kolomnamen als regel 1. Verbeter het bestand en kies het opnieuw.</Paragraph>
    </>
  );
}
