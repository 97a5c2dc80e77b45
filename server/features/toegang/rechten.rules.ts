import type { Rol } from '../../../common/contracts/regios';

/**
 * Who may do what (DOMAIN.md §1). Pure: the actor and the target are parameters.
 * Default deny: a right not listed for a role is not granted.
 */
export type Recht =
  | 'regio.lezen'
  | 'regio.bewerken'
  | 'gemeenten.samenstellen'
  | 'gemeente.bewerken'
  | 'gemeente.rol-bewerken'
  | 'organisaties.beheren'
  | 'organisaties.bewerken'
  | 'overlegorganen.bewerken'
  | 'historie.lezen'
  | 'financien.bewerken'
  /** Regiobeeld, regioplan, uitvoeringsplan (DOMAIN.md §7). */
  | 'plannen.bewerken'
  /** A transformation plan of one's own organisation (lead provider), or any as coordinator. */
  | 'transformatieplannen.bewerken'
  /** Assessing transformation plans: the insurers (the service checks preferent or second). */
  | 'transformatieplannen.beoordelen'
  /** A municipality's consent to a plan touching its social domain, and its withdrawal. */
  | 'instemming.vastleggen'
  /** Submitting a supplementary initiative: a municipality or a partner. */
  | 'aanvullende-plannen.indienen'
  /** Scoring initiatives on the afwegingskader (the working group, via the project office). */
  | 'aanvullende-plannen.beoordelen'
  /** Meetings, agenda items, presence, votes and decisions: the secretary (project office). */
  | 'besluiten.bewerken'
  /** A municipality's college position before a PHO meeting. */
  | 'standpunt.vastleggen'
  /** The region's monitoring: status of agreements, milestones, reports (the project office). */
  | 'monitoring.bewerken'
  /** A municipality's chain-approach row: its own officer, the coordinating partner (GGD), the coordinator. */
  | 'ketenaanpakken.bewerken'
  /** A support point of one's own municipality (its officer), or any (the coordinator). */
  | 'steunpunten.bewerken'
  /** A response to the yearly Venster: a municipality for itself, an insurer for itself. */
  | 'venster.invullen'
  /** Entering a measured value as a concept: for one's own municipality (its officer), or any (the coordinator). */
  | 'metingen.invoeren';

export interface Lidmaatschap {
  regioId: string;
  rol: Rol;
  gemeenteId: string | null;
  organisatieId: string | null;
}

export interface Actor {
  gebruikerId: string;
  naam: string;
  email: string;
  isBeheerder: boolean;
  lidmaatschappen: Lidmaatschap[];
}

/** Target of a scoped right: the municipality or organisation an item belongs to. */
export interface Doel {
  gemeenteId?: string | null;
  organisatieId?: string | null;
}

type Bereik = 'regio' | 'eigen-gemeente' | 'eigen-organisatie';

const lezen: Record<'regio.lezen' | 'historie.lezen', Bereik> = {
  'regio.lezen': 'regio',
  'historie.lezen': 'regio',
};

export const rechtenPerRol: Record<Rol, Partial<Record<Recht, Bereik>>> = {
  regiocoordinator: {
    ...lezen,
    'regio.bewerken': 'regio',
    'gemeenten.samenstellen': 'regio',
    'gemeente.bewerken': 'regio',
    'gemeente.rol-bewerken': 'regio',
    'organisaties.beheren': 'regio',
    'organisaties.bewerken': 'regio',
    'overlegorganen.bewerken': 'regio',
    'financien.bewerken': 'regio',
    'plannen.bewerken': 'regio',
    'transformatieplannen.bewerken': 'regio',
    'instemming.vastleggen': 'regio',
    'aanvullende-plannen.indienen': 'regio',
    'aanvullende-plannen.beoordelen': 'regio',
    'besluiten.bewerken': 'regio',
    'standpunt.vastleggen': 'regio',
    'monitoring.bewerken': 'regio',
    'ketenaanpakken.bewerken': 'regio',
    'steunpunten.bewerken': 'regio',
    'venster.invullen': 'regio',
    'metingen.invoeren': 'regio',
  },
  beleidsadviseur: {
    ...lezen,
    'gemeente.bewerken': 'eigen-gemeente',
    'instemming.vastleggen': 'eigen-gemeente',
    'aanvullende-plannen.indienen': 'eigen-gemeente',
    'standpunt.vastleggen': 'eigen-gemeente',
    'ketenaanpakken.bewerken': 'eigen-gemeente',
    'steunpunten.bewerken': 'eigen-gemeente',
    'venster.invullen': 'eigen-gemeente',
    'metingen.invoeren': 'eigen-gemeente',
  },
  'financieel-adviseur': { ...lezen, 'financien.bewerken': 'regio' },
  bestuurder: { ...lezen, 'instemming.vastleggen': 'eigen-gemeente', 'standpunt.vastleggen': 'eigen-gemeente' },
  partner: {
    ...lezen,
    'organisaties.bewerken': 'eigen-organisatie',
    'transformatieplannen.bewerken': 'eigen-organisatie',
    'transformatieplannen.beoordelen': 'eigen-organisatie',
    'aanvullende-plannen.indienen': 'eigen-organisatie',
    'ketenaanpakken.bewerken': 'eigen-organisatie',
    'venster.invullen': 'eigen-organisatie',
  },
  lezer: { ...lezen },
};

export function isLidVan(actor: Actor, regioId: string): boolean {
  return actor.isBeheerder || actor.lidmaatschappen.some((l) => l.regioId === regioId);
}

/**
 * Whether the actor holds the right in the region, for the target if one is given. Without a
 * target, a scoped right counts as held (the route may be entered; the service checks the item).
 */
export function heeftRecht(actor: Actor, regioId: string, recht: Recht, doel?: Doel): boolean {
  if (actor.isBeheerder) return true;
  return actor.lidmaatschappen.some((l) => {
    if (l.regioId !== regioId) return false;
    const bereik = rechtenPerRol[l.rol][recht];
    if (!bereik) return false;
    if (bereik === 'regio' || doel === undefined) return true;
    if (bereik === 'eigen-gemeente') return l.gemeenteId !== null && l.gemeenteId === doel.gemeenteId;
    return l.organisatieId !== null && l.organisatieId === doel.organisatieId;
  });
}
