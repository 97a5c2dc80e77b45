import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { begrotingsregel } from './financien';
import { gemeente, organisatie, overlegorgaan, regioKolom } from './regios';

// Regiobeeld, regioplan and uitvoeringsplan (DOMAIN.md §7, §4, §10).

// --- regiobeeld ---------------------------------------------------------------------------------

/**
 * A version of the region profile. Recalibrating the profile (DOMAIN.md §7: "re-calibrated
 * periodically") makes a new version that starts as a copy of the previous one; the highest
 * version is the current one and earlier versions are never changed again.
 */
export const regiobeeldVersie = pgTable(
  'regiobeeld_versie',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    versie: integer('versie').notNull(),
    naam: text('naam').notNull(),
    peildatum: date('peildatum').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('regiobeeld_versie_uniek').on(t.regioId, t.versie), check('regiobeeld_versie_positief', sql`${t.versie} >= 1`)],
);

/**
 * An indicator of the region profile (staff shortage, population, ...). Named with a prefix: the
 * monitoring KPIs with targets (DOMAIN.md §9) are a different concept and own the plain name.
 */
export const regiobeeldIndicator = pgTable(
  'regiobeeld_indicator',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    code: text('code').notNull(),
    naam: text('naam').notNull(),
    eenheid: text('eenheid').notNull(),
    bron: text('bron').notNull().default(''),
    omschrijving: text('omschrijving').notNull().default(''),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('regiobeeld_indicator_code_uniek').on(t.regioId, t.code)],
);

/**
 * One value of an indicator in a version: for the region as a whole (gemeente_id null) or one
 * member municipality, per year, observed or projected under a named scenario.
 *
 * `waarde` is an unconstrained numeric, not a float and not cents: the figures are counts,
 * percentages and rates with varying decimals, and numeric keeps exactly the digits that were
 * imported (so a second import of the same file compares equal and changes nothing).
 */
export const regiobeeldWaarde = pgTable(
  'regiobeeld_waarde',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    versieId: uuid('versie_id')
      .notNull()
      .references(() => regiobeeldVersie.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => regiobeeldIndicator.id, { onDelete: 'cascade' }),
    gemeenteId: uuid('gemeente_id').references(() => gemeente.id),
    jaar: integer('jaar').notNull(),
    soort: text('soort').notNull(),
    /** The named scenario of a projection ("huidig beleid"); empty for an observed value. */
    scenario: text('scenario').notNull().default(''),
    waarde: numeric('waarde').notNull(),
  },
  (t) => [
    // One value per version, indicator, geography, year and scenario; the region (null) counts as one geography.
    unique('regiobeeld_waarde_uniek').on(t.versieId, t.indicatorId, t.gemeenteId, t.jaar, t.scenario).nullsNotDistinct(),
    index('regiobeeld_waarde_indicator').on(t.regioId, t.indicatorId, t.versieId),
    check('regiobeeld_waarde_soort', sql`${t.soort} in ('waargenomen', 'prognose')`),
    check('regiobeeld_waargenomen_zonder_scenario', sql`${t.soort} = 'prognose' or ${t.scenario} = ''`),
    check('regiobeeld_waarde_jaar', sql`${t.jaar} between 1900 and 2200`),
  ],
);

// --- regioplan ----------------------------------------------------------------------------------

/**
 * A choice of the region plan (DOMAIN.md §7): a priority task (opgave) or a theme (pijler). Both
 * have the same shape: number, name, description, lead party (kartrekker), goals and the
 * regiobeeld indicators they move.
 */
export const regioplanThema = pgTable(
  'regioplan_thema',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    soort: text('soort').notNull(),
    nummer: integer('nummer').notNull(),
    naam: text('naam').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    /** Kartrekker: an organisation, a municipality and/or a body of the region, plus free text. */
    kartrekkerOrganisatieId: uuid('kartrekker_organisatie_id').references(() => organisatie.id, { onDelete: 'set null' }),
    kartrekkerGemeenteId: uuid('kartrekker_gemeente_id').references(() => gemeente.id),
    kartrekkerOverlegorgaanId: uuid('kartrekker_overlegorgaan_id').references(() => overlegorgaan.id, { onDelete: 'set null' }),
    kartrekkerToelichting: text('kartrekker_toelichting').notNull().default(''),
    doelen: text('doelen').array().notNull().default(sql`'{}'::text[]`),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('regioplan_thema_nummer_uniek').on(t.regioId, t.soort, t.nummer),
    check('regioplan_thema_soort', sql`${t.soort} in ('opgave', 'pijler')`),
    check('regioplan_thema_nummer_positief', sql`${t.nummer} >= 1`),
  ],
);

/** The regiobeeld indicators an opgave or pijler aims to move. */
export const regioplanThemaIndicator = pgTable(
  'regioplan_thema_indicator',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    themaId: uuid('thema_id')
      .notNull()
      .references(() => regioplanThema.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => regiobeeldIndicator.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('regioplan_thema_indicator_uniek').on(t.themaId, t.indicatorId), index('regioplan_thema_indicator_indicator').on(t.indicatorId)],
);

// --- uitvoeringsplan ----------------------------------------------------------------------------

/**
 * One version of the municipalities' yearly implementation plan (DOMAIN.md §5, §10). A row is a
 * version: concept → vastgesteld (only by a PHO decision, with its id, date and reference) →
 * vervallen when a half-yearly adjustment (bijstelling) is adopted after it. An adopted version
 * never changes, except the execution status of its components.
 */
export const uitvoeringsplan = pgTable(
  'uitvoeringsplan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    jaar: integer('jaar').notNull(),
    versie: integer('versie').notNull(),
    naam: text('naam').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    status: text('status').notNull(),
    /** The adopted version a bijstelling started from. */
    gebaseerdOpId: uuid('gebaseerd_op_id').references((): AnyPgColumn => uitvoeringsplan.id, { onDelete: 'set null' }),
    vastgesteldOp: date('vastgesteld_op'),
    vastgesteldDoorId: uuid('vastgesteld_door_id').references(() => overlegorgaan.id, { onDelete: 'set null' }),
    /** The decision of the register that adopted it; no foreign key, the register owns that table. */
    besluitId: uuid('besluit_id'),
    besluitReferentie: text('besluit_referentie').notNull().default(''),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('uitvoeringsplan_versie_uniek').on(t.regioId, t.jaar, t.versie),
    // At most one open concept and one version in force per year.
    uniqueIndex('uitvoeringsplan_een_concept').on(t.regioId, t.jaar).where(sql`${t.status} = 'concept'`),
    uniqueIndex('uitvoeringsplan_een_vastgesteld').on(t.regioId, t.jaar).where(sql`${t.status} = 'vastgesteld'`),
    check('uitvoeringsplan_status', sql`${t.status} in ('concept', 'vastgesteld', 'vervallen')`),
    check('uitvoeringsplan_vastgesteld_met_datum', sql`${t.status} = 'concept' or (${t.vastgesteldOp} is not null and ${t.vastgesteldDoorId} is not null)`),
    check('uitvoeringsplan_versie_positief', sql`${t.versie} >= 1`),
  ],
);

/**
 * A component of a plan version, per werkagenda task (DOMAIN.md §4) and optionally a sub-item of
 * another component (each chain approach under onderdeel 3). The code is stable across versions:
 * a bijstelling copies the components, and plans of approach follow the code.
 */
export const uitvoeringsplanOnderdeel = pgTable(
  'uitvoeringsplan_onderdeel',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    uitvoeringsplanId: uuid('uitvoeringsplan_id')
      .notNull()
      .references(() => uitvoeringsplan.id, { onDelete: 'cascade' }),
    bovenliggendId: uuid('bovenliggend_id').references((): AnyPgColumn => uitvoeringsplanOnderdeel.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    /** The werkagenda task (1–6 of the VNG werkagenda); null for parts outside it (monitoring, municipal effort). */
    taakNummer: integer('taak_nummer'),
    titel: text('titel').notNull(),
    aanpak: text('aanpak').notNull().default(''),
    overlegorgaanId: uuid('overlegorgaan_id').references(() => overlegorgaan.id, { onDelete: 'set null' }),
    voorzitter: text('voorzitter').notNull().default(''),
    status: text('status').notNull().default('niet-gestart'),
    begrotingsregelId: uuid('begrotingsregel_id').references(() => begrotingsregel.id),
    volgorde: integer('volgorde').notNull().default(0),
  },
  (t) => [
    uniqueIndex('uitvoeringsplan_onderdeel_code_uniek').on(t.uitvoeringsplanId, t.code),
    index('uitvoeringsplan_onderdeel_plan').on(t.regioId, t.uitvoeringsplanId),
    check('uitvoeringsplan_onderdeel_status', sql`${t.status} in ('niet-gestart', 'in-uitvoering', 'gerealiseerd', 'vertraagd', 'niet-van-toepassing')`),
    check('uitvoeringsplan_onderdeel_taak', sql`${t.taakNummer} is null or ${t.taakNummer} >= 1`),
  ],
);

/**
 * A working group's plan of approach for a component, with its own budget, submitted to the
 * Kerngroep. It belongs to the plan of a year and the component's code, so it stays attached
 * through bijstellingen.
 */
export const planVanAanpak = pgTable(
  'plan_van_aanpak',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    jaar: integer('jaar').notNull(),
    onderdeelCode: text('onderdeel_code').notNull(),
    titel: text('titel').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    overlegorgaanId: uuid('overlegorgaan_id').references(() => overlegorgaan.id, { onDelete: 'set null' }),
    budgetCenten: bigint('budget_centen', { mode: 'number' }).notNull(),
    status: text('status').notNull().default('concept'),
    ingediendOp: date('ingediend_op'),
    beoordeeldOp: date('beoordeeld_op'),
    beoordeeldDoorId: uuid('beoordeeld_door_id').references(() => overlegorgaan.id, { onDelete: 'set null' }),
    besluitReferentie: text('besluit_referentie').notNull().default(''),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_van_aanpak_onderdeel').on(t.regioId, t.jaar, t.onderdeelCode),
    check('plan_van_aanpak_status', sql`${t.status} in ('concept', 'ingediend', 'goedgekeurd', 'afgewezen')`),
    check('plan_van_aanpak_budget', sql`${t.budgetCenten} >= 0`),
    check('plan_van_aanpak_ingediend_met_datum', sql`${t.status} = 'concept' or ${t.ingediendOp} is not null`),
    check('plan_van_aanpak_beoordeeld_met_datum', sql`${t.status} in ('concept', 'ingediend') or ${t.beoordeeldOp} is not null`),
  ],
);
