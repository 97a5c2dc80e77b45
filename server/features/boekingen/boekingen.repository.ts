import { and, asc, count, desc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { begrotingsregel, boeking, boekingimport, gemeente, importprofiel, organisatie, uitkering } from '../../db/schema/index';

export interface BoekingFilter {
  jaar?: number;
  soort?: 'verplichting' | 'uitgave';
  begrotingsregelId?: string;
  uitkeringId?: string;
  gemeentecode?: string;
  zoek?: string;
}

const escape = (s: string) => s.replace(/[\\%_]/g, '\\$&');

export async function zoekBoekingen(db: Db, regioId: string, f: BoekingFilter, pagina: number, paginaGrootte: number) {
  const voorwaarden: SQL[] = [eq(boeking.regioId, regioId)];
  if (f.jaar) voorwaarden.push(gte(boeking.datum, `${f.jaar}-01-01`), lte(boeking.datum, `${f.jaar}-12-31`));
  if (f.soort) voorwaarden.push(eq(boeking.soort, f.soort));
  if (f.begrotingsregelId) voorwaarden.push(eq(boeking.begrotingsregelId, f.begrotingsregelId));
  if (f.uitkeringId) voorwaarden.push(eq(boeking.uitkeringId, f.uitkeringId));
  if (f.gemeentecode) voorwaarden.push(eq(gemeente.gemeentecode, f.gemeentecode));
  if (f.zoek) voorwaarden.push(or(ilike(boeking.omschrijving, `%${escape(f.zoek)}%`), ilike(boeking.documentreferentie, `%${escape(f.zoek)}%`))!);
  const waar = and(...voorwaarden);
  const [rijen, [totaal]] = await Promise.all([
    db
      .select({
        b: boeking,
        regelCode: begrotingsregel.code,
        regelOmschrijving: begrotingsregel.omschrijving,
        uitkeringNaam: uitkering.naam,
        gemeentecode: gemeente.gemeentecode,
        gemeenteNaam: gemeente.naam,
        organisatieNaam: organisatie.naam,
      })
      .from(boeking)
      .innerJoin(begrotingsregel, eq(begrotingsregel.id, boeking.begrotingsregelId))
      .innerJoin(uitkering, eq(uitkering.id, boeking.uitkeringId))
      .leftJoin(gemeente, eq(gemeente.id, boeking.gemeenteId))
      .leftJoin(organisatie, eq(organisatie.id, boeking.organisatieId))
      .where(waar)
      .orderBy(desc(boeking.datum), desc(boeking.id))
      .limit(paginaGrootte)
      .offset((pagina - 1) * paginaGrootte),
    db.select({ n: count() }).from(boeking).leftJoin(gemeente, eq(gemeente.id, boeking.gemeenteId)).where(waar),
  ]);
  return { rijen, totaal: Number(totaal?.n ?? 0) };
}

export async function vindImportOpHash(db: Db, regioId: string, sha256: string) {
  const [i] = await db.select().from(boekingimport).where(and(eq(boekingimport.regioId, regioId), eq(boekingimport.sha256, sha256)));
  return i;
}

export async function importenVanRegio(db: Db, regioId: string) {
  return db.select().from(boekingimport).where(eq(boekingimport.regioId, regioId)).orderBy(desc(boekingimport.aangemaaktOp), asc(boekingimport.bestandsnaam));
}

export async function vindImport(db: Db, regioId: string, id: string) {
  const [i] = await db.select().from(boekingimport).where(and(eq(boekingimport.regioId, regioId), eq(boekingimport.id, id)));
  return i;
}

export async function verwijderImport(db: Db, regioId: string, id: string) {
  await db.delete(boekingimport).where(and(eq(boekingimport.regioId, regioId), eq(boekingimport.id, id)));
}

export const profielenVanRegio = (db: Db, regioId: string) =>
  db.select().from(importprofiel).where(eq(importprofiel.regioId, regioId)).orderBy(asc(importprofiel.naam));

export async function bewaarProfiel(db: Db, regioId: string, naam: string, toewijzing: Record<string, unknown>) {
  const [p] = await db
    .insert(importprofiel)
    .values({ regioId, naam, toewijzing })
    .onConflictDoUpdate({ target: [importprofiel.regioId, importprofiel.naam], set: { toewijzing, bijgewerktOp: sql`now()` } })
    .returning();
  return p!;
}

export async function verwijderProfiel(db: Db, regioId: string, id: string) {
  const [p] = await db.delete(importprofiel).where(and(eq(importprofiel.regioId, regioId), eq(importprofiel.id, id))).returning();
  return p;
}
