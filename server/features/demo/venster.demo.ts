import type { Db } from '../../db/client';

/** The demo region's Venster questions and responses. Runs inside the demo transaction when the region is created. */
export async function laadVensterDemo(_tx: Db, _regioId: string, _gemeenteIds: Map<string, string>): Promise<void> {}
