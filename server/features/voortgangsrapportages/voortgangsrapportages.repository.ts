import { and, desc, eq, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { voortgangsrapportage } from '../../db/schema/index';

const samenvattingKolommen = {
  id: voortgangsrapportage.id,
  periode: voortgangsrapportage.periode,
  volgnummer: voortgangsrapportage.volgnummer,
  titel: voortgangsrapportage.titel,
  toelichting: voortgangsrapportage.toelichting,
  peildatum: voortgangsrapportage.peildatum,
  bevrorenOp: voortgangsrapportage.bevrorenOp,
  bevrorenDoor: voortgangsrapportage.bevrorenDoor,
  inhoudHash: voortgangsrapportage.inhoudHash,
};

export async function volgendVolgnummer(db: Db, regioId: string, periode: string): Promise<number> {
  const [r] = await db
    .select({ hoogste: max(voortgangsrapportage.volgnummer) })
    .from(voortgangsrapportage)
    .where(and(eq(voortgangsrapportage.regioId, regioId), eq(voortgangsrapportage.periode, periode)));
  return (r?.hoogste ?? 0) + 1;
}

/**
 * Stores a report. The content goes in as the given text cast to json in SQL: the driver never
 * sees an object to re-serialise, and PostgreSQL keeps json text exactly as written.
 */
export async function voegToe(
  db: Db,
  waarden: Omit<typeof voortgangsrapportage.$inferInsert, 'inhoud' | 'id' | 'bevrorenOp'>,
  inhoudTekst: string,
): Promise<string> {
  const [r] = await db
    .insert(voortgangsrapportage)
    .values({ ...waarden, inhoud: sql`${inhoudTekst}::json` })
    .returning({ id: voortgangsrapportage.id });
  return r!.id;
}

/** Summaries without the content, newest first. */
export async function samenvattingen(db: Db, regioId: string, filter: { periode?: string; id?: string; aantal?: number } = {}) {
  const q = db
    .select(samenvattingKolommen)
    .from(voortgangsrapportage)
    .where(
      and(
        eq(voortgangsrapportage.regioId, regioId),
        filter.periode ? eq(voortgangsrapportage.periode, filter.periode) : undefined,
        filter.id ? eq(voortgangsrapportage.id, filter.id) : undefined,
      ),
    )
    .orderBy(desc(voortgangsrapportage.bevrorenOp), desc(voortgangsrapportage.periode), desc(voortgangsrapportage.volgnummer));
  return filter.aantal ? q.limit(filter.aantal) : q;
}

export type SamenvattingRij = Awaited<ReturnType<typeof samenvattingen>>[number];

/** One report with its content as the stored text (`::text`, so no driver parses and re-writes it). */
export async function metInhoud(db: Db, regioId: string, id: string) {
  const [r] = await db
    .select({ ...samenvattingKolommen, inhoud: sql<string>`${voortgangsrapportage.inhoud}::text` })
    .from(voortgangsrapportage)
    .where(and(eq(voortgangsrapportage.regioId, regioId), eq(voortgangsrapportage.id, id)));
  return r;
}
