import type { Dekking, DekkingGemeente } from '../../../common/contracts/steunpunten';

/** Per municipality of the region: its inhabitants and how many support points it has (counted in SQL). */
export interface GemeenteTelling {
  gemeentecode: string;
  naam: string;
  inwoners: number;
  steunpunten: number;
  openVoorIedereen: number;
}

/**
 * a / n in basis points, rounded half up, with integers only: floating point could turn
 * 1/3 into 3332 or 3334 depending on the order of operations.
 */
export function aandeelInBasispunten(deel: number, geheel: number): number {
  if (geheel <= 0) return 0;
  return Math.floor((deel * 10000 * 2 + geheel) / (geheel * 2));
}

/**
 * Coverage of a region (DOMAIN.md §9): a municipality is covered when it has at least one support
 * point open to all without referral; a point for a specific group only does not count.
 */
export function berekenDekking(tellingen: readonly GemeenteTelling[]): Omit<Dekking, 'gemeentenMetGrens'> {
  const gemeenten: DekkingGemeente[] = tellingen.map((t) => ({ ...t, gedekt: t.openVoorIedereen > 0 }));
  const gedekt = gemeenten.filter((g) => g.gedekt);
  const inwoners = gemeenten.reduce((s, g) => s + g.inwoners, 0);
  const gedekteInwoners = gedekt.reduce((s, g) => s + g.inwoners, 0);
  return {
    gemeenten,
    totaal: {
      gemeenten: gemeenten.length,
      gedekteGemeenten: gedekt.length,
      inwoners,
      gedekteInwoners,
      inwonersBasispunten: aandeelInBasispunten(gedekteInwoners, inwoners),
      gemeentenBasispunten: aandeelInBasispunten(gedekt.length, gemeenten.length),
    },
  };
}
