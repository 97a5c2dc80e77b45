import { z } from 'zod';
import { tekstSchema, uuidSchema, vrijeTekstSchema } from './algemeen';
import { gemeentecodeSchema } from './regios';

/** Support points, their coverage of the region and the municipal boundaries (DOMAIN.md §9, §12). */

/** An empty field in a form means "none": it arrives as null, like a field left out. */
const leegIsNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable());

export const telefoonSchema = z
  .string()
  .trim()
  .refine((t) => /^\+?[0-9][0-9 ()-]{8,18}[0-9]$/.test(t) && t.replace(/\D/g, '').length >= 10, {
    error: 'Geen geldig telefoonnummer: minstens 10 cijfers, zoals 077 123 45 67 of +31 77 123 4567',
  });

export const emailSchema = z.string().trim().max(254, { error: 'Hoogstens 254 tekens' }).pipe(z.email({ error: 'Geen geldig e-mailadres (bijvoorbeeld info@steunpunt.nl)' }));

export const websiteSchema = z
  .string()
  .trim()
  .max(500, { error: 'Hoogstens 500 tekens' })
  .pipe(z.url({ protocol: /^https?$/, hostname: /\./, error: 'Geen geldig webadres (begint met https:// of http://)' }));

/** Stored and shown in one spelling, "5801 BD", however it was typed. */
export const postcodeSchema = z
  .string()
  .trim()
  .transform((p) => p.toUpperCase().replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[1-9][0-9]{3}[A-Z]{2}$/, { error: 'Geen geldige postcode (bijvoorbeeld 5801 AB)' }))
  .transform((p) => `${p.slice(0, 4)} ${p.slice(4)}`);

const steunpuntVelden = {
  naam: tekstSchema(200),
  straat: tekstSchema(200),
  huisnummer: tekstSchema(20),
  postcode: postcodeSchema,
  plaats: tekstSchema(100),
  gemeentecode: gemeentecodeSchema,
  /** An organisation of the region; besides it, or instead, a name in exploitantNaam. */
  exploitantOrganisatieId: uuidSchema.nullable().optional(),
  exploitantNaam: vrijeTekstSchema(200).optional(),
  doelgroepen: z.array(tekstSchema(100), { error: 'Een lijst van doelgroepen' }).max(20, { error: 'Hoogstens 20 doelgroepen' }).optional(),
  openVoorIedereen: z.boolean({ error: 'Kies ja of nee' }),
  openingstijden: vrijeTekstSchema(1000).optional(),
  telefoon: leegIsNull(telefoonSchema).optional(),
  email: leegIsNull(emailSchema).optional(),
  website: leegIsNull(websiteSchema).optional(),
  openbaar: z.boolean({ error: 'Kies ja of nee' }).optional(),
};

export const steunpuntCreateSchema = z.strictObject(steunpuntVelden);
export type SteunpuntCreate = z.input<typeof steunpuntCreateSchema>;

export const steunpuntUpdateSchema = z.strictObject(steunpuntVelden).partial();
export type SteunpuntUpdate = z.input<typeof steunpuntUpdateSchema>;

export const steunpuntSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  adres: z.object({ straat: z.string(), huisnummer: z.string(), postcode: z.string(), plaats: z.string() }),
  gemeente: z.object({ gemeentecode: z.string(), naam: z.string() }),
  exploitant: z.object({ organisatie: z.object({ id: z.uuid(), naam: z.string() }).nullable(), naam: z.string() }),
  doelgroepen: z.array(z.string()),
  openVoorIedereen: z.boolean(),
  openingstijden: z.string(),
  contact: z.object({ telefoon: z.string().nullable(), email: z.string().nullable(), website: z.string().nullable() }),
  openbaar: z.boolean(),
  bijgewerktOp: z.string(),
});
export type Steunpunt = z.infer<typeof steunpuntSchema>;

export const steunpuntenQuerySchema = z.strictObject({
  gemeentecode: gemeentecodeSchema.optional(),
  openVoorIedereen: z.enum(['ja', 'nee'], { error: 'Kies ja of nee' }).optional(),
  openbaar: z.enum(['ja', 'nee'], { error: 'Kies ja of nee' }).optional(),
  zoek: z.string().trim().max(100).optional(),
});

export const dekkingGemeenteSchema = z.object({
  gemeentecode: z.string(),
  naam: z.string(),
  inwoners: z.number().int(),
  steunpunten: z.number().int(),
  openVoorIedereen: z.number().int(),
  gedekt: z.boolean(),
});
export type DekkingGemeente = z.infer<typeof dekkingGemeenteSchema>;

export const dekkingSchema = z.object({
  gemeenten: z.array(dekkingGemeenteSchema),
  totaal: z.object({
    gemeenten: z.number().int(),
    gedekteGemeenten: z.number().int(),
    inwoners: z.number().int(),
    gedekteInwoners: z.number().int(),
    /** Share of the inhabitants living in a covered municipality, in basis points (rounded half up). */
    inwonersBasispunten: z.number().int(),
    gemeentenBasispunten: z.number().int(),
  }),
  /** How many of the region's municipalities have an imported boundary: the map shows when all do. */
  gemeentenMetGrens: z.number().int(),
});
export type Dekking = z.infer<typeof dekkingSchema>;

/** A GeoJSON FeatureCollection of the region's municipalities, for the map. */
export const gemeentegrenzenSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      properties: z.object({ gemeentecode: z.string(), naam: z.string() }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) }),
    }),
  ),
});
export type Gemeentegrenzen = z.infer<typeof gemeentegrenzenSchema>;

export const grenzenImportResultaatSchema = z.object({
  aantalFeatures: z.number().int(),
  toegevoegd: z.number().int(),
  bijgewerkt: z.number().int(),
  ongewijzigd: z.number().int(),
  /** Codes in the file that the municipality register does not know: skipped, reported. */
  onbekend: z.object({ aantal: z.number().int(), eerste: z.array(z.string()) }),
});
export type GrenzenImportResultaat = z.infer<typeof grenzenImportResultaatSchema>;
