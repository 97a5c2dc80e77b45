import type { Db } from '../../db/client';

/** The demo region's indicatoren. Runs inside the demo transaction when the region is created. */
export async function laadIndicatorenDemo(_tx: Db, _regioId: string, _gemeenteIds: Map<string, string>): Promise<void> {}
