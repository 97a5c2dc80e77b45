import { date, integer, pgTable, text, timestamp, uuid, unique } from 'drizzle-orm/pg-core';

/**
 * National accords (IZA, GALA, AZWA) are data, not code (DOMAIN.md §3): a new accord such as
 * AZWA is loaded the same way, with its werkagenda and the participation history of its parties.
 * Accords are national, so these tables carry no regio_id; only a beheerder changes them.
 */
export const akkoord = pgTable('akkoord', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  naam: text('naam').notNull(),
  omschrijving: text('omschrijving').notNull().default(''),
  ondertekendOp: date('ondertekend_op'),
  looptijdTot: date('looptijd_tot'),
  aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
});

/** One task of an accord's werkagenda (DOMAIN.md §4). */
export const taak = pgTable(
  'taak',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    akkoordId: uuid('akkoord_id')
      .notNull()
      .references(() => akkoord.id, { onDelete: 'cascade' }),
    nummer: integer('nummer').notNull(),
    titel: text('titel').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
  },
  (t) => [unique('taak_akkoord_nummer_uniek').on(t.akkoordId, t.nummer)],
);

/** Participation status of a party over time: signed, suspended, resumed (DOMAIN.md §3). */
export const akkoordDeelname = pgTable('akkoord_deelname', {
  id: uuid('id').primaryKey().defaultRandom(),
  akkoordId: uuid('akkoord_id')
    .notNull()
    .references(() => akkoord.id, { onDelete: 'cascade' }),
  partij: text('partij').notNull(),
  status: text('status').notNull(),
  datum: date('datum').notNull(),
  toelichting: text('toelichting').notNull().default(''),
});
