import { type Centen, formatEuro } from '../../../common/geld';

/**
 * The reallocation limit of the cooperation agreement (DOMAIN.md §5): a body with a mandate (the
 * Kerngroep, 20 % in Noord- en Midden-Limburg) may move budget between lines as long as, for each
 * line concerned, the amounts moved this year stay within that share of the line's adopted amount.
 *
 * "Cumulative, both for the line that gives and the line that receives" is read as: every euro
 * moved out of or into a line counts towards that line's room, whatever its direction. A line
 * that gave € 10 and received € 10 has used € 20 of its room. This is the reading that keeps the
 * adopted budget recognisable; a PHO decision (a new version) resets nothing but the base.
 */
export interface RegelStand {
  regelId: string;
  code: string;
  omschrijving: string;
  /** The line's amount in the adopted version. */
  vastgesteldCenten: Centen;
  /** Adopted amount plus this year's reallocations so far. */
  huidigCenten: Centen;
  /** Sum of the amounts already moved out of or into this line this year. */
  benutCenten: Centen;
}

export interface Overschrijding {
  regel: RegelStand;
  rol: 'gever' | 'ontvanger';
  ruimteCenten: Centen;
  tekortCenten: Centen;
}

export type Toetsing =
  | { toegestaan: true; ruimteNaVanCenten: Centen; ruimteNaNaarCenten: Centen }
  | { toegestaan: false; reden: 'onvoldoende-saldo' | 'mandaat'; overschrijdingen: Overschrijding[]; melding: string };

export function ruimte(regel: RegelStand, mandaatBasispunten: number): Centen {
  // Floor: the limit never allows a fraction of a cent more than the agreement says.
  return Math.max(0, Math.floor((regel.vastgesteldCenten * mandaatBasispunten) / 10000) - regel.benutCenten);
}

export function toetsHerverdeling(
  invoer: { van: RegelStand; naar: RegelStand; bedragCenten: Centen; mandaatBasispunten: number; orgaanNaam: string },
): Toetsing {
  const { van, naar, bedragCenten, mandaatBasispunten } = invoer;
  if (van.huidigCenten < bedragCenten) {
    return {
      toegestaan: false,
      reden: 'onvoldoende-saldo',
      overschrijdingen: [{ regel: van, rol: 'gever', ruimteCenten: van.huidigCenten, tekortCenten: bedragCenten - van.huidigCenten }],
      melding: `${van.omschrijving} heeft nog ${formatEuro(van.huidigCenten)}; er kan niet meer uit worden herverdeeld.`,
    };
  }
  const overschrijdingen: Overschrijding[] = [];
  for (const [regel, rol] of [[van, 'gever'], [naar, 'ontvanger']] as const) {
    const r = ruimte(regel, mandaatBasispunten);
    if (bedragCenten > r) overschrijdingen.push({ regel, rol, ruimteCenten: r, tekortCenten: bedragCenten - r });
  }
  if (overschrijdingen.length) {
    const zinnen = overschrijdingen.map(
      (o) => `${o.regel.omschrijving} mag dit jaar nog ${formatEuro(o.ruimteCenten)} ${o.rol === 'gever' ? 'afstaan' : 'ontvangen'}`,
    );
    return {
      toegestaan: false,
      reden: 'mandaat',
      overschrijdingen,
      melding:
        `${zinnen.join('; ')} (${invoer.orgaanNaam}: hoogstens ${mandaatBasispunten / 100}% van het vastgestelde bedrag per regel per jaar); ` +
        'voor meer is een besluit van het PHO nodig.',
    };
  }
  return {
    toegestaan: true,
    ruimteNaVanCenten: ruimte(van, mandaatBasispunten) - bedragCenten,
    ruimteNaNaarCenten: ruimte(naar, mandaatBasispunten) - bedragCenten,
  };
}

/** Applies reallocations to adopted amounts: current amount and room used per line. */
export function standPerRegel(
  regels: { regelId: string; code: string; omschrijving: string; vastgesteldCenten: Centen }[],
  herverdelingen: { vanRegelId: string; naarRegelId: string; bedragCenten: Centen }[],
): RegelStand[] {
  const stand = new Map(regels.map((r) => [r.regelId, { ...r, huidigCenten: r.vastgesteldCenten, benutCenten: 0 }]));
  for (const h of herverdelingen) {
    const van = stand.get(h.vanRegelId);
    const naar = stand.get(h.naarRegelId);
    if (van) {
      van.huidigCenten -= h.bedragCenten;
      van.benutCenten += h.bedragCenten;
    }
    if (naar) {
      naar.huidigCenten += h.bedragCenten;
      naar.benutCenten += h.bedragCenten;
    }
  }
  return [...stand.values()];
}

/** The budget ceiling (DOMAIN.md §5): the sum of a year's lines never exceeds its grants. */
export function toetsPlafond(regelsCenten: Centen[], plafondCenten: Centen): { binnen: true } | { binnen: false; totaalCenten: Centen; melding: string } {
  const totaal = regelsCenten.reduce((s, c) => s + c, 0);
  if (totaal <= plafondCenten) return { binnen: true };
  return {
    binnen: false,
    totaalCenten: totaal,
    melding: `Het totaal van de begroting (${formatEuro(totaal)}) is ${formatEuro(totaal - plafondCenten)} hoger dan de uitkering(en) die haar financieren (${formatEuro(plafondCenten)}).`,
  };
}

export interface RegelNaWijziging {
  code: string;
  /** The line's amount after the change (a reallocation or a newly adopted version). */
  nieuwCenten: Centen;
  /** What approved supplementary initiatives reserve on the line. */
  gereserveerdCenten: Centen;
}

/**
 * Approved supplementary initiatives reserve money on a line (DOMAIN.md §8): a change may lower a
 * line to its reservations, never below. Every line that would fall short is named with its numbers.
 */
export function toetsReserveringen(regels: RegelNaWijziging[]): { binnen: true } | { binnen: false; tekorten: RegelNaWijziging[]; melding: string } {
  const tekorten = regels.filter((r) => r.gereserveerdCenten > 0 && r.nieuwCenten < r.gereserveerdCenten);
  if (tekorten.length === 0) return { binnen: true };
  const zinnen = tekorten.map((r) => `Regel ${r.code} houdt ${formatEuro(r.nieuwCenten)} en er is ${formatEuro(r.gereserveerdCenten)} gereserveerd voor aanvullende plannen`);
  return {
    binnen: false,
    tekorten,
    melding: `${zinnen.join('; ')}. Een regel houdt minstens wat goedgekeurde aanvullende plannen erop reserveren.`,
  };
}
