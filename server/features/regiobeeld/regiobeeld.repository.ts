import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { gemeente, gemeenteInRegio, regiobeeldIndicator, regiobeeldVersie, regiobeeldWaarde, regioplanThema, regioplanThemaIndicator } from '../../db/schema/index';

// --- versies -------------------------------------------------------------------------------------

export async function versies(db: Db, regioId: string) {
  const aantallen = db
    .select({ versieId: regiobeeldWaarde.versieId, n: count().as('n') })
    .from(regiobeeldWaarde)
    .where(eq(regiobeeldWaarde.regioId, regioId))
    .groupBy(regiobeeldWaarde.versieId)
    .as('aantallen');
  const rijen = await db
    .select({ v: regiobeeldVersie, n: aantallen.n })
    .from(regiobeeldVersie)
    .leftJoin(aantallen, eq(aantallen.versieId, regiobeeldVersie.id))
    .where(eq(regiobeeldVersie.regioId, regioId))
    .orderBy(desc(regiobeeldVersie.versie));
  return rijen.map((r) => ({ ...r.v, aantalWaarden: Number(r.n ?? 0) }));
}

export async function vindVersie(db: Db, regioId: string, id: string) {
  const [v] = await db.select().from(regiobeeldVersie).where(and(eq(regiobeeldVersie.regioId, regioId), eq(regiobeeldVersie.id, id)));
  return v;
}

export async function huidigeVersie(db: Db, regioId: string) {
  const [v] = await db.select().from(regiobeeldVersie).where(eq(regiobeeldVersie.regioId, regioId)).orderBy(desc(regiobeeldVersie.versie)).limit(1);
  return v;
}

/** Locks the region's versions for the rest of the transaction: the next number and the copy take turns. */
export async function vergrendelVersies(db: Db, regioId: string) {
  await db.select({ id: regiobeeldVersie.id }).from(regiobeeldVersie).where(eq(regiobeeldVersie.regioId, regioId)).for('update');
}

export async function maakVersie(db: Db, regioId: string, waarden: Omit<typeof regiobeeldVersie.$inferInsert, 'regioId'>) {
  const [v] = await db.insert(regiobeeldVersie).values({ ...waarden, regioId }).returning();
  return v!;
}

/** The new version starts as an exact copy of the previous one, in one statement. */
export async function kopieerWaarden(db: Db, regioId: string, vanVersieId: string, naarVersieId: string) {
  await db.execute(sql`
    insert into ${regiobeeldWaarde} (regio_id, versie_id, indicator_id, gemeente_id, jaar, soort, scenario, waarde)
    select regio_id, ${naarVersieId}::uuid, indicator_id, gemeente_id, jaar, soort, scenario, waarde
    from ${regiobeeldWaarde}
    where regio_id = ${regioId} and versie_id = ${vanVersieId}`);
}

// --- indicatoren ---------------------------------------------------------------------------------

export async function indicatoren(db: Db, regioId: string, ids?: string[]) {
  return db
    .select()
    .from(regiobeeldIndicator)
    .where(and(eq(regiobeeldIndicator.regioId, regioId), ids ? inArray(regiobeeldIndicator.id, ids) : undefined))
    .orderBy(asc(regiobeeldIndicator.code));
}

export async function vindIndicator(db: Db, regioId: string, id: string) {
  const [i] = await indicatoren(db, regioId, [id]);
  return i;
}

/** Per indicator in a version: the number of values, and its latest observed value for the whole region. */
export async function kerncijfers(db: Db, regioId: string, versieId: string) {
  const [aantallen, laatste] = await Promise.all([
    db
      .select({ indicatorId: regiobeeldWaarde.indicatorId, n: count() })
      .from(regiobeeldWaarde)
      .where(and(eq(regiobeeldWaarde.regioId, regioId), eq(regiobeeldWaarde.versieId, versieId)))
      .groupBy(regiobeeldWaarde.indicatorId),
    db
      .selectDistinctOn([regiobeeldWaarde.indicatorId], { indicatorId: regiobeeldWaarde.indicatorId, jaar: regiobeeldWaarde.jaar, waarde: regiobeeldWaarde.waarde })
      .from(regiobeeldWaarde)
      .where(
        and(
          eq(regiobeeldWaarde.regioId, regioId),
          eq(regiobeeldWaarde.versieId, versieId),
          eq(regiobeeldWaarde.soort, 'waargenomen'),
          isNull(regiobeeldWaarde.gemeenteId),
        ),
      )
      .orderBy(regiobeeldWaarde.indicatorId, desc(regiobeeldWaarde.jaar)),
  ]);
  return {
    aantallen: new Map(aantallen.map((a) => [a.indicatorId, Number(a.n)])),
    laatste: new Map(laatste.map((l) => [l.indicatorId, { jaar: l.jaar, waarde: Number(l.waarde) }])),
  };
}

export async function maakIndicator(db: Db, regioId: string, waarden: Omit<typeof regiobeeldIndicator.$inferInsert, 'regioId'>) {
  const [i] = await db.insert(regiobeeldIndicator).values({ ...waarden, regioId }).returning();
  return i!;
}

export async function wijzigIndicator(db: Db, regioId: string, id: string, waarden: Partial<typeof regiobeeldIndicator.$inferInsert>) {
  await db.update(regiobeeldIndicator).set(waarden).where(and(eq(regiobeeldIndicator.regioId, regioId), eq(regiobeeldIndicator.id, id)));
}

export async function verwijderIndicator(db: Db, regioId: string, id: string) {
  await db.delete(regiobeeldIndicator).where(and(eq(regiobeeldIndicator.regioId, regioId), eq(regiobeeldIndicator.id, id)));
}

/** What still points at an indicator: values in any version, and opgaven or pijlers of the regioplan. */
export async function verwijzingenNaarIndicator(db: Db, regioId: string, id: string) {
  const [[waarden], themas] = await Promise.all([
    db
      .select({ n: count() })
      .from(regiobeeldWaarde)
      .where(and(eq(regiobeeldWaarde.regioId, regioId), eq(regiobeeldWaarde.indicatorId, id))),
    themasVanIndicator(db, regioId, id),
  ]);
  return { waarden: Number(waarden?.n ?? 0), themas };
}

export async function themasVanIndicator(db: Db, regioId: string, indicatorId: string) {
  return db
    .select({ id: regioplanThema.id, soort: regioplanThema.soort, nummer: regioplanThema.nummer, naam: regioplanThema.naam })
    .from(regioplanThemaIndicator)
    .innerJoin(regioplanThema, eq(regioplanThema.id, regioplanThemaIndicator.themaId))
    .where(and(eq(regioplanThemaIndicator.regioId, regioId), eq(regioplanThemaIndicator.indicatorId, indicatorId)))
    .orderBy(asc(regioplanThema.soort), asc(regioplanThema.nummer));
}

// --- waarden -------------------------------------------------------------------------------------

export async function waarden(db: Db, regioId: string, versieId: string, indicatorIds?: string[]) {
  return db
    .select({
      id: regiobeeldWaarde.id,
      indicatorId: regiobeeldWaarde.indicatorId,
      gemeenteId: regiobeeldWaarde.gemeenteId,
      gemeentecode: gemeente.gemeentecode,
      gemeenteNaam: gemeente.naam,
      jaar: regiobeeldWaarde.jaar,
      soort: regiobeeldWaarde.soort,
      scenario: regiobeeldWaarde.scenario,
      waarde: regiobeeldWaarde.waarde,
    })
    .from(regiobeeldWaarde)
    .leftJoin(gemeente, eq(gemeente.id, regiobeeldWaarde.gemeenteId))
    .where(
      and(
        eq(regiobeeldWaarde.regioId, regioId),
        eq(regiobeeldWaarde.versieId, versieId),
        indicatorIds ? inArray(regiobeeldWaarde.indicatorId, indicatorIds) : undefined,
      ),
    )
    .orderBy(sql`${gemeente.naam} nulls first`, asc(regiobeeldWaarde.jaar), asc(regiobeeldWaarde.soort), asc(regiobeeldWaarde.scenario));
}

type NieuweWaarde = Omit<typeof regiobeeldWaarde.$inferInsert, 'regioId' | 'versieId' | 'id'>;

export async function voegWaardenToe(db: Db, regioId: string, versieId: string, rijen: NieuweWaarde[]) {
  // In batches: one statement per thousand rows keeps the parameter count far below the limit.
  for (let i = 0; i < rijen.length; i += 1000) {
    await db.insert(regiobeeldWaarde).values(rijen.slice(i, i + 1000).map((r) => ({ ...r, regioId, versieId })));
  }
}

export async function wijzigWaarde(db: Db, regioId: string, id: string, waarden: { soort: string; waarde: string }) {
  await db.update(regiobeeldWaarde).set(waarden).where(and(eq(regiobeeldWaarde.regioId, regioId), eq(regiobeeldWaarde.id, id)));
}

export async function verwijderWaardenVan(db: Db, regioId: string, versieId: string, indicatorId: string) {
  await db
    .delete(regiobeeldWaarde)
    .where(and(eq(regiobeeldWaarde.regioId, regioId), eq(regiobeeldWaarde.versieId, versieId), eq(regiobeeldWaarde.indicatorId, indicatorId)));
}

/** The member municipalities of the region: CBS code → id. */
export async function gemeentenVanRegio(db: Db, regioId: string) {
  const rijen = await db
    .select({ id: gemeente.id, code: gemeente.gemeentecode })
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .where(eq(gemeenteInRegio.regioId, regioId));
  return new Map(rijen.map((r) => [r.code, r.id] as const));
}
