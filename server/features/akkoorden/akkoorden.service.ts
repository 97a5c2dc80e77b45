import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { akkoordCreateSchema, akkoordUpdateSchema } from '../../../common/contracts/regios';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { akkoord, akkoordDeelname, taak } from '../../db/schema/index';
import { DomainError, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import type { Actor } from '../toegang/rechten.rules';

/** Accords are national data (DOMAIN.md §3): readable by everyone signed in, changed by a beheerder. */
export async function lijstAkkoorden(db: Db, ids?: string[]) {
  const akkoorden = await db
    .select()
    .from(akkoord)
    .where(ids ? inArray(akkoord.id, ids) : undefined)
    .orderBy(asc(akkoord.ondertekendOp), asc(akkoord.code));
  if (akkoorden.length === 0) return [];
  const akkoordIds = akkoorden.map((a) => a.id);
  const [taken, deelnames] = await Promise.all([
    db.select().from(taak).where(inArray(taak.akkoordId, akkoordIds)).orderBy(asc(taak.nummer)),
    db.select().from(akkoordDeelname).where(inArray(akkoordDeelname.akkoordId, akkoordIds)).orderBy(asc(akkoordDeelname.datum)),
  ]);
  return akkoorden.map((a) => ({
    id: a.id,
    code: a.code,
    naam: a.naam,
    omschrijving: a.omschrijving,
    ondertekendOp: a.ondertekendOp,
    looptijdTot: a.looptijdTot,
    taken: taken.filter((t) => t.akkoordId === a.id).map((t) => ({ nummer: t.nummer, titel: t.titel, omschrijving: t.omschrijving })),
    deelnames: deelnames
      .filter((d) => d.akkoordId === a.id)
      .map((d) => ({ partij: d.partij, status: d.status as never, datum: d.datum, toelichting: d.toelichting })),
  }));
}

export async function haalAkkoord(db: Db, id: string) {
  const [a] = await lijstAkkoorden(db, [id]);
  if (!a) throw nietGevonden('Dit akkoord');
  return a;
}

type Invoer = z.output<typeof akkoordUpdateSchema>;

function controleer(invoer: Invoer, bestaand?: { ondertekendOp: string | null; looptijdTot: string | null }) {
  const ondertekend = invoer.ondertekendOp !== undefined ? invoer.ondertekendOp : bestaand?.ondertekendOp;
  const tot = invoer.looptijdTot !== undefined ? invoer.looptijdTot : bestaand?.looptijdTot;
  const fouten = [];
  if (ondertekend && tot && tot < ondertekend) {
    fouten.push({ name: 'looptijdTot', code: 'voor-ondertekening', reason: 'De looptijd eindigt vóór de ondertekening' });
  }
  const nummers = (invoer.taken ?? []).map((t) => t.nummer);
  nummers.forEach((n, i) => {
    if (nummers.indexOf(n) !== i) fouten.push({ name: `taken.${i}.nummer`, code: 'dubbel', reason: `Taak ${n} komt twee keer voor` });
  });
  if (fouten.length) throw ongeldig(fouten);
}

async function schrijfOnderdelen(tx: Db, akkoordId: string, invoer: Invoer) {
  if (invoer.taken) {
    await tx.delete(taak).where(eq(taak.akkoordId, akkoordId));
    if (invoer.taken.length) {
      await tx.insert(taak).values(invoer.taken.map((t) => ({ akkoordId, nummer: t.nummer, titel: t.titel, omschrijving: t.omschrijving ?? '' })));
    }
  }
  if (invoer.deelnames) {
    await tx.delete(akkoordDeelname).where(eq(akkoordDeelname.akkoordId, akkoordId));
    if (invoer.deelnames.length) {
      await tx
        .insert(akkoordDeelname)
        .values(invoer.deelnames.map((d) => ({ akkoordId, partij: d.partij, status: d.status, datum: d.datum, toelichting: d.toelichting ?? '' })));
    }
  }
}

const dubbeleCode = (code?: string) => (error: unknown): never => {
  if (isUniekeSchending(error)) throw new DomainError('conflict', `Er bestaat al een akkoord met de code ${code}.`);
  throw error;
};

export async function maakAkkoord(db: Db, actor: Actor | null, invoer: z.output<typeof akkoordCreateSchema>) {
  controleer(invoer);
  const id = await db
    .transaction(async (tx) => {
      const [a] = await tx
        .insert(akkoord)
        .values({
          code: invoer.code,
          naam: invoer.naam,
          omschrijving: invoer.omschrijving ?? '',
          ondertekendOp: invoer.ondertekendOp ?? null,
          looptijdTot: invoer.looptijdTot ?? null,
        })
        .returning();
      await schrijfOnderdelen(tx, a!.id, invoer);
      const [na] = await lijstAkkoorden(tx, [a!.id]);
      await schrijfAudit(tx, { regioId: null, actor, actie: 'aangemaakt', soort: 'akkoord', itemId: a!.id, na });
      return a!.id;
    })
    .catch(dubbeleCode(invoer.code));
  return haalAkkoord(db, id);
}

export async function wijzigAkkoord(db: Db, actor: Actor, id: string, invoer: Invoer) {
  await db
    .transaction(async (tx) => {
      const [voor] = await lijstAkkoorden(tx, [id]);
      if (!voor) throw nietGevonden('Dit akkoord');
      controleer(invoer, voor);
      const { taken: _t, deelnames: _d, ...velden } = invoer;
      if (Object.keys(velden).length) await tx.update(akkoord).set(velden).where(eq(akkoord.id, id));
      await schrijfOnderdelen(tx, id, invoer);
      const [na] = await lijstAkkoorden(tx, [id]);
      await schrijfAudit(tx, { regioId: null, actor, actie: 'gewijzigd', soort: 'akkoord', itemId: id, voor, na });
    })
    .catch(dubbeleCode(invoer.code));
  return haalAkkoord(db, id);
}

export async function verwijderAkkoord(db: Db, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const [voor] = await lijstAkkoorden(tx, [id]);
    if (!voor) throw nietGevonden('Dit akkoord');
    await tx.delete(akkoord).where(eq(akkoord.id, id));
    await schrijfAudit(tx, { regioId: null, actor, actie: 'verwijderd', soort: 'akkoord', itemId: id, voor });
  });
}
