// Monitoring (DOMAIN.md §9): the region's milestones.
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisatie, overlegorgaan, regioKolom } from './regios';

/**
 * A dated milestone of the region (the regional plan, the adoption of the implementation plan, the
 * end of the SPUK). Its owner is free text and/or an organisation or body of the same region.
 */
export const mijlpaal = pgTable(
  'mijlpaal',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    titel: text('titel').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    datum: date('datum').notNull(),
    eigenaar: text('eigenaar').notNull().default(''),
    eigenaarOrganisatieId: uuid('eigenaar_organisatie_id').references(() => organisatie.id, { onDelete: 'set null' }),
    eigenaarOverlegorgaanId: uuid('eigenaar_overlegorgaan_id').references(() => overlegorgaan.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('niet-gestart'),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
    gewijzigdOp: timestamp('gewijzigd_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mijlpaal_regio_datum').on(t.regioId, t.datum),
    // Kept in step with voortgangsstatussen in common/contracts/algemeen.ts.
    check('mijlpaal_status', sql`${t.status} in ('niet-gestart', 'in-uitvoering', 'gerealiseerd', 'vertraagd', 'niet-van-toepassing')`),
  ],
);
