import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { gemeente, regioKolom } from './regios';
import { uitkering } from './financien';

/**
 * Accountability (DOMAIN.md §5 "Spending, transfers and accountability"): transfers to member
 * municipalities, activity costs for the double-funding check, SiSa, and the multi-year outlook.
 */

/** SPUK money passed on by the mandaatgemeente to a member municipality. */
export const doorbetaling = pgTable(
  'doorbetaling',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    uitkeringId: uuid('uitkering_id')
      .notNull()
      .references(() => uitkering.id),
    ontvangerGemeenteId: uuid('ontvanger_gemeente_id')
      .notNull()
      .references(() => gemeente.id),
    datum: date('datum').notNull(),
    bedragCenten: bigint('bedrag_centen', { mode: 'number' }).notNull(),
    kenmerk: text('kenmerk').notNull().default(''),
    toelichting: text('toelichting').notNull().default(''),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('doorbetaling_regio').on(t.regioId, t.datum), check('doorbetaling_positief', sql`${t.bedragCenten} > 0`)],
);

/** An activity with its cost: across all grants it may never be charged beyond it. */
export const activiteit = pgTable(
  'activiteit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    naam: text('naam').notNull(),
    kostenCenten: bigint('kosten_centen', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('activiteit_naam_uniek').on(t.regioId, t.naam), check('activiteit_kosten', sql`${t.kostenCenten} >= 0`)],
);

/**
 * The SiSa indicators of a regulation in a year. The ministry renumbers them yearly, so they are
 * data: a code and label per figure Regiekamer computes or the finance officer enters.
 */
export const sisaIndicator = pgTable(
  'sisa_indicator',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regeling: text('regeling').notNull(),
    jaar: integer('jaar').notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    /** Audit type as in the SiSa annex, e.g. "Ja" (audited) or "Nee". */
    controle: text('controle').notNull(),
    grootheid: text('grootheid').notNull(),
    volgorde: integer('volgorde').notNull(),
  },
  (t) => [
    uniqueIndex('sisa_indicator_uniek').on(t.regeling, t.jaar, t.code),
    check('sisa_grootheid', sql`${t.grootheid} in ('besteding-jaar', 'overige-besteding', 'cumulatief', 'toelichting-afwijking', 'eindverantwoording')`),
  ],
);

/** What a finance officer enters per municipality, grant and year; the spending is computed. */
export const sisaOpgave = pgTable(
  'sisa_opgave',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    uitkeringId: uuid('uitkering_id')
      .notNull()
      .references(() => uitkering.id, { onDelete: 'cascade' }),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeente.id),
    jaar: integer('jaar').notNull(),
    overigeBestedingCenten: bigint('overige_besteding_centen', { mode: 'number' }).notNull().default(0),
    toelichtingAfwijking: text('toelichting_afwijking').notNull().default(''),
    eindverantwoording: boolean('eindverantwoording').notNull().default(false),
  },
  (t) => [uniqueIndex('sisa_opgave_uniek').on(t.uitkeringId, t.gemeenteId, t.jaar)],
);

/** A structural commitment of the region that outlives grants (process directors, support points). */
export const structureleVerplichting = pgTable(
  'structurele_verplichting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    omschrijving: text('omschrijving').notNull(),
    bedragPerJaarCenten: bigint('bedrag_per_jaar_centen', { mode: 'number' }).notNull(),
    vanafJaar: integer('vanaf_jaar').notNull(),
    totJaar: integer('tot_jaar'),
  },
  (t) => [check('verplichting_bedrag', sql`${t.bedragPerJaarCenten} >= 0`)],
);

/** A scenario of the multi-year outlook, made of assumptions per grant (DOMAIN.md §5). */
export const scenario = pgTable(
  'scenario',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    naam: text('naam').notNull(),
    toelichting: text('toelichting').notNull().default(''),
  },
  (t) => [uniqueIndex('scenario_naam_uniek').on(t.regioId, t.naam)],
);

export const scenarioAanname = pgTable(
  'scenario_aanname',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    scenarioId: uuid('scenario_id')
      .notNull()
      .references(() => scenario.id, { onDelete: 'cascade' }),
    uitkeringId: uuid('uitkering_id')
      .notNull()
      .references(() => uitkering.id, { onDelete: 'cascade' }),
    soort: text('soort').notNull(),
    vanafJaar: integer('vanaf_jaar').notNull(),
    basispunten: integer('basispunten'),
    bedragCenten: bigint('bedrag_centen', { mode: 'number' }),
  },
  (t) => [check('aanname_soort', sql`${t.soort} in ('voortzetting', 'korting', 'nieuw-bedrag', 'beeindiging')`)],
);
