import type { z } from 'zod';
import type { Organisatie, organisatieCreateSchema, organisatieUpdateSchema } from '../../../common/contracts/regios';
import { regioVerzameling } from '../regios/regios.api';

export type OrganisatieNieuw = z.infer<typeof organisatieCreateSchema>;
export type OrganisatieUpdate = z.infer<typeof organisatieUpdateSchema>;

const organisaties = regioVerzameling<Organisatie, Organisatie, OrganisatieNieuw, OrganisatieUpdate>('organisaties');

export const useOrganisaties = organisaties.useLijst;
export const useOrganisatie = organisaties.useItem;
export const useOrganisatieToevoegen = organisaties.useToevoegen;
export const useOrganisatieBijwerken = organisaties.useBijwerken;
export const useOrganisatieVerwijderen = organisaties.useVerwijderen;
