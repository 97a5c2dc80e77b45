import { z } from 'zod';
import { datumSchema, tekstSchema, uuidSchema, vrijeTekstSchema } from './algemeen';
import { centenSchema, jaarSchema } from './financien';
import { gemeentecodeSchema } from './regios';

// The decision register (DOMAIN.md §6): meetings (vergaderingen) of a body with agenda items; an
// item may carry a proposal (voorstel); college positions (standpunten), presence, votes (stemmen)
// and the decision (besluit) that applies what the proposal changes.

export const vergaderingStatussen = ['gepland', 'gehouden'] as const;
export const vergaderingStatusSchema = z.enum(vergaderingStatussen, { error: 'Kies gepland of gehouden' });

export const agendapuntStatussen = ['open', 'in-stemming', 'besloten'] as const;

export const voorstelSoorten = [
  'uitvoeringsplan-vaststellen',
  'begroting-vaststellen',
  'herverdelen',
  'aanvullend-plan',
  'standpunt-transformatieplan',
  'overig',
] as const;
export type VoorstelSoort = (typeof voorstelSoorten)[number];

export const standpuntKeuzes = ['akkoord', 'niet-akkoord', 'onthouding'] as const;
export const stemKeuzes = ['voor', 'tegen', 'onthouding'] as const;
export const transformatieplanStandpunten = ['steunt', 'steunt-niet', 'neutraal'] as const;
export const besluitUitkomsten = ['aangenomen', 'verworpen'] as const;
export const besluitWijzen = ['consensus', 'meerderheid', 'zonder-stemming'] as const;

const standpuntKeuzeSchema = z.enum(standpuntKeuzes, { error: 'Kies akkoord, niet-akkoord of onthouding' });
const stemKeuzeSchema = z.enum(stemKeuzes, { error: 'Kies voor, tegen of onthouding' });
const transformatieplanStandpuntSchema = z.enum(transformatieplanStandpunten, { error: 'Kies steunt, steunt-niet of neutraal' });

// --- voorstel (input) ---------------------------------------------------------------------------

const beslispunt = vrijeTekstSchema(2000).optional();

/** A proposal as sent by the secretary: its kind decides which target fields it needs. */
export const voorstelInvoerSchema = z.discriminatedUnion(
  'soort',
  [
    z.strictObject({ soort: z.literal('uitvoeringsplan-vaststellen'), beslispunt, uitvoeringsplanId: uuidSchema }),
    z.strictObject({
      soort: z.literal('begroting-vaststellen'),
      beslispunt,
      begrotingId: uuidSchema,
      versie: z.number({ error: 'Geef het versienummer' }).int({ error: 'Geef het versienummer' }).min(1, { error: 'Versies beginnen bij 1' }),
    }),
    z.strictObject({
      soort: z.literal('herverdelen'),
      beslispunt,
      begrotingId: uuidSchema,
      vanRegelCode: z.string().trim().min(1, { error: 'Kies de regel die afstaat' }),
      naarRegelCode: z.string().trim().min(1, { error: 'Kies de regel die ontvangt' }),
      bedragCenten: centenSchema.min(1, { error: 'Een herverdeling is minstens één cent' }),
    }),
    z.strictObject({
      soort: z.literal('aanvullend-plan'),
      beslispunt,
      aanvullendPlanId: uuidSchema,
      goedkeuren: z.boolean({ error: 'Kies goedkeuren (ja) of afwijzen (nee)' }),
      /** Only when approving; by default the requested amount. */
      toegekendCenten: centenSchema.min(1, { error: 'Een toekenning is minstens één cent' }).optional(),
    }),
    z.strictObject({
      soort: z.literal('standpunt-transformatieplan'),
      beslispunt,
      transformatieplanId: uuidSchema,
      standpunt: transformatieplanStandpuntSchema,
      toelichting: tekstSchema(4000),
    }),
    z.strictObject({ soort: z.literal('overig'), beslispunt: tekstSchema(2000) }),
  ],
  { error: `Kies een soort voorstel: ${voorstelSoorten.join(', ')}` },
);
export type VoorstelInvoer = z.infer<typeof voorstelInvoerSchema>;

// --- vergaderingen ------------------------------------------------------------------------------

export const vergaderingCreateSchema = z.strictObject({
  overlegorgaanId: uuidSchema,
  datum: datumSchema,
  titel: tekstSchema(300),
  locatie: vrijeTekstSchema(300).optional(),
  status: vergaderingStatusSchema.optional(),
});
export const vergaderingUpdateSchema = vergaderingCreateSchema.omit({ overlegorgaanId: true }).partial();

export const vergaderingQuerySchema = z.strictObject({
  overlegorgaanId: uuidSchema.optional(),
  jaar: jaarSchema.optional(),
});

export const agendapuntCreateSchema = z.strictObject({
  titel: tekstSchema(300),
  toelichting: vrijeTekstSchema().optional(),
  /** Position on the agenda; by default after the last item. */
  volgorde: z.number({ error: 'Geen getal' }).int({ error: 'Een geheel getal' }).min(1, { error: 'Minstens 1' }).max(999, { error: 'Hoogstens 999' }).optional(),
  voorstel: voorstelInvoerSchema.nullable().optional(),
});
export const agendapuntUpdateSchema = agendapuntCreateSchema.partial();

export const aanwezigheidSchema = z.strictObject({
  /** The seats present; every other seat of the body is recorded as absent. */
  aanwezigeLidIds: z.array(uuidSchema),
});

export const standpuntInvoerSchema = z.strictObject({
  standpunt: standpuntKeuzeSchema,
  collegebesluitOp: datumSchema,
  referentie: tekstSchema(300),
  toelichting: vrijeTekstSchema().optional(),
});

export const stemmenInvoerSchema = z.strictObject({
  stemmen: z
    .array(z.strictObject({ gemeentecode: gemeentecodeSchema, keuze: stemKeuzeSchema }))
    .min(1, { error: 'Geef minstens één stem' }),
});

export const besluitInvoerSchema = z.strictObject({
  /** Only for a body without voting seats (the Kerngroep): the secretary records the outcome. */
  uitkomst: z.enum(besluitUitkomsten, { error: 'Kies aangenomen of verworpen' }).optional(),
  toelichting: vrijeTekstSchema().optional(),
});

// --- output -------------------------------------------------------------------------------------

const verwijzing = z.object({ id: z.uuid(), naam: z.string() });
const gemeenteKort = z.object({ gemeentecode: z.string(), naam: z.string() });

export const besluitregelsVastSchema = z.object({
  consensusEerst: z.boolean(),
  quorumBasispunten: z.number().int(),
  meerderheidBasispunten: z.number().int(),
});

export const voorstelSchema = z.object({
  soort: z.enum(voorstelSoorten),
  beslispunt: z.string(),
  /** What the proposal is about, in words ("Versie 2 van Uitvoeringsplan 2024 vaststellen"). */
  omschrijving: z.string(),
  begroting: z.object({ id: z.uuid(), naam: z.string(), jaar: z.number().int() }).nullable(),
  versie: z.number().int().nullable(),
  van: z.object({ code: z.string(), omschrijving: z.string() }).nullable(),
  naar: z.object({ code: z.string(), omschrijving: z.string() }).nullable(),
  bedragCenten: z.number().int().nullable(),
  uitvoeringsplanId: z.uuid().nullable(),
  aanvullendPlanId: z.uuid().nullable(),
  goedkeuren: z.boolean().nullable(),
  toegekendCenten: z.number().int().nullable(),
  transformatieplanId: z.uuid().nullable(),
  standpunt: z.enum(transformatieplanStandpunten).nullable(),
  standpuntToelichting: z.string(),
  /** The plan's title or the budget's name, when the target exists. */
  doelNaam: z.string().nullable(),
});

export const standpuntSchema = z.object({
  gemeente: gemeenteKort,
  standpunt: standpuntKeuzeSchema,
  collegebesluitOp: z.string(),
  referentie: z.string(),
  toelichting: z.string(),
});

/** The college positions side by side: who agrees, and who risks being outvoted. */
export const standpuntenOverzichtSchema = z.object({
  items: z.array(standpuntSchema),
  akkoord: z.array(gemeenteKort),
  nietAkkoord: z.array(gemeenteKort),
  onthouding: z.array(gemeenteKort),
  onbekend: z.array(gemeenteKort),
  /** The risk in words ("Venlo kan worden overstemd: …"), or null when no college disagrees. */
  risico: z.string().nullable(),
});

export const zetelStemSchema = z.object({
  gemeente: gemeenteKort,
  aanwezig: z.boolean(),
  keuze: z.enum(stemKeuzes).nullable(),
});

export const uitslagSchema = z.object({
  soort: z.enum(['besloten', 'geen-quorum', 'onvolledig']),
  uitkomst: z.enum(besluitUitkomsten).nullable(),
  wijze: z.enum(['consensus', 'meerderheid']).nullable(),
  voor: z.array(gemeenteKort),
  tegen: z.array(gemeenteKort),
  onthouding: z.array(gemeenteKort),
  afwezig: z.array(gemeenteKort),
  nogNiet: z.array(gemeenteKort),
  overstemd: z.array(gemeenteKort),
  uitleg: z.string(),
});

export const stemmingSchema = z.object({
  regels: besluitregelsVastSchema,
  geopendOp: z.string(),
  zetels: z.array(zetelStemSchema),
  /** What the outcome is (or would be, while open) by the locked rules. */
  uitslag: uitslagSchema,
});

export const besluitKortSchema = z.object({
  id: z.uuid(),
  nummer: z.string(),
  datum: z.string(),
  uitkomst: z.enum(besluitUitkomsten),
  wijze: z.enum(besluitWijzen),
});

export const agendapuntSchema = z.object({
  id: z.uuid(),
  volgorde: z.number().int(),
  titel: z.string(),
  toelichting: z.string(),
  status: z.enum(agendapuntStatussen),
  voorstel: voorstelSchema.nullable(),
  standpunten: standpuntenOverzichtSchema,
  stemming: stemmingSchema.nullable(),
  besluit: besluitKortSchema.nullable(),
});
export type Agendapunt = z.infer<typeof agendapuntSchema>;

export const vergaderingSchema = z.object({
  id: z.uuid(),
  overlegorgaan: z.object({ id: z.uuid(), naam: z.string(), soort: z.string() }),
  datum: z.string(),
  titel: z.string(),
  locatie: z.string(),
  status: vergaderingStatusSchema,
  aantalAgendapunten: z.number().int(),
  aantalBesluiten: z.number().int(),
});
export type Vergadering = z.infer<typeof vergaderingSchema>;

export const zetelSchema = z.object({
  lidId: z.uuid(),
  naam: z.string(),
  functie: z.string(),
  gemeente: gemeenteKort.nullable(),
  stemgerechtigd: z.boolean(),
  /** Null while presence has not been recorded for this meeting. */
  aanwezig: z.boolean().nullable(),
});

export const vergaderingDetailSchema = vergaderingSchema.extend({
  besluitregels: besluitregelsVastSchema,
  /** A body without voting seats decides without a roll-call: the secretary records the outcome. */
  metStemming: z.boolean(),
  aanwezigheidVastgelegd: z.boolean(),
  zetels: z.array(zetelSchema),
  agendapunten: z.array(agendapuntSchema),
});
export type VergaderingDetail = z.infer<typeof vergaderingDetailSchema>;

export const gevolgSchema = z.object({
  /** What the decision changed, in words. */
  omschrijving: z.string(),
  soort: z.enum(['begrotingsversie', 'herverdeling', 'uitvoeringsplan', 'aanvullend-plan', 'transformatieplan', 'geen']),
  begroting: z.object({ id: z.uuid(), jaar: z.number().int(), naam: z.string() }).nullable(),
  /** The year and version of the budget or implementation plan it changed. */
  jaar: z.number().int().nullable(),
  versie: z.number().int().nullable(),
  doelId: z.uuid().nullable(),
});

export const besluitSchema = besluitKortSchema.extend({
  jaar: z.number().int(),
  overlegorgaan: verwijzing,
  vergadering: z.object({ id: z.uuid(), titel: z.string(), datum: z.string() }),
  agendapunt: z.object({ id: z.uuid(), titel: z.string() }),
  voorstel: voorstelSchema.nullable(),
  aantalVoor: z.number().int(),
  aantalTegen: z.number().int(),
  aantalOnthouding: z.number().int(),
  aantalAfwezig: z.number().int(),
  referentie: z.string(),
  toelichting: z.string(),
  gevolg: gevolgSchema,
});
export type Besluit = z.infer<typeof besluitSchema>;

export const besluitDetailSchema = besluitSchema.extend({
  regels: besluitregelsVastSchema.nullable(),
  zetels: z.array(zetelStemSchema),
  overstemd: z.array(gemeenteKort),
  standpunten: z.array(standpuntSchema),
});
export type BesluitDetail = z.infer<typeof besluitDetailSchema>;

export const besluitenQuerySchema = z.strictObject({
  overlegorgaanId: uuidSchema.optional(),
  jaar: jaarSchema.optional(),
});

/** What a proposal of each kind can point at in this region, for the agenda item form. */
export const voorstelkeuzesSchema = z.object({
  conceptversies: z.array(
    z.object({ begrotingId: z.uuid(), begrotingNaam: z.string(), jaar: z.number().int(), versie: z.number().int(), totaalCenten: z.number().int(), plafondCenten: z.number().int() }),
  ),
  begrotingen: z.array(
    z.object({
      id: z.uuid(),
      naam: z.string(),
      jaar: z.number().int(),
      regels: z.array(z.object({ code: z.string(), omschrijving: z.string(), bedragCenten: z.number().int() })),
    }),
  ),
  uitvoeringsplannen: z.array(z.object({ id: z.uuid(), naam: z.string(), jaar: z.number().int(), status: z.string() })),
  aanvullendePlannen: z.array(z.object({ id: z.uuid(), titel: z.string(), status: z.string(), gevraagdCenten: z.number().int() })),
  transformatieplannen: z.array(z.object({ id: z.uuid(), titel: z.string(), status: z.string() })),
});
export type Voorstelkeuzes = z.infer<typeof voorstelkeuzesSchema>;
