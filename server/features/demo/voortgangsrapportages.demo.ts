import type { Db } from '../../db/client';

/** The demo region's voortgangsrapportages. Runs inside the demo transaction when the region is created. */
export async function laadVoortgangsrapportagesDemo(_tx: Db, _regioId: string, _gemeenteIds: Map<string, string>): Promise<void> {}
