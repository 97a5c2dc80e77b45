// Meetings, agenda items, proposals, college positions, votes and decisions (DOMAIN.md §6).
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { begroting, begrotingsregel } from './financien';
import { gemeente, overlegorgaan, overlegorgaanLid, regioKolom } from './regios';

/** A meeting of a body (PHO, Kerngroep, …). */
export const vergadering = pgTable(
  'vergadering',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    // No cascade: a body with meetings keeps them (its decisions must stay traceable).
    overlegorgaanId: uuid('overlegorgaan_id')
      .notNull()
      .references(() => overlegorgaan.id),
    datum: date('datum').notNull(),
    titel: text('titel').notNull(),
    locatie: text('locatie').notNull().default(''),
    status: text('status').notNull().default('gepland'),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('vergadering_regio_datum').on(t.regioId, t.datum),
    index('vergadering_orgaan_datum').on(t.overlegorgaanId, t.datum),
    check('vergadering_status', sql`${t.status} in ('gepland', 'gehouden')`),
  ],
);

/**
 * An agenda item; it may carry a proposal (voorstel_soort not null) with its target. The item's
 * status follows the proposal: open, in-stemming (rules locked, seats fixed), besloten.
 */
export const agendapunt = pgTable(
  'agendapunt',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    vergaderingId: uuid('vergadering_id')
      .notNull()
      .references(() => vergadering.id, { onDelete: 'cascade' }),
    volgorde: integer('volgorde').notNull(),
    titel: text('titel').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    status: text('status').notNull().default('open'),
    voorstelSoort: text('voorstel_soort'),
    /** What the body is asked to decide, in words. */
    beslispunt: text('beslispunt').notNull().default(''),
    begrotingId: uuid('begroting_id').references((): AnyPgColumn => begroting.id),
    // No foreign key here: the adopted version points back to its decision (begrotingsversie.besluit_id),
    // and one direction keeps the tables in an order a backup can restore.
    begrotingsversieId: uuid('begrotingsversie_id'),
    vanRegelId: uuid('van_regel_id').references((): AnyPgColumn => begrotingsregel.id),
    naarRegelId: uuid('naar_regel_id').references((): AnyPgColumn => begrotingsregel.id),
    bedragCenten: bigint('bedrag_centen', { mode: 'number' }),
    // The plans belong to other features; their services validate these ids (no foreign key here).
    uitvoeringsplanId: uuid('uitvoeringsplan_id'),
    aanvullendPlanId: uuid('aanvullend_plan_id'),
    goedkeuren: boolean('goedkeuren'),
    toegekendCenten: bigint('toegekend_centen', { mode: 'number' }),
    transformatieplanId: uuid('transformatieplan_id'),
    transformatieplanStandpunt: text('transformatieplan_standpunt'),
    transformatieplanToelichting: text('transformatieplan_toelichting').notNull().default(''),
    /** The decision rules of the body, copied when the vote opens: later changes to the body do not apply. */
    consensusEerst: boolean('consensus_eerst'),
    quorumBasispunten: integer('quorum_basispunten'),
    meerderheidBasispunten: integer('meerderheid_basispunten'),
    stemmingGeopendOp: timestamp('stemming_geopend_op', { withTimezone: true }),
  },
  (t) => [
    index('agendapunt_vergadering').on(t.vergaderingId, t.volgorde),
    index('agendapunt_regio_begrotingsversie').on(t.regioId, t.begrotingsversieId),
    check('agendapunt_status', sql`${t.status} in ('open', 'in-stemming', 'besloten')`),
    check(
      'agendapunt_voorstel_soort',
      sql`${t.voorstelSoort} is null or ${t.voorstelSoort} in ('uitvoeringsplan-vaststellen', 'begroting-vaststellen', 'herverdelen', 'aanvullend-plan', 'standpunt-transformatieplan', 'overig')`,
    ),
    check('agendapunt_zonder_voorstel_open', sql`${t.voorstelSoort} is not null or ${t.status} = 'open'`),
    // Each kind of proposal names the target it needs (the service says which field is missing).
    check(
      'agendapunt_voorstel_doel',
      sql`(${t.voorstelSoort} is distinct from 'uitvoeringsplan-vaststellen' or ${t.uitvoeringsplanId} is not null)
        and (${t.voorstelSoort} is distinct from 'begroting-vaststellen' or (${t.begrotingId} is not null and ${t.begrotingsversieId} is not null))
        and (${t.voorstelSoort} is distinct from 'herverdelen' or (${t.begrotingId} is not null and ${t.vanRegelId} is not null and ${t.naarRegelId} is not null and ${t.vanRegelId} <> ${t.naarRegelId} and ${t.bedragCenten} > 0))
        and (${t.voorstelSoort} is distinct from 'aanvullend-plan' or (${t.aanvullendPlanId} is not null and ${t.goedkeuren} is not null))
        and (${t.voorstelSoort} is distinct from 'standpunt-transformatieplan' or (${t.transformatieplanId} is not null and ${t.transformatieplanStandpunt} in ('steunt', 'steunt-niet', 'neutraal')))`,
    ),
    check(
      'agendapunt_regels_bij_stemming',
      sql`${t.status} <> 'in-stemming' or (${t.consensusEerst} is not null and ${t.quorumBasispunten} is not null and ${t.meerderheidBasispunten} is not null)`,
    ),
    check('agendapunt_toegekend_niet_negatief', sql`${t.toegekendCenten} is null or ${t.toegekendCenten} >= 0`),
  ],
);

/** Which seats of the body were present at a meeting. */
export const aanwezigheid = pgTable(
  'aanwezigheid',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    vergaderingId: uuid('vergadering_id')
      .notNull()
      .references(() => vergadering.id, { onDelete: 'cascade' }),
    // No cascade: a held meeting keeps who was there; removing such a seat is refused.
    overlegorgaanLidId: uuid('overlegorgaan_lid_id')
      .notNull()
      .references(() => overlegorgaanLid.id),
    aanwezig: boolean('aanwezig').notNull(),
  },
  (t) => [uniqueIndex('aanwezigheid_uniek').on(t.vergaderingId, t.overlegorgaanLidId)],
);

/** A municipality's college position on a proposal, decided before the meeting (DOMAIN.md §6). */
export const standpunt = pgTable(
  'standpunt',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    agendapuntId: uuid('agendapunt_id')
      .notNull()
      .references(() => agendapunt.id, { onDelete: 'cascade' }),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeente.id),
    standpunt: text('standpunt').notNull(),
    collegebesluitOp: date('collegebesluit_op').notNull(),
    referentie: text('referentie').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    vastgelegdOp: timestamp('vastgelegd_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('standpunt_uniek').on(t.agendapuntId, t.gemeenteId),
    check('standpunt_geldig', sql`${t.standpunt} in ('akkoord', 'niet-akkoord', 'onthouding')`),
  ],
);

/**
 * One row per voting municipality seat, made when the vote opens (with its presence at that moment);
 * keuze is filled when the seat votes and never changes after.
 */
export const stem = pgTable(
  'stem',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    agendapuntId: uuid('agendapunt_id')
      .notNull()
      .references(() => agendapunt.id, { onDelete: 'cascade' }),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeente.id),
    aanwezig: boolean('aanwezig').notNull(),
    keuze: text('keuze'),
    uitgebrachtOp: timestamp('uitgebracht_op', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('stem_een_per_zetel').on(t.agendapuntId, t.gemeenteId),
    check('stem_keuze', sql`${t.keuze} is null or ${t.keuze} in ('voor', 'tegen', 'onthouding')`),
    check('stem_alleen_aanwezig', sql`${t.keuze} is null or ${t.aanwezig}`),
  ],
);

/**
 * A decision: numbered per body and year ("PHO 2024-03"), with its outcome, how it was reached,
 * and the counts. What it changed points back here (begrotingsversie.besluit_id, …).
 */
export const besluit = pgTable(
  'besluit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    overlegorgaanId: uuid('overlegorgaan_id')
      .notNull()
      .references(() => overlegorgaan.id),
    vergaderingId: uuid('vergadering_id')
      .notNull()
      .references(() => vergadering.id),
    agendapuntId: uuid('agendapunt_id')
      .notNull()
      .references(() => agendapunt.id),
    jaar: integer('jaar').notNull(),
    volgnummer: integer('volgnummer').notNull(),
    nummer: text('nummer').notNull(),
    datum: date('datum').notNull(),
    uitkomst: text('uitkomst').notNull(),
    wijze: text('wijze').notNull(),
    aantalVoor: integer('aantal_voor').notNull().default(0),
    aantalTegen: integer('aantal_tegen').notNull().default(0),
    aantalOnthouding: integer('aantal_onthouding').notNull().default(0),
    aantalAfwezig: integer('aantal_afwezig').notNull().default(0),
    /** The reference handed to what the decision changed ("PHO 20 maart 2024, besluit 2024-03"). */
    referentie: text('referentie').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('besluit_agendapunt_uniek').on(t.agendapuntId),
    uniqueIndex('besluit_nummer_uniek').on(t.overlegorgaanId, t.jaar, t.volgnummer),
    index('besluit_regio_jaar').on(t.regioId, t.jaar, t.overlegorgaanId),
    check('besluit_uitkomst', sql`${t.uitkomst} in ('aangenomen', 'verworpen')`),
    check('besluit_wijze', sql`${t.wijze} in ('consensus', 'meerderheid', 'zonder-stemming')`),
  ],
);
