import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { gemeente, organisatie, regio } from './regios';

export const gebruiker = pgTable('gebruiker', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-cased so that sign-in is case-insensitive. */
  email: text('email').notNull().unique(),
  naam: text('naam').notNull(),
  wachtwoordHash: text('wachtwoord_hash').notNull(),
  /** Application administrator (DOMAIN.md §1): manages regions and accounts of the installation. */
  isBeheerder: boolean('is_beheerder').notNull().default(false),
  actief: boolean('actief').notNull().default(true),
  aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A role in one region. Municipality-scoped roles (beleidsadviseur, bestuurder) carry the
 * municipality; a partner carries its organisation.
 */
export const lidmaatschap = pgTable(
  'lidmaatschap',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    regioId: uuid('regio_id')
      .notNull()
      .references(() => regio.id, { onDelete: 'cascade' }),
    rol: text('rol').notNull(),
    gemeenteId: uuid('gemeente_id').references(() => gemeente.id),
    organisatieId: uuid('organisatie_id').references(() => organisatie.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('lidmaatschap_uniek').on(t.gebruikerId, t.regioId, t.rol),
    check(
      'rol_geldig',
      sql`${t.rol} in ('regiocoordinator', 'beleidsadviseur', 'financieel-adviseur', 'bestuurder', 'partner', 'lezer')`,
    ),
    check(
      'gemeente_bij_gemeentelijke_rol',
      sql`(${t.rol} in ('beleidsadviseur', 'bestuurder')) = (${t.gemeenteId} is not null)`,
    ),
  ],
);

/** Server-side sessions: only the SHA-256 of the cookie value is stored. */
export const sessie = pgTable(
  'sessie',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
    laatstGebruiktOp: timestamp('laatst_gebruikt_op', { withTimezone: true }).notNull().defaultNow(),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessie_gebruiker').on(t.gebruikerId)],
);

/** Personal API tokens for scripts and BI tools; stored hashed, revocable. */
export const apiToken = pgTable(
  'api_token',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    naam: text('naam').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
    laatstGebruiktOp: timestamp('laatst_gebruikt_op', { withTimezone: true }),
    ingetrokkenOp: timestamp('ingetrokken_op', { withTimezone: true }),
  },
  (t) => [index('api_token_gebruiker').on(t.gebruikerId)],
);

/** Failed sign-ins, for rate limiting across all instances (kept in the database, not memory). */
export const aanmeldpoging = pgTable(
  'aanmeldpoging',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ipAdres: text('ip_adres').notNull(),
    tijdstip: timestamp('tijdstip', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('aanmeldpoging_email').on(t.email, t.tijdstip),
    index('aanmeldpoging_ip').on(t.ipAdres, t.tijdstip),
  ],
);
