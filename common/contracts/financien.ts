import { z } from 'zod';
import { basispuntenSchema, datumSchema, pagineringQuerySchema, tekstSchema, uuidSchema, vrijeTekstSchema } from './algemeen';
import { gemeentecodeSchema } from './regios';

// Money on the wire is integer euro cents in fields ending in "Centen" (ARCHITECTURE.md §4.7).

export const centenSchema = z
  .number({ error: 'Geen bedrag in centen' })
  .int({ error: 'Een bedrag is een geheel aantal centen (geen fracties van een cent)' })
  .min(0, { error: 'Een bedrag mag niet negatief zijn' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'Te groot bedrag' });

export const jaarSchema = z.coerce
  .number({ error: 'Geen jaartal' })
  .int({ error: 'Geen jaartal' })
  .min(2000, { error: 'Jaartal vóór 2000' })
  .max(2100, { error: 'Jaartal na 2100' });

// --- uitkeringen -----------------------------------------------------------------------------

export const uitkeringSoorten = ['spuk-iza', 'brede-spuk', 'spuk-dos', 'transformatiemiddelen', 'eigen-middelen'] as const;
export const uitkeringSoortSchema = z.enum(uitkeringSoorten, { error: `Kies een van: ${uitkeringSoorten.join(', ')}` });

export const uitkeringSchema = z.object({
  id: z.uuid(),
  soort: uitkeringSoortSchema,
  naam: z.string(),
  ontvanger: z.object({ gemeentecode: z.string(), naam: z.string() }).nullable(),
  regeling: z.string(),
  eersteJaar: z.number().int(),
  laatsteJaar: z.number().int(),
  voorwaarden: z.string(),
  bedragen: z.array(z.object({ jaar: z.number().int(), bedragCenten: z.number().int() })),
});
export type Uitkering = z.infer<typeof uitkeringSchema>;

const bedragenSchema = z.array(z.strictObject({ jaar: jaarSchema, bedragCenten: centenSchema }));

export const uitkeringCreateSchema = z.strictObject({
  soort: uitkeringSoortSchema,
  naam: tekstSchema(200),
  ontvangerGemeentecode: gemeentecodeSchema.nullable().optional(),
  regeling: vrijeTekstSchema(400).optional(),
  eersteJaar: jaarSchema,
  laatsteJaar: jaarSchema,
  voorwaarden: vrijeTekstSchema().optional(),
  bedragen: bedragenSchema.optional(),
});
export const uitkeringUpdateSchema = uitkeringCreateSchema.partial();

export const uitkeringImportResultaatSchema = z.object({
  soort: uitkeringSoortSchema,
  aantalRegels: z.number().int(),
  toegevoegd: z.number().int(),
  bijgewerkt: z.number().int(),
  ongewijzigd: z.number().int(),
});

// --- verdeelsleutels ---------------------------------------------------------------------------

export const lokaleVerdelingen = ['inwoners', 'gelijk', 'vast', 'geen'] as const;
export const lokaleVerdelingSchema = z.enum(lokaleVerdelingen, { error: `Kies een van: ${lokaleVerdelingen.join(', ')}` });

export const verdeelsleutelSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  lokaleVerdeling: lokaleVerdelingSchema,
  toelichting: z.string(),
  doelen: z.array(z.object({ doel: z.string(), aandeelBasispunten: z.number().int(), lokaal: z.boolean() })),
  gemeenten: z.array(z.object({ gemeentecode: z.string(), aandeelBasispunten: z.number().int() })),
});
export type Verdeelsleutel = z.infer<typeof verdeelsleutelSchema>;

export const verdeelsleutelCreateSchema = z.strictObject({
  naam: tekstSchema(200),
  lokaleVerdeling: lokaleVerdelingSchema,
  toelichting: vrijeTekstSchema().optional(),
  doelen: z.array(z.strictObject({ doel: tekstSchema(200), aandeelBasispunten: basispuntenSchema, lokaal: z.boolean().optional() })).min(1, { error: 'Geef minstens één doel' }),
  gemeenten: z.array(z.strictObject({ gemeentecode: gemeentecodeSchema, aandeelBasispunten: basispuntenSchema })).optional(),
});
export const verdeelsleutelUpdateSchema = verdeelsleutelCreateSchema.partial();

export const toepassingSchema = z.object({
  verdeelsleutelId: z.uuid(),
  uitkeringId: z.uuid(),
  jaar: z.number().int(),
  totaalCenten: z.number().int(),
  doelen: z.array(
    z.object({
      doel: z.string(),
      aandeelBasispunten: z.number().int(),
      centen: z.number().int(),
      gemeenten: z.array(z.object({ gemeentecode: z.string(), naam: z.string(), centen: z.number().int() })).optional(),
    }),
  ),
});

// --- begrotingen -------------------------------------------------------------------------------

export const versieStatussen = ['concept', 'vastgesteld', 'vervallen'] as const;
export const begrotingStatussen = ['concept', 'vastgesteld', 'bijgesteld'] as const;

export const begrotingsregelSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  omschrijving: z.string(),
  taakNummer: z.number().int().nullable(),
  bedragCenten: z.number().int(),
  prognoseCenten: z.number().int().nullable(),
});

export const begrotingsversieSchema = z.object({
  versie: z.number().int(),
  status: z.enum(versieStatussen),
  toelichting: z.string(),
  vastgesteldOp: z.string().nullable(),
  vastgesteldDoor: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  besluitReferentie: z.string(),
  /** The decision in the decision register that adopted this version, when it was taken there. */
  besluitId: z.uuid().nullable(),
  totaalCenten: z.number().int(),
  regels: z.array(begrotingsregelSchema),
});

export const begrotingSchema = z.object({
  id: z.uuid(),
  jaar: z.number().int(),
  naam: z.string(),
  status: z.enum(begrotingStatussen),
  /** The version in force: the latest adopted one, or else the latest concept. */
  versie: z.number().int(),
  totaalCenten: z.number().int(),
  plafondCenten: z.number().int(),
  uitkeringen: z.array(z.object({ id: z.uuid(), naam: z.string(), bedragCenten: z.number().int() })),
  regels: z.array(begrotingsregelSchema),
});
export type Begroting = z.infer<typeof begrotingSchema>;

export const begrotingDetailSchema = begrotingSchema.extend({ versies: z.array(begrotingsversieSchema) });

const regelInvoerSchema = z.strictObject({
  code: z.string().trim().min(1, { error: 'Geef een code' }).max(20, { error: 'Hoogstens 20 tekens' }),
  omschrijving: tekstSchema(300),
  taakNummer: z.number().int().min(1).max(99).nullable().optional(),
  bedragCenten: centenSchema,
});

export const begrotingCreateSchema = z.strictObject({
  jaar: jaarSchema,
  naam: tekstSchema(200),
  uitkeringIds: z.array(uuidSchema).min(1, { error: 'Kies minstens één uitkering die de begroting financiert' }),
  regels: z.array(regelInvoerSchema).min(1, { error: 'Geef minstens één begrotingsregel' }),
  toelichting: vrijeTekstSchema().optional(),
});

export const versieCreateSchema = z.strictObject({
  toelichting: vrijeTekstSchema().optional(),
  regels: z.array(regelInvoerSchema).min(1, { error: 'Geef minstens één begrotingsregel' }),
});

export const vaststellingSchema = z.strictObject({
  vastgesteldOp: datumSchema,
  overlegorgaanId: uuidSchema,
  besluitReferentie: tekstSchema(300),
});

export const prognoseSchema = z.strictObject({
  regels: z.array(z.strictObject({ code: z.string().min(1), prognoseCenten: centenSchema })).min(1),
});

// --- herverdelingen ----------------------------------------------------------------------------

export const herverdelingCreateSchema = z.strictObject({
  begrotingId: uuidSchema,
  vanRegelCode: z.string().min(1, { error: 'Kies de regel die afstaat' }),
  naarRegelCode: z.string().min(1, { error: 'Kies de regel die ontvangt' }),
  bedragCenten: centenSchema.min(1, { error: 'Een herverdeling is minstens één cent' }),
  overlegorgaanId: uuidSchema,
  besluitdatum: datumSchema,
  besluitReferentie: vrijeTekstSchema(300).optional(),
  toelichting: vrijeTekstSchema().optional(),
});

export const herverdelingSchema = z.object({
  id: z.uuid(),
  begrotingId: z.uuid(),
  versie: z.number().int(),
  van: z.object({ code: z.string(), omschrijving: z.string() }),
  naar: z.object({ code: z.string(), omschrijving: z.string() }),
  bedragCenten: z.number().int(),
  overlegorgaan: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  besluitdatum: z.string(),
  besluitReferentie: z.string(),
  /** The decision in the decision register that made this reallocation, when it was taken there. */
  besluitId: z.uuid().nullable(),
  toelichting: z.string(),
  /** When a PHO decision went beyond the mandate, the version it adopted. */
  nieuweVersie: z.number().int().nullable(),
});

// --- boekingen ---------------------------------------------------------------------------------

export const boekingSoorten = ['verplichting', 'uitgave'] as const;
export const boekingSoortSchema = z.enum(boekingSoorten, { error: 'Kies verplichting of uitgave' });

export const boekingSchema = z.object({
  id: z.number().int(),
  soort: boekingSoortSchema,
  datum: z.string(),
  bedragCenten: z.number().int(),
  begrotingsregel: z.object({ id: z.uuid(), code: z.string(), omschrijving: z.string() }),
  uitkering: z.object({ id: z.uuid(), naam: z.string() }),
  gemeente: z.object({ gemeentecode: z.string(), naam: z.string() }).nullable(),
  organisatie: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  activiteit: z.string(),
  documentreferentie: z.string(),
  omschrijving: z.string(),
  importId: z.uuid().nullable(),
});
export type Boeking = z.infer<typeof boekingSchema>;

export const boekingenQuerySchema = pagineringQuerySchema.extend({
  jaar: jaarSchema.optional(),
  soort: boekingSoortSchema.optional(),
  begrotingsregelId: uuidSchema.optional(),
  uitkeringId: uuidSchema.optional(),
  gemeentecode: gemeentecodeSchema.optional(),
  zoek: z.string().trim().max(100).optional(),
});

/** The column mapping of a ledger import, as query parameters next to the uploaded file. */
export const boekingImportQuerySchema = z.strictObject({
  bestandsnaam: tekstSchema(255),
  jaar: jaarSchema,
  begrotingId: uuidSchema.optional(),
  kolomDatum: tekstSchema(100),
  kolomBedrag: tekstSchema(100),
  kolomBegrotingsregel: tekstSchema(100),
  kolomUitkering: tekstSchema(100).optional(),
  uitkeringId: uuidSchema.optional(),
  kolomSoort: tekstSchema(100).optional(),
  soort: boekingSoortSchema.optional(),
  kolomGemeente: tekstSchema(100).optional(),
  kolomOrganisatie: tekstSchema(100).optional(),
  kolomActiviteit: tekstSchema(100).optional(),
  kolomDocumentreferentie: tekstSchema(100).optional(),
  kolomDocumentbedrag: tekstSchema(100).optional(),
  kolomOmschrijving: tekstSchema(100).optional(),
  /** Check only: report problems and the first rows, write nothing. */
  proef: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export const boekingImportSchema = z.object({
  id: z.uuid().nullable(),
  bestandsnaam: z.string(),
  aantalRegels: z.number().int(),
  totaalCenten: z.number().int(),
  proef: z.boolean(),
  voorbeeld: z.array(z.object({ regel: z.number().int(), datum: z.string(), bedragCenten: z.number().int(), soort: boekingSoortSchema, documentreferentie: z.string() })),
});

// --- financieel overzicht ----------------------------------------------------------------------

export const overzichtRegelSchema = z.object({
  begrotingsregelId: z.uuid(),
  code: z.string(),
  omschrijving: z.string(),
  begrootCenten: z.number().int(),
  verplichtCenten: z.number().int(),
  uitgegevenCenten: z.number().int(),
  prognoseCenten: z.number().int().nullable(),
  resterendCenten: z.number().int(),
  signaal: z.enum(['overschrijding', 'onderbesteding', 'geen']),
});

/** The underspending signal's default threshold: a forecast more than 10 % under the budget line. */
export const standaardOnderbestedingBasispunten = 1000;

export const financieelOverzichtSchema = z.object({
  jaar: z.number().int(),
  begroting: z.object({ id: z.uuid(), naam: z.string(), versie: z.number().int(), status: z.enum(begrotingStatussen) }).nullable(),
  regels: z.array(overzichtRegelSchema),
  totaal: overzichtRegelSchema.omit({ begrotingsregelId: true, code: true, omschrijving: true, signaal: true }),
});

// --- doorbetalingen, activiteiten, dubbele financiering ----------------------------------------

export const doorbetalingCreateSchema = z.strictObject({
  uitkeringId: uuidSchema,
  ontvangerGemeentecode: gemeentecodeSchema,
  datum: datumSchema,
  bedragCenten: centenSchema.min(1, { error: 'Een doorbetaling is minstens één cent' }),
  kenmerk: vrijeTekstSchema(200).optional(),
  toelichting: vrijeTekstSchema().optional(),
});

export const doorbetalingSchema = z.object({
  id: z.uuid(),
  uitkering: z.object({ id: z.uuid(), naam: z.string() }),
  ontvanger: z.object({ gemeentecode: z.string(), naam: z.string() }),
  datum: z.string(),
  bedragCenten: z.number().int(),
  kenmerk: z.string(),
  toelichting: z.string(),
});

/** Per receiving municipality and grant: what was passed on, and what it spent against it. */
export const doorbetalingStandSchema = z.object({
  ontvanger: z.object({ gemeentecode: z.string(), naam: z.string() }),
  uitkering: z.object({ id: z.uuid(), naam: z.string() }),
  doorbetaaldCenten: z.number().int(),
  uitgegevenCenten: z.number().int(),
  saldoCenten: z.number().int(),
});

export const activiteitSchema = z.object({ id: z.uuid(), naam: z.string(), kostenCenten: z.number().int() });
export const activiteitCreateSchema = z.strictObject({ naam: tekstSchema(200), kostenCenten: centenSchema });

export const dubbeleFinancieringSchema = z.object({
  soort: z.enum(['document', 'activiteit']),
  sleutel: z.string(),
  grensCenten: z.number().int().nullable(),
  aangerekendCenten: z.number().int(),
  teveelCenten: z.number().int().nullable(),
  zekerheid: z.enum(['dubbel', 'te-controleren']),
  spoor: z.array(z.object({ uitkeringId: z.uuid(), uitkeringNaam: z.string(), bedragCenten: z.number().int(), boekingIds: z.array(z.number().int()) })),
});

// --- SiSa ------------------------------------------------------------------------------------------

export const sisaGrootheden = ['besteding-jaar', 'overige-besteding', 'cumulatief', 'toelichting-afwijking', 'eindverantwoording'] as const;

export const sisaIndicatorSchema = z.object({
  code: z.string(),
  label: z.string(),
  controle: z.string(),
  grootheid: z.enum(sisaGrootheden),
});

export const sisaIndicatorSetSchema = z.strictObject({
  indicatoren: z
    .array(
      z.strictObject({
        code: tekstSchema(40),
        label: tekstSchema(400),
        controle: tekstSchema(20),
        grootheid: z.enum(sisaGrootheden, { error: `Kies een van: ${sisaGrootheden.join(', ')}` }),
      }),
    )
    .min(1, { error: 'Geef minstens één indicator' }),
});

export const sisaRegelSchema = z.object({
  gemeente: z.object({ gemeentecode: z.string(), naam: z.string() }),
  uitkering: z.object({ id: z.uuid(), naam: z.string(), soort: z.string() }),
  jaar: z.number().int(),
  bestedingJaarCenten: z.number().int(),
  overigeBestedingCenten: z.number().int(),
  cumulatiefCenten: z.number().int(),
  toelichtingAfwijking: z.string(),
  eindverantwoording: z.boolean(),
});

export const sisaOpgaveSchema = z.strictObject({
  overigeBestedingCenten: centenSchema.optional(),
  toelichtingAfwijking: vrijeTekstSchema().optional(),
  eindverantwoording: z.boolean({ error: 'Kies ja of nee' }).optional(),
});

// --- meerjarenraming --------------------------------------------------------------------------------

export const verplichtingCreateSchema = z.strictObject({
  omschrijving: tekstSchema(300),
  bedragPerJaarCenten: centenSchema,
  vanafJaar: jaarSchema,
  totJaar: jaarSchema.nullable().optional(),
});
export const verplichtingSchema = z.object({ id: z.uuid(), omschrijving: z.string(), bedragPerJaarCenten: z.number().int(), vanafJaar: z.number().int(), totJaar: z.number().int().nullable() });

export const aannameSoorten = ['voortzetting', 'korting', 'nieuw-bedrag', 'beeindiging'] as const;
export const aannameSchema = z.strictObject({
  uitkeringId: uuidSchema,
  soort: z.enum(aannameSoorten, { error: `Kies een van: ${aannameSoorten.join(', ')}` }),
  vanafJaar: jaarSchema,
  basispunten: basispuntenSchema.nullable().optional(),
  bedragCenten: centenSchema.nullable().optional(),
});
export const scenarioCreateSchema = z.strictObject({
  naam: tekstSchema(200),
  toelichting: vrijeTekstSchema().optional(),
  aannames: z.array(aannameSchema),
});
export const scenarioSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  toelichting: z.string(),
  aannames: z.array(z.object({ uitkeringId: z.uuid(), soort: z.enum(aannameSoorten), vanafJaar: z.number().int(), basispunten: z.number().int().nullable(), bedragCenten: z.number().int().nullable() })),
});

export const meerjarenramingSchema = z.object({
  van: z.number().int(),
  tot: z.number().int(),
  scenario: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  jaren: z.array(
    z.object({
      jaar: z.number().int(),
      uitkeringen: z.array(z.object({ uitkeringId: z.uuid(), naam: z.string(), bedragCenten: z.number().int(), bron: z.enum(['bekend', 'voortzetting', 'nieuw-bedrag', 'beeindigd', 'geen']), kortingBasispunten: z.number().int() })),
      inkomstenCenten: z.number().int(),
      verplichtingenCenten: z.number().int(),
      saldoCenten: z.number().int(),
    }),
  ),
});

// --- importprofielen ---------------------------------------------------------------------------

/** The mapping part of boekingImportQuerySchema, saved under a name. */
export const importToewijzingSchema = boekingImportQuerySchema.omit({ bestandsnaam: true, jaar: true, begrotingId: true, proef: true });
export const importprofielInvoerSchema = z.strictObject({ naam: tekstSchema(100), toewijzing: importToewijzingSchema });
export const importprofielSchema = z.object({ id: z.uuid(), naam: z.string(), toewijzing: importToewijzingSchema, bijgewerktOp: z.string() });

/** What a body with a mandate may still reallocate per line this year (DOMAIN.md §5). */
export const mandaatruimteSchema = z.object({
  code: z.string(),
  omschrijving: z.string(),
  vastgesteldCenten: z.number().int(),
  huidigCenten: z.number().int(),
  maximumCenten: z.number().int(),
  benutCenten: z.number().int(),
  nogCenten: z.number().int(),
});
export type Mandaatruimte = z.infer<typeof mandaatruimteSchema>;
