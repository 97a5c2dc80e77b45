import { z } from 'zod';
import { periodePatroon, periodesoorten } from '../periode';
import { datumSchema, tekstSchema, uuidSchema, vrijeTekstSchema } from './algemeen';

// Indicators (KPIs) of the region's monitoring (DOMAIN.md §9): on three levels, with targets per
// period and measured values that are entered as drafts, approved, and locked per period.

/** The three monitoring levels: what is done, what moves, what it means for the target groups. */
export const indicatorNiveaus = ['proces', 'beweging', 'doelgroepen'] as const;
export type IndicatorNiveau = (typeof indicatorNiveaus)[number];
export const indicatorNiveauSchema = z.enum(indicatorNiveaus, { error: `Kies een van: ${indicatorNiveaus.join(', ')}` });

export const indicatorRichtingen = ['hoger-is-beter', 'lager-is-beter'] as const;
export type IndicatorRichting = (typeof indicatorRichtingen)[number];
export const indicatorRichtingSchema = z.enum(indicatorRichtingen, { error: `Kies een van: ${indicatorRichtingen.join(', ')}` });

/** Whether values are recorded for the region as a whole or per municipality. */
export const indicatorGeografieen = ['regio', 'gemeente'] as const;
export type IndicatorGeografie = (typeof indicatorGeografieen)[number];
export const indicatorGeografieSchema = z.enum(indicatorGeografieen, { error: `Kies een van: ${indicatorGeografieen.join(', ')}` });

export const periodesoortSchema = z.enum(periodesoorten, { error: `Kies een van: ${periodesoorten.join(', ')}` });

/**
 * A period code: "2024", "2024-H1" or "2024-K3". The pattern is checked here; whether the period
 * fits the indicator (a quarter target for a yearly indicator is undefined) is the service's rule.
 */
export const periodeSchema = z
  .string({ error: 'Geen periode' })
  .trim()
  .regex(periodePatroon, { error: 'Geen geldige periode (verwacht: 2024, 2024-H1 of 2024-K1)' })
  .refine((p) => !/-H[34]$/.test(p), { error: 'Een jaar heeft twee halfjaren: H1 of H2' });

/** A measured or target value: a number, stored exactly (numeric), shown in the indicator's unit. */
export const indicatorWaardeSchema = z
  .number({ error: 'Geen getal' })
  .finite({ error: 'Geen getal' })
  .refine((n) => Math.abs(n) < 1e14, { error: 'Dit getal is te groot' });

const indicatorVelden = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, { error: 'Een code is 1 tot 40 letters, cijfers, punten, streepjes of lage streepjes' }),
  naam: tekstSchema(300),
  omschrijving: vrijeTekstSchema(4000).optional(),
  niveau: indicatorNiveauSchema,
  /** "aantal deelnemers", "%", "euro": shown after every value. */
  eenheid: tekstSchema(60),
  richting: indicatorRichtingSchema,
  /**
   * Cumulative: each value is the standing at the end of its period (a running total or a level),
   * so a longer period counts its last value. Per period: each value is what happened in that
   * period, so a longer period counts the sum.
   */
  cumulatief: z.boolean({ error: 'Kies ja of nee' }),
  /** How often it is measured: measurements are for periods of this kind. */
  meetfrequentie: periodesoortSchema,
  geografie: indicatorGeografieSchema,
  /** Where the values usually come from (GGD monitor, CBS, a provider's registration). */
  bron: vrijeTekstSchema(300).optional(),
  nulmetingWaarde: indicatorWaardeSchema.nullable().optional(),
  nulmetingPeriode: periodeSchema.nullable().optional(),
};

export const indicatorInvoerSchema = z.strictObject(indicatorVelden);
export type IndicatorInvoer = z.output<typeof indicatorInvoerSchema>;
export const indicatorPatchSchema = z.strictObject(indicatorVelden).partial();
export type IndicatorPatch = z.output<typeof indicatorPatchSchema>;

const gemeenteRef = z.object({ id: z.uuid(), code: z.string(), naam: z.string() });

/** The outcome of a target in its period (indicatoren.rules.ts evalueer). */
export const uitkomsten = ['gehaald', 'niet-gehaald', 'onvolledig', 'geen-meting'] as const;
export type Uitkomst = (typeof uitkomsten)[number];

export const evaluatieSchema = z.object({
  streefwaardeId: z.uuid(),
  periode: z.string(),
  periodeLabel: z.string(),
  gemeente: gemeenteRef.nullable(),
  streefwaarde: z.number(),
  /** The value that counts for the period from approved measurements (sum or last), or null. */
  werkelijk: z.number().nullable(),
  /** Measured periods inside the target period, and how many there are. */
  gemeten: z.number().int(),
  verwacht: z.number().int(),
  uitkomst: z.enum(uitkomsten),
  /** werkelijk − streefwaarde, or null without a value. */
  afwijking: z.number().nullable(),
});
export type Evaluatie = z.infer<typeof evaluatieSchema>;

export const indicatorSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  naam: z.string(),
  omschrijving: z.string(),
  niveau: indicatorNiveauSchema,
  eenheid: z.string(),
  richting: indicatorRichtingSchema,
  cumulatief: z.boolean(),
  meetfrequentie: periodesoortSchema,
  geografie: indicatorGeografieSchema,
  bron: z.string(),
  nulmetingWaarde: z.number().nullable(),
  nulmetingPeriode: z.string().nullable(),
  /**
   * Per geography, the most recent target period that has ended (by today) and has at least one
   * approved measurement; counted over the geographies (one for a regio indicator, one per
   * municipality with a target otherwise). `periode` is the most recent of those periods.
   */
  laatsteStand: z
    .object({
      periode: z.string(),
      periodeLabel: z.string(),
      gehaald: z.number().int(),
      nietGehaald: z.number().int(),
      onvolledig: z.number().int(),
      geenMeting: z.number().int(),
    })
    .nullable(),
  aantalMetingen: z.number().int(),
  aantalConcepten: z.number().int(),
  gewijzigdOp: z.string(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorQuerySchema = z.strictObject({
  niveau: indicatorNiveauSchema.optional(),
});

// --- streefwaarden ------------------------------------------------------------------------------

export const streefwaardeInvoerSchema = z.strictObject({
  periode: periodeSchema,
  /** Required when the indicator's geography is gemeente; absent (the region) otherwise. */
  gemeenteId: uuidSchema.nullable().optional(),
  waarde: indicatorWaardeSchema,
});
export type StreefwaardeInvoer = z.output<typeof streefwaardeInvoerSchema>;

export const streefwaardeSchema = z.object({
  id: z.uuid(),
  periode: z.string(),
  periodeLabel: z.string(),
  gemeente: gemeenteRef.nullable(),
  waarde: z.number(),
});
export type Streefwaarde = z.infer<typeof streefwaardeSchema>;

// --- metingen -----------------------------------------------------------------------------------

export const metingStatussen = ['concept', 'goedgekeurd'] as const;
export type MetingStatus = (typeof metingStatussen)[number];

export const metingInvoerSchema = z.strictObject({
  indicatorId: uuidSchema,
  periode: periodeSchema,
  gemeenteId: uuidSchema.nullable().optional(),
  waarde: indicatorWaardeSchema,
  bron: tekstSchema(300),
  /** The date the value was taken or published. */
  peildatum: datumSchema,
  toelichting: vrijeTekstSchema(4000).optional(),
});
export type MetingInvoer = z.output<typeof metingInvoerSchema>;

export const metingPatchSchema = z
  .strictObject({
    waarde: indicatorWaardeSchema,
    bron: tekstSchema(300),
    peildatum: datumSchema,
    toelichting: vrijeTekstSchema(4000),
  })
  .partial();
export type MetingPatch = z.output<typeof metingPatchSchema>;

export const metingSchema = z.object({
  id: z.uuid(),
  indicator: z.object({ id: z.uuid(), code: z.string(), naam: z.string(), eenheid: z.string() }),
  periode: z.string(),
  periodeLabel: z.string(),
  gemeente: gemeenteRef.nullable(),
  waarde: z.number(),
  bron: z.string(),
  peildatum: z.string(),
  toelichting: z.string(),
  status: z.enum(metingStatussen),
  /** The period of this indicator is locked: the value cannot change until it is unlocked. */
  vergrendeld: z.boolean(),
  ingevoerdDoor: z.string(),
  goedgekeurdDoor: z.string().nullable(),
  goedgekeurdOp: z.string().nullable(),
  gewijzigdOp: z.string(),
});
export type Meting = z.infer<typeof metingSchema>;

export const metingQuerySchema = z.strictObject({
  indicatorId: uuidSchema.optional(),
  periode: periodeSchema.optional(),
  status: z.enum(metingStatussen, { error: 'Kies concept of goedgekeurd' }).optional(),
});

// --- periodes: approval state and locking -------------------------------------------------------

/** A measurement period of one indicator: what is in it, and whether it is locked. */
export const meetperiodeSchema = z.object({
  periode: z.string(),
  periodeLabel: z.string(),
  concepten: z.number().int(),
  goedgekeurd: z.number().int(),
  vergrendeld: z.boolean(),
  vergrendeldOp: z.string().nullable(),
  vergrendeldDoor: z.string().nullable(),
});
export type Meetperiode = z.infer<typeof meetperiodeSchema>;

export const ontgrendelInvoerSchema = z.strictObject({
  /** Why a locked period is opened again: kept in the history. */
  reden: tekstSchema(1000),
});

/** An indicator with its targets, their evaluation, and its measurement periods. */
export const indicatorDetailSchema = indicatorSchema.extend({
  streefwaarden: z.array(streefwaardeSchema),
  evaluaties: z.array(evaluatieSchema),
  periodes: z.array(meetperiodeSchema),
});
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;
