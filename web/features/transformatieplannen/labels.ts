import type { Advies, Domein, InstemmingSoort, Standpunt, TransformatieplanStatus } from '../../../common/contracts/transformatieplannen';
import type { Toon } from '../../components/status';

/** Screen words for the values of transformation plans and assessments (the wire value stays). */

export const statusLabels: Record<TransformatieplanStatus, string> = {
  idee: 'Idee',
  'snelle-toets': 'Snelle toets',
  ingediend: 'Ingediend',
  beoordeeld: 'Beoordeeld',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
  'in-uitvoering': 'In uitvoering',
  afgerond: 'Afgerond',
};

export const statusToon: Record<TransformatieplanStatus, Toon> = {
  idee: 'inactief',
  'snelle-toets': 'neutraal',
  ingediend: 'neutraal',
  beoordeeld: 'neutraal',
  goedgekeurd: 'goed',
  afgewezen: 'fout',
  'in-uitvoering': 'goed',
  afgerond: 'inactief',
};

export const domeinLabels: Record<Domein, string> = {
  medisch: 'Medisch',
  sociaal: 'Sociaal',
  ggz: 'GGZ',
  'langdurige-zorg': 'Langdurige zorg',
  preventie: 'Preventie',
};

export const adviesLabels: Record<Advies, string> = { positief: 'Positief', negatief: 'Negatief', aangehouden: 'Aangehouden' };
export const adviesToon: Record<Advies, Toon> = { positief: 'goed', negatief: 'fout', aangehouden: 'waarschuwing' };

export const instemmingLabels: Record<InstemmingSoort, string> = { verleend: 'Ingestemd', ingetrokken: 'Ingetrokken' };

export const standpuntLabels: Record<Standpunt, string> = { steunt: 'Steunt het plan', 'steunt-niet': 'Steunt het plan niet', neutraal: 'Neutraal' };

/** The button that takes a plan to a status; ingediend names the insurer that receives it. */
export function stapKnop(naar: TransformatieplanStatus, preferent: string | undefined): string {
  switch (naar) {
    case 'snelle-toets':
      return 'Naar de snelle toets';
    case 'ingediend':
      return preferent ? `Indienen bij ${preferent}` : 'Indienen';
    case 'beoordeeld':
      return 'Beoordeling afronden';
    case 'goedgekeurd':
      return 'Goedkeuren';
    case 'afgewezen':
      return 'Afwijzen';
    case 'in-uitvoering':
      return 'Uitvoering starten';
    case 'afgerond':
      return 'Afronden';
    default:
      return statusLabels[naar];
  }
}

/** "Horst aan de Maas", "Venlo en Venray", "Beesel, Bergen en Gennep". */
export function opsomming(namen: readonly string[]): string {
  if (namen.length <= 1) return namen[0] ?? '';
  return `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
}
