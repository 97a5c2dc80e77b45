import type { Db } from '../../db/client';

/** The demo region's support points. Runs inside the demo transaction when the region is created. */
export async function laadSteunpuntenDemo(_tx: Db, _regioId: string, _gemeenteIds: Map<string, string>): Promise<void> {}
