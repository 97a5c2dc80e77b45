import type { Voortgangsstatus } from '../../../common/contracts/algemeen';
import { dagenOver, verlopenTekst as tekst } from '../../../common/voortgang';

// A milestone is overdue by the same rule as an agreement of an accord (one rule, one meaning on the
// overview page): its date has passed and it is neither gerealiseerd nor niet van toepassing; the
// date itself still counts as on time.

/** Days a milestone is past its date, or null when it is not overdue. `vandaag` is an ISO date. */
export function dagenOverDatum(datum: string, status: Voortgangsstatus, vandaag: string): number | null {
  return dagenOver(datum, status, vandaag);
}

/** "2 weken over de datum": the agreements' wording, with the milestone's word for its date. */
export function verlopenTekst(dagen: number): string {
  return tekst(dagen, 'datum');
}
