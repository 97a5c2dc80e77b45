import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import { jaarSchema, meerjarenramingSchema, scenarioCreateSchema, scenarioSchema, verplichtingCreateSchema, verplichtingSchema } from '../../../common/contracts/financien';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './meerjarenraming.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const lezen = { toegang: { recht: 'regio.lezen' as const } };
const bewerken = { toegang: { recht: 'financien.bewerken' as const } };

export async function meerjarenramingRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Meerjarenraming'];

  app.get(
    '/api/v1/regios/:regioId/meerjarenraming',
    {
      config: lezen,
      schema: {
        tags,
        summary: 'Per jaar de bedragen van elke uitkering naast de structurele verplichtingen, en het saldo (de "financiële klif")',
        params: regioParams,
        querystring: z.strictObject({ van: jaarSchema.default(2023), tot: jaarSchema.default(2030), scenarioId: uuidSchema.optional() }),
        response: { 200: meerjarenramingSchema },
      },
    },
    async (request) => service.meerjarenraming(db, request.params.regioId, request.query.van, request.query.tot, request.query.scenarioId),
  );
  app.get(
    '/api/v1/regios/:regioId/structurele-verplichtingen',
    { config: lezen, schema: { tags, summary: 'Structurele verplichtingen', params: regioParams, response: { 200: lijstSchema(verplichtingSchema) } } },
    async (request) => {
      const items = await service.verplichtingen(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/structurele-verplichtingen',
    { config: bewerken, schema: { tags, summary: 'Een structurele verplichting vastleggen', params: regioParams, body: verplichtingCreateSchema, response: { 201: verplichtingSchema } } },
    async (request, reply) => {
      reply.code(201);
      return service.maakVerplichting(db, vereisActor(request), request.params.regioId, request.body);
    },
  );
  app.delete(
    '/api/v1/regios/:regioId/structurele-verplichtingen/:verplichtingId',
    { config: bewerken, schema: { tags, summary: 'Een structurele verplichting verwijderen', params: z.strictObject({ regioId: uuidSchema, verplichtingId: uuidSchema }) } },
    async (request, reply) => {
      await service.verwijderVerplichting(db, vereisActor(request), request.params.regioId, request.params.verplichtingId);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/regios/:regioId/scenarios',
    { config: lezen, schema: { tags, summary: 'Scenario’s van de meerjarenraming', params: regioParams, response: { 200: lijstSchema(scenarioSchema) } } },
    async (request) => {
      const items = await service.scenarios(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/scenarios',
    { config: bewerken, schema: { tags, summary: 'Een scenario met aannames per uitkering', params: regioParams, body: scenarioCreateSchema, response: { 201: scenarioSchema } } },
    async (request, reply) => {
      reply.code(201);
      return service.maakScenario(db, vereisActor(request), request.params.regioId, request.body);
    },
  );
  app.delete(
    '/api/v1/regios/:regioId/scenarios/:scenarioId',
    { config: bewerken, schema: { tags, summary: 'Een scenario verwijderen', params: z.strictObject({ regioId: uuidSchema, scenarioId: uuidSchema }) } },
    async (request, reply) => {
      await service.verwijderScenario(db, vereisActor(request), request.params.regioId, request.params.scenarioId);
      return reply.code(204).send();
    },
  );
}
