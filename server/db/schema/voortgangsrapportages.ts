// Monitoring (DOMAIN.md §9): progress reports, each a frozen, dated state of the region.
import { check, date, integer, json, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { regioKolom } from './regios';

/**
 * A progress report: the region's monitoring state (common/contracts/overzicht.ts regiostand) at
 * the moment it was frozen. `inhoud` is `json`, not `jsonb`: PostgreSQL keeps json text exactly as
 * written, so the stored report is byte for byte what was frozen and its SHA-256 can be checked.
 * A trigger (migration 0009) refuses any UPDATE: a report is never changed, only added. For that
 * reason there is no foreign key to the user who froze it: `ON DELETE SET NULL` is an UPDATE the
 * trigger would refuse, so removing that user would fail. `bevroren_door` keeps the name, and the
 * audit row of the freeze keeps who it was.
 */
export const voortgangsrapportage = pgTable(
  'voortgangsrapportage',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    periode: text('periode').notNull(),
    volgnummer: integer('volgnummer').notNull(),
    titel: text('titel').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    peildatum: date('peildatum').notNull(),
    bevrorenOp: timestamp('bevroren_op', { withTimezone: true }).notNull().defaultNow(),
    bevrorenDoor: text('bevroren_door').notNull(),
    inhoud: json('inhoud').notNull(),
    inhoudHash: text('inhoud_hash').notNull(),
  },
  (t) => [
    uniqueIndex('voortgangsrapportage_uniek').on(t.regioId, t.periode, t.volgnummer),
    check('voortgangsrapportage_hash', sql`${t.inhoudHash} ~ '^[0-9a-f]{64}$'`),
  ],
);
