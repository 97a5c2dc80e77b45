import type { Db } from '../../db/client';
import { bevries } from '../voortgangsrapportages/voortgangsrapportages.service';

/**
 * The demo region's progress report: the state of everything loaded before it, frozen through the
 * same service as the API, by the system (no person froze it). Runs last in the demo transaction.
 */
export async function laadVoortgangsrapportagesDemo(tx: Db, regioId: string, _gemeenteIds: Map<string, string>): Promise<void> {
  await bevries(tx, null, regioId, {
    periode: '2024-K4',
    titel: 'Voortgangsrapportage 4e kwartaal 2024 (illustratief)',
    toelichting: 'Illustratief: de stand van de demoregio zoals die bij het laden van de demo werd vastgelegd.',
  });
}
