import { z } from 'zod';
import { datumSchema, tekstSchema, uuidSchema, voortgangsstatusSchema, voortgangsstatussen, vrijeTekstSchema } from './algemeen';
import { centenSchema, jaarSchema } from './financien';
import { gemeentecodeSchema } from './regios';

// Regiobeeld, regioplan and uitvoeringsplan (DOMAIN.md §7, §4, §10).

const verwijzingSchema = z.object({ id: z.uuid(), naam: z.string() });
const gemeenteVerwijzingSchema = z.object({ gemeentecode: z.string(), naam: z.string() });

/** "?proef=true": check only, write nothing. */
const proefSchema = z.enum(['true', 'false'], { error: 'Kies true of false' }).transform((v) => v === 'true');

// --- regiobeeld ----------------------------------------------------------------------------------

export const waardeSoorten = ['waargenomen', 'prognose'] as const;
export const waardeSoortSchema = z.enum(waardeSoorten, { error: 'Kies waargenomen of prognose' });
export type WaardeSoort = (typeof waardeSoorten)[number];

export const regiobeeldVersieSchema = z.object({
  id: z.uuid(),
  versie: z.number().int(),
  naam: z.string(),
  peildatum: z.string(),
  toelichting: z.string(),
  /** The highest version: shown by default, the only one that still changes. */
  huidig: z.boolean(),
  aantalWaarden: z.number().int(),
  aangemaaktOp: z.string(),
});
export type RegiobeeldVersie = z.infer<typeof regiobeeldVersieSchema>;

export const regiobeeldVersieCreateSchema = z.strictObject({
  naam: tekstSchema(200),
  peildatum: datumSchema,
  toelichting: vrijeTekstSchema().optional(),
});

const indicatorcodeSchema = z
  .string({ error: 'Geen tekst' })
  .trim()
  .min(1, { error: 'Geef een code' })
  .max(40, { error: 'Hoogstens 40 tekens' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'Alleen letters, cijfers, punt, streepje en liggend streepje, zonder spaties' });

export const indicatorCreateSchema = z.strictObject({
  code: indicatorcodeSchema,
  naam: tekstSchema(200),
  eenheid: tekstSchema(60),
  bron: vrijeTekstSchema(400).optional(),
  omschrijving: vrijeTekstSchema().optional(),
});
export const indicatorUpdateSchema = indicatorCreateSchema.partial();

export const indicatorSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  naam: z.string(),
  eenheid: z.string(),
  bron: z.string(),
  omschrijving: z.string(),
  /** Values of this indicator in the version asked for. */
  aantalWaarden: z.number().int(),
  /** The latest observed value for the region as a whole in that version. */
  laatsteWaarneming: z.object({ jaar: z.number().int(), waarde: z.number() }).nullable(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const regiobeeldWaardeSchema = z.object({
  /** Null: the region as a whole. */
  gemeente: gemeenteVerwijzingSchema.nullable(),
  jaar: z.number().int(),
  soort: waardeSoortSchema,
  scenario: z.string(),
  waarde: z.number(),
});
export type RegiobeeldWaarde = z.infer<typeof regiobeeldWaardeSchema>;

export const indicatorDetailSchema = indicatorSchema.extend({
  versie: regiobeeldVersieSchema,
  waarden: z.array(regiobeeldWaardeSchema),
  /** The opgaven and pijlers of the regioplan that aim to move it. */
  regioplan: z.array(z.object({ id: z.uuid(), soort: z.enum(['opgave', 'pijler']), nummer: z.number().int(), naam: z.string() })),
});
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;

/** Geography as typed: empty or "regio" for the region as a whole, or a member's CBS code. */
const geografieSchema = z
  .string({ error: 'Geen tekst' })
  .trim()
  .regex(/^(|regio|GM[0-9]{4})$/i, { error: 'Laat leeg of vul "regio" in voor de hele regio, of een CBS-gemeentecode zoals GM0984' });

export const waardeInvoerSchema = z.strictObject({
  geografie: geografieSchema,
  jaar: z.number({ error: 'Geen jaartal' }).int({ error: 'Geen jaartal' }).min(1900, { error: 'Jaartal vóór 1900' }).max(2200, { error: 'Jaartal na 2200' }),
  soort: waardeSoortSchema.optional(),
  scenario: vrijeTekstSchema(120),
  waarde: z.number({ error: 'Geen getal' }).finite({ error: 'Geen getal' }),
});
export type WaardeInvoer = z.infer<typeof waardeInvoerSchema>;

/** All values of one indicator in the current version, replaced at once. */
export const waardenVervangenSchema = z.strictObject({
  versieId: uuidSchema,
  waarden: z.array(waardeInvoerSchema).max(5000, { error: 'Hoogstens 5000 waarden tegelijk; gebruik de import' }),
});

export const regiobeeldImportQuerySchema = z.strictObject({
  /** The version to import into; by default the current one. */
  versieId: uuidSchema.optional(),
  proef: proefSchema.optional(),
});

export const regiobeeldImportResultaatSchema = z.object({
  versie: z.object({ id: z.uuid(), versie: z.number().int(), naam: z.string() }),
  proef: z.boolean(),
  aantalRegels: z.number().int(),
  toegevoegd: z.number().int(),
  gewijzigd: z.number().int(),
  ongewijzigd: z.number().int(),
});
export type RegiobeeldImportResultaat = z.infer<typeof regiobeeldImportResultaatSchema>;

// --- regioplan -----------------------------------------------------------------------------------

export const themaSoorten = ['opgave', 'pijler'] as const;
export type ThemaSoort = (typeof themaSoorten)[number];

export const themaSchema = z.object({
  id: z.uuid(),
  soort: z.enum(themaSoorten),
  nummer: z.number().int(),
  naam: z.string(),
  omschrijving: z.string(),
  kartrekker: z.object({
    organisatie: verwijzingSchema.nullable(),
    gemeente: gemeenteVerwijzingSchema.nullable(),
    overlegorgaan: verwijzingSchema.nullable(),
    toelichting: z.string(),
  }),
  doelen: z.array(z.string()),
  indicatoren: z.array(z.object({ id: z.uuid(), code: z.string(), naam: z.string(), eenheid: z.string() })),
});
export type Thema = z.infer<typeof themaSchema>;

export const regioplanSchema = z.object({
  opgaven: z.array(themaSchema),
  pijlers: z.array(themaSchema),
});
export type Regioplan = z.infer<typeof regioplanSchema>;

export const themaCreateSchema = z.strictObject({
  nummer: z.number({ error: 'Geen nummer' }).int({ error: 'Geen geheel getal' }).min(1, { error: 'Minstens 1' }).max(99, { error: 'Hoogstens 99' }),
  naam: tekstSchema(200),
  omschrijving: vrijeTekstSchema().optional(),
  kartrekkerOrganisatieId: uuidSchema.nullable().optional(),
  kartrekkerGemeentecode: gemeentecodeSchema.nullable().optional(),
  kartrekkerOverlegorgaanId: uuidSchema.nullable().optional(),
  kartrekkerToelichting: vrijeTekstSchema(400).optional(),
  doelen: z.array(tekstSchema(400)).max(30, { error: 'Hoogstens 30 doelen' }).optional(),
  indicatorIds: z.array(uuidSchema).max(50, { error: 'Hoogstens 50 indicatoren' }).optional(),
});
export const themaUpdateSchema = themaCreateSchema.partial();
export type ThemaInvoer = z.infer<typeof themaCreateSchema>;

// --- uitvoeringsplan -----------------------------------------------------------------------------

export const planStatussen = ['concept', 'vastgesteld', 'vervallen'] as const;
export type PlanStatus = (typeof planStatussen)[number];

/** The execution status of a component, with the labels of UI.md "Status". */
export const onderdeelStatussen = voortgangsstatussen;
export const onderdeelStatusSchema = voortgangsstatusSchema;
export type OnderdeelStatus = (typeof onderdeelStatussen)[number];

export const pvaStatussen = ['concept', 'ingediend', 'goedgekeurd', 'afgewezen'] as const;
export type PvaStatus = (typeof pvaStatussen)[number];

export const uitvoeringsplanSchema = z.object({
  id: z.uuid(),
  jaar: z.number().int(),
  versie: z.number().int(),
  naam: z.string(),
  toelichting: z.string(),
  status: z.enum(planStatussen),
  gebaseerdOpVersie: z.number().int().nullable(),
  vastgesteldOp: z.string().nullable(),
  vastgesteldDoor: verwijzingSchema.nullable(),
  besluitId: z.uuid().nullable(),
  besluitReferentie: z.string(),
  aantalOnderdelen: z.number().int(),
});
export type Uitvoeringsplan = z.infer<typeof uitvoeringsplanSchema>;

export const onderdeelSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  /** The code of the component it is a sub-item of. */
  bovenliggendeCode: z.string().nullable(),
  taakNummer: z.number().int().nullable(),
  titel: z.string(),
  aanpak: z.string(),
  overlegorgaan: verwijzingSchema.nullable(),
  voorzitter: z.string(),
  status: onderdeelStatusSchema,
  begrotingsregel: z
    .object({ id: z.uuid(), code: z.string(), omschrijving: z.string(), begrotingId: z.uuid(), begrotingNaam: z.string(), jaar: z.number().int() })
    .nullable(),
  volgorde: z.number().int(),
});
export type Onderdeel = z.infer<typeof onderdeelSchema>;

export const planVanAanpakSchema = z.object({
  id: z.uuid(),
  jaar: z.number().int(),
  onderdeelCode: z.string(),
  titel: z.string(),
  omschrijving: z.string(),
  overlegorgaan: verwijzingSchema.nullable(),
  budgetCenten: z.number().int(),
  status: z.enum(pvaStatussen),
  ingediendOp: z.string().nullable(),
  beoordeeldOp: z.string().nullable(),
  beoordeeldDoor: verwijzingSchema.nullable(),
  besluitReferentie: z.string(),
});
export type PlanVanAanpak = z.infer<typeof planVanAanpakSchema>;

export const uitvoeringsplanDetailSchema = uitvoeringsplanSchema.extend({
  onderdelen: z.array(onderdeelSchema),
  /** The werkagenda tasks (DOMAIN.md §4) by number, for grouping. */
  taken: z.array(z.object({ nummer: z.number().int(), titel: z.string() })),
  /** All versions of the plan of this year, oldest first. */
  versies: z.array(uitvoeringsplanSchema.omit({ aantalOnderdelen: true, toelichting: true })),
  plannenVanAanpak: z.array(planVanAanpakSchema),
});
export type UitvoeringsplanDetail = z.infer<typeof uitvoeringsplanDetailSchema>;

export const uitvoeringsplanCreateSchema = z.strictObject({
  jaar: jaarSchema,
  naam: tekstSchema(200),
  toelichting: vrijeTekstSchema().optional(),
});
/** Only the text of a concept; adoption goes through a PHO decision, never through this. */
export const uitvoeringsplanUpdateSchema = z.strictObject({
  naam: tekstSchema(200).optional(),
  toelichting: vrijeTekstSchema().optional(),
});
export const bijstellingSchema = z.strictObject({
  toelichting: tekstSchema(4000),
});

const onderdeelcodeSchema = z
  .string({ error: 'Geen tekst' })
  .trim()
  .min(1, { error: 'Geef een code' })
  .max(20, { error: 'Hoogstens 20 tekens' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, { error: 'Alleen letters, cijfers, punt en streepje, zonder spaties' });

export const onderdeelCreateSchema = z.strictObject({
  code: onderdeelcodeSchema,
  bovenliggendeCode: onderdeelcodeSchema.nullable().optional(),
  taakNummer: z.number({ error: 'Geen nummer' }).int({ error: 'Geen geheel getal' }).min(1, { error: 'Minstens 1' }).max(99, { error: 'Hoogstens 99' }).nullable().optional(),
  titel: tekstSchema(300),
  aanpak: vrijeTekstSchema().optional(),
  overlegorgaanId: uuidSchema.nullable().optional(),
  voorzitter: vrijeTekstSchema(200).optional(),
  status: onderdeelStatusSchema.optional(),
  begrotingsregelId: uuidSchema.nullable().optional(),
  volgorde: z.number().int().min(0).max(10000).optional(),
});
export const onderdeelUpdateSchema = onderdeelCreateSchema.partial();
export type OnderdeelInvoer = z.infer<typeof onderdeelCreateSchema>;

export const planVanAanpakCreateSchema = z.strictObject({
  onderdeelCode: onderdeelcodeSchema,
  titel: tekstSchema(300),
  omschrijving: vrijeTekstSchema().optional(),
  overlegorgaanId: uuidSchema.nullable().optional(),
  budgetCenten: centenSchema,
});
export const planVanAanpakUpdateSchema = planVanAanpakCreateSchema.omit({ onderdeelCode: true }).partial();

export const indieningSchema = z.strictObject({ ingediendOp: datumSchema });

export const beoordelingSchema = z.strictObject({
  uitkomst: z.enum(['goedgekeurd', 'afgewezen'], { error: 'Kies goedgekeurd of afgewezen' }),
  beoordeeldOp: datumSchema,
  overlegorgaanId: uuidSchema,
  besluitReferentie: tekstSchema(300),
});
