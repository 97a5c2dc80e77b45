import { z } from 'zod';
import { tekstSchema, uuidSchema, vrijeTekstSchema } from './algemeen';
import { gemeentecodeSchema } from './regios';

// The yearly "Venster op de regionale samenwerking" (DOMAIN.md §9): each member municipality and
// each insurer of the region scores the cooperation; the questions are the region's data per year.

const geheel = (wat: string) => z.number({ error: `${wat}: geen getal` }).int({ error: `${wat}: een geheel getal` });
export const vensterJaarSchema = z.coerce
  .number({ error: 'Geen jaar' })
  .int({ error: 'Een jaartal' })
  .min(2000, { error: 'Vanaf 2000' })
  .max(2100, { error: 'Tot en met 2100' });

export const vensterVraagInvoerSchema = z
  .strictObject({
    jaar: vensterJaarSchema,
    vraag: tekstSchema(500),
    volgorde: geheel('Volgorde').min(0, { error: 'Minstens 0' }).max(999, { error: 'Hoogstens 999' }).optional(),
    schaalMin: geheel('Schaal van').min(-100, { error: 'Minstens -100' }).max(100, { error: 'Hoogstens 100' }),
    schaalMax: geheel('Schaal tot').min(-100, { error: 'Minstens -100' }).max(100, { error: 'Hoogstens 100' }),
  })
  .refine((v) => v.schaalMin < v.schaalMax, { path: ['schaalMax'], error: 'Moet groter zijn dan het begin van de schaal' });
export type VensterVraagInvoer = z.output<typeof vensterVraagInvoerSchema>;

/** A question's year stays: a question belongs to one year's survey; add a new one for another year. */
export const vensterVraagPatchSchema = z.strictObject({
  vraag: tekstSchema(500).optional(),
  volgorde: geheel('Volgorde').min(0, { error: 'Minstens 0' }).max(999, { error: 'Hoogstens 999' }).optional(),
  schaalMin: geheel('Schaal van').min(-100, { error: 'Minstens -100' }).max(100, { error: 'Hoogstens 100' }).optional(),
  schaalMax: geheel('Schaal tot').min(-100, { error: 'Minstens -100' }).max(100, { error: 'Hoogstens 100' }).optional(),
});
export type VensterVraagPatch = z.output<typeof vensterVraagPatchSchema>;

export const vensterVraagSchema = z.object({
  id: z.uuid(),
  jaar: z.number().int(),
  vraag: z.string(),
  volgorde: z.number().int(),
  schaalMin: z.number().int(),
  schaalMax: z.number().int(),
  aantalAntwoorden: z.number().int(),
});
export type VensterVraag = z.infer<typeof vensterVraagSchema>;

export const vensterJaarQuerySchema = z.strictObject({ jaar: vensterJaarSchema.optional() });

/**
 * A response: for one member municipality (by CBS code) or one insurer of the region (by id),
 * a score for every question of that year, keyed by the question's id. Sending it again replaces it.
 */
export const vensterAntwoordInvoerSchema = z.strictObject({
  jaar: vensterJaarSchema,
  gemeentecode: gemeentecodeSchema.optional(),
  organisatieId: uuidSchema.optional(),
  scores: z.record(z.string(), z.number({ error: 'Geen getal' }).int({ error: 'Een geheel getal' }), { error: 'Verwacht: per vraag-id een score' }),
  opmerking: vrijeTekstSchema(4000).optional(),
});
export type VensterAntwoordInvoer = z.output<typeof vensterAntwoordInvoerSchema>;

export const respondentSchema = z.object({
  soort: z.enum(['gemeente', 'zorgverzekeraar']),
  /** The municipality's CBS code, or null for an insurer. */
  gemeentecode: z.string().nullable(),
  organisatieId: z.uuid().nullable(),
  naam: z.string(),
});
export type Respondent = z.infer<typeof respondentSchema>;

export const vensterAntwoordSchema = z.object({
  id: z.uuid(),
  jaar: z.number().int(),
  respondent: respondentSchema,
  scores: z.record(z.string(), z.number().int()),
  opmerking: z.string(),
  ingevuldOp: z.string(),
});
export type VensterAntwoord = z.infer<typeof vensterAntwoordSchema>;

/** Who may respond in a year, and whether they did. */
export const vensterRespondentSchema = respondentSchema.extend({ antwoordId: z.uuid().nullable(), ingevuldOp: z.string().nullable() });
export type VensterRespondent = z.infer<typeof vensterRespondentSchema>;

export const vensterResultaatSchema = z.object({
  jaar: z.number().int(),
  vraagId: z.uuid(),
  vraag: z.string(),
  volgorde: z.number().int(),
  schaalMin: z.number().int(),
  schaalMax: z.number().int(),
  /** Average score with one decimal, null without responses. */
  gemiddelde: z.number().nullable(),
  aantal: z.number().int(),
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
});
export type VensterResultaat = z.infer<typeof vensterResultaatSchema>;
