import { z } from 'zod';
import { aantallenSchema, afspraakMetStatusSchema } from './afspraken';
import { tekstSchema, vrijeTekstSchema } from './algemeen';
import { financieelOverzichtSchema } from './financien';
import { evaluatieSchema, indicatorNiveauSchema, indicatorRichtingSchema, periodeSchema } from './indicatoren';
import { ketenaanpakkenMatrixSchema } from './ketenaanpakken';
import { mijlpaalSchema } from './mijlpalen';
import { dekkingSchema } from './steunpunten';

// "Where do we stand?" (issue: region overview, progress reports). The regiostand is the whole
// state of a region's monitoring at a date; a progress report freezes one, the overview page
// summarises the live one.

export const indicatorStandSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  naam: z.string(),
  niveau: indicatorNiveauSchema,
  eenheid: z.string(),
  richting: indicatorRichtingSchema,
  cumulatief: z.boolean(),
  evaluaties: z.array(evaluatieSchema),
});
export type IndicatorStand = z.infer<typeof indicatorStandSchema>;

/**
 * The frozen content of a progress report. `versie` is the shape of this object: a later change of
 * the shape gets a new version, and old reports keep being read with the shape they were made in.
 */
export const regiostandSchema = z.object({
  versie: z.literal(1),
  regio: z.object({ id: z.uuid(), naam: z.string() }),
  /** The period reported on, and the date the state was taken. */
  periode: z.string(),
  periodeLabel: z.string(),
  peildatum: z.string(),
  afspraken: z.object({ aantallen: aantallenSchema, items: z.array(afspraakMetStatusSchema) }),
  ketenaanpakken: ketenaanpakkenMatrixSchema,
  dekking: dekkingSchema,
  /** Each indicator with the evaluation of its targets for periods inside the reported period. */
  indicatoren: z.array(indicatorStandSchema),
  mijlpalen: z.array(mijlpaalSchema),
  /** Budget against spending of the period's year; null when the region has no budget for it. */
  financien: financieelOverzichtSchema.nullable(),
});
export type Regiostand = z.infer<typeof regiostandSchema>;

// --- voortgangsrapportages ----------------------------------------------------------------------

export const voortgangsrapportageInvoerSchema = z.strictObject({
  /** The period reported on: "2024-K3" (quarterly), "2024-H1" (half-yearly) or "2024" (annual). */
  periode: periodeSchema,
  titel: tekstSchema(300).optional(),
  toelichting: vrijeTekstSchema(8000).optional(),
});
export type VoortgangsrapportageInvoer = z.output<typeof voortgangsrapportageInvoerSchema>;

export const voortgangsrapportageSamenvattingSchema = z.object({
  id: z.uuid(),
  periode: z.string(),
  periodeLabel: z.string(),
  /** 1 for the first report of a period; a later freeze of the same period gets 2, 3 … */
  volgnummer: z.number().int(),
  titel: z.string(),
  toelichting: z.string(),
  peildatum: z.string(),
  bevrorenOp: z.string(),
  bevrorenDoor: z.string(),
  /** SHA-256 of the frozen content as stored, in hex. */
  inhoudHash: z.string(),
});
export type VoortgangsrapportageSamenvatting = z.infer<typeof voortgangsrapportageSamenvattingSchema>;

/**
 * One report as the API answers it. `inhoud` is passed through exactly as it was frozen: it was
 * checked against `regiostandSchema` when it was frozen, and reading it back with the live nested
 * schemas would drop or refuse fields once they change after the freeze. The server only checks
 * that it is JSON of a known `versie` (1).
 */
export const voortgangsrapportageSchema = voortgangsrapportageSamenvattingSchema.extend({
  /** The stored content still has the hash it was frozen with. */
  ongeschonden: z.boolean(),
  inhoud: z.unknown().meta({
    description:
      'De bevroren regiostand, onveranderd zoals opgeslagen: een object in de vorm van regiostandSchema versie 1 ' +
      '(common/contracts/overzicht.ts), met "versie": 1.',
  }),
});
/** A report with its content typed as the version-1 regiostand it was frozen as. */
export type Voortgangsrapportage = Omit<z.infer<typeof voortgangsrapportageSchema>, 'inhoud'> & { inhoud: Regiostand };

// --- the region overview ------------------------------------------------------------------------

/** One item that needs attention: an overdue or delayed agreement or milestone. */
export const aandachtspuntSchema = z.object({
  soort: z.enum(['afspraak', 'mijlpaal']),
  id: z.uuid(),
  titel: z.string(),
  status: z.string(),
  /** The deadline or date, if any. */
  datum: z.string().nullable(),
  verlopen: z.boolean(),
  verlopenTekst: z.string().nullable(),
});
export type Aandachtspunt = z.infer<typeof aandachtspuntSchema>;

export const overzichtSchema = z.object({
  regio: z.object({ id: z.uuid(), naam: z.string() }),
  peildatum: z.string(),
  aantallen: z.object({
    afspraken: aantallenSchema,
    mijlpalenVerlopen: z.number().int(),
    mijlpalenVertraagd: z.number().int(),
    indicatorenNietGehaald: z.number().int(),
  }),
  /** Overdue first (longest first), then delayed. */
  aandachtspunten: z.array(aandachtspuntSchema),
  ketenaanpakken: ketenaanpakkenMatrixSchema,
  dekking: dekkingSchema,
  /** Indicators whose latest evaluated target is not met. */
  indicatorenNietGehaald: z.array(indicatorStandSchema),
  /** The next milestones from today that are not closed, at most five. */
  volgendeMijlpalen: z.array(mijlpaalSchema),
  laatsteRapportage: voortgangsrapportageSamenvattingSchema.nullable(),
  /** This year's budget against spending, totals only; null without a budget. */
  financien: z
    .object({
      jaar: z.number().int(),
      begrootCenten: z.number().int(),
      verplichtCenten: z.number().int(),
      uitgegevenCenten: z.number().int(),
    })
    .nullable(),
});
export type Overzicht = z.infer<typeof overzichtSchema>;
