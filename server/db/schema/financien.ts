import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { besluit } from './besluiten';
import { gebruiker } from './gebruikers';
import { gemeente, organisatie, overlegorgaan, regioKolom } from './regios';

// Money is integer euro cents in bigint columns (ARCHITECTURE.md §4.2); shares are basis points.

/** A specific grant (DOMAIN.md §5): SPUK-IZA, Brede SPUK, SPUK-DOS, transformatiemiddelen, eigen middelen. */
export const uitkering = pgTable(
  'uitkering',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    soort: text('soort').notNull(),
    naam: text('naam').notNull(),
    ontvangerGemeenteId: uuid('ontvanger_gemeente_id').references(() => gemeente.id),
    regeling: text('regeling').notNull().default(''),
    eersteJaar: integer('eerste_jaar').notNull(),
    laatsteJaar: integer('laatste_jaar').notNull(),
    voorwaarden: text('voorwaarden').notNull().default(''),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('uitkering_naam_uniek').on(t.regioId, t.naam),
    check('uitkering_jaren', sql`${t.eersteJaar} <= ${t.laatsteJaar}`),
  ],
);

export const uitkeringBedrag = pgTable(
  'uitkering_bedrag',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    uitkeringId: uuid('uitkering_id')
      .notNull()
      .references(() => uitkering.id, { onDelete: 'cascade' }),
    jaar: integer('jaar').notNull(),
    bedragCenten: bigint('bedrag_centen', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('uitkering_bedrag_jaar_uniek').on(t.uitkeringId, t.jaar),
    check('uitkering_bedrag_niet_negatief', sql`${t.bedragCenten} >= 0`),
  ],
);

/**
 * An allocation key as data (DOMAIN.md §5 "Allocation"): shares per purpose in basis points, and
 * for the local purpose a split over municipalities (by population, equal, fixed shares, or none).
 */
export const verdeelsleutel = pgTable(
  'verdeelsleutel',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    naam: text('naam').notNull(),
    lokaleVerdeling: text('lokale_verdeling').notNull(),
    toelichting: text('toelichting').notNull().default(''),
  },
  (t) => [uniqueIndex('verdeelsleutel_naam_uniek').on(t.regioId, t.naam)],
);

export const verdeelsleutelDoel = pgTable(
  'verdeelsleutel_doel',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    verdeelsleutelId: uuid('verdeelsleutel_id')
      .notNull()
      .references(() => verdeelsleutel.id, { onDelete: 'cascade' }),
    volgorde: integer('volgorde').notNull(),
    doel: text('doel').notNull(),
    aandeelBasispunten: integer('aandeel_basispunten').notNull(),
    /** The local share: split further over the municipalities. */
    lokaal: boolean('lokaal').notNull().default(false),
  },
  (t) => [check('doel_aandeel_bereik', sql`${t.aandeelBasispunten} between 0 and 10000`)],
);

/** Fixed shares per municipality, for a key whose local split is 'vast'. */
export const verdeelsleutelGemeente = pgTable(
  'verdeelsleutel_gemeente',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    verdeelsleutelId: uuid('verdeelsleutel_id')
      .notNull()
      .references(() => verdeelsleutel.id, { onDelete: 'cascade' }),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeente.id),
    aandeelBasispunten: integer('aandeel_basispunten').notNull(),
  },
  (t) => [uniqueIndex('verdeelsleutel_gemeente_uniek').on(t.verdeelsleutelId, t.gemeenteId)],
);

/** A yearly budget of the region; its amounts live in versions (DOMAIN.md §5 "Budget rules"). */
export const begroting = pgTable(
  'begroting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    jaar: integer('jaar').notNull(),
    naam: text('naam').notNull(),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('begroting_regio_jaar_naam_uniek').on(t.regioId, t.jaar, t.naam)],
);

/** The grants that fund a budget: their amounts for the year are its ceiling. */
export const begrotingUitkering = pgTable(
  'begroting_uitkering',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    begrotingId: uuid('begroting_id')
      .notNull()
      .references(() => begroting.id, { onDelete: 'cascade' }),
    uitkeringId: uuid('uitkering_id')
      .notNull()
      .references(() => uitkering.id),
  },
  (t) => [uniqueIndex('begroting_uitkering_uniek').on(t.begrotingId, t.uitkeringId)],
);

/** A budget line, stable across versions so that spending stays attached to it. */
export const begrotingsregel = pgTable(
  'begrotingsregel',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    begrotingId: uuid('begroting_id')
      .notNull()
      .references(() => begroting.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    omschrijving: text('omschrijving').notNull(),
    /** The werkagenda task it serves (DOMAIN.md §4), where one applies. */
    taakNummer: integer('taak_nummer'),
    volgorde: integer('volgorde').notNull(),
  },
  (t) => [uniqueIndex('begrotingsregel_code_uniek').on(t.begrotingId, t.code)],
);

/**
 * A version of a budget: concept, vastgesteld (by a decision, with date and reference) or
 * vervallen (replaced by a later adopted version). Every change is a new version.
 */
export const begrotingsversie = pgTable(
  'begrotingsversie',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    begrotingId: uuid('begroting_id')
      .notNull()
      .references(() => begroting.id, { onDelete: 'cascade' }),
    versie: integer('versie').notNull(),
    status: text('status').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    vastgesteldOp: date('vastgesteld_op'),
    vastgesteldDoorId: uuid('vastgesteld_door_id').references(() => overlegorgaan.id, { onDelete: 'set null' }),
    besluitReferentie: text('besluit_referentie').notNull().default(''),
    /** The decision (decision register) that adopted this version, when it was taken there. */
    besluitId: uuid('besluit_id').references((): AnyPgColumn => besluit.id, { onDelete: 'set null' }),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('begrotingsversie_uniek').on(t.begrotingId, t.versie),
    check('begrotingsversie_status', sql`${t.status} in ('concept', 'vastgesteld', 'vervallen')`),
    check('vastgesteld_met_datum', sql`${t.status} = 'concept' or ${t.vastgesteldOp} is not null`),
  ],
);

export const begrotingsbedrag = pgTable(
  'begrotingsbedrag',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    versieId: uuid('versie_id')
      .notNull()
      .references(() => begrotingsversie.id, { onDelete: 'cascade' }),
    regelId: uuid('regel_id')
      .notNull()
      .references(() => begrotingsregel.id, { onDelete: 'cascade' }),
    bedragCenten: bigint('bedrag_centen', { mode: 'number' }).notNull(),
    /** Expected spending at year end (half-yearly adjustment); null when not yet given. */
    prognoseCenten: bigint('prognose_centen', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('begrotingsbedrag_uniek').on(t.versieId, t.regelId),
    check('begrotingsbedrag_niet_negatief', sql`${t.bedragCenten} >= 0`),
  ],
);

/**
 * A reallocation between two lines. Within a body's mandate it applies to the adopted version
 * (versie_id) without changing it; beyond the mandate a PHO decision adopts a new version
 * (nieuwe_versie_id) that contains it.
 */
export const herverdeling = pgTable(
  'herverdeling',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    begrotingId: uuid('begroting_id')
      .notNull()
      .references(() => begroting.id, { onDelete: 'cascade' }),
    versieId: uuid('versie_id')
      .notNull()
      .references(() => begrotingsversie.id, { onDelete: 'cascade' }),
    nieuweVersieId: uuid('nieuwe_versie_id').references(() => begrotingsversie.id, { onDelete: 'cascade' }),
    vanRegelId: uuid('van_regel_id')
      .notNull()
      .references(() => begrotingsregel.id),
    naarRegelId: uuid('naar_regel_id')
      .notNull()
      .references(() => begrotingsregel.id),
    bedragCenten: bigint('bedrag_centen', { mode: 'number' }).notNull(),
    overlegorgaanId: uuid('overlegorgaan_id').references(() => overlegorgaan.id, { onDelete: 'set null' }),
    besluitdatum: date('besluitdatum').notNull(),
    besluitReferentie: text('besluit_referentie').notNull().default(''),
    /** The decision (decision register) that made this reallocation, when it was taken there. */
    besluitId: uuid('besluit_id').references((): AnyPgColumn => besluit.id, { onDelete: 'set null' }),
    toelichting: text('toelichting').notNull().default(''),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('herverdeling_begroting').on(t.begrotingId),
    check('herverdeling_positief', sql`${t.bedragCenten} > 0`),
    check('herverdeling_twee_regels', sql`${t.vanRegelId} <> ${t.naarRegelId}`),
  ],
);

/** One ledger import: the file's hash makes a second import of the same file add nothing. */
export const boekingimport = pgTable(
  'boekingimport',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    bestandsnaam: text('bestandsnaam').notNull(),
    sha256: text('sha256').notNull(),
    aantalRegels: integer('aantal_regels').notNull(),
    totaalCenten: bigint('totaal_centen', { mode: 'number' }).notNull(),
    gebruikerId: uuid('gebruiker_id').references(() => gebruiker.id, { onDelete: 'set null' }),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('boekingimport_bestand_uniek').on(t.regioId, t.sha256)],
);

/** A ledger entry: a commitment (verplichting) or an expenditure (uitgave), DOMAIN.md §5. */
export const boeking = pgTable(
  'boeking',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    regioId: regioKolom(),
    soort: text('soort').notNull(),
    datum: date('datum').notNull(),
    bedragCenten: bigint('bedrag_centen', { mode: 'number' }).notNull(),
    begrotingsregelId: uuid('begrotingsregel_id')
      .notNull()
      .references(() => begrotingsregel.id),
    uitkeringId: uuid('uitkering_id')
      .notNull()
      .references(() => uitkering.id),
    gemeenteId: uuid('gemeente_id').references(() => gemeente.id),
    organisatieId: uuid('organisatie_id').references(() => organisatie.id, { onDelete: 'set null' }),
    activiteit: text('activiteit').notNull().default(''),
    documentreferentie: text('documentreferentie').notNull().default(''),
    /** The document's (invoice's) total, when the financial system exports it: the double-funding check uses it. */
    documentbedragCenten: bigint('documentbedrag_centen', { mode: 'number' }),
    omschrijving: text('omschrijving').notNull().default(''),
    importId: uuid('import_id').references(() => boekingimport.id, { onDelete: 'cascade' }),
    importRegel: integer('import_regel'),
  },
  (t) => [
    // The overview sums amounts per line and kind; a later migration (0005) makes this index also
    // INCLUDE bedrag_centen, so that sum is read from the index alone (docs/benchmarks.md).
    index('boeking_regio_regel').on(t.regioId, t.begrotingsregelId, t.soort),
    // Undoing an import deletes its rows by import_id.
    index('boeking_import').on(t.importId),
    index('boeking_regio_datum').on(t.regioId, t.datum),
    index('boeking_document').on(t.regioId, t.documentreferentie),
    check('boeking_soort', sql`${t.soort} in ('verplichting', 'uitgave')`),
  ],
);

/** A saved column mapping for ledger imports: a financial system's export layout, chosen once. */
export const importprofiel = pgTable(
  'importprofiel',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regioId: regioKolom(),
    naam: text('naam').notNull(),
    toewijzing: jsonb('toewijzing').notNull(),
    bijgewerktOp: timestamp('bijgewerkt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('importprofiel_naam_uniek').on(t.regioId, t.naam)],
);
