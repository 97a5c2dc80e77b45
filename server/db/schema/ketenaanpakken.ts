import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { gemeente, organisatie, regioKolom } from './regios';

/**
 * The chain approaches of the IZA (DOMAIN.md §9). National reference data, like the municipality
 * register: the accord names the same five for every region, and one shared list lets regions be
 * compared and rolled up. No regio_id; the rows are ensured at start and by the demo, never edited.
 */
export const ketenaanpak = pgTable(
  'ketenaanpak',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    naam: text('naam').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    volgorde: integer('volgorde').notNull(),
  },
  (t) => [check('ketenaanpak_code_formaat', sql`${t.code} ~ '^[a-z0-9-]+$'`)],
);

/**
 * The state of one chain approach in one member municipality of a region. A municipality without a
 * row is "niet gestart"; a row exists only once someone set it.
 */
export const ketenaanpakGemeente = pgTable(
  'ketenaanpak_gemeente',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    ketenaanpakId: uuid('ketenaanpak_id')
      .notNull()
      .references(() => ketenaanpak.id),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeente.id),
    niveau: text('niveau').notNull(),
    /** The coordinating organisation of the region (the GGD, say); a partner of it may edit the row. */
    coordinatorOrganisatieId: uuid('coordinator_organisatie_id').references(() => organisatie.id, { onDelete: 'set null' }),
    /** Name or function of the coordinator ("ketenregisseur GGD"). */
    coordinatorNaam: text('coordinator_naam').notNull().default(''),
    interventie: text('interventie').notNull().default(''),
    verwijsroutes: text('verwijsroutes').notNull().default(''),
    notities: text('notities').notNull().default(''),
    bijgewerktOp: timestamp('bijgewerkt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ketenaanpak_gemeente_uniek').on(t.regioId, t.ketenaanpakId, t.gemeenteId),
    index('ketenaanpak_gemeente_regio').on(t.regioId, t.gemeenteId),
    check(
      'ketenaanpak_niveau_geldig',
      sql`${t.niveau} in ('regionaal', 'subregionaal', 'lokaal', 'in-voorbereiding', 'niet-gestart')`,
    ),
  ],
);
