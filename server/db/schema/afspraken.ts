import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { akkoord } from './akkoorden';
import { gemeente, organisatie, regioKolom } from './regios';

// The agreements monitor (DOMAIN.md §9). The catalogue belongs to an accord and is national data,
// like the accord itself (no regio_id); the status of an agreement is per region.

/** One agreement of an accord that asks municipalities to act. */
export const afspraak = pgTable(
  'afspraak',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    akkoordId: uuid('akkoord_id')
      .notNull()
      .references(() => akkoord.id, { onDelete: 'cascade' }),
    /** Stable key within the accord: what the shipped catalogue is matched on when it is loaded again. */
    code: text('code').notNull(),
    titel: text('titel').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    thema: text('thema').notNull(),
    verantwoordelijkePartij: text('verantwoordelijke_partij').notNull().default(''),
    gemeentelijkeRol: text('gemeentelijke_rol').notNull().default(''),
    deadline: date('deadline'),
    volgorde: integer('volgorde').notNull().default(0),
  },
  (t) => [
    uniqueIndex('afspraak_code_uniek').on(t.akkoordId, t.code),
    // The themes of DOMAIN.md §9, kept in step with afspraakThemas in common/contracts/afspraken.ts.
    check(
      'afspraak_thema',
      sql`${t.thema} in ('regionale samenwerking', 'acute en cruciale zorg', 'GGZ–huisarts–sociaal domein', 'eerstelijnszorg', 'ketenaanpakken', 'e-health en hybride zorg', 'kennisfunctie GGD', 'arbeidsmarkt')`,
    ),
  ],
);

/** Where a region stands on one agreement. No row means "niet gestart". */
export const afspraakStatus = pgTable(
  'afspraak_status',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    afspraakId: uuid('afspraak_id')
      .notNull()
      .references(() => afspraak.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    eigenaar: text('eigenaar').notNull().default(''),
    eigenaarGemeenteId: uuid('eigenaar_gemeente_id').references(() => gemeente.id, { onDelete: 'set null' }),
    eigenaarOrganisatieId: uuid('eigenaar_organisatie_id').references(() => organisatie.id, { onDelete: 'set null' }),
    bewijs: text('bewijs').notNull().default(''),
    bewijsLinks: text('bewijs_links').array().notNull().default(sql`'{}'::text[]`),
    toelichting: text('toelichting').notNull().default(''),
    gewijzigdOp: timestamp('gewijzigd_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('afspraak_status_uniek').on(t.regioId, t.afspraakId),
    index('afspraak_status_regio_status').on(t.regioId, t.status),
    check('afspraak_status_waarde', sql`${t.status} in ('niet-gestart', 'in-uitvoering', 'gerealiseerd', 'vertraagd', 'niet-van-toepassing')`),
  ],
);
