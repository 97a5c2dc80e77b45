import type { AfspraakStatus } from '../../../common/contracts/afspraken';
import { dagenOver, verlopenTekst as tekst } from '../../../common/voortgang';

export { afgerondeStatussen, dagenTussen } from '../../../common/voortgang';

/** Days an agreement is past its deadline, or null (the shared rule of `common/voortgang.ts`). */
export function dagenOverDeadline(deadline: string | null, status: AfspraakStatus, vandaag: string): number | null {
  return dagenOver(deadline, status, vandaag);
}

export function isVerlopen(deadline: string | null, status: AfspraakStatus, vandaag: string): boolean {
  return dagenOver(deadline, status, vandaag) !== null;
}

/** "3 weken over de deadline". */
export function verlopenTekst(dagen: number): string {
  return tekst(dagen, 'deadline');
}

/** A deadline before the accord was signed cannot be meant: the accord did not exist yet. */
export function deadlineVoorOndertekening(deadline: string | null | undefined, ondertekendOp: string | null): boolean {
  return !!deadline && !!ondertekendOp && deadline < ondertekendOp;
}
