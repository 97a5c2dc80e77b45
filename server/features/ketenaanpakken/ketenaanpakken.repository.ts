import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { gemeente, gemeenteInRegio, ketenaanpak, ketenaanpakGemeente, organisatie } from '../../db/schema/index';
import type { MatrixRij } from './ketenaanpak.rules';

/** Adds the approaches that are missing (by code); returns the ones it added. */
export async function voegOntbrekendeToe(db: Db, aanpakken: ReadonlyArray<{ code: string; naam: string; omschrijving: string }>) {
  return db
    .insert(ketenaanpak)
    .values(aanpakken.map((a, i) => ({ ...a, volgorde: i + 1 })))
    .onConflictDoNothing({ target: ketenaanpak.code })
    .returning();
}

export async function ketenaanpakken(db: Db) {
  return db
    .select({ id: ketenaanpak.id, code: ketenaanpak.code, naam: ketenaanpak.naam, omschrijving: ketenaanpak.omschrijving })
    .from(ketenaanpak)
    .orderBy(asc(ketenaanpak.volgorde));
}

export async function vindKetenaanpak(db: Db, id: string) {
  const [a] = await db.select().from(ketenaanpak).where(eq(ketenaanpak.id, id));
  return a;
}

/**
 * Every member municipality × every approach, with the stored row where there is one: the whole
 * matrix in one query (a region has ~20 municipalities, so at most ~100 rows).
 */
export async function matrixRijen(db: Db, regioId: string): Promise<MatrixRij[]> {
  return db
    .select({
      ketenaanpakId: ketenaanpak.id,
      gemeentecode: gemeente.gemeentecode,
      gemeenteNaam: gemeente.naam,
      id: ketenaanpakGemeente.id,
      niveau: ketenaanpakGemeente.niveau,
      coordinatorId: organisatie.id,
      coordinatorOrganisatie: organisatie.naam,
      coordinatorNaam: ketenaanpakGemeente.coordinatorNaam,
      interventie: ketenaanpakGemeente.interventie,
      verwijsroutes: ketenaanpakGemeente.verwijsroutes,
      notities: ketenaanpakGemeente.notities,
      bijgewerktOp: ketenaanpakGemeente.bijgewerktOp,
    })
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .crossJoin(ketenaanpak)
    .leftJoin(
      ketenaanpakGemeente,
      and(
        eq(ketenaanpakGemeente.regioId, regioId),
        eq(ketenaanpakGemeente.ketenaanpakId, ketenaanpak.id),
        eq(ketenaanpakGemeente.gemeenteId, gemeenteInRegio.gemeenteId),
      ),
    )
    .leftJoin(organisatie, and(eq(organisatie.regioId, regioId), eq(organisatie.id, ketenaanpakGemeente.coordinatorOrganisatieId)))
    .where(eq(gemeenteInRegio.regioId, regioId))
    .orderBy(asc(gemeente.naam), asc(ketenaanpak.volgorde));
}

/** The stored row of a pair, locked for the rest of the transaction. */
export async function vergrendelRij(db: Db, regioId: string, ketenaanpakId: string, gemeenteId: string) {
  const [r] = await db
    .select()
    .from(ketenaanpakGemeente)
    .where(
      and(
        eq(ketenaanpakGemeente.regioId, regioId),
        eq(ketenaanpakGemeente.ketenaanpakId, ketenaanpakId),
        eq(ketenaanpakGemeente.gemeenteId, gemeenteId),
      ),
    )
    .for('update');
  return r;
}

export interface RijInvoer {
  niveau: string;
  coordinatorOrganisatieId: string | null;
  coordinatorNaam: string;
  interventie: string;
  verwijsroutes: string;
  notities: string;
}

/** Sets a pair's row: created the first time, replaced after. */
export async function zetRij(db: Db, regioId: string, ketenaanpakId: string, gemeenteId: string, invoer: RijInvoer) {
  const [r] = await db
    .insert(ketenaanpakGemeente)
    .values({ regioId, ketenaanpakId, gemeenteId, ...invoer })
    .onConflictDoUpdate({
      target: [ketenaanpakGemeente.regioId, ketenaanpakGemeente.ketenaanpakId, ketenaanpakGemeente.gemeenteId],
      set: { ...invoer, bijgewerktOp: sql`now()` },
    })
    .returning();
  return r!;
}

export { organisatiesVanRegio, vindGemeenteInRegio, vindOrganisatie } from '../regios/regios.repository';
