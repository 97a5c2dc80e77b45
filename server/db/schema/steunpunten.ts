import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { gemeente, organisatie, regioKolom } from './regios';

/**
 * A low-threshold walk-in point for people with mental vulnerability (DOMAIN.md §9, werkagenda
 * task 4). A municipality counts as covered when it has at least one point open to all.
 */
export const steunpunt = pgTable(
  'steunpunt',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    naam: text('naam').notNull(),
    straat: text('straat').notNull(),
    huisnummer: text('huisnummer').notNull(),
    postcode: text('postcode').notNull(),
    plaats: text('plaats').notNull(),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeente.id),
    /** The operating organisation when it is a partner of the region; else (or also) its name below. */
    exploitantOrganisatieId: uuid('exploitant_organisatie_id').references(() => organisatie.id, { onDelete: 'set null' }),
    exploitantNaam: text('exploitant_naam').notNull().default(''),
    doelgroepen: text('doelgroepen').array().notNull().default(sql`'{}'::text[]`),
    /** Open to everyone without a referral: only such points make a municipality covered. */
    openVoorIedereen: boolean('open_voor_iedereen').notNull(),
    openingstijden: text('openingstijden').notNull().default(''),
    telefoon: text('telefoon'),
    email: text('email'),
    website: text('website'),
    /** Shown in the public guide (wegwijzer, DOMAIN.md §12). */
    openbaar: boolean('openbaar').notNull().default(false),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
    bijgewerktOp: timestamp('bijgewerkt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('steunpunt_naam_uniek').on(t.regioId, t.gemeenteId, t.naam),
    index('steunpunt_regio_gemeente').on(t.regioId, t.gemeenteId),
    check('steunpunt_postcode_formaat', sql`${t.postcode} ~ '^[1-9][0-9]{3} [A-Z]{2}$'`),
  ],
);

/**
 * The boundary of a municipality (GeoJSON geometry, WGS84), national reference data like the
 * municipality register and keyed by its CBS code. Stored as jsonb: it is only ever sent whole to
 * the browser to draw a map, never queried spatially, so PostGIS would be weight without use.
 */
export const gemeentegrens = pgTable(
  'gemeentegrens',
  {
    gemeentecode: text('gemeentecode')
      .primaryKey()
      .references(() => gemeente.gemeentecode, { onDelete: 'cascade' }),
    geometrie: jsonb('geometrie').notNull(),
    bijgewerktOp: timestamp('bijgewerkt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('gemeentegrens_vlak', sql`${t.geometrie}->>'type' in ('Polygon', 'MultiPolygon')`)],
);
