// Monitoring (DOMAIN.md §9): indicators (KPIs) with targets per period and measured values.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, numeric, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { gebruiker } from './gebruikers';
import { gemeente, regioKolom } from './regios';

/**
 * An indicator of the region on one of the three monitoring levels. Values are `numeric` (exact):
 * counts, percentages and euros with varying decimals, compared with targets without rounding.
 * Periods are codes ("2024", "2024-H1", "2024-K3", common/periode.ts).
 */
export const indicator = pgTable(
  'indicator',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    code: text('code').notNull(),
    naam: text('naam').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    niveau: text('niveau').notNull(),
    eenheid: text('eenheid').notNull(),
    richting: text('richting').notNull(),
    cumulatief: boolean('cumulatief').notNull(),
    meetfrequentie: text('meetfrequentie').notNull(),
    geografie: text('geografie').notNull(),
    bron: text('bron').notNull().default(''),
    nulmetingWaarde: numeric('nulmeting_waarde'),
    nulmetingPeriode: text('nulmeting_periode'),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
    gewijzigdOp: timestamp('gewijzigd_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('indicator_code_uniek').on(t.regioId, t.code),
    // Kept in step with common/contracts/indicatoren.ts and common/periode.ts.
    check('indicator_niveau', sql`${t.niveau} in ('proces', 'beweging', 'doelgroepen')`),
    check('indicator_richting', sql`${t.richting} in ('hoger-is-beter', 'lager-is-beter')`),
    check('indicator_meetfrequentie', sql`${t.meetfrequentie} in ('kwartaal', 'halfjaar', 'jaar')`),
    check('indicator_geografie', sql`${t.geografie} in ('regio', 'gemeente')`),
  ],
);

/**
 * A target for one period (of the indicator's frequency or coarser) and one geography: the region
 * (gemeente_id null) or a member municipality. The period's first and last day are stored with it,
 * so that which measurements fall inside is a range comparison in SQL.
 */
export const streefwaarde = pgTable(
  'streefwaarde',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicator.id, { onDelete: 'cascade' }),
    periode: text('periode').notNull(),
    periodeBegin: date('periode_begin').notNull(),
    periodeEind: date('periode_eind').notNull(),
    gemeenteId: uuid('gemeente_id').references(() => gemeente.id),
    waarde: numeric('waarde').notNull(),
    gewijzigdOp: timestamp('gewijzigd_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('streefwaarde_uniek').on(t.indicatorId, t.periode, t.gemeenteId).nullsNotDistinct(),
    index('streefwaarde_regio').on(t.regioId, t.indicatorId, t.periodeEind),
  ],
);

/**
 * A measured value for one period of the indicator's frequency and one geography: entered as a
 * concept, then approved. Who entered and approved is kept by name, as the audit does.
 */
export const meting = pgTable(
  'meting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicator.id, { onDelete: 'cascade' }),
    periode: text('periode').notNull(),
    periodeBegin: date('periode_begin').notNull(),
    periodeEind: date('periode_eind').notNull(),
    gemeenteId: uuid('gemeente_id').references(() => gemeente.id),
    waarde: numeric('waarde').notNull(),
    bron: text('bron').notNull(),
    peildatum: date('peildatum').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    status: text('status').notNull().default('concept'),
    ingevoerdDoorId: uuid('ingevoerd_door_id').references(() => gebruiker.id, { onDelete: 'set null' }),
    ingevoerdDoor: text('ingevoerd_door').notNull(),
    goedgekeurdDoorId: uuid('goedgekeurd_door_id').references(() => gebruiker.id, { onDelete: 'set null' }),
    goedgekeurdDoor: text('goedgekeurd_door'),
    goedgekeurdOp: timestamp('goedgekeurd_op', { withTimezone: true }),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
    gewijzigdOp: timestamp('gewijzigd_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('meting_uniek').on(t.indicatorId, t.periode, t.gemeenteId).nullsNotDistinct(),
    index('meting_regio_indicator').on(t.regioId, t.indicatorId, t.periodeBegin),
    check('meting_status', sql`${t.status} in ('concept', 'goedgekeurd')`),
    check('meting_goedkeuring', sql`(${t.status} = 'goedgekeurd') = (${t.goedgekeurdOp} is not null)`),
  ],
);

/**
 * A measurement period of one indicator that has been locked. The row stays when it is unlocked
 * (vergrendeld false); why it was unlocked is in the audit, not here.
 */
export const meetperiode = pgTable(
  'meetperiode',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicator.id, { onDelete: 'cascade' }),
    periode: text('periode').notNull(),
    vergrendeld: boolean('vergrendeld').notNull().default(false),
    vergrendeldOp: timestamp('vergrendeld_op', { withTimezone: true }),
    vergrendeldDoor: text('vergrendeld_door'),
  },
  (t) => [uniqueIndex('meetperiode_uniek').on(t.indicatorId, t.periode)],
);
