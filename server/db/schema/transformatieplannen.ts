import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { begrotingsregel } from './financien';
import { gebruiker } from './gebruikers';
import { gemeente, organisatie, overlegorgaan, regioKolom } from './regios';

// Transformation plans with consent and assessments, and supplementary initiatives (DOMAIN.md §8).
// A decision (besluit) that changes one of these is stored as a plain uuid: the decision register
// lives in its own schema file and the two must not depend on each other.

/**
 * What a plan is scored on, as data of the region (ARCHITECTURE.md §4.3 "rules are data"): the
 * insurers' criteria for transformation plans (kader 'transformatieplan') and the six questions of
 * the afwegingskader for supplementary initiatives (kader 'aanvullend-plan'), each with its scale.
 */
export const toetsvraag = pgTable(
  'toetsvraag',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    kader: text('kader').notNull(),
    volgorde: integer('volgorde').notNull(),
    vraag: text('vraag').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    schaalMin: integer('schaal_min').notNull(),
    schaalMax: integer('schaal_max').notNull(),
  },
  (t) => [
    uniqueIndex('toetsvraag_volgorde_uniek').on(t.regioId, t.kader, t.volgorde),
    check('toetsvraag_kader', sql`${t.kader} in ('transformatieplan', 'aanvullend-plan')`),
    check('toetsvraag_schaal', sql`${t.schaalMin} < ${t.schaalMax}`),
  ],
);

/** A providers' plan funded from transformation funds (DOMAIN.md §8), with its lifecycle status. */
export const transformatieplan = pgTable(
  'transformatieplan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    titel: text('titel').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    /** The lead provider (penvoerder); its partner edits the plan. */
    penvoerderId: uuid('penvoerder_id')
      .notNull()
      .references(() => organisatie.id),
    domeinen: text('domeinen').array().notNull(),
    doelgroep: text('doelgroep').notNull().default(''),
    /** Population reached (inhabitants), an aggregate: nothing personal is stored. */
    bereik: integer('bereik'),
    gemeentelijkeBijdrageCenten: bigint('gemeentelijke_bijdrage_centen', { mode: 'number' }).notNull().default(0),
    bijdrageVoorwaarde: text('bijdrage_voorwaarde').notNull().default(''),
    /** Uses the addendum of 30 Sept 2024: transformation funds cover extra structural social-domain costs. */
    addendum: boolean('addendum').notNull().default(false),
    addendumToelichting: text('addendum_toelichting').notNull().default(''),
    status: text('status').notNull(),
    /** The preferred insurer the plan was submitted to, as it was at submission. */
    ingediendBijId: uuid('ingediend_bij_id').references(() => organisatie.id, { onDelete: 'set null' }),
    /** The municipalities' position, set by a PHO decision. */
    standpunt: text('standpunt'),
    standpuntToelichting: text('standpunt_toelichting').notNull().default(''),
    standpuntBesluitId: uuid('standpunt_besluit_id'),
    standpuntDatum: date('standpunt_datum'),
    standpuntOverlegorgaanId: uuid('standpunt_overlegorgaan_id').references(() => overlegorgaan.id, { onDelete: 'set null' }),
    standpuntReferentie: text('standpunt_referentie').notNull().default(''),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('transformatieplan_regio_status').on(t.regioId, t.status),
    check(
      'transformatieplan_status',
      sql`${t.status} in ('idee', 'snelle-toets', 'ingediend', 'beoordeeld', 'goedgekeurd', 'afgewezen', 'in-uitvoering', 'afgerond')`,
    ),
    check('transformatieplan_domeinen', sql`cardinality(${t.domeinen}) >= 1 and ${t.domeinen} <@ array['medisch', 'sociaal', 'ggz', 'langdurige-zorg', 'preventie']::text[]`),
    check('transformatieplan_standpunt', sql`${t.standpunt} is null or ${t.standpunt} in ('steunt', 'steunt-niet', 'neutraal')`),
    check('transformatieplan_bereik', sql`${t.bereik} is null or ${t.bereik} >= 0`),
    check('transformatieplan_bijdrage', sql`${t.gemeentelijkeBijdrageCenten} >= 0`),
  ],
);

export const transformatieplanPartner = pgTable(
  'transformatieplan_partner',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    transformatieplanId: uuid('transformatieplan_id')
      .notNull()
      .references(() => transformatieplan.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id),
  },
  (t) => [uniqueIndex('transformatieplan_partner_uniek').on(t.transformatieplanId, t.organisatieId)],
);

/** The municipalities a plan affects: their consent counts when it touches the social domain. */
export const transformatieplanGemeente = pgTable(
  'transformatieplan_gemeente',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    transformatieplanId: uuid('transformatieplan_id')
      .notNull()
      .references(() => transformatieplan.id, { onDelete: 'cascade' }),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeente.id),
  },
  (t) => [uniqueIndex('transformatieplan_gemeente_uniek').on(t.transformatieplanId, t.gemeenteId)],
);

/** Requested and granted transformation funds per year. */
export const transformatieplanFinanciering = pgTable(
  'transformatieplan_financiering',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    transformatieplanId: uuid('transformatieplan_id')
      .notNull()
      .references(() => transformatieplan.id, { onDelete: 'cascade' }),
    jaar: integer('jaar').notNull(),
    aangevraagdCenten: bigint('aangevraagd_centen', { mode: 'number' }).notNull(),
    toegekendCenten: bigint('toegekend_centen', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('transformatieplan_financiering_jaar_uniek').on(t.transformatieplanId, t.jaar),
    check('transformatieplan_financiering_bedragen', sql`${t.aangevraagdCenten} >= 0 and (${t.toegekendCenten} is null or ${t.toegekendCenten} >= 0)`),
  ],
);

/** One dated step of the lifecycle: who moved the plan, for which organisation. Never changed. */
export const transformatieplanStap = pgTable(
  'transformatieplan_stap',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    regioId: regioKolom(),
    transformatieplanId: uuid('transformatieplan_id')
      .notNull()
      .references(() => transformatieplan.id, { onDelete: 'cascade' }),
    vanStatus: text('van_status'),
    naarStatus: text('naar_status').notNull(),
    datum: date('datum').notNull(),
    gebruikerId: uuid('gebruiker_id').references(() => gebruiker.id, { onDelete: 'set null' }),
    gebruikerNaam: text('gebruiker_naam').notNull(),
    organisatieId: uuid('organisatie_id').references(() => organisatie.id, { onDelete: 'set null' }),
    toelichting: text('toelichting').notNull().default(''),
  },
  (t) => [index('transformatieplan_stap_plan').on(t.regioId, t.transformatieplanId, t.id)],
);

/**
 * A municipality's consent to a plan, or its withdrawal (DOMAIN.md §8): a history per
 * municipality; the latest record is the current state.
 */
export const instemming = pgTable(
  'instemming',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    regioId: regioKolom(),
    transformatieplanId: uuid('transformatieplan_id')
      .notNull()
      .references(() => transformatieplan.id, { onDelete: 'cascade' }),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeente.id),
    soort: text('soort').notNull(),
    datum: date('datum').notNull(),
    referentie: text('referentie').notNull().default(''),
    toelichting: text('toelichting').notNull().default(''),
    gebruikerId: uuid('gebruiker_id').references(() => gebruiker.id, { onDelete: 'set null' }),
    gebruikerNaam: text('gebruiker_naam').notNull(),
  },
  (t) => [
    index('instemming_plan').on(t.regioId, t.transformatieplanId, t.gemeenteId, t.id),
    check('instemming_soort', sql`${t.soort} in ('verleend', 'ingetrokken')`),
  ],
);

/** The preferred insurer's quick scan; a later one replaces the earlier as the current outcome. */
export const snelleToets = pgTable(
  'snelle_toets',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    regioId: regioKolom(),
    transformatieplanId: uuid('transformatieplan_id')
      .notNull()
      .references(() => transformatieplan.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id').references(() => organisatie.id, { onDelete: 'set null' }),
    uitkomst: text('uitkomst').notNull(),
    datum: date('datum').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    gebruikerId: uuid('gebruiker_id').references(() => gebruiker.id, { onDelete: 'set null' }),
    gebruikerNaam: text('gebruiker_naam').notNull(),
  },
  (t) => [
    index('snelle_toets_plan').on(t.regioId, t.transformatieplanId, t.id),
    check('snelle_toets_uitkomst', sql`${t.uitkomst} in ('positief', 'negatief', 'aangehouden')`),
  ],
);

// --- aanvullende plannen -------------------------------------------------------------------------

/** A supplementary initiative (DOMAIN.md §8) drawing on the budget line "aanvullende plannen". */
export const aanvullendPlan = pgTable(
  'aanvullend_plan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    titel: text('titel').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    indienerGemeenteId: uuid('indiener_gemeente_id').references(() => gemeente.id),
    indienerOrganisatieId: uuid('indiener_organisatie_id').references(() => organisatie.id),
    gevraagdCenten: bigint('gevraagd_centen', { mode: 'number' }).notNull(),
    /** A short code; ledger entries whose activiteit equals it are this initiative's spending. */
    kenmerk: text('kenmerk').notNull(),
    begrotingsregelId: uuid('begrotingsregel_id')
      .notNull()
      .references(() => begrotingsregel.id),
    status: text('status').notNull(),
    ingediendOp: date('ingediend_op').notNull(),
    /** The reservation on the budget line, set when approved. */
    toegekendCenten: bigint('toegekend_centen', { mode: 'number' }),
    besluitId: uuid('besluit_id'),
    besluitDatum: date('besluit_datum'),
    besluitOverlegorgaanId: uuid('besluit_overlegorgaan_id').references(() => overlegorgaan.id, { onDelete: 'set null' }),
    besluitReferentie: text('besluit_referentie').notNull().default(''),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('aanvullend_plan_kenmerk_uniek').on(t.regioId, t.kenmerk),
    index('aanvullend_plan_regio_status').on(t.regioId, t.status),
    index('aanvullend_plan_regel').on(t.regioId, t.begrotingsregelId),
    check('aanvullend_plan_status', sql`${t.status} in ('ingediend', 'beoordeeld', 'goedgekeurd', 'afgewezen')`),
    check('aanvullend_plan_een_indiener', sql`(${t.indienerGemeenteId} is null) <> (${t.indienerOrganisatieId} is null)`),
    check('aanvullend_plan_gevraagd', sql`${t.gevraagdCenten} > 0`),
    check('aanvullend_plan_reservering', sql`(${t.status} = 'goedgekeurd') = (${t.toegekendCenten} is not null) and coalesce(${t.toegekendCenten}, 1) > 0`),
  ],
);

export const aanvullendPlanPartner = pgTable(
  'aanvullend_plan_partner',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    aanvullendPlanId: uuid('aanvullend_plan_id')
      .notNull()
      .references(() => aanvullendPlan.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id),
  },
  (t) => [uniqueIndex('aanvullend_plan_partner_uniek').on(t.aanvullendPlanId, t.organisatieId)],
);

// --- beoordelingen ---------------------------------------------------------------------------------

/**
 * An assessment against the toetsvragen of its kader: of a transformation plan by one insurer
 * (organisatie_id), or of a supplementary initiative by the working group. One per insurer and plan,
 * one per initiative; entering it again replaces it.
 */
export const beoordeling = pgTable(
  'beoordeling',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    transformatieplanId: uuid('transformatieplan_id').references(() => transformatieplan.id, { onDelete: 'cascade' }),
    aanvullendPlanId: uuid('aanvullend_plan_id').references(() => aanvullendPlan.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id').references(() => organisatie.id),
    advies: text('advies').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    datum: date('datum').notNull(),
    gebruikerId: uuid('gebruiker_id').references(() => gebruiker.id, { onDelete: 'set null' }),
    gebruikerNaam: text('gebruiker_naam').notNull(),
  },
  (t) => [
    uniqueIndex('beoordeling_transformatieplan_uniek').on(t.transformatieplanId, t.organisatieId).where(sql`${t.transformatieplanId} is not null`),
    uniqueIndex('beoordeling_aanvullend_plan_uniek').on(t.aanvullendPlanId).where(sql`${t.aanvullendPlanId} is not null`),
    check('beoordeling_advies', sql`${t.advies} in ('positief', 'negatief', 'aangehouden')`),
    check(
      'beoordeling_een_plan',
      sql`(${t.transformatieplanId} is not null and ${t.aanvullendPlanId} is null and ${t.organisatieId} is not null) or (${t.transformatieplanId} is null and ${t.aanvullendPlanId} is not null)`,
    ),
  ],
);

/** The score on one toetsvraag, with its reason (criteria) or answer (afwegingskader). */
export const beoordelingsscore = pgTable(
  'beoordelingsscore',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    beoordelingId: uuid('beoordeling_id')
      .notNull()
      .references(() => beoordeling.id, { onDelete: 'cascade' }),
    toetsvraagId: uuid('toetsvraag_id')
      .notNull()
      .references(() => toetsvraag.id),
    score: integer('score').notNull(),
    toelichting: text('toelichting').notNull(),
  },
  (t) => [uniqueIndex('beoordelingsscore_uniek').on(t.beoordelingId, t.toetsvraagId), index('beoordelingsscore_vraag').on(t.toetsvraagId)],
);
