import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A cooperation region (tenant). Every domain table below carries its regio_id. */
export const regio = pgTable('regio', {
  id: uuid('id').primaryKey().defaultRandom(),
  naam: text('naam').notNull().unique(),
  omschrijving: text('omschrijving').notNull().default(''),
  /** Hex colour that overrides the theme's accent for this region (UI.md: access and look). */
  accentkleur: text('accentkleur'),
  preferenteZorgverzekeraarId: uuid('preferente_zorgverzekeraar_id').references(
    (): AnyPgColumn => organisatie.id,
    { onDelete: 'set null' },
  ),
  tweedeZorgverzekeraarId: uuid('tweede_zorgverzekeraar_id').references(
    (): AnyPgColumn => organisatie.id,
    { onDelete: 'set null' },
  ),
  aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
});

/** The tenant column every domain table carries (ARCHITECTURE.md §4.6); rows go with their region. */
export const regioKolom = () =>
  uuid('regio_id')
    .notNull()
    .references(() => regio.id, { onDelete: 'cascade' });

/**
 * The national register of municipalities (CBS), imported from a CBS-layout CSV. It is public
 * reference data, shared by all regions; a region's membership is in gemeente_in_regio.
 */
export const gemeente = pgTable(
  'gemeente',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeentecode: text('gemeentecode').notNull().unique(),
    naam: text('naam').notNull(),
    inwoners: integer('inwoners').notNull(),
    bijgewerktOp: timestamp('bijgewerkt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('gemeentecode_formaat', sql`${t.gemeentecode} ~ '^GM[0-9]{4}$'`),
    check('inwoners_niet_negatief', sql`${t.inwoners} >= 0`),
  ],
);

/** Membership of a municipality in a region, with its role there (DOMAIN.md §2). */
export const gemeenteInRegio = pgTable(
  'gemeente_in_regio',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeente.id),
    rol: text('rol').notNull(),
    portefeuillehouder: text('portefeuillehouder').notNull().default(''),
    toelichting: text('toelichting').notNull().default(''),
  },
  (t) => [
    uniqueIndex('gemeente_in_regio_uniek').on(t.regioId, t.gemeenteId),
    // A region has exactly one mandaatgemeente (DOMAIN.md §2); the database guards it too.
    uniqueIndex('een_mandaatgemeente_per_regio')
      .on(t.regioId)
      .where(sql`${t.rol} = 'mandaatgemeente'`),
    check('rol_geldig', sql`${t.rol} in ('mandaatgemeente', 'centrumgemeente', 'regiogemeente')`),
  ],
);

export const organisatie = pgTable(
  'organisatie',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    naam: text('naam').notNull(),
    soort: text('soort').notNull(),
    website: text('website'),
    omschrijving: text('omschrijving').notNull().default(''),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisatie_naam_uniek').on(t.regioId, t.naam),
    index('organisatie_regio').on(t.regioId),
  ],
);

/**
 * A body of the cooperation (PHO, Kerngroep, ...). Its decision rules come from the
 * samenwerkingsovereenkomst and are data (DOMAIN.md §6): consensus first, quorum, majority.
 */
export const overlegorgaan = pgTable(
  'overlegorgaan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    naam: text('naam').notNull(),
    soort: text('soort').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    consensusEerst: boolean('consensus_eerst').notNull().default(true),
    /** Share of the voting seats that must be present, in basis points (5000 = half). */
    quorumBasispunten: integer('quorum_basispunten').notNull().default(5000),
    /** A proposal passes with more than this share of the votes cast, in basis points. */
    meerderheidBasispunten: integer('meerderheid_basispunten').notNull().default(5000),
    bronBesluitregels: text('bron_besluitregels').notNull().default(''),
    /**
     * The body's mandate to reallocate budget between lines without a new budget version: at most
     * this share of a line's adopted amount per year (the Kerngroep's 20 %, DOMAIN.md §5). Null: none.
     */
    herverdelingsmandaatBasispunten: integer('herverdelingsmandaat_basispunten'),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('overlegorgaan_naam_uniek').on(t.regioId, t.naam),
    check('quorum_bereik', sql`${t.quorumBasispunten} between 0 and 10000`),
    check('meerderheid_bereik', sql`${t.meerderheidBasispunten} between 0 and 9999`),
  ],
);

/** A seat in a body: a person, or a municipality's seat (with optionally the person holding it). */
export const overlegorgaanLid = pgTable(
  'overlegorgaan_lid',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    overlegorgaanId: uuid('overlegorgaan_id')
      .notNull()
      .references(() => overlegorgaan.id, { onDelete: 'cascade' }),
    gemeenteId: uuid('gemeente_id').references(() => gemeente.id),
    organisatieId: uuid('organisatie_id').references(() => organisatie.id, { onDelete: 'set null' }),
    naam: text('naam').notNull().default(''),
    functie: text('functie').notNull().default(''),
    rol: text('rol').notNull().default('lid'),
    stemgerechtigd: boolean('stemgerechtigd').notNull().default(false),
  },
  (t) => [
    index('overlegorgaan_lid_orgaan').on(t.overlegorgaanId),
    uniqueIndex('een_zetel_per_gemeente')
      .on(t.overlegorgaanId, t.gemeenteId)
      .where(sql`${t.gemeenteId} is not null`),
    check('persoon_of_gemeentezetel', sql`${t.gemeenteId} is not null or ${t.naam} <> ''`),
  ],
);
