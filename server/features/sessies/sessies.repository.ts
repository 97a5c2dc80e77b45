import { and, count, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { aanmeldpoging, apiToken, gebruiker, gemeente, lidmaatschap, regio, sessie } from '../../db/schema/index';
import type { Actor, Lidmaatschap } from '../toegang/rechten.rules';
import type { Rol } from '../../../common/contracts/regios';

export async function vindGebruikerOpEmail(db: Db, email: string) {
  const [rij] = await db.select().from(gebruiker).where(eq(gebruiker.email, email.toLowerCase()));
  return rij;
}

export async function laadActor(db: Db, gebruikerId: string): Promise<Actor | undefined> {
  const [g] = await db.select().from(gebruiker).where(and(eq(gebruiker.id, gebruikerId), eq(gebruiker.actief, true)));
  if (!g) return undefined;
  const leden = await db
    .select({
      regioId: lidmaatschap.regioId,
      rol: lidmaatschap.rol,
      gemeenteId: lidmaatschap.gemeenteId,
      organisatieId: lidmaatschap.organisatieId,
    })
    .from(lidmaatschap)
    .where(eq(lidmaatschap.gebruikerId, gebruikerId));
  return {
    gebruikerId: g.id,
    naam: g.naam,
    email: g.email,
    isBeheerder: g.isBeheerder,
    lidmaatschappen: leden.map((l) => ({ ...l, rol: l.rol as Rol }) satisfies Lidmaatschap),
  };
}

/** Memberships with region names and municipality codes, for the session answer. */
export async function lidmaatschappenVoorWeergave(db: Db, actor: Actor) {
  const rijen = await db
    .select({
      regioId: regio.id,
      regioNaam: regio.naam,
      rol: lidmaatschap.rol,
      gemeentecode: gemeente.gemeentecode,
      organisatieId: lidmaatschap.organisatieId,
    })
    .from(lidmaatschap)
    .innerJoin(regio, eq(regio.id, lidmaatschap.regioId))
    .leftJoin(gemeente, eq(gemeente.id, lidmaatschap.gemeenteId))
    .where(eq(lidmaatschap.gebruikerId, actor.gebruikerId))
    .orderBy(regio.naam);
  if (actor.isBeheerder) {
    // A beheerder sees every region; it acts there as beheerder, shown as regiocoordinator rights.
    const alle = await db.select({ id: regio.id, naam: regio.naam }).from(regio).orderBy(regio.naam);
    const bekend = new Set(rijen.map((r) => r.regioId));
    for (const r of alle) {
      if (!bekend.has(r.id)) {
        rijen.push({ regioId: r.id, regioNaam: r.naam, rol: 'regiocoordinator', gemeentecode: null, organisatieId: null });
      }
    }
    rijen.sort((a, b) => a.regioNaam.localeCompare(b.regioNaam, 'nl'));
  }
  return rijen.map((r) => ({ ...r, rol: r.rol as Rol }));
}

export async function maakSessie(
  db: Db,
  waarden: { tokenHash: string; gebruikerId: string; csrfToken: string; verlooptOp: Date },
) {
  const [rij] = await db.insert(sessie).values(waarden).returning();
  return rij!;
}

export async function vindSessie(db: Db, tokenHash: string) {
  const [rij] = await db.select().from(sessie).where(eq(sessie.tokenHash, tokenHash));
  return rij;
}

export async function raakSessieAan(db: Db, id: string) {
  await db.update(sessie).set({ laatstGebruiktOp: sql`now()` }).where(eq(sessie.id, id));
}

export async function verwijderSessie(db: Db, id: string) {
  await db.delete(sessie).where(eq(sessie.id, id));
}

/** Expired sessions are removed when someone signs in: no background job needed. */
export async function ruimVerlopenSessiesOp(db: Db, inactiefMinuten: number) {
  await db
    .delete(sessie)
    .where(
      or(
        lt(sessie.verlooptOp, sql`now()`),
        lt(sessie.laatstGebruiktOp, sql`now() - make_interval(mins => ${inactiefMinuten})`),
      ),
    );
}

export async function telMislukteAanmeldingen(db: Db, email: string, ipAdres: string, vensterMinuten: number) {
  const sinds = sql`now() - make_interval(mins => ${vensterMinuten})`;
  const [perEmail] = await db
    .select({ n: count() })
    .from(aanmeldpoging)
    .where(and(eq(aanmeldpoging.email, email), gt(aanmeldpoging.tijdstip, sinds)));
  const [perIp] = await db
    .select({ n: count() })
    .from(aanmeldpoging)
    .where(and(eq(aanmeldpoging.ipAdres, ipAdres), gt(aanmeldpoging.tijdstip, sinds)));
  return { perEmail: Number(perEmail?.n ?? 0), perIp: Number(perIp?.n ?? 0) };
}

export async function registreerMislukteAanmelding(db: Db, email: string, ipAdres: string) {
  await db.insert(aanmeldpoging).values({ email, ipAdres });
}

export async function wisMislukteAanmeldingen(db: Db, email: string) {
  await db.delete(aanmeldpoging).where(eq(aanmeldpoging.email, email));
}

export async function vindActiefToken(db: Db, hash: string) {
  const [rij] = await db
    .select()
    .from(apiToken)
    .where(and(eq(apiToken.tokenHash, hash), isNull(apiToken.ingetrokkenOp)));
  return rij;
}

export async function raakTokenAan(db: Db, id: string) {
  await db.update(apiToken).set({ laatstGebruiktOp: sql`now()` }).where(eq(apiToken.id, id));
}

export async function maakToken(db: Db, gebruikerId: string, naam: string, hash: string) {
  const [rij] = await db.insert(apiToken).values({ gebruikerId, naam, tokenHash: hash }).returning();
  return rij!;
}

export async function tokensVan(db: Db, gebruikerId: string) {
  return db
    .select({
      id: apiToken.id,
      naam: apiToken.naam,
      aangemaaktOp: apiToken.aangemaaktOp,
      laatstGebruiktOp: apiToken.laatstGebruiktOp,
      ingetrokkenOp: apiToken.ingetrokkenOp,
    })
    .from(apiToken)
    .where(eq(apiToken.gebruikerId, gebruikerId))
    .orderBy(apiToken.aangemaaktOp);
}

export async function trekTokenIn(db: Db, gebruikerId: string, tokenId: string) {
  const [rij] = await db
    .update(apiToken)
    .set({ ingetrokkenOp: sql`now()` })
    .where(and(eq(apiToken.id, tokenId), eq(apiToken.gebruikerId, gebruikerId), isNull(apiToken.ingetrokkenOp)))
    .returning();
  return rij;
}
