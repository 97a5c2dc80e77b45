// Monitoring (DOMAIN.md §9): the yearly "Venster op de regionale samenwerking".
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { gemeente, organisatie, regioKolom } from './regios';

/** A question of the region's survey in one year. Questions are data: a region words its own. */
export const vensterVraag = pgTable(
  'venster_vraag',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    jaar: integer('jaar').notNull(),
    vraag: text('vraag').notNull(),
    volgorde: integer('volgorde').notNull().default(0),
    schaalMin: integer('schaal_min').notNull(),
    schaalMax: integer('schaal_max').notNull(),
  },
  (t) => [
    uniqueIndex('venster_vraag_uniek').on(t.regioId, t.jaar, t.vraag),
    index('venster_vraag_regio_jaar').on(t.regioId, t.jaar, t.volgorde),
    check('venster_vraag_schaal', sql`${t.schaalMin} < ${t.schaalMax}`),
    check('venster_vraag_jaar', sql`${t.jaar} between 2000 and 2100`),
  ],
);

/**
 * One respondent's response in one year: a member municipality or an insurer of the region,
 * exactly one of the two, and at most one response each per year.
 */
export const vensterAntwoord = pgTable(
  'venster_antwoord',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    jaar: integer('jaar').notNull(),
    gemeenteId: uuid('gemeente_id').references(() => gemeente.id),
    organisatieId: uuid('organisatie_id').references(() => organisatie.id, { onDelete: 'cascade' }),
    opmerking: text('opmerking').notNull().default(''),
    ingevuldOp: timestamp('ingevuld_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('venster_antwoord_gemeente_uniek')
      .on(t.regioId, t.jaar, t.gemeenteId)
      .where(sql`${t.gemeenteId} is not null`),
    uniqueIndex('venster_antwoord_organisatie_uniek')
      .on(t.regioId, t.jaar, t.organisatieId)
      .where(sql`${t.organisatieId} is not null`),
    check('venster_antwoord_een_respondent', sql`(${t.gemeenteId} is null) <> (${t.organisatieId} is null)`),
  ],
);

/** The score of one response on one question; the scale is checked by the service against the question. */
export const vensterScore = pgTable(
  'venster_score',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    antwoordId: uuid('antwoord_id')
      .notNull()
      .references(() => vensterAntwoord.id, { onDelete: 'cascade' }),
    vraagId: uuid('vraag_id')
      .notNull()
      .references(() => vensterVraag.id),
    score: integer('score').notNull(),
  },
  (t) => [uniqueIndex('venster_score_uniek').on(t.antwoordId, t.vraagId), index('venster_score_regio_vraag').on(t.regioId, t.vraagId)],
);
