import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { aanmeldenSchema, huidigeSessieSchema } from '../../../common/contracts/regios';
import { lijstSchema, tekstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import type { AppContext } from '../../app';
import { nietGevonden } from '../../errors';
import { SESSIE_COOKIE, vereisActor } from '../../plugins/auth';
import { aanmelden, afmelden, lidmaatschappenVoorWeergave, maakApiToken, tokensVan, trekApiTokenIn } from './sessies.service';
import type { Actor } from '../toegang/rechten.rules';

const tokenSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  aangemaaktOp: z.string(),
  laatstGebruiktOp: z.string().nullable(),
  ingetrokkenOp: z.string().nullable(),
});

export async function sessiesRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  const sessieAntwoord = async (actor: Actor, csrfToken: string | null) => ({
    gebruiker: { id: actor.gebruikerId, email: actor.email, naam: actor.naam, isBeheerder: actor.isBeheerder },
    lidmaatschappen: await lidmaatschappenVoorWeergave(ctx.db, actor),
    csrfToken,
  });

  app.post(
    '/api/v1/sessies',
    {
      config: { toegang: 'publiek' },
      schema: {
        tags: ['Sessies'],
        summary: 'Aanmelden met e-mailadres en wachtwoord',
        body: aanmeldenSchema,
        response: { 201: huidigeSessieSchema },
        security: [],
      },
    },
    async (request, reply) => {
      const uitkomst = await aanmelden(ctx, {
        email: request.body.email,
        wachtwoord: request.body.wachtwoord,
        ipAdres: request.ip,
        vorigSessieToken: request.cookies[SESSIE_COOKIE],
      });
      reply.setCookie(SESSIE_COOKIE, uitkomst.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        expires: uitkomst.verlooptOp,
      });
      reply.code(201);
      return sessieAntwoord(uitkomst.actor, uitkomst.csrfToken);
    },
  );

  app.get(
    '/api/v1/sessies/huidige',
    {
      config: { toegang: 'aangemeld' },
      schema: { tags: ['Sessies'], summary: 'De aangemelde gebruiker en zijn rollen', response: { 200: huidigeSessieSchema } },
    },
    async (request) => sessieAntwoord(vereisActor(request), request.sessieCsrfToken),
  );

  app.delete(
    '/api/v1/sessies/huidige',
    { config: { toegang: 'aangemeld' }, schema: { tags: ['Sessies'], summary: 'Afmelden' } },
    async (request, reply) => {
      if (request.sessieId) await afmelden(ctx, request.sessieId);
      reply.clearCookie(SESSIE_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/tokens',
    {
      config: { toegang: 'aangemeld' },
      schema: { tags: ['API-tokens'], summary: 'Mijn persoonlijke API-tokens', response: { 200: lijstSchema(tokenSchema) } },
    },
    async (request) => {
      const items = (await tokensVan(ctx.db, vereisActor(request).gebruikerId)).map((t) => ({
        id: t.id,
        naam: t.naam,
        aangemaaktOp: t.aangemaaktOp.toISOString(),
        laatstGebruiktOp: t.laatstGebruiktOp?.toISOString() ?? null,
        ingetrokkenOp: t.ingetrokkenOp?.toISOString() ?? null,
      }));
      return { items, totaal: items.length };
    },
  );

  app.post(
    '/api/v1/tokens',
    {
      config: { toegang: 'aangemeld' },
      schema: {
        tags: ['API-tokens'],
        summary: 'Een persoonlijk API-token maken; het token wordt alleen nu getoond',
        body: z.strictObject({ naam: tekstSchema(100) }),
        response: { 201: z.object({ id: z.uuid(), naam: z.string(), token: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = vereisActor(request);
      const t = await maakApiToken(ctx.db, actor.gebruikerId, request.body.naam, actor);
      reply.code(201);
      return { id: t.id, naam: t.naam, token: t.token };
    },
  );

  app.delete(
    '/api/v1/tokens/:tokenId',
    {
      config: { toegang: 'aangemeld' },
      schema: { tags: ['API-tokens'], summary: 'Een API-token intrekken', params: z.strictObject({ tokenId: uuidSchema }) },
    },
    async (request, reply) => {
      const rij = await trekApiTokenIn(ctx.db, vereisActor(request), request.params.tokenId);
      if (!rij) throw nietGevonden('Dit token');
      return reply.code(204).send();
    },
  );
}
