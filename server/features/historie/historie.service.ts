import type { Db } from '../../db/client';
import { leesHistorie } from './historie.repository';

/** One page of history, with the paging fields every collection answers with. */
export async function historiePagina(
  db: Db,
  regioId: string | null,
  filter: { soort?: string; itemId?: string },
  pagina: number,
  paginaGrootte: number,
) {
  const r = await leesHistorie(db, regioId, filter, pagina, paginaGrootte);
  return { ...r, pagina, paginaGrootte, totaalPaginas: Math.ceil(r.totaal / paginaGrootte) };
}
