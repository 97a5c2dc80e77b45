import type { Db } from '../../db/client';

/** The demo region's chain approaches (DOMAIN.md §9, real 2024 state). Runs inside the demo transaction when the region is created. */
export async function laadKetenaanpakkenDemo(_tx: Db, _regioId: string, _gemeenteIds: Map<string, string>): Promise<void> {}
