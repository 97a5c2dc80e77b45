import { z } from 'zod';
import { uuidSchema, vrijeTekstSchema } from './algemeen';

/** The levels at which a municipality runs a chain approach (DOMAIN.md §9), widest first. */
export const ketenaanpakNiveaus = ['regionaal', 'subregionaal', 'lokaal', 'in-voorbereiding', 'niet-gestart'] as const;
export type KetenaanpakNiveau = (typeof ketenaanpakNiveaus)[number];

export const ketenaanpakNiveauLabels: Record<KetenaanpakNiveau, string> = {
  regionaal: 'regionaal',
  subregionaal: 'subregionaal',
  lokaal: 'lokaal',
  'in-voorbereiding': 'in voorbereiding',
  'niet-gestart': 'niet gestart',
};

export const ketenaanpakNiveauSchema = z.enum(ketenaanpakNiveaus, {
  error: `Kies een van: ${ketenaanpakNiveaus.join(', ')}`,
});

export const ketenaanpakSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  naam: z.string(),
  omschrijving: z.string(),
});
export type Ketenaanpak = z.infer<typeof ketenaanpakSchema>;

/** One cell of the matrix: a chain approach in a municipality; `opgeslagen` false is the default "niet gestart". */
export const ketenaanpakCelSchema = z.object({
  ketenaanpakId: z.uuid(),
  gemeentecode: z.string(),
  niveau: ketenaanpakNiveauSchema,
  coordinator: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  coordinatorNaam: z.string(),
  interventie: z.string(),
  verwijsroutes: z.string(),
  notities: z.string(),
  opgeslagen: z.boolean(),
  /** The row's id when stored: its history is under that id. */
  id: z.uuid().nullable(),
  bijgewerktOp: z.string().nullable(),
});
export type KetenaanpakCel = z.infer<typeof ketenaanpakCelSchema>;

export const ketenaanpakGemeenteSchema = z.object({
  gemeentecode: z.string(),
  naam: z.string(),
  cellen: z.array(ketenaanpakCelSchema),
});
export type KetenaanpakGemeente = z.infer<typeof ketenaanpakGemeenteSchema>;

/** The approaches and the whole matrix in one answer: a region has at most ~20 municipalities. */
export const ketenaanpakkenMatrixSchema = z.object({
  ketenaanpakken: z.array(ketenaanpakSchema),
  gemeenten: z.array(ketenaanpakGemeenteSchema),
});
export type KetenaanpakkenMatrix = z.infer<typeof ketenaanpakkenMatrixSchema>;

export const ketenaanpakCelUpdateSchema = z.strictObject({
  niveau: ketenaanpakNiveauSchema,
  coordinatorOrganisatieId: uuidSchema.nullable().optional(),
  coordinatorNaam: vrijeTekstSchema(200).optional(),
  interventie: vrijeTekstSchema(200).optional(),
  verwijsroutes: vrijeTekstSchema(2000).optional(),
  notities: vrijeTekstSchema(4000).optional(),
});
export type KetenaanpakCelUpdate = z.infer<typeof ketenaanpakCelUpdateSchema>;
