import type { Db } from '../../db/client';

/** The demo region's the PHO meeting of 20 March 2024 and its decisions. Runs inside the demo transaction, once, when the region is created. */
export async function laadBesluitenDemo(_tx: Db, _regioId: string, _gemeenteIds: Map<string, string>): Promise<void> {}
