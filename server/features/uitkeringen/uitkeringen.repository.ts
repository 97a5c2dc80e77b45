import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  gemeente,
  uitkering,
  uitkeringBedrag,
  verdeelsleutel,
  verdeelsleutelDoel,
  verdeelsleutelGemeente,
} from '../../db/schema/index';

export async function uitkeringenVanRegio(db: Db, regioId: string, ids?: string[]) {
  const rijen = await db
    .select({ u: uitkering, gemeentecode: gemeente.gemeentecode, gemeenteNaam: gemeente.naam })
    .from(uitkering)
    .leftJoin(gemeente, eq(gemeente.id, uitkering.ontvangerGemeenteId))
    .where(and(eq(uitkering.regioId, regioId), ids ? inArray(uitkering.id, ids) : undefined))
    .orderBy(asc(uitkering.soort), asc(uitkering.naam));
  if (rijen.length === 0) return [];
  const bedragen = await db
    .select()
    .from(uitkeringBedrag)
    .where(and(eq(uitkeringBedrag.regioId, regioId), inArray(uitkeringBedrag.uitkeringId, rijen.map((r) => r.u.id))))
    .orderBy(asc(uitkeringBedrag.jaar));
  return rijen.map((r) => ({
    ...r.u,
    ontvanger: r.gemeentecode ? { gemeentecode: r.gemeentecode, naam: r.gemeenteNaam! } : null,
    bedragen: bedragen.filter((b) => b.uitkeringId === r.u.id).map((b) => ({ jaar: b.jaar, bedragCenten: b.bedragCenten })),
  }));
}

export type UitkeringRij = Awaited<ReturnType<typeof uitkeringenVanRegio>>[number];

export async function vindUitkeringOpNaam(db: Db, regioId: string, naam: string) {
  const [u] = await db.select().from(uitkering).where(and(eq(uitkering.regioId, regioId), eq(uitkering.naam, naam)));
  return u;
}

export async function maakUitkering(db: Db, regioId: string, waarden: Omit<typeof uitkering.$inferInsert, 'regioId'>) {
  const [u] = await db.insert(uitkering).values({ ...waarden, regioId }).returning();
  return u!;
}

export async function wijzigUitkering(db: Db, regioId: string, id: string, waarden: Partial<typeof uitkering.$inferInsert>) {
  if (Object.keys(waarden).length === 0) return;
  await db.update(uitkering).set(waarden).where(and(eq(uitkering.regioId, regioId), eq(uitkering.id, id)));
}

export async function verwijderUitkering(db: Db, regioId: string, id: string) {
  await db.delete(uitkering).where(and(eq(uitkering.regioId, regioId), eq(uitkering.id, id)));
}

export async function zetBedragen(db: Db, regioId: string, uitkeringId: string, bedragen: { jaar: number; bedragCenten: number }[]) {
  await db.delete(uitkeringBedrag).where(and(eq(uitkeringBedrag.regioId, regioId), eq(uitkeringBedrag.uitkeringId, uitkeringId)));
  if (bedragen.length) await db.insert(uitkeringBedrag).values(bedragen.map((b) => ({ ...b, regioId, uitkeringId })));
}

export { gemeentenVanRegio } from '../regios/regios.repository';

// --- verdeelsleutels ---------------------------------------------------------------------------

export async function verdeelsleutelsVanRegio(db: Db, regioId: string, id?: string) {
  const sleutels = await db
    .select()
    .from(verdeelsleutel)
    .where(and(eq(verdeelsleutel.regioId, regioId), id ? eq(verdeelsleutel.id, id) : undefined))
    .orderBy(asc(verdeelsleutel.naam));
  if (sleutels.length === 0) return [];
  const ids = sleutels.map((s) => s.id);
  const [doelen, vast] = await Promise.all([
    db.select().from(verdeelsleutelDoel).where(inArray(verdeelsleutelDoel.verdeelsleutelId, ids)).orderBy(asc(verdeelsleutelDoel.volgorde)),
    db
      .select({ verdeelsleutelId: verdeelsleutelGemeente.verdeelsleutelId, gemeentecode: gemeente.gemeentecode, aandeelBasispunten: verdeelsleutelGemeente.aandeelBasispunten })
      .from(verdeelsleutelGemeente)
      .innerJoin(gemeente, eq(gemeente.id, verdeelsleutelGemeente.gemeenteId))
      .where(inArray(verdeelsleutelGemeente.verdeelsleutelId, ids))
      .orderBy(asc(gemeente.gemeentecode)),
  ]);
  return sleutels.map((s) => ({
    id: s.id,
    naam: s.naam,
    lokaleVerdeling: s.lokaleVerdeling as 'inwoners' | 'gelijk' | 'vast' | 'geen',
    toelichting: s.toelichting,
    doelen: doelen.filter((d) => d.verdeelsleutelId === s.id).map((d) => ({ doel: d.doel, aandeelBasispunten: d.aandeelBasispunten, lokaal: d.lokaal })),
    gemeenten: vast.filter((g) => g.verdeelsleutelId === s.id).map((g) => ({ gemeentecode: g.gemeentecode, aandeelBasispunten: g.aandeelBasispunten })),
  }));
}

export async function schrijfVerdeelsleutel(
  db: Db,
  regioId: string,
  id: string | undefined,
  waarden: { naam: string; lokaleVerdeling: string; toelichting: string },
  doelen: { doel: string; aandeelBasispunten: number; lokaal: boolean }[],
  gemeenten: { gemeenteId: string; aandeelBasispunten: number }[],
) {
  let sleutelId = id;
  if (sleutelId) {
    await db.update(verdeelsleutel).set(waarden).where(and(eq(verdeelsleutel.regioId, regioId), eq(verdeelsleutel.id, sleutelId)));
    await db.delete(verdeelsleutelDoel).where(eq(verdeelsleutelDoel.verdeelsleutelId, sleutelId));
    await db.delete(verdeelsleutelGemeente).where(eq(verdeelsleutelGemeente.verdeelsleutelId, sleutelId));
  } else {
    const [s] = await db.insert(verdeelsleutel).values({ ...waarden, regioId }).returning({ id: verdeelsleutel.id });
    sleutelId = s!.id;
  }
  await db.insert(verdeelsleutelDoel).values(doelen.map((d, volgorde) => ({ ...d, volgorde, regioId, verdeelsleutelId: sleutelId! })));
  if (gemeenten.length) await db.insert(verdeelsleutelGemeente).values(gemeenten.map((g) => ({ ...g, regioId, verdeelsleutelId: sleutelId! })));
  return sleutelId;
}

export async function verwijderVerdeelsleutel(db: Db, regioId: string, id: string) {
  await db.delete(verdeelsleutel).where(and(eq(verdeelsleutel.regioId, regioId), eq(verdeelsleutel.id, id)));
}
