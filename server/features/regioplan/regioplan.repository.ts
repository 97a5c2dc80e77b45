import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { gemeente, gemeenteInRegio, organisatie, overlegorgaan, regiobeeldIndicator, regioplanThema, regioplanThemaIndicator } from '../../db/schema/index';

export async function themas(db: Db, regioId: string, filter: { id?: string; soort?: string } = {}) {
  const [rijen, koppelingen] = await Promise.all([
    db
      .select({
        t: regioplanThema,
        organisatieNaam: organisatie.naam,
        gemeentecode: gemeente.gemeentecode,
        gemeenteNaam: gemeente.naam,
        overlegorgaanNaam: overlegorgaan.naam,
      })
      .from(regioplanThema)
      .leftJoin(organisatie, eq(organisatie.id, regioplanThema.kartrekkerOrganisatieId))
      .leftJoin(gemeente, eq(gemeente.id, regioplanThema.kartrekkerGemeenteId))
      .leftJoin(overlegorgaan, eq(overlegorgaan.id, regioplanThema.kartrekkerOverlegorgaanId))
      .where(
        and(
          eq(regioplanThema.regioId, regioId),
          filter.id ? eq(regioplanThema.id, filter.id) : undefined,
          filter.soort ? eq(regioplanThema.soort, filter.soort) : undefined,
        ),
      )
      .orderBy(asc(regioplanThema.soort), asc(regioplanThema.nummer)),
    db
      .select({ themaId: regioplanThemaIndicator.themaId, id: regiobeeldIndicator.id, code: regiobeeldIndicator.code, naam: regiobeeldIndicator.naam, eenheid: regiobeeldIndicator.eenheid })
      .from(regioplanThemaIndicator)
      .innerJoin(regiobeeldIndicator, eq(regiobeeldIndicator.id, regioplanThemaIndicator.indicatorId))
      .where(eq(regioplanThemaIndicator.regioId, regioId))
      .orderBy(asc(regiobeeldIndicator.code)),
  ]);
  return rijen.map((r) => ({ ...r, indicatoren: koppelingen.filter((k) => k.themaId === r.t.id).map(({ themaId: _t, ...i }) => i) }));
}

export async function maakThema(db: Db, regioId: string, waarden: Omit<typeof regioplanThema.$inferInsert, 'regioId'>) {
  const [t] = await db.insert(regioplanThema).values({ ...waarden, regioId }).returning();
  return t!;
}

export async function wijzigThema(db: Db, regioId: string, id: string, waarden: Partial<typeof regioplanThema.$inferInsert>) {
  if (Object.keys(waarden).length === 0) return;
  await db.update(regioplanThema).set(waarden).where(and(eq(regioplanThema.regioId, regioId), eq(regioplanThema.id, id)));
}

export async function verwijderThema(db: Db, regioId: string, id: string) {
  await db.delete(regioplanThema).where(and(eq(regioplanThema.regioId, regioId), eq(regioplanThema.id, id)));
}

export async function zetIndicatoren(db: Db, regioId: string, themaId: string, indicatorIds: string[]) {
  await db.delete(regioplanThemaIndicator).where(and(eq(regioplanThemaIndicator.regioId, regioId), eq(regioplanThemaIndicator.themaId, themaId)));
  if (indicatorIds.length) await db.insert(regioplanThemaIndicator).values(indicatorIds.map((indicatorId) => ({ regioId, themaId, indicatorId })));
}

/** Which of these ids are indicators, organisations or bodies of this region; the municipality by CBS code. */
export async function bekendeVerwijzingen(db: Db, regioId: string, v: { indicatorIds: string[]; organisatieId?: string | null; overlegorgaanId?: string | null; gemeentecode?: string | null }) {
  const [indicatoren, organisaties, organen, gemeenten] = await Promise.all([
    v.indicatorIds.length
      ? db.select({ id: regiobeeldIndicator.id }).from(regiobeeldIndicator).where(and(eq(regiobeeldIndicator.regioId, regioId), inArray(regiobeeldIndicator.id, v.indicatorIds)))
      : Promise.resolve([]),
    v.organisatieId ? db.select({ id: organisatie.id }).from(organisatie).where(and(eq(organisatie.regioId, regioId), eq(organisatie.id, v.organisatieId))) : Promise.resolve([]),
    v.overlegorgaanId ? db.select({ id: overlegorgaan.id }).from(overlegorgaan).where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.id, v.overlegorgaanId))) : Promise.resolve([]),
    v.gemeentecode
      ? db
          .select({ id: gemeente.id })
          .from(gemeenteInRegio)
          .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
          .where(and(eq(gemeenteInRegio.regioId, regioId), eq(gemeente.gemeentecode, v.gemeentecode)))
      : Promise.resolve([]),
  ]);
  return {
    indicatorIds: new Set(indicatoren.map((i) => i.id)),
    organisatie: organisaties.length > 0,
    overlegorgaan: organen.length > 0,
    gemeenteId: gemeenten[0]?.id ?? null,
  };
}
