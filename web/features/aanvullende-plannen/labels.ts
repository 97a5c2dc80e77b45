import type { AanvullendPlanStatus } from '../../../common/contracts/aanvullende-plannen';
import type { Toon } from '../../components/status';

export const aanvullendPlanStatusLabels: Record<AanvullendPlanStatus, string> = {
  ingediend: 'Ingediend',
  beoordeeld: 'Beoordeeld',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
};

export const aanvullendPlanStatusToon: Record<AanvullendPlanStatus, Toon> = {
  ingediend: 'neutraal',
  beoordeeld: 'waarschuwing',
  goedgekeurd: 'goed',
  afgewezen: 'fout',
};
