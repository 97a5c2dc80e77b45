import { z } from 'zod';
import { datumSchema, tekstSchema, uuidSchema, voortgangsstatusSchema, voortgangsstatussen, vrijeTekstSchema } from './algemeen';
import { gemeentecodeSchema } from './regios';

// The agreements monitor (DOMAIN.md §9): an accord's catalogue and each region's status.

/**
 * The themes of DOMAIN.md §9, a fixed list rather than data: lists are grouped and filtered on
 * them and the national picture compares regions on them, so they must mean the same everywhere.
 * AZWA builds on IZA with the same lines; a new theme is a deliberate change (and a migration).
 */
export const afspraakThemas = [
  'regionale samenwerking',
  'acute en cruciale zorg',
  'GGZ–huisarts–sociaal domein',
  'eerstelijnszorg',
  'ketenaanpakken',
  'e-health en hybride zorg',
  'kennisfunctie GGD',
  'arbeidsmarkt',
] as const;
export type AfspraakThema = (typeof afspraakThemas)[number];
export const afspraakThemaSchema = z.enum(afspraakThemas, { error: `Kies een van: ${afspraakThemas.join(', ')}` });

/** UI.md's status list; these words are both the stored value and the label. */
export const afspraakStatussen = voortgangsstatussen;
export type AfspraakStatus = (typeof afspraakStatussen)[number];
export const afspraakStatusSchema = voortgangsstatusSchema;

// --- the catalogue of an accord --------------------------------------------------------------------

export const afspraakSchema = z.object({
  id: z.uuid(),
  akkoordId: z.uuid(),
  akkoordCode: z.string(),
  code: z.string(),
  titel: z.string(),
  omschrijving: z.string(),
  thema: afspraakThemaSchema,
  verantwoordelijkePartij: z.string(),
  gemeentelijkeRol: z.string(),
  deadline: z.string().nullable(),
  volgorde: z.number().int(),
});
export type Afspraak = z.infer<typeof afspraakSchema>;

export const afspraakCreateSchema = z.strictObject({
  code: tekstSchema(40),
  titel: tekstSchema(300),
  omschrijving: vrijeTekstSchema(4000).optional(),
  thema: afspraakThemaSchema,
  verantwoordelijkePartij: vrijeTekstSchema(300).optional(),
  gemeentelijkeRol: vrijeTekstSchema(2000).optional(),
  deadline: datumSchema.nullable().optional(),
  volgorde: z.number({ error: 'Geen getal' }).int({ error: 'Een geheel getal' }).min(0, { error: 'Minstens 0' }).max(9999, { error: 'Hoogstens 9999' }).optional(),
});
export type AfspraakInvoer = z.output<typeof afspraakCreateSchema>;
export const afspraakUpdateSchema = afspraakCreateSchema.partial();

// --- the status of a region -------------------------------------------------------------------------

const linkSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'Geen geldige link (verwacht: https://…)' }).max(2000, { error: 'Hoogstens 2000 tekens' });

export const afspraakStatusInvoerSchema = z.strictObject({
  status: afspraakStatusSchema,
  /** Free text, e.g. a person or a working group; and/or a municipality or organisation of the region. */
  eigenaar: vrijeTekstSchema(300).optional(),
  /** A member municipality of the region, by CBS code (GM0983). */
  eigenaarGemeentecode: gemeentecodeSchema.nullable().optional(),
  eigenaarOrganisatieId: uuidSchema.nullable().optional(),
  bewijs: vrijeTekstSchema(4000).optional(),
  bewijsLinks: z.array(linkSchema).max(20, { error: 'Hoogstens 20 links' }).optional(),
  toelichting: vrijeTekstSchema(4000).optional(),
});
export type AfspraakStatusInvoer = z.output<typeof afspraakStatusInvoerSchema>;
export const afspraakStatusPatchSchema = afspraakStatusInvoerSchema.partial();

export const afspraakMetStatusSchema = afspraakSchema.extend({
  status: afspraakStatusSchema,
  /** Whether the region has recorded anything yet (otherwise the status is "niet gestart" by default). */
  vastgelegd: z.boolean(),
  eigenaar: z.string(),
  eigenaarGemeente: z.object({ gemeentecode: z.string(), naam: z.string() }).nullable(),
  eigenaarOrganisatie: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  bewijs: z.string(),
  bewijsLinks: z.array(z.string()),
  toelichting: z.string(),
  gewijzigdOp: z.string().nullable(),
  verlopen: z.boolean(),
  /** Days past the deadline (only when overdue). */
  dagenOverDeadline: z.number().int().nullable(),
  /** "3 weken over de deadline" (only when overdue). */
  verlopenTekst: z.string().nullable(),
});
export type AfspraakMetStatus = z.infer<typeof afspraakMetStatusSchema>;

const jaNee = z.enum(['ja', 'nee'], { error: 'Kies ja of nee' });
export const afspraakQuerySchema = z.strictObject({
  status: afspraakStatusSchema.optional(),
  thema: afspraakThemaSchema.optional(),
  verlopen: jaNee.optional(),
  akkoordId: uuidSchema.optional(),
});
export type AfspraakQuery = z.infer<typeof afspraakQuerySchema>;

// --- the national picture ---------------------------------------------------------------------------

export const aantallenSchema = z.object({
  'niet-gestart': z.number().int(),
  'in-uitvoering': z.number().int(),
  gerealiseerd: z.number().int(),
  vertraagd: z.number().int(),
  'niet-van-toepassing': z.number().int(),
  verlopen: z.number().int(),
});
export type Aantallen = z.infer<typeof aantallenSchema>;

export const afsprakenStandSchema = z.object({
  regios: z.array(z.object({ id: z.uuid(), naam: z.string() })),
  totaal: aantallenSchema,
  items: z.array(
    z.object({
      afspraakId: z.uuid(),
      akkoordCode: z.string(),
      code: z.string(),
      titel: z.string(),
      thema: afspraakThemaSchema,
      deadline: z.string().nullable(),
      aantallen: aantallenSchema,
    }),
  ),
});
export type AfsprakenStand = z.infer<typeof afsprakenStandSchema>;
