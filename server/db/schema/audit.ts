import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One row per write, inserted in the same transaction as the write itself (ARCHITECTURE.md §4.5):
 * who, when, what, and the item before and after. regio_id is null for national data.
 * No foreign keys: the trail must outlive the items and accounts it describes.
 */
export const auditregel = pgTable(
  'auditregel',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    regioId: uuid('regio_id'),
    gebruikerId: uuid('gebruiker_id'),
    gebruikerNaam: text('gebruiker_naam').notNull(),
    tijdstip: timestamp('tijdstip', { withTimezone: true }).notNull().defaultNow(),
    actie: text('actie').notNull(),
    soort: text('soort').notNull(),
    itemId: text('item_id').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    voor: jsonb('voor'),
    na: jsonb('na'),
  },
  (t) => [
    index('auditregel_item').on(t.soort, t.itemId, t.id),
    index('auditregel_regio').on(t.regioId, t.id),
  ],
);
