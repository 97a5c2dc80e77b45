import { and, eq } from 'drizzle-orm';
import { rolSchema, type Rol } from '../../../common/contracts/regios';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { gebruiker, gemeente, lidmaatschap, organisatie, regio } from '../../db/schema/index';
import { DomainError, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import type { Actor } from '../toegang/rechten.rules';
import { hashWachtwoord, minimaleWachtwoordLengte } from '../sessies/wachtwoord';

export type RolOfBeheerder = Rol | 'beheerder';

export interface NieuweGebruiker {
  email: string;
  naam?: string;
  wachtwoord: string;
  rol: RolOfBeheerder;
  /** Region id or exact name; required for every role but beheerder. */
  regio?: string;
  /** CBS code of the municipality, for beleidsadviseur and bestuurder. */
  gemeentecode?: string;
  /** Organisation name in the region, for a partner. */
  organisatie?: string;
}

const uuidPatroon = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function zoekRegio(tx: Db, regioArg: string) {
  const [r] = await tx
    .select()
    .from(regio)
    .where(uuidPatroon.test(regioArg) ? eq(regio.id, regioArg) : eq(regio.naam, regioArg));
  return r;
}

/** Resolves role, region, municipality and organisation into a membership, or names what is wrong. */
async function lidmaatschapVoor(tx: Db, invoer: Omit<NieuweGebruiker, 'email' | 'wachtwoord' | 'naam'>) {
  const rol = rolSchema.safeParse(invoer.rol);
  if (!rol.success) {
    throw ongeldig([{ name: 'rol', code: 'onbekend', reason: `Onbekende rol "${invoer.rol}"; kies beheerder of een van ${rolSchema.options.join(', ')}` }]);
  }
  const fouten = [];
  const r = invoer.regio ? await zoekRegio(tx, invoer.regio) : undefined;
  if (!invoer.regio) fouten.push({ name: 'regio', code: 'verplicht', reason: 'Geef de regio (id of naam) voor deze rol' });
  else if (!r) fouten.push({ name: 'regio', code: 'onbekend', reason: `Regio "${invoer.regio}" bestaat niet` });
  let gemeenteId: string | null = null;
  const gemeentelijk = rol.data === 'beleidsadviseur' || rol.data === 'bestuurder';
  if (gemeentelijk && !invoer.gemeentecode) {
    fouten.push({ name: 'gemeente', code: 'verplicht', reason: `De rol ${rol.data} hoort bij één gemeente: geef de gemeentecode` });
  } else if (!gemeentelijk && invoer.gemeentecode) {
    fouten.push({ name: 'gemeente', code: 'niet-van-toepassing', reason: `De rol ${rol.data} hoort niet bij één gemeente` });
  } else if (invoer.gemeentecode && r) {
    const [g] = await tx.select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.gemeentecode, invoer.gemeentecode.toUpperCase()));
    if (!g) fouten.push({ name: 'gemeente', code: 'onbekend', reason: `Gemeente ${invoer.gemeentecode} staat niet in het register` });
    else gemeenteId = g.id;
  }
  let organisatieId: string | null = null;
  if (invoer.organisatie && r) {
    const [o] = await tx
      .select({ id: organisatie.id })
      .from(organisatie)
      .where(and(eq(organisatie.regioId, r.id), eq(organisatie.naam, invoer.organisatie)));
    if (!o) fouten.push({ name: 'organisatie', code: 'onbekend', reason: `Organisatie "${invoer.organisatie}" bestaat niet in deze regio` });
    else organisatieId = o.id;
  }
  if (fouten.length) throw ongeldig(fouten);
  return { regioId: r!.id, rol: rol.data, gemeenteId, organisatieId };
}

export async function maakGebruiker(db: Db, actor: Actor | null, invoer: NieuweGebruiker) {
  const email = invoer.email.trim().toLowerCase();
  const fouten = [];
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fouten.push({ name: 'email', code: 'formaat', reason: 'Geen geldig e-mailadres' });
  if (invoer.wachtwoord.length < minimaleWachtwoordLengte) {
    fouten.push({ name: 'wachtwoord', code: 'te-kort', reason: `Een wachtwoord heeft minstens ${minimaleWachtwoordLengte} tekens` });
  }
  if (fouten.length) throw ongeldig(fouten);
  const wachtwoordHash = await hashWachtwoord(invoer.wachtwoord);
  return db
    .transaction(async (tx) => {
      const lid = invoer.rol === 'beheerder' ? null : await lidmaatschapVoor(tx, invoer);
      const [g] = await tx
        .insert(gebruiker)
        .values({ email, naam: invoer.naam?.trim() || email, wachtwoordHash, isBeheerder: invoer.rol === 'beheerder' })
        .returning({ id: gebruiker.id, email: gebruiker.email, naam: gebruiker.naam });
      if (lid) await tx.insert(lidmaatschap).values({ gebruikerId: g!.id, ...lid });
      await schrijfAudit(tx, {
        regioId: lid?.regioId ?? null,
        actor,
        actie: 'aangemaakt',
        soort: 'gebruiker',
        itemId: g!.id,
        na: { email, naam: g!.naam, rol: invoer.rol, ...(lid ?? {}) },
      });
      return g!;
    })
    .catch((error: unknown) => {
      if (isUniekeSchending(error)) throw new DomainError('conflict', `Er bestaat al een account voor ${email}.`);
      throw error;
    });
}

/** Adds a role in a (further) region to an existing account. */
export async function voegRolToe(db: Db, actor: Actor | null, email: string, invoer: Omit<NieuweGebruiker, 'email' | 'wachtwoord' | 'naam'>) {
  return db.transaction(async (tx) => {
    const [g] = await tx.select().from(gebruiker).where(eq(gebruiker.email, email.trim().toLowerCase()));
    if (!g) throw ongeldig([{ name: 'email', code: 'onbekend', reason: `Er is geen account voor ${email}` }]);
    if (invoer.rol === 'beheerder') {
      await tx.update(gebruiker).set({ isBeheerder: true }).where(eq(gebruiker.id, g.id));
    } else {
      const lid = await lidmaatschapVoor(tx, invoer);
      await tx.insert(lidmaatschap).values({ gebruikerId: g.id, ...lid }).onConflictDoNothing();
    }
    await schrijfAudit(tx, { regioId: null, actor, actie: 'gewijzigd', soort: 'gebruiker', itemId: g.id, na: { rolToegevoegd: invoer } });
  });
}

export async function zetWachtwoord(db: Db, actor: Actor | null, email: string, wachtwoord: string) {
  if (wachtwoord.length < minimaleWachtwoordLengte) {
    throw ongeldig([{ name: 'wachtwoord', code: 'te-kort', reason: `Een wachtwoord heeft minstens ${minimaleWachtwoordLengte} tekens` }]);
  }
  const wachtwoordHash = await hashWachtwoord(wachtwoord);
  await db.transaction(async (tx) => {
    const [g] = await tx.update(gebruiker).set({ wachtwoordHash }).where(eq(gebruiker.email, email.trim().toLowerCase())).returning();
    if (!g) throw ongeldig([{ name: 'email', code: 'onbekend', reason: `Er is geen account voor ${email}` }]);
    await schrijfAudit(tx, { regioId: null, actor, actie: 'gewijzigd', soort: 'gebruiker', itemId: g.id, omschrijving: 'wachtwoord opnieuw ingesteld' });
  });
}
