import type { Db } from '../../db/client';

/** The demo region's transformation plans, the afwegingskader and supplementary initiatives. Runs inside the demo transaction, once, when the region is created. */
export async function laadTransformatieplannenDemo(_tx: Db, _regioId: string, _gemeenteIds: Map<string, string>): Promise<void> {}
