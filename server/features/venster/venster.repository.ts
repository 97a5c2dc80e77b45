import { and, asc, count, desc, eq, inArray, max, min, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { gemeente, gemeenteInRegio, organisatie, vensterAntwoord, vensterScore, vensterVraag } from '../../db/schema/index';

/** The region's questions (of one year, or one question), each with how many scores it has. */
export async function vragen(db: Db, regioId: string, filter: { jaar?: number; id?: string } = {}) {
  const aantallen = db
    .select({ vraagId: vensterScore.vraagId, aantal: count().as('aantal') })
    .from(vensterScore)
    .where(eq(vensterScore.regioId, regioId))
    .groupBy(vensterScore.vraagId)
    .as('aantallen');
  return db
    .select({
      id: vensterVraag.id,
      jaar: vensterVraag.jaar,
      vraag: vensterVraag.vraag,
      volgorde: vensterVraag.volgorde,
      schaalMin: vensterVraag.schaalMin,
      schaalMax: vensterVraag.schaalMax,
      aantalAntwoorden: sql<number>`coalesce(${aantallen.aantal}, 0)`.mapWith(Number),
    })
    .from(vensterVraag)
    .leftJoin(aantallen, eq(aantallen.vraagId, vensterVraag.id))
    .where(
      and(
        eq(vensterVraag.regioId, regioId),
        filter.jaar !== undefined ? eq(vensterVraag.jaar, filter.jaar) : undefined,
        filter.id ? eq(vensterVraag.id, filter.id) : undefined,
      ),
    )
    .orderBy(desc(vensterVraag.jaar), asc(vensterVraag.volgorde), asc(vensterVraag.vraag));
}

export async function jaren(db: Db, regioId: string) {
  const rijen = await db.selectDistinct({ jaar: vensterVraag.jaar }).from(vensterVraag).where(eq(vensterVraag.regioId, regioId)).orderBy(asc(vensterVraag.jaar));
  return rijen.map((r) => r.jaar);
}

export type VraagWaarden = Pick<typeof vensterVraag.$inferInsert, 'jaar' | 'vraag' | 'volgorde' | 'schaalMin' | 'schaalMax'>;

export async function voegVraagToe(db: Db, regioId: string, waarden: VraagWaarden) {
  const [r] = await db.insert(vensterVraag).values({ ...waarden, regioId }).returning({ id: vensterVraag.id });
  return r!.id;
}

export async function wijzigVraag(db: Db, regioId: string, id: string, waarden: Partial<VraagWaarden>) {
  await db
    .update(vensterVraag)
    .set(waarden)
    .where(and(eq(vensterVraag.regioId, regioId), eq(vensterVraag.id, id)));
}

export async function verwijderVraag(db: Db, regioId: string, id: string) {
  await db.delete(vensterVraag).where(and(eq(vensterVraag.regioId, regioId), eq(vensterVraag.id, id)));
}

/** The lowest and highest score given on a question (null without scores). */
export async function scoreBereik(db: Db, regioId: string, vraagId: string) {
  const [r] = await db
    .select({ laagste: min(vensterScore.score), hoogste: max(vensterScore.score) })
    .from(vensterScore)
    .where(and(eq(vensterScore.regioId, regioId), eq(vensterScore.vraagId, vraagId)));
  return { laagste: r?.laagste ?? null, hoogste: r?.hoogste ?? null };
}

/** Who may respond: the member municipalities and the insurers of the region, with their response of the year. */
export async function respondenten(db: Db, regioId: string, jaar: number) {
  const [gemeenten, verzekeraars] = await Promise.all([
    db
      .select({ id: gemeente.id, gemeentecode: gemeente.gemeentecode, naam: gemeente.naam, antwoordId: vensterAntwoord.id, ingevuldOp: vensterAntwoord.ingevuldOp })
      .from(gemeenteInRegio)
      .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
      .leftJoin(vensterAntwoord, and(eq(vensterAntwoord.regioId, regioId), eq(vensterAntwoord.jaar, jaar), eq(vensterAntwoord.gemeenteId, gemeente.id)))
      .where(eq(gemeenteInRegio.regioId, regioId))
      .orderBy(asc(gemeente.naam)),
    db
      .select({ id: organisatie.id, naam: organisatie.naam, antwoordId: vensterAntwoord.id, ingevuldOp: vensterAntwoord.ingevuldOp })
      .from(organisatie)
      .leftJoin(vensterAntwoord, and(eq(vensterAntwoord.regioId, regioId), eq(vensterAntwoord.jaar, jaar), eq(vensterAntwoord.organisatieId, organisatie.id)))
      .where(and(eq(organisatie.regioId, regioId), eq(organisatie.soort, 'zorgverzekeraar')))
      .orderBy(asc(organisatie.naam)),
  ]);
  return { gemeenten, verzekeraars };
}

export async function gemeenteVanRegio(db: Db, regioId: string, gemeentecode: string) {
  const [r] = await db
    .select({ id: gemeente.id, naam: gemeente.naam, gemeentecode: gemeente.gemeentecode })
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .where(and(eq(gemeenteInRegio.regioId, regioId), eq(gemeente.gemeentecode, gemeentecode)));
  return r;
}

export async function organisatieVanRegio(db: Db, regioId: string, id: string) {
  const [r] = await db.select({ id: organisatie.id, naam: organisatie.naam, soort: organisatie.soort }).from(organisatie).where(and(eq(organisatie.regioId, regioId), eq(organisatie.id, id)));
  return r;
}

/** The responses of a year (or one), with the respondent's name. */
export async function antwoorden(db: Db, regioId: string, filter: { jaar?: number; id?: string }) {
  const rijen = await db
    .select({
      id: vensterAntwoord.id,
      jaar: vensterAntwoord.jaar,
      opmerking: vensterAntwoord.opmerking,
      ingevuldOp: vensterAntwoord.ingevuldOp,
      gemeentecode: gemeente.gemeentecode,
      gemeenteNaam: gemeente.naam,
      organisatieId: organisatie.id,
      organisatieNaam: organisatie.naam,
    })
    .from(vensterAntwoord)
    .leftJoin(gemeente, eq(gemeente.id, vensterAntwoord.gemeenteId))
    .leftJoin(organisatie, and(eq(organisatie.regioId, regioId), eq(organisatie.id, vensterAntwoord.organisatieId)))
    .where(
      and(
        eq(vensterAntwoord.regioId, regioId),
        filter.jaar !== undefined ? eq(vensterAntwoord.jaar, filter.jaar) : undefined,
        filter.id ? eq(vensterAntwoord.id, filter.id) : undefined,
      ),
    )
    .orderBy(asc(sql`coalesce(${gemeente.naam}, ${organisatie.naam})`));
  const scores = rijen.length
    ? await db
        .select({ antwoordId: vensterScore.antwoordId, vraagId: vensterScore.vraagId, score: vensterScore.score })
        .from(vensterScore)
        .where(and(eq(vensterScore.regioId, regioId), inArray(vensterScore.antwoordId, rijen.map((r) => r.id))))
    : [];
  return { rijen, scores };
}

export async function vindAntwoord(db: Db, regioId: string, jaar: number, respondent: { gemeenteId?: string; organisatieId?: string }) {
  const [r] = await db
    .select({ id: vensterAntwoord.id })
    .from(vensterAntwoord)
    .where(
      and(
        eq(vensterAntwoord.regioId, regioId),
        eq(vensterAntwoord.jaar, jaar),
        respondent.gemeenteId ? eq(vensterAntwoord.gemeenteId, respondent.gemeenteId) : eq(vensterAntwoord.organisatieId, respondent.organisatieId!),
      ),
    )
    .for('update');
  return r?.id;
}

export async function zetAntwoord(
  db: Db,
  regioId: string,
  bestaandId: string | undefined,
  waarden: { jaar: number; gemeenteId: string | null; organisatieId: string | null; opmerking: string },
  scores: Record<string, number>,
) {
  let id = bestaandId;
  if (id) {
    await db
      .update(vensterAntwoord)
      .set({ opmerking: waarden.opmerking, ingevuldOp: new Date() })
      .where(and(eq(vensterAntwoord.regioId, regioId), eq(vensterAntwoord.id, id)));
    await db.delete(vensterScore).where(and(eq(vensterScore.regioId, regioId), eq(vensterScore.antwoordId, id)));
  } else {
    const [r] = await db.insert(vensterAntwoord).values({ ...waarden, regioId }).returning({ id: vensterAntwoord.id });
    id = r!.id;
  }
  const rijen = Object.entries(scores).map(([vraagId, score]) => ({ regioId, antwoordId: id!, vraagId, score }));
  if (rijen.length) await db.insert(vensterScore).values(rijen);
  return id;
}

/**
 * Per question and year: the average (one decimal, rounded by the database), the number of
 * respondents and the lowest and highest score. One row per question: the results stay small
 * however many responses there are.
 */
export async function resultaten(db: Db, regioId: string) {
  const rijen = await db
    .select({
      jaar: vensterVraag.jaar,
      vraagId: vensterVraag.id,
      vraag: vensterVraag.vraag,
      volgorde: vensterVraag.volgorde,
      schaalMin: vensterVraag.schaalMin,
      schaalMax: vensterVraag.schaalMax,
      gemiddelde: sql<string | null>`round(avg(${vensterScore.score}), 1)`,
      aantal: count(vensterScore.id),
      min: min(vensterScore.score),
      max: max(vensterScore.score),
    })
    .from(vensterVraag)
    .leftJoin(vensterScore, and(eq(vensterScore.regioId, regioId), eq(vensterScore.vraagId, vensterVraag.id)))
    .where(eq(vensterVraag.regioId, regioId))
    .groupBy(vensterVraag.id)
    .orderBy(asc(vensterVraag.jaar), asc(vensterVraag.volgorde), asc(vensterVraag.vraag));
  return rijen.map((r) => ({ ...r, gemiddelde: r.gemiddelde === null ? null : Number(r.gemiddelde) }));
}
