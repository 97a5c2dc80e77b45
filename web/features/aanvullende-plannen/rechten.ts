import type { AanvullendPlanDetail } from '../../../common/contracts/aanvullende-plannen';
import type { Rechten } from '../sessies/sessie';

/** Whether this person submits for the initiative's submitter (its municipality or organisation), or is the coordinator. */
export function magIndienerZijn(rechten: Rechten, indiener: AanvullendPlanDetail['indiener']): boolean {
  if (rechten.magRegioBewerken) return true;
  if (indiener.gemeentecode) return rechten.rol === 'beleidsadviseur' && rechten.magGemeenteBewerken(indiener.gemeentecode);
  return rechten.rol === 'partner' && rechten.magTransformatieplanBewerken(indiener.organisatieId);
}
