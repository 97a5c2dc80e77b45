import { z } from 'zod';

/** Shared building blocks of the API contracts (NLGov API Design Rules 2.1, ARCHITECTURE.md §4.7). */

export const uuidSchema = z.uuid({ error: 'Geen geldige id (uuid verwacht)' });

/** ISO date, as on the wire: 2024-03-20. */
export const datumSchema = z.iso.date({ error: 'Geen geldige datum (verwacht: JJJJ-MM-DD)' });

export const tekstSchema = (max = 200) =>
  z.string().trim().min(1, { error: 'Mag niet leeg zijn' }).max(max, { error: `Hoogstens ${max} tekens` });

export const vrijeTekstSchema = (max = 4000) =>
  z.string().trim().max(max, { error: `Hoogstens ${max} tekens` });

export const basispuntenSchema = z
  .number({ error: 'Geen getal' })
  .int({ error: 'Moet een geheel aantal basispunten zijn' })
  .min(0, { error: 'Mag niet negatief zijn' })
  .max(10000, { error: 'Hoogstens 10000 basispunten (100%)' });

export const pagineringQuerySchema = z.strictObject({
  pagina: z.coerce.number().int().min(1).default(1),
  paginaGrootte: z.coerce.number().int().min(1).max(500).default(50),
});

export function paginaSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    pagina: z.number().int(),
    paginaGrootte: z.number().int(),
    totaal: z.number().int(),
    totaalPaginas: z.number().int(),
  });
}

/** Collections are objects with items, never bare arrays, so fields can be added later. */
export function lijstSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), totaal: z.number().int() });
}

export const probleemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  invalidParams: z
    .array(z.object({ name: z.string(), code: z.string(), reason: z.string() }))
    .optional(),
});
export type Probleem = z.infer<typeof probleemSchema>;

export const historieregelSchema = z.object({
  id: z.number().int(),
  tijdstip: z.string(),
  gebruikerNaam: z.string(),
  actie: z.enum(['aangemaakt', 'gewijzigd', 'verwijderd', 'geimporteerd']),
  soort: z.string(),
  itemId: z.string(),
  omschrijving: z.string(),
  voor: z.unknown().nullable(),
  na: z.unknown().nullable(),
});
export type Historieregel = z.infer<typeof historieregelSchema>;

/**
 * The progress status used across monitoring and plans (UI.md "Status"): one list, one spelling on
 * the wire, whether it is a component of the implementation plan or an agreement of an accord.
 */
export const voortgangsstatussen = ['niet-gestart', 'in-uitvoering', 'gerealiseerd', 'vertraagd', 'niet-van-toepassing'] as const;
export type Voortgangsstatus = (typeof voortgangsstatussen)[number];
export const voortgangsstatusSchema = z.enum(voortgangsstatussen, { error: `Kies een van: ${voortgangsstatussen.join(', ')}` });
