import type { Voortgangsrapportage, VoortgangsrapportageInvoer, VoortgangsrapportageSamenvatting } from '../../../common/contracts/overzicht';
import { regioVerzameling } from '../regios/regios.api';

const rapportages = regioVerzameling<VoortgangsrapportageSamenvatting, Voortgangsrapportage, VoortgangsrapportageInvoer>('voortgangsrapportages');

export const useVoortgangsrapportages = rapportages.useLijst;
export const useVoortgangsrapportage = rapportages.useItem;
/** Freezing is adding: a report is never changed afterwards. */
export const useRapportageBevriezen = rapportages.useToevoegen;
