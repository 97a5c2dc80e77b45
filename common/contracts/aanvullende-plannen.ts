import { z } from 'zod';
import { datumSchema, tekstSchema, uuidSchema, vrijeTekstSchema } from './algemeen';
import { centenSchema } from './financien';
import { gemeentecodeSchema } from './regios';
import { adviesSchema, scoreSchema, toetsvraagSchema } from './transformatieplannen';

// Supplementary initiatives and the afwegingskader they are scored on (DOMAIN.md §8).

export const aanvullendPlanStatussen = ['ingediend', 'beoordeeld', 'goedgekeurd', 'afgewezen'] as const;
export const aanvullendPlanStatusSchema = z.enum(aanvullendPlanStatussen, { error: `Kies een van: ${aanvullendPlanStatussen.join(', ')}` });
export type AanvullendPlanStatus = (typeof aanvullendPlanStatussen)[number];

/** A short code, also written in the ledger's activiteit column to find the initiative's spending. */
export const kenmerkSchema = z
  .string({ error: 'Geen tekst' })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, { error: 'Een kenmerk is 1 tot 40 letters, cijfers, punten, streepjes of liggende streepjes, zoals AP-2024-03' });

export const aanvullendPlanCreateSchema = z.strictObject({
  titel: tekstSchema(200),
  omschrijving: vrijeTekstSchema().optional(),
  /** Exactly one of the two: the submitting municipality or organisation. */
  indienerGemeentecode: gemeentecodeSchema.optional(),
  indienerOrganisatieId: uuidSchema.optional(),
  partnerIds: z.array(uuidSchema).max(100, { error: 'Hoogstens 100 partners' }).optional(),
  gevraagdCenten: centenSchema.min(1, { error: 'Vraag een bedrag groter dan nul' }),
  kenmerk: kenmerkSchema,
  begrotingsregelId: uuidSchema,
  /** The date of submission; by default today. */
  ingediendOp: datumSchema.optional(),
});
export const aanvullendPlanUpdateSchema = aanvullendPlanCreateSchema.omit({ indienerGemeentecode: true, indienerOrganisatieId: true }).partial();
export type AanvullendPlanNieuw = z.infer<typeof aanvullendPlanCreateSchema>;

export const aanvullendPlanQuerySchema = z.strictObject({ status: aanvullendPlanStatusSchema.optional() });

export const aanvullendPlanBeoordelingSchema = z.strictObject({
  advies: adviesSchema,
  toelichting: tekstSchema(4000),
  datum: datumSchema,
  scores: z.array(z.strictObject({ vraagId: uuidSchema, antwoord: tekstSchema(4000), score: scoreSchema })).max(50),
});
export type AanvullendPlanBeoordelingInvoer = z.infer<typeof aanvullendPlanBeoordelingSchema>;

const besteding = {
  gevraagdCenten: z.number().int(),
  /** The reservation on the line: the granted amount of an approved initiative, otherwise 0. */
  gereserveerdCenten: z.number().int(),
  verplichtCenten: z.number().int(),
  uitgegevenCenten: z.number().int(),
};

export const aanvullendPlanSamenvattingSchema = z.object({
  id: z.uuid(),
  titel: z.string(),
  kenmerk: z.string(),
  status: aanvullendPlanStatusSchema,
  indiener: z.object({ soort: z.enum(['gemeente', 'organisatie']), gemeentecode: z.string().nullable(), organisatieId: z.uuid().nullable(), naam: z.string() }),
  ingediendOp: z.string(),
  begrotingsregel: z.object({ id: z.uuid(), code: z.string(), omschrijving: z.string(), begrotingId: z.uuid(), jaar: z.number().int() }),
  toegekendCenten: z.number().int().nullable(),
  advies: adviesSchema.nullable(),
  ...besteding,
});
export type AanvullendPlanSamenvatting = z.infer<typeof aanvullendPlanSamenvattingSchema>;

export const aanvullendPlanLijstSchema = z.object({
  items: z.array(aanvullendPlanSamenvattingSchema),
  totaal: z.number().int(),
  totalen: z.object(besteding),
});

export const aanvullendPlanDetailSchema = aanvullendPlanSamenvattingSchema.extend({
  omschrijving: z.string(),
  partners: z.array(z.object({ id: z.uuid(), naam: z.string() })),
  vragen: z.array(toetsvraagSchema),
  beoordeling: z
    .object({
      advies: adviesSchema,
      toelichting: z.string(),
      datum: z.string(),
      gebruikerNaam: z.string(),
      scores: z.array(z.object({ vraagId: z.uuid(), antwoord: z.string(), score: z.number().int() })),
    })
    .nullable(),
  besluit: z
    .object({ besluitId: z.uuid().nullable(), datum: z.string().nullable(), overlegorgaan: z.object({ id: z.uuid(), naam: z.string() }).nullable(), referentie: z.string() })
    .nullable(),
  /** The budget line it draws on: its current amount, what approved initiatives reserve on it, and what is left. */
  regel: z.object({ huidigCenten: z.number().int(), gereserveerdCenten: z.number().int(), vrijCenten: z.number().int() }),
});
export type AanvullendPlanDetail = z.infer<typeof aanvullendPlanDetailSchema>;
