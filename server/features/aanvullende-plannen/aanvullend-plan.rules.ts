import type { AanvullendPlanStatus } from '../../../common/contracts/aanvullende-plannen';
import { type Centen, formatEuro } from '../../../common/geld';

/**
 * The path of a supplementary initiative (DOMAIN.md §8): submitted, scored by the working group on
 * the afwegingskader (beoordeeld; scoring again keeps it there), then decided by the Kerngroep:
 * goedgekeurd or afgewezen, after which nothing changes any more.
 */
export const aanvullendPlanStappen: Record<AanvullendPlanStatus, readonly AanvullendPlanStatus[]> = {
  ingediend: ['beoordeeld'],
  beoordeeld: ['beoordeeld', 'goedgekeurd', 'afgewezen'],
  goedgekeurd: [],
  afgewezen: [],
};

/** Null when allowed, otherwise why not. */
export function toetsStap(van: AanvullendPlanStatus, naar: AanvullendPlanStatus): string | null {
  if (aanvullendPlanStappen[van].includes(naar)) return null;
  if (van === 'goedgekeurd' || van === 'afgewezen') {
    return `Over dit aanvullend plan is al besloten: het is ${van}. Een genomen besluit verandert niet meer.`;
  }
  if (van === 'ingediend' && (naar === 'goedgekeurd' || naar === 'afgewezen')) {
    return 'Dit aanvullend plan is nog niet beoordeeld: de Kerngroep besluit pas na het advies van de werkgroep.';
  }
  return `Een aanvullend plan gaat niet van «${van}» naar «${naar}».`;
}

export interface Reservering {
  regel: { omschrijving: string; huidigCenten: Centen };
  /** What approved initiatives already reserve on the line (this one excluded). */
  gereserveerdCenten: Centen;
  aantalGoedgekeurd: number;
  bedragCenten: Centen;
}

export type Reserveringstoets = { binnen: true; vrijNaCenten: Centen } | { binnen: false; vrijCenten: Centen; tekortCenten: Centen; melding: string };

/**
 * An approval reserves the granted amount on the line "aanvullende plannen": the reservations of
 * all approved initiatives on a line together never exceed the line's current amount.
 */
export function toetsReservering(r: Reservering): Reserveringstoets {
  const vrij = r.regel.huidigCenten - r.gereserveerdCenten;
  if (r.bedragCenten <= vrij) return { binnen: true, vrijNaCenten: vrij - r.bedragCenten };
  const tekort = r.bedragCenten - Math.max(vrij, 0);
  const eerder = r.aantalGoedgekeurd === 0 ? 'nog niets gereserveerd' : `al ${formatEuro(r.gereserveerdCenten)} gereserveerd voor ${r.aantalGoedgekeurd} goedgekeurde ${r.aantalGoedgekeurd === 1 ? 'plan' : 'plannen'}`;
  return {
    binnen: false,
    vrijCenten: Math.max(vrij, 0),
    tekortCenten: tekort,
    melding:
      `${r.regel.omschrijving} is nu ${formatEuro(r.regel.huidigCenten)} en heeft ${eerder}; er is nog ${formatEuro(Math.max(vrij, 0))} vrij. ` +
      `Toekennen van ${formatEuro(r.bedragCenten)} is ${formatEuro(tekort)} te veel; ken minder toe, of verhoog eerst de regel (herverdeling).`,
  };
}
