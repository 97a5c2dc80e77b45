import type { Mijlpaal, MijlpaalInvoer, MijlpaalPatch } from '../../../common/contracts/mijlpalen';
import { regioVerzameling } from '../regios/regios.api';

const mijlpalen = regioVerzameling<Mijlpaal, Mijlpaal, MijlpaalInvoer, MijlpaalPatch>('mijlpalen');

export const useMijlpalen = mijlpalen.useLijst;
export const useMijlpaal = mijlpalen.useItem;
export const useMijlpaalToevoegen = mijlpalen.useToevoegen;
export const useMijlpaalBijwerken = mijlpalen.useBijwerken;
export const useMijlpaalVerwijderen = mijlpalen.useVerwijderen;

// The same status words as the agreements monitor (UI.md "Status").
export { voortgangsstatusTitel as statusLabel } from '../../i18n/nl';

/** Who owns the milestone: the free text, the organisation and the body. */
export function eigenaarTekst(m: Mijlpaal): string {
  return [m.eigenaar, m.eigenaarOrganisatie?.naam, m.eigenaarOverlegorgaan?.naam].filter(Boolean).join(', ');
}
