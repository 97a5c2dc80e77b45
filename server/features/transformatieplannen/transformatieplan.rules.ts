import type { Domein, InstemmingSoort, TransformatieplanStatus } from '../../../common/contracts/transformatieplannen';

/**
 * The lifecycle of a transformation plan (DOMAIN.md §8): idee → snelle toets → ingediend →
 * beoordeeld → goedgekeurd / afgewezen; goedgekeurd → in uitvoering → afgerond. One step at a
 * time, never back: the history of steps is the plan's dated record.
 */
export const volgendeStappen: Record<TransformatieplanStatus, readonly TransformatieplanStatus[]> = {
  idee: ['snelle-toets'],
  'snelle-toets': ['ingediend'],
  ingediend: ['beoordeeld'],
  beoordeeld: ['goedgekeurd', 'afgewezen'],
  goedgekeurd: ['in-uitvoering'],
  afgewezen: [],
  'in-uitvoering': ['afgerond'],
  afgerond: [],
};

export const statusLabel: Record<TransformatieplanStatus, string> = {
  idee: 'idee',
  'snelle-toets': 'snelle toets',
  ingediend: 'ingediend',
  beoordeeld: 'beoordeeld',
  goedgekeurd: 'goedgekeurd',
  afgewezen: 'afgewezen',
  'in-uitvoering': 'in uitvoering',
  afgerond: 'afgerond',
};

/** Position in the lifecycle: goedgekeurd and afgewezen are the two outcomes of one decision. */
const rang: Record<TransformatieplanStatus, number> = {
  idee: 0,
  'snelle-toets': 1,
  ingediend: 2,
  beoordeeld: 3,
  goedgekeurd: 4,
  afgewezen: 4,
  'in-uitvoering': 5,
  afgerond: 6,
};

export type Weigering = 'eindstatus' | 'gelijk' | 'terug' | 'overslaan';

export type Overgang =
  | { toegestaan: true }
  | { toegestaan: false; reden: Weigering; mogelijk: readonly TransformatieplanStatus[]; melding: string };

const opsomming = (statussen: readonly TransformatieplanStatus[]) => statussen.map((s) => `«${statusLabel[s]}»`).join(' of ');

/** Whether a plan may go from one status to another, and if not, why, naming the allowed next steps. */
export function toetsOvergang(van: TransformatieplanStatus, naar: TransformatieplanStatus): Overgang {
  const mogelijk = volgendeStappen[van];
  if (mogelijk.includes(naar)) return { toegestaan: true };
  const weiger = (reden: Weigering, waarom: string): Overgang => ({
    toegestaan: false,
    reden,
    mogelijk,
    melding: mogelijk.length
      ? `${waarom} Vanuit «${statusLabel[van]}» kan het plan alleen naar ${opsomming(mogelijk)}.`
      : `${waarom} «${statusLabel[van]}» is een eindstatus: er volgt geen stap meer.`,
  });
  if (mogelijk.length === 0) return weiger('eindstatus', `Het plan is ${statusLabel[van]}.`);
  if (naar === van) return weiger('gelijk', `Het plan is al ${statusLabel[van]}.`);
  if (rang[naar] <= rang[van]) return weiger('terug', `Een plan gaat niet terug van «${statusLabel[van]}» naar «${statusLabel[naar]}».`);
  return weiger('overslaan', `Van «${statusLabel[van]}» naar «${statusLabel[naar]}» slaat een stap over.`);
}

export { stapDoor } from '../../../common/contracts/transformatieplannen';

// --- consent ------------------------------------------------------------------------------------------

export interface Instemmingsregel {
  gemeenteId: string;
  soort: InstemmingSoort;
  datum: string;
  /** Order of recording; later wins at the same date. */
  volgnummer: number;
}

/** The current consent per municipality: its latest record (DOMAIN.md §8, "consent and its withdrawal"). */
export function huidigeInstemmingen(regels: readonly Instemmingsregel[]): Map<string, InstemmingSoort> {
  const laatste = new Map<string, Instemmingsregel>();
  for (const r of regels) {
    const eerder = laatste.get(r.gemeenteId);
    if (!eerder || r.datum > eerder.datum || (r.datum === eerder.datum && r.volgnummer > eerder.volgnummer)) laatste.set(r.gemeenteId, r);
  }
  return new Map([...laatste].map(([id, r]) => [id, r.soort]));
}

export interface BetrokkenGemeente {
  gemeenteId: string;
  naam: string;
}

export type Instemmingstoets = { vereist: boolean; ontbrekend: BetrokkenGemeente[] };

/**
 * The consent gate (DOMAIN.md §8): a plan with consequences for the social domain cannot be
 * submitted without the consent of each affected municipality. Only affected municipalities count;
 * a withdrawn consent is no consent.
 */
export function toetsInstemming(plan: { domeinen: readonly Domein[]; gemeenten: readonly BetrokkenGemeente[] }, regels: readonly Instemmingsregel[]): Instemmingstoets {
  if (!plan.domeinen.includes('sociaal')) return { vereist: false, ontbrekend: [] };
  const huidig = huidigeInstemmingen(regels);
  return { vereist: true, ontbrekend: plan.gemeenten.filter((g) => huidig.get(g.gemeenteId) !== 'verleend') };
}

/** "A", "A en B", "A, B en C". */
const opsommingNamen = (namen: readonly string[]) => (namen.length === 1 ? namen[0]! : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)!}`);

/** The refusal of a submission while consent is missing, naming every municipality. */
export function instemmingMelding(ontbrekend: readonly BetrokkenGemeente[]): string {
  const lijst = opsommingNamen(ontbrekend.map((g) => g.naam));
  return (
    `Het plan raakt het sociaal domein; het kan pas worden ingediend als elke betrokken gemeente heeft ingestemd. ` +
    `De instemming van ${lijst} ontbreekt nog.`
  );
}

/** The statuses from submission on in which a plan still changes: what the insurer has, has the consent it needs. */
export const ingediendOfLater: readonly TransformatieplanStatus[] = ['ingediend', 'beoordeeld', 'goedgekeurd', 'in-uitvoering'];

/**
 * The consent gate applied to a change of domains or municipalities after submission: the municipalities
 * whose consent the changed plan would miss while the plan as it was did not. A consent withdrawn
 * after submission is not the change's doing, so it does not block an unrelated change.
 */
export function nieuwOntbrekend(voor: Instemmingstoets, na: Instemmingstoets): BetrokkenGemeente[] {
  return na.ontbrekend.filter((g) => !voor.ontbrekend.some((x) => x.gemeenteId === g.gemeenteId));
}

/** The refusal of such a change, naming every municipality whose consent it lacks. */
export function wijzigingZonderInstemmingMelding(status: TransformatieplanStatus, ontbrekend: readonly BetrokkenGemeente[]): string {
  return (
    `Het plan is ${statusLabel[status]}: een plan dat het sociaal domein raakt, houdt de instemming van elke betrokken gemeente, ook na indienen. ` +
    `Na deze wijziging ontbreekt de instemming van ${opsommingNamen(ontbrekend.map((g) => g.naam))}. ` +
    'Een gemeente stemt in nadat zij betrokken is: voeg haar toe zolang het plan het sociaal domein nog niet raakt, leg haar instemming vast, en breid dan het plan uit.'
  );
}

// --- the quick scan ---------------------------------------------------------------------------------

export interface SnelleToetsUitkomst {
  uitkomst: 'positief' | 'negatief' | 'aangehouden';
  datum: string;
}

/**
 * The quick scan comes first (DOMAIN.md §8): a plan is submitted only when the latest quick scan
 * of the preferred insurer is positive. Null when it may be submitted, else the code and the reason.
 */
export function toetsSnelleToets(laatste: SnelleToetsUitkomst | undefined, verzekeraar: string, datumTekst: (iso: string) => string): { code: string; melding: string } | null {
  if (!laatste) {
    return { code: 'snelle-toets-ontbreekt', melding: `Het plan kan pas worden ingediend na een positieve snelle toets van ${verzekeraar}; er is nog geen snelle toets vastgelegd.` };
  }
  if (laatste.uitkomst === 'positief') return null;
  return {
    code: 'snelle-toets-niet-positief',
    melding:
      `Het plan kan pas worden ingediend na een positieve snelle toets van ${verzekeraar}; de laatste snelle toets (${datumTekst(laatste.datum)}) is ${laatste.uitkomst}. ` +
      'Pas het plan aan en vraag een nieuwe snelle toets.',
  };
}

/** Whether a consent record follows the current state: consent twice, or withdrawing none, makes no sense. */
export function toetsInstemmingsregel(huidig: InstemmingSoort | undefined, soort: InstemmingSoort, gemeenteNaam: string): string | null {
  if (soort === 'verleend' && huidig === 'verleend') return `${gemeenteNaam} heeft al ingestemd met dit plan.`;
  if (soort === 'ingetrokken' && huidig !== 'verleend') return `${gemeenteNaam} heeft geen instemming om in te trekken.`;
  return null;
}
