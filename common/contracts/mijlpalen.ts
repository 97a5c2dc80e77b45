import { z } from 'zod';
import { datumSchema, tekstSchema, uuidSchema, voortgangsstatusSchema, vrijeTekstSchema } from './algemeen';

// The region's milestones (DOMAIN.md §9): date, owner, status; overdue flagged.

export const mijlpaalInvoerSchema = z.strictObject({
  titel: tekstSchema(300),
  omschrijving: vrijeTekstSchema(4000).optional(),
  datum: datumSchema,
  /** Free text (a person, a working group) and/or an organisation or body of the region. */
  eigenaar: vrijeTekstSchema(300).optional(),
  eigenaarOrganisatieId: uuidSchema.nullable().optional(),
  eigenaarOverlegorgaanId: uuidSchema.nullable().optional(),
  status: voortgangsstatusSchema.optional(),
});
export type MijlpaalInvoer = z.output<typeof mijlpaalInvoerSchema>;
export const mijlpaalPatchSchema = mijlpaalInvoerSchema.partial();
export type MijlpaalPatch = z.output<typeof mijlpaalPatchSchema>;

const naamRef = z.object({ id: z.uuid(), naam: z.string() });

export const mijlpaalSchema = z.object({
  id: z.uuid(),
  titel: z.string(),
  omschrijving: z.string(),
  datum: z.string(),
  eigenaar: z.string(),
  eigenaarOrganisatie: naamRef.nullable(),
  eigenaarOverlegorgaan: naamRef.nullable(),
  status: voortgangsstatusSchema,
  verlopen: z.boolean(),
  /** Days past the date (only when overdue). */
  dagenOverDatum: z.number().int().nullable(),
  /** "2 weken over de datum" (only when overdue). */
  verlopenTekst: z.string().nullable(),
  gewijzigdOp: z.string(),
});
export type Mijlpaal = z.infer<typeof mijlpaalSchema>;

export const mijlpaalQuerySchema = z.strictObject({
  status: voortgangsstatusSchema.optional(),
  verlopen: z.enum(['ja', 'nee'], { error: 'Kies ja of nee' }).optional(),
});
export type MijlpaalQuery = z.infer<typeof mijlpaalQuerySchema>;
