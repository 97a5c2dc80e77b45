import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors';
import { gelijk } from '../features/sessies/wachtwoord';
import { actorVoorApiToken, sessieVoorToken, type SessieContext } from '../features/sessies/sessies.service';
import { type Actor, heeftRecht, isLidVan, type Recht } from '../features/toegang/rechten.rules';

/**
 * What a route needs. Every route under /api/v1 must declare it; a route that does not is
 * refused at start (default deny, issue "Accounts, roles, tenancy").
 * - publiek: anyone; aangemeld: any signed-in user; beheerder: application administrators;
 * - { recht }: a right in the region of the route's :regioId.
 */
export type Toegang = 'publiek' | 'aangemeld' | 'beheerder' | { recht: Recht };

declare module 'fastify' {
  interface FastifyContextConfig {
    toegang?: Toegang;
  }
  interface FastifyRequest {
    actor: Actor | null;
    authMethode: 'sessie' | 'token' | null;
    sessieId: string | null;
    sessieCsrfToken: string | null;
    /** Set when a session cookie was sent but had expired, to explain the 401. */
    sessieVerlopen: boolean;
  }
}

export const SESSIE_COOKIE = 'regiekamer_sessie';
const veiligeMethoden = new Set(['GET', 'HEAD', 'OPTIONS']);

export function vereisActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('niet-aangemeld', 'Meld u aan om dit te gebruiken.');
  return request.actor;
}

export async function authPlugin(app: FastifyInstance, ctx: SessieContext) {
  app.decorateRequest('actor', null);
  app.decorateRequest('authMethode', null);
  app.decorateRequest('sessieId', null);
  app.decorateRequest('sessieCsrfToken', null);
  app.decorateRequest('sessieVerlopen', false);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && route.method !== 'HEAD' && route.config?.toegang === undefined) {
      throw new Error(`Route ${String(route.method)} ${route.url} declareert niet wie haar mag gebruiken (config.toegang).`);
    }
  });

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const autorisatie = request.headers.authorization;
    if (autorisatie !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(autorisatie);
      const actor = match ? await actorVoorApiToken(ctx, match[1]!) : undefined;
      if (!actor) {
        throw new DomainError('niet-aangemeld', 'Het API-token is onbekend of ingetrokken.');
      }
      request.actor = actor;
      request.authMethode = 'token';
      return;
    }
    const cookie = request.cookies[SESSIE_COOKIE];
    if (!cookie) return;
    const uitkomst = await sessieVoorToken(ctx, cookie);
    if (uitkomst.soort === 'geldig') {
      request.actor = uitkomst.actor;
      request.authMethode = 'sessie';
      request.sessieId = uitkomst.sessieId;
      request.sessieCsrfToken = uitkomst.csrfToken;
    } else if (uitkomst.soort === 'verlopen') {
      request.sessieVerlopen = true;
    }
  });

  // Checked on request, before the body is even read: an outsider learns nothing from
  // validation messages, and a refused write costs no parsing.
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const toegang = request.routeOptions.config?.toegang;
    if (toegang === undefined || toegang === 'publiek') return;
    if (!request.actor) {
      throw new DomainError(
        'niet-aangemeld',
        request.sessieVerlopen ? 'Uw sessie is verlopen. Meld u opnieuw aan.' : 'Meld u aan om dit te gebruiken.',
      );
    }
    // Cookies are sent by the browser on its own; a write with a cookie must prove it comes from
    // our page (synchronizer token). Bearer tokens are not sent automatically, so need no proof.
    if (request.authMethode === 'sessie' && !veiligeMethoden.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !request.sessieCsrfToken || !gelijk(header, request.sessieCsrfToken)) {
        throw new DomainError('csrf-token-ongeldig', 'Stuur de header X-CSRF-Token mee met de waarde uit uw sessie.');
      }
    }
    if (toegang === 'aangemeld') return;
    if (toegang === 'beheerder') {
      if (!request.actor.isBeheerder) {
        throw new DomainError('geen-toegang', 'Alleen een beheerder mag dit.');
      }
      return;
    }
    const regioId = (request.params as { regioId?: string }).regioId;
    // An empty id (a trailing slash after /regios) names no region.
    if (!regioId) throw new DomainError('niet-gevonden', 'Deze regio bestaat niet of is niet zichtbaar voor u.');
    // Another region's items answer 404: whether a region exists is not revealed to outsiders.
    if (!isLidVan(request.actor, regioId)) throw new DomainError('niet-gevonden', 'Deze regio bestaat niet of is niet zichtbaar voor u.');
    if (!heeftRecht(request.actor, regioId, toegang.recht)) {
      throw new DomainError('geen-toegang', 'Uw rol in deze regio geeft geen recht op deze handeling.');
    }
  });
}
