import type { Db } from '../../db/client';
import type { Config } from '../../config';
import { DomainError } from '../../errors';
import type { Actor } from '../toegang/rechten.rules';
import { schrijfAudit } from '../historie/historie.repository';
import * as repo from './sessies.repository';
import {
  controleerWachtwoord,
  dummyWachtwoordHash,
  tokenHash,
  willekeurigToken,
} from './wachtwoord';

export interface SessieContext {
  db: Db;
  config: Config;
}

/** Only this much time between two writes of laatst_gebruikt_op: one write a minute, not a request. */
const AANRAAK_INTERVAL_MS = 60_000;

export async function aanmelden(
  ctx: SessieContext,
  invoer: { email: string; wachtwoord: string; ipAdres: string; vorigSessieToken?: string },
) {
  const email = invoer.email.trim().toLowerCase();
  const { REGIEKAMER_AANMELDEN_MAX_POGINGEN: max, REGIEKAMER_AANMELDEN_VENSTER_MINUTEN: venster } = ctx.config;
  const pogingen = await repo.telMislukteAanmeldingen(ctx.db, email, invoer.ipAdres, venster);
  // Per account, and (more loosely) per address so one client cannot try many accounts.
  if (pogingen.perEmail >= max || pogingen.perIp >= max * 4) {
    throw new DomainError(
      'te-veel-pogingen',
      `Te veel mislukte aanmeldpogingen. Probeer het over ${venster} minuten opnieuw.`,
      undefined,
      venster * 60,
    );
  }
  const gebruiker = await repo.vindGebruikerOpEmail(ctx.db, email);
  const klopt = await controleerWachtwoord(
    gebruiker?.wachtwoordHash ?? (await dummyWachtwoordHash()),
    invoer.wachtwoord,
  );
  if (!gebruiker || !gebruiker.actief || !klopt) {
    await repo.registreerMislukteAanmelding(ctx.db, email, invoer.ipAdres);
    throw new DomainError('niet-aangemeld', 'Het e-mailadres of het wachtwoord klopt niet.');
  }

  const token = willekeurigToken();
  const csrfToken = willekeurigToken();
  const verlooptOp = new Date(Date.now() + ctx.config.REGIEKAMER_SESSIE_MAXIMAAL_UREN * 3_600_000);
  await ctx.db.transaction(async (tx) => {
    // Rotation: a session id known before sign-in is never the one used after it.
    if (invoer.vorigSessieToken) {
      const vorige = await repo.vindSessie(tx, tokenHash(invoer.vorigSessieToken));
      if (vorige) await repo.verwijderSessie(tx, vorige.id);
    }
    await repo.wisMislukteAanmeldingen(tx, email);
    await repo.ruimVerlopenSessiesOp(tx, ctx.config.REGIEKAMER_SESSIE_INACTIEF_MINUTEN);
    await repo.maakSessie(tx, { tokenHash: tokenHash(token), gebruikerId: gebruiker.id, csrfToken, verlooptOp });
  });
  const actor = (await repo.laadActor(ctx.db, gebruiker.id))!;
  return { token, csrfToken, verlooptOp, actor };
}

export type SessieUitkomst =
  | { soort: 'geldig'; actor: Actor; sessieId: string; csrfToken: string }
  | { soort: 'verlopen' }
  | { soort: 'onbekend' };

export async function sessieVoorToken(ctx: SessieContext, token: string): Promise<SessieUitkomst> {
  const s = await repo.vindSessie(ctx.db, tokenHash(token));
  if (!s) return { soort: 'onbekend' };
  const nu = Date.now();
  const inactiefMs = ctx.config.REGIEKAMER_SESSIE_INACTIEF_MINUTEN * 60_000;
  if (s.verlooptOp.getTime() <= nu || s.laatstGebruiktOp.getTime() + inactiefMs <= nu) {
    await repo.verwijderSessie(ctx.db, s.id);
    return { soort: 'verlopen' };
  }
  const actor = await repo.laadActor(ctx.db, s.gebruikerId);
  if (!actor) return { soort: 'onbekend' };
  if (nu - s.laatstGebruiktOp.getTime() > AANRAAK_INTERVAL_MS) await repo.raakSessieAan(ctx.db, s.id);
  return { soort: 'geldig', actor, sessieId: s.id, csrfToken: s.csrfToken };
}

export async function actorVoorApiToken(ctx: SessieContext, token: string): Promise<Actor | undefined> {
  const t = await repo.vindActiefToken(ctx.db, tokenHash(token));
  if (!t) return undefined;
  const actor = await repo.laadActor(ctx.db, t.gebruikerId);
  if (!actor) return undefined;
  if (!t.laatstGebruiktOp || Date.now() - t.laatstGebruiktOp.getTime() > AANRAAK_INTERVAL_MS) {
    await repo.raakTokenAan(ctx.db, t.id);
  }
  return actor;
}

export { lidmaatschappenVoorWeergave, tokensVan } from './sessies.repository';

export const afmelden = (ctx: SessieContext, sessieId: string) => repo.verwijderSessie(ctx.db, sessieId);

/** Prefix that makes a leaked token recognisable to secret scanners. */
export const TOKEN_PREFIX = 'rk_';

export async function maakApiToken(db: Db, gebruikerId: string, naam: string, actor: Pick<Actor, 'gebruikerId' | 'naam'> | null = null) {
  const token = TOKEN_PREFIX + willekeurigToken();
  return db.transaction(async (tx) => {
    const rij = await repo.maakToken(tx, gebruikerId, naam, tokenHash(token));
    await schrijfAudit(tx, { regioId: null, actor, actie: 'aangemaakt', soort: 'api-token', itemId: rij.id, na: { gebruikerId, naam } });
    return { token, id: rij.id, naam: rij.naam, aangemaaktOp: rij.aangemaaktOp };
  });
}

export async function trekApiTokenIn(db: Db, actor: Actor, tokenId: string) {
  return db.transaction(async (tx) => {
    const rij = await repo.trekTokenIn(tx, actor.gebruikerId, tokenId);
    if (rij) await schrijfAudit(tx, { regioId: null, actor, actie: 'gewijzigd', soort: 'api-token', itemId: tokenId, omschrijving: 'ingetrokken', na: { naam: rij.naam } });
    return rij;
  });
}
