import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import { mijlpaalInvoerSchema, mijlpaalPatchSchema, mijlpaalQuerySchema, mijlpaalSchema } from '../../../common/contracts/mijlpalen';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './mijlpalen.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const itemParams = z.strictObject({ regioId: uuidSchema, id: uuidSchema });

export async function mijlpalenRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Mijlpalen'];
  const pad = '/api/v1/regios/:regioId/mijlpalen';
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'monitoring.bewerken' as const } };

  app.get(
    pad,
    {
      config: lezen,
      schema: {
        tags,
        summary: 'De mijlpalen van de regio, op datum',
        description: 'Verlopen: de datum is voorbij en de mijlpaal is niet gerealiseerd of niet van toepassing (de datum zelf telt nog als op tijd).',
        params: regioParams,
        querystring: mijlpaalQuerySchema,
        response: { 200: lijstSchema(mijlpaalSchema) },
      },
    },
    async (request) => {
      const items = await service.lijst(db, request.params.regioId, request.query);
      return { items, totaal: items.length };
    },
  );
  app.get(
    `${pad}/:id`,
    { config: lezen, schema: { tags, summary: 'Eén mijlpaal', params: itemParams, response: { 200: mijlpaalSchema } } },
    async (request) => service.haal(db, request.params.regioId, request.params.id),
  );
  app.post(
    pad,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een mijlpaal toevoegen',
        description: 'Een eigenaar-organisatie of -overlegorgaan van een andere regio wordt geweigerd (invalidParams).',
        params: regioParams,
        body: mijlpaalInvoerSchema,
        response: { 201: mijlpaalSchema },
      },
    },
    async (request, reply) => {
      const m = await service.maak(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `${request.url}/${m.id}`);
      return m;
    },
  );
  app.patch(
    `${pad}/:id`,
    { config: bewerken, schema: { tags, summary: 'Een mijlpaal wijzigen', params: itemParams, body: mijlpaalPatchSchema, response: { 200: mijlpaalSchema } } },
    async (request) => service.wijzig(db, vereisActor(request), request.params.regioId, request.params.id, request.body),
  );
  app.delete(`${pad}/:id`, { config: bewerken, schema: { tags, summary: 'Een mijlpaal verwijderen', params: itemParams } }, async (request, reply) => {
    await service.verwijder(db, vereisActor(request), request.params.regioId, request.params.id);
    return reply.code(204).send();
  });
}
