import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mijlpaal, organisatie, overlegorgaan } from '../../db/schema/index';

export async function mijlpalen(db: Db, regioId: string, id?: string) {
  return db
    .select({
      id: mijlpaal.id,
      titel: mijlpaal.titel,
      omschrijving: mijlpaal.omschrijving,
      datum: mijlpaal.datum,
      eigenaar: mijlpaal.eigenaar,
      status: mijlpaal.status,
      gewijzigdOp: mijlpaal.gewijzigdOp,
      organisatieId: organisatie.id,
      organisatieNaam: organisatie.naam,
      overlegorgaanId: overlegorgaan.id,
      overlegorgaanNaam: overlegorgaan.naam,
    })
    .from(mijlpaal)
    .leftJoin(organisatie, and(eq(organisatie.regioId, regioId), eq(organisatie.id, mijlpaal.eigenaarOrganisatieId)))
    .leftJoin(overlegorgaan, and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.id, mijlpaal.eigenaarOverlegorgaanId)))
    .where(and(eq(mijlpaal.regioId, regioId), id ? eq(mijlpaal.id, id) : undefined))
    .orderBy(asc(mijlpaal.datum), asc(mijlpaal.titel));
}
export type MijlpaalRij = Awaited<ReturnType<typeof mijlpalen>>[number];

export async function isOrganisatieVanRegio(db: Db, regioId: string, id: string) {
  const [r] = await db.select({ id: organisatie.id }).from(organisatie).where(and(eq(organisatie.regioId, regioId), eq(organisatie.id, id)));
  return !!r;
}

export async function isOverlegorgaanVanRegio(db: Db, regioId: string, id: string) {
  const [r] = await db.select({ id: overlegorgaan.id }).from(overlegorgaan).where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.id, id)));
  return !!r;
}

export type MijlpaalWaarden = Omit<typeof mijlpaal.$inferInsert, 'id' | 'regioId' | 'aangemaaktOp' | 'gewijzigdOp'>;

export async function voegToe(db: Db, regioId: string, waarden: MijlpaalWaarden) {
  const [r] = await db.insert(mijlpaal).values({ ...waarden, regioId }).returning({ id: mijlpaal.id });
  return r!.id;
}

export async function wijzig(db: Db, regioId: string, id: string, waarden: Partial<MijlpaalWaarden>) {
  await db
    .update(mijlpaal)
    .set({ ...waarden, gewijzigdOp: new Date() })
    .where(and(eq(mijlpaal.regioId, regioId), eq(mijlpaal.id, id)));
}

export async function verwijder(db: Db, regioId: string, id: string) {
  await db.delete(mijlpaal).where(and(eq(mijlpaal.regioId, regioId), eq(mijlpaal.id, id)));
}
