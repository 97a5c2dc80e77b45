import { z } from 'zod';
import { datumSchema, tekstSchema, uuidSchema, vrijeTekstSchema } from './algemeen';
import { centenSchema, jaarSchema } from './financien';
import { gemeentecodeSchema } from './regios';

// Transformation plans (DOMAIN.md §8) and the toetsvragen both kinds of plan are scored on.

// --- toetsvragen: the criteria and the afwegingskader, as data of the region ------------------------

export const toetsKaders = ['transformatieplan', 'aanvullend-plan'] as const;
export type ToetsKader = (typeof toetsKaders)[number];

export const toetsvraagSchema = z.object({
  id: z.uuid(),
  volgorde: z.number().int(),
  vraag: z.string(),
  toelichting: z.string(),
  schaalMin: z.number().int(),
  schaalMax: z.number().int(),
  /** How many assessments scored it: such a question keeps its scale and cannot be removed. */
  aantalScores: z.number().int(),
});
export type Toetsvraag = z.infer<typeof toetsvraagSchema>;

const schaalgrensSchema = z
  .number({ error: 'Geen getal' })
  .int({ error: 'Een schaalgrens is een geheel getal' })
  .min(-100, { error: 'Minstens -100' })
  .max(100, { error: 'Hoogstens 100' });

export const toetsvraagCreateSchema = z.strictObject({
  vraag: tekstSchema(500),
  toelichting: vrijeTekstSchema(2000).optional(),
  schaalMin: schaalgrensSchema,
  schaalMax: schaalgrensSchema,
  /** Position in the list (1 = first); by default after the last. */
  volgorde: z.number({ error: 'Geen getal' }).int({ error: 'Een geheel getal' }).min(1, { error: 'Minstens 1' }).max(999, { error: 'Hoogstens 999' }).optional(),
});
export const toetsvraagUpdateSchema = toetsvraagCreateSchema.partial();

/** The overall outcome of a quick scan or an assessment. */
export const adviezen = ['positief', 'negatief', 'aangehouden'] as const;
export const adviesSchema = z.enum(adviezen, { error: `Kies een van: ${adviezen.join(', ')}` });
export type Advies = (typeof adviezen)[number];

/** Within the widest scale a question can have (schaalgrensSchema); the question's own scale is checked by the service. */
export const scoreSchema = z
  .number({ error: 'Geen score (een geheel getal)' })
  .int({ error: 'Een score is een geheel getal' })
  .min(-100, { error: 'Minstens -100' })
  .max(100, { error: 'Hoogstens 100' });

// --- transformatieplannen --------------------------------------------------------------------------

/** The domains a plan touches; 'sociaal' makes the affected municipalities' consent a condition. */
export const domeinen = ['medisch', 'sociaal', 'ggz', 'langdurige-zorg', 'preventie'] as const;
export const domeinSchema = z.enum(domeinen, { error: `Kies uit: ${domeinen.join(', ')}` });
export type Domein = (typeof domeinen)[number];

export const transformatieplanStatussen = [
  'idee',
  'snelle-toets',
  'ingediend',
  'beoordeeld',
  'goedgekeurd',
  'afgewezen',
  'in-uitvoering',
  'afgerond',
] as const;
export const transformatieplanStatusSchema = z.enum(transformatieplanStatussen, {
  error: `Kies een van: ${transformatieplanStatussen.join(', ')}`,
});
export type TransformatieplanStatus = (typeof transformatieplanStatussen)[number];

/**
 * Who takes a step: the plan's side (the lead provider, or the coordinator) moves it forward
 * towards and after the decision; the preferred insurer, which receives and assesses the plan
 * (DOMAIN.md §8), records that it is assessed and decides. Shared so the page offers only the
 * buttons a person may use; the server checks again.
 */
export function stapDoor(naar: TransformatieplanStatus): 'plan' | 'verzekeraar' {
  return naar === 'beoordeeld' || naar === 'goedgekeurd' || naar === 'afgewezen' ? 'verzekeraar' : 'plan';
}

export const standpunten = ['steunt', 'steunt-niet', 'neutraal'] as const;
export type Standpunt = (typeof standpunten)[number];

export const instemmingSoorten = ['verleend', 'ingetrokken'] as const;
export const instemmingSoortSchema = z.enum(instemmingSoorten, { error: `Kies een van: ${instemmingSoorten.join(', ')}` });
export type InstemmingSoort = (typeof instemmingSoorten)[number];

const organisatieRef = z.object({ id: z.uuid(), naam: z.string() });
const gemeenteRef = z.object({ gemeentecode: z.string(), naam: z.string() });

const financieringInvoerSchema = z.strictObject({
  jaar: jaarSchema,
  aangevraagdCenten: centenSchema,
  /** Set by the preferred insurer or the coordinator only; left out, a year keeps what was granted. */
  toegekendCenten: centenSchema.nullable().optional(),
});

/** More inhabitants than the Netherlands has: a typing error, not a plan. */
export const bereikMaximum = 20_000_000;

export const transformatieplanCreateSchema = z.strictObject({
  titel: tekstSchema(200),
  omschrijving: vrijeTekstSchema().optional(),
  penvoerderId: uuidSchema,
  partnerIds: z.array(uuidSchema).max(100, { error: 'Hoogstens 100 partners' }).optional(),
  domeinen: z.array(domeinSchema).min(1, { error: 'Kies minstens één domein' }),
  doelgroep: vrijeTekstSchema(1000).optional(),
  bereik: z
    .number({ error: 'Geen getal' })
    .int({ error: 'Een geheel aantal inwoners' })
    .min(0, { error: 'Mag niet negatief zijn' })
    .max(bereikMaximum, { error: 'Hoogstens 20.000.000 inwoners' })
    .nullable()
    .optional(),
  gemeentecodes: z.array(gemeentecodeSchema).max(100).optional(),
  financiering: z.array(financieringInvoerSchema).max(30).optional(),
  gemeentelijkeBijdrageCenten: centenSchema.optional(),
  bijdrageVoorwaarde: vrijeTekstSchema(1000).optional(),
  addendum: z.boolean({ error: 'Ja of nee' }).optional(),
  addendumToelichting: vrijeTekstSchema(2000).optional(),
});
export const transformatieplanUpdateSchema = transformatieplanCreateSchema.partial();
export type TransformatieplanNieuw = z.infer<typeof transformatieplanCreateSchema>;

export const transformatieplanQuerySchema = z.strictObject({
  status: transformatieplanStatusSchema.optional(),
  domein: domeinSchema.optional(),
  penvoerderId: uuidSchema.optional(),
  gemeentecode: gemeentecodeSchema.optional(),
});

export const stapCreateSchema = z.strictObject({
  naar: transformatieplanStatusSchema,
  /** The date of the step; by default today. */
  datum: datumSchema.optional(),
  toelichting: vrijeTekstSchema(2000).optional(),
});

/** Granted funding per requested year, by the preferred insurer or the coordinator; null: nothing granted. */
export const toekenningSchema = z.strictObject({
  financiering: z
    .array(z.strictObject({ jaar: jaarSchema, toegekendCenten: centenSchema.nullable() }))
    .min(1, { error: 'Noem minstens één jaar' })
    .max(30, { error: 'Hoogstens 30 jaren' }),
});

export const instemmingCreateSchema = z.strictObject({
  gemeentecode: gemeentecodeSchema,
  soort: instemmingSoortSchema,
  datum: datumSchema,
  referentie: vrijeTekstSchema(200).optional(),
  toelichting: vrijeTekstSchema(2000).optional(),
});

export const snelleToetsCreateSchema = z.strictObject({
  uitkomst: adviesSchema,
  datum: datumSchema,
  toelichting: vrijeTekstSchema(2000).optional(),
});

export const beoordelingCreateSchema = z.strictObject({
  advies: adviesSchema,
  /** The overall conclusion. */
  toelichting: tekstSchema(4000),
  datum: datumSchema,
  scores: z.array(z.strictObject({ criteriumId: uuidSchema, score: scoreSchema, reden: tekstSchema(2000) })).max(50),
});

export const transformatieplanSamenvattingSchema = z.object({
  id: z.uuid(),
  titel: z.string(),
  status: transformatieplanStatusSchema,
  penvoerder: organisatieRef,
  domeinen: z.array(domeinSchema),
  gemeenten: z.array(gemeenteRef),
  bereik: z.number().int().nullable(),
  aangevraagdCenten: z.number().int(),
  toegekendCenten: z.number().int(),
  addendum: z.boolean(),
  standpunt: z.enum(standpunten).nullable(),
  /** Whether submission needs the affected municipalities' consent (the plan touches the social domain). */
  instemmingVereist: z.boolean(),
  ontbrekendeInstemmingen: z.array(gemeenteRef),
});
export type TransformatieplanSamenvatting = z.infer<typeof transformatieplanSamenvattingSchema>;

export const transformatieplanDetailSchema = transformatieplanSamenvattingSchema.extend({
  omschrijving: z.string(),
  partners: z.array(organisatieRef),
  doelgroep: z.string(),
  financiering: z.array(z.object({ jaar: z.number().int(), aangevraagdCenten: z.number().int(), toegekendCenten: z.number().int().nullable() })),
  gemeentelijkeBijdrageCenten: z.number().int(),
  bijdrageVoorwaarde: z.string(),
  addendumToelichting: z.string(),
  ingediendBij: organisatieRef.nullable(),
  standpuntBesluit: z
    .object({
      besluitId: z.uuid().nullable(),
      datum: z.string().nullable(),
      overlegorgaan: organisatieRef.nullable(),
      referentie: z.string(),
      toelichting: z.string(),
    })
    .nullable(),
  stappen: z.array(
    z.object({
      id: z.number().int(),
      vanStatus: transformatieplanStatusSchema.nullable(),
      naarStatus: transformatieplanStatusSchema,
      datum: z.string(),
      gebruikerNaam: z.string(),
      organisatie: organisatieRef.nullable(),
      toelichting: z.string(),
    }),
  ),
  volgendeStappen: z.array(transformatieplanStatusSchema),
  instemmingen: z.array(
    z.object({
      gemeente: gemeenteRef,
      huidig: instemmingSoortSchema.nullable(),
      historie: z.array(
        z.object({ id: z.number().int(), soort: instemmingSoortSchema, datum: z.string(), referentie: z.string(), toelichting: z.string(), gebruikerNaam: z.string() }),
      ),
    }),
  ),
  snelleToetsen: z.array(
    z.object({ id: z.number().int(), uitkomst: adviesSchema, datum: z.string(), organisatie: organisatieRef.nullable(), toelichting: z.string(), gebruikerNaam: z.string() }),
  ),
  verzekeraars: z.object({ preferent: organisatieRef.nullable(), tweede: organisatieRef.nullable() }),
  criteria: z.array(toetsvraagSchema),
  beoordelingen: z.array(
    z.object({
      organisatie: organisatieRef,
      advies: adviesSchema,
      toelichting: z.string(),
      datum: z.string(),
      gebruikerNaam: z.string(),
      scores: z.array(z.object({ criteriumId: z.uuid(), score: z.number().int(), reden: z.string() })),
    }),
  ),
});
export type TransformatieplanDetail = z.infer<typeof transformatieplanDetailSchema>;
