import type { Db } from '../../db/client';

/** The demo region's regiobeeld, regioplan and uitvoeringsplan 2024. Runs inside the demo transaction, once, when the region is created. */
export async function laadPlannenDemo(_tx: Db, _regioId: string, _gemeenteIds: Map<string, string>): Promise<void> {}
