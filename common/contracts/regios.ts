import { z } from 'zod';
import { basispuntenSchema, datumSchema, tekstSchema, uuidSchema, vrijeTekstSchema } from './algemeen';

// ---------------------------------------------------------------------------------------------
// Glossary values (DOMAIN.md §1–§2). One Dutch name per concept, the same on screen and wire.
// ---------------------------------------------------------------------------------------------

export const gemeenteRollen = ['mandaatgemeente', 'centrumgemeente', 'regiogemeente'] as const;
export const gemeenteRolSchema = z.enum(gemeenteRollen, {
  error: `Kies een van: ${gemeenteRollen.join(', ')}`,
});
export type GemeenteRol = z.infer<typeof gemeenteRolSchema>;

export const organisatieSoorten = [
  'zorgverzekeraar',
  'zorgkantoor',
  'ggd',
  'ziekenhuis',
  'huisartsen',
  'ggz',
  'wijkverpleging',
  'welzijn',
  'inwonersorganisatie',
  'onderwijs',
  'werkgever',
  'gemeente',
  'overig',
] as const;
export const organisatieSoortSchema = z.enum(organisatieSoorten, {
  error: `Kies een van: ${organisatieSoorten.join(', ')}`,
});

export const overlegorgaanSoorten = [
  'pho',
  'kerngroep',
  'regionaal-overleg',
  'stuurgroep',
  'agendacommissie',
  'werkgroep',
  'pijler',
  'projectbureau',
] as const;
export const overlegorgaanSoortSchema = z.enum(overlegorgaanSoorten, {
  error: `Kies een van: ${overlegorgaanSoorten.join(', ')}`,
});

export const lidRollen = ['voorzitter', 'lid', 'secretaris', 'adviseur'] as const;
export const lidRolSchema = z.enum(lidRollen, { error: `Kies een van: ${lidRollen.join(', ')}` });

export const gemeentecodeSchema = z
  .string({ error: 'Geen tekst' })
  .regex(/^GM[0-9]{4}$/, { error: 'Geen geldige CBS-gemeentecode (verwacht: GM gevolgd door vier cijfers, zoals GM0983)' });

const accentkleurSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Geen geldige kleur (verwacht: #RRGGBB)' });

// ---------------------------------------------------------------------------------------------
// Regio
// ---------------------------------------------------------------------------------------------

export const regioSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  omschrijving: z.string(),
  accentkleur: z.string().nullable(),
  preferenteZorgverzekeraarId: z.uuid().nullable(),
  tweedeZorgverzekeraarId: z.uuid().nullable(),
  mandaatgemeente: z.object({ gemeentecode: z.string(), naam: z.string() }).nullable(),
  aantalGemeenten: z.number().int(),
  inwoners: z.number().int(),
});
export type Regio = z.infer<typeof regioSchema>;

export const regioCreateSchema = z.strictObject({
  naam: tekstSchema(120),
  omschrijving: vrijeTekstSchema().optional(),
  accentkleur: accentkleurSchema.nullable().optional(),
});
export const regioUpdateSchema = z.strictObject({
  naam: tekstSchema(120).optional(),
  omschrijving: vrijeTekstSchema().optional(),
  accentkleur: accentkleurSchema.nullable().optional(),
  preferenteZorgverzekeraarId: uuidSchema.nullable().optional(),
  tweedeZorgverzekeraarId: uuidSchema.nullable().optional(),
});
export type RegioUpdate = z.infer<typeof regioUpdateSchema>;

// ---------------------------------------------------------------------------------------------
// Gemeente (register) and its place in a region
// ---------------------------------------------------------------------------------------------

export const registerGemeenteSchema = z.object({
  gemeentecode: z.string(),
  naam: z.string(),
  inwoners: z.number().int(),
});

export const gemeenteSchema = z.object({
  /** The municipality's id, for inputs that name a municipality by id (indicator targets and measurements). */
  id: z.uuid(),
  gemeentecode: z.string(),
  naam: z.string(),
  inwoners: z.number().int(),
  rol: gemeenteRolSchema,
  portefeuillehouder: z.string(),
  toelichting: z.string(),
});
export type Gemeente = z.infer<typeof gemeenteSchema>;

export const gemeenteToevoegenSchema = z.strictObject({
  gemeentecode: gemeentecodeSchema,
  rol: gemeenteRolSchema,
  portefeuillehouder: vrijeTekstSchema(200).optional(),
  toelichting: vrijeTekstSchema().optional(),
});
export const gemeenteUpdateSchema = z.strictObject({
  rol: gemeenteRolSchema.optional(),
  portefeuillehouder: vrijeTekstSchema(200).optional(),
  toelichting: vrijeTekstSchema().optional(),
});
export type GemeenteUpdate = z.infer<typeof gemeenteUpdateSchema>;

export const gemeenteImportResultaatSchema = z.object({
  aantalRegels: z.number().int(),
  toegevoegd: z.number().int(),
  bijgewerkt: z.number().int(),
  ongewijzigd: z.number().int(),
});

// ---------------------------------------------------------------------------------------------
// Organisatie
// ---------------------------------------------------------------------------------------------

export const organisatieSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  soort: organisatieSoortSchema,
  website: z.string().nullable(),
  omschrijving: z.string(),
});
export type Organisatie = z.infer<typeof organisatieSchema>;

const websiteSchema = z.url({ protocol: /^https?$/, error: 'Geen geldig webadres (https://…)' });

export const organisatieCreateSchema = z.strictObject({
  naam: tekstSchema(200),
  soort: organisatieSoortSchema,
  website: websiteSchema.nullable().optional(),
  omschrijving: vrijeTekstSchema().optional(),
});
export const organisatieUpdateSchema = organisatieCreateSchema.partial();

// ---------------------------------------------------------------------------------------------
// Overlegorgaan, its members and decision rules
// ---------------------------------------------------------------------------------------------

export const besluitregelsSchema = z.object({
  consensusEerst: z.boolean(),
  quorumBasispunten: z.number().int(),
  meerderheidBasispunten: z.number().int(),
  bronBesluitregels: z.string(),
  /** The body's mandate to reallocate budget between lines, in basis points; null: none. */
  herverdelingsmandaatBasispunten: z.number().int().nullable(),
});

export const overlegorgaanLidSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  functie: z.string(),
  rol: lidRolSchema,
  stemgerechtigd: z.boolean(),
  gemeente: z.object({ gemeentecode: z.string(), naam: z.string() }).nullable(),
  organisatie: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
});
export type OverlegorgaanLid = z.infer<typeof overlegorgaanLidSchema>;

export const overlegorgaanSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  soort: overlegorgaanSoortSchema,
  omschrijving: z.string(),
  besluitregels: besluitregelsSchema,
  aantalLeden: z.number().int(),
});
export type Overlegorgaan = z.infer<typeof overlegorgaanSchema>;

export const overlegorgaanDetailSchema = overlegorgaanSchema.extend({
  leden: z.array(overlegorgaanLidSchema),
});
export type OverlegorgaanDetail = z.infer<typeof overlegorgaanDetailSchema>;

const meerderheidSchema = z
  .number({ error: 'Geen getal' })
  .int({ error: 'Moet een geheel aantal basispunten zijn' })
  .min(0, { error: 'Mag niet negatief zijn' })
  .max(9999, { error: 'Hoogstens 9999 basispunten: een meerderheid van 100% is onhaalbaar' });

export const overlegorgaanCreateSchema = z.strictObject({
  naam: tekstSchema(200),
  soort: overlegorgaanSoortSchema,
  omschrijving: vrijeTekstSchema().optional(),
  besluitregels: z
    .strictObject({
      consensusEerst: z.boolean({ error: 'Kies ja of nee' }),
      quorumBasispunten: basispuntenSchema,
      meerderheidBasispunten: meerderheidSchema,
      bronBesluitregels: vrijeTekstSchema(400),
      herverdelingsmandaatBasispunten: basispuntenSchema.nullable(),
    })
    .partial()
    .optional(),
});
export const overlegorgaanUpdateSchema = overlegorgaanCreateSchema.partial();

export const overlegorgaanLidCreateSchema = z.strictObject({
  naam: vrijeTekstSchema(200).optional(),
  functie: vrijeTekstSchema(200).optional(),
  rol: lidRolSchema.optional(),
  stemgerechtigd: z.boolean({ error: 'Kies ja of nee' }).optional(),
  gemeentecode: gemeentecodeSchema.nullable().optional(),
  organisatieId: uuidSchema.nullable().optional(),
});
export const overlegorgaanLidUpdateSchema = overlegorgaanLidCreateSchema;

// ---------------------------------------------------------------------------------------------
// Akkoord (national)
// ---------------------------------------------------------------------------------------------

export const deelnameStatussen = [
  'toegetreden',
  'ondertekend',
  'ondertekend-onder-voorbehoud',
  'opgeschort',
  'hervat',
  'uitgetreden',
] as const;
export const deelnameStatusSchema = z.enum(deelnameStatussen, {
  error: `Kies een van: ${deelnameStatussen.join(', ')}`,
});

export const taakSchema = z.object({ nummer: z.number().int(), titel: z.string(), omschrijving: z.string() });
export const deelnameSchema = z.object({
  partij: z.string(),
  status: deelnameStatusSchema,
  datum: z.string(),
  toelichting: z.string(),
});

export const akkoordSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  naam: z.string(),
  omschrijving: z.string(),
  ondertekendOp: z.string().nullable(),
  looptijdTot: z.string().nullable(),
  taken: z.array(taakSchema),
  deelnames: z.array(deelnameSchema),
});
export type Akkoord = z.infer<typeof akkoordSchema>;

export const akkoordCreateSchema = z.strictObject({
  code: z.string().trim().regex(/^[A-Z0-9-]{2,20}$/, { error: 'Code in hoofdletters en cijfers, 2 tot 20 tekens (zoals IZA)' }),
  naam: tekstSchema(200),
  omschrijving: vrijeTekstSchema().optional(),
  ondertekendOp: datumSchema.nullable().optional(),
  looptijdTot: datumSchema.nullable().optional(),
  taken: z
    .array(
      z.strictObject({
        nummer: z.number().int().min(1),
        titel: tekstSchema(300),
        omschrijving: vrijeTekstSchema().optional(),
      }),
    )
    .optional(),
  deelnames: z
    .array(
      z.strictObject({
        partij: tekstSchema(200),
        status: deelnameStatusSchema,
        datum: datumSchema,
        toelichting: vrijeTekstSchema().optional(),
      }),
    )
    .optional(),
});
export const akkoordUpdateSchema = akkoordCreateSchema.partial();

// ---------------------------------------------------------------------------------------------
// Sessie
// ---------------------------------------------------------------------------------------------

export const rollen = [
  'regiocoordinator',
  'beleidsadviseur',
  'financieel-adviseur',
  'bestuurder',
  'partner',
  'lezer',
] as const;
export const rolSchema = z.enum(rollen, { error: `Kies een van: ${rollen.join(', ')}` });
export type Rol = z.infer<typeof rolSchema>;

export const aanmeldenSchema = z.strictObject({
  email: z.string({ error: 'Vul uw e-mailadres in' }).trim().min(1, { error: 'Vul uw e-mailadres in' }).max(320),
  wachtwoord: z.string({ error: 'Vul uw wachtwoord in' }).min(1, { error: 'Vul uw wachtwoord in' }).max(1000),
});

export const huidigeSessieSchema = z.object({
  gebruiker: z.object({ id: z.uuid(), email: z.string(), naam: z.string(), isBeheerder: z.boolean() }),
  lidmaatschappen: z.array(
    z.object({
      regioId: z.uuid(),
      regioNaam: z.string(),
      rol: rolSchema,
      gemeentecode: z.string().nullable(),
      organisatieId: z.uuid().nullable(),
    }),
  ),
  csrfToken: z.string().nullable(),
});
export type HuidigeSessie = z.infer<typeof huidigeSessieSchema>;
