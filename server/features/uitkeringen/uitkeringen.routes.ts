import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import {
  jaarSchema,
  toepassingSchema,
  uitkeringCreateSchema,
  uitkeringImportResultaatSchema,
  uitkeringSchema,
  uitkeringUpdateSchema,
  verdeelsleutelCreateSchema,
  verdeelsleutelSchema,
  verdeelsleutelUpdateSchema,
} from '../../../common/contracts/financien';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './uitkeringen.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const uitkeringParams = z.strictObject({ regioId: uuidSchema, uitkeringId: uuidSchema });
const sleutelParams = z.strictObject({ regioId: uuidSchema, verdeelsleutelId: uuidSchema });

export async function uitkeringenRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Uitkeringen'];
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'financien.bewerken' as const } };

  app.get(
    '/api/v1/regios/:regioId/uitkeringen',
    { config: lezen, schema: { tags, summary: 'De uitkeringen van de regio met hun bedragen per jaar', params: regioParams, response: { 200: lijstSchema(uitkeringSchema) } } },
    async (request) => {
      const items = await service.uitkeringen(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/uitkeringen',
    { config: bewerken, schema: { tags, summary: 'Een uitkering vastleggen', params: regioParams, body: uitkeringCreateSchema, response: { 201: uitkeringSchema } } },
    async (request, reply) => {
      const u = await service.maakUitkering(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/uitkeringen/${u.id}`);
      return u;
    },
  );
  app.post(
    '/api/v1/regios/:regioId/uitkeringen/importen',
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Bedragen importeren uit de gepubliceerde lijsten (SPUK-IZA per mandaatgemeente, Brede SPUK per gemeente)',
        description:
          'CSV in de indeling van de VWS-bijlagen: soort=spuk-iza met kolommen mandaatgemeentecode, iza_regio en spuk_iza_JJJJ_eur; ' +
          'soort=brede-spuk met gemeentecode, gemeentenaam_cbs en brede_spuk_JJJJ_eur. Alleen de regels van deze regio worden gebruikt. Alles of niets, idempotent.',
        params: regioParams,
        querystring: z.strictObject({ soort: z.enum(['spuk-iza', 'brede-spuk'], { error: 'Kies spuk-iza of brede-spuk' }) }),
        consumes: ['text/csv'],
        body: z.string({ error: 'Stuur de CSV als text/csv' }),
        response: { 200: uitkeringImportResultaatSchema },
      },
    },
    async (request) => service.importeerUitkeringen(db, vereisActor(request), request.params.regioId, request.query.soort, request.body),
  );
  app.get(
    '/api/v1/regios/:regioId/uitkeringen/:uitkeringId',
    { config: lezen, schema: { tags, summary: 'Eén uitkering', params: uitkeringParams, response: { 200: uitkeringSchema } } },
    async (request) => service.haalUitkering(db, request.params.regioId, request.params.uitkeringId),
  );
  app.patch(
    '/api/v1/regios/:regioId/uitkeringen/:uitkeringId',
    { config: bewerken, schema: { tags, summary: 'Een uitkering wijzigen; meegegeven bedragen vervangen de bestaande', params: uitkeringParams, body: uitkeringUpdateSchema, response: { 200: uitkeringSchema } } },
    async (request) => service.wijzigUitkering(db, vereisActor(request), request.params.regioId, request.params.uitkeringId, request.body),
  );
  app.delete(
    '/api/v1/regios/:regioId/uitkeringen/:uitkeringId',
    { config: bewerken, schema: { tags, summary: 'Een uitkering verwijderen', params: uitkeringParams } },
    async (request, reply) => {
      await service.verwijderUitkering(db, vereisActor(request), request.params.regioId, request.params.uitkeringId);
      return reply.code(204).send();
    },
  );

  const vTags = ['Verdeelsleutels'];
  app.get(
    '/api/v1/regios/:regioId/verdeelsleutels',
    { config: lezen, schema: { tags: vTags, summary: 'De verdeelsleutels van de regio', params: regioParams, response: { 200: lijstSchema(verdeelsleutelSchema) } } },
    async (request) => {
      const items = await service.verdeelsleutels(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/verdeelsleutels',
    { config: bewerken, schema: { tags: vTags, summary: 'Een verdeelsleutel vastleggen', params: regioParams, body: verdeelsleutelCreateSchema, response: { 201: verdeelsleutelSchema } } },
    async (request, reply) => {
      reply.code(201);
      return service.bewaarVerdeelsleutel(db, vereisActor(request), request.params.regioId, undefined, request.body);
    },
  );
  app.get(
    '/api/v1/regios/:regioId/verdeelsleutels/:verdeelsleutelId',
    { config: lezen, schema: { tags: vTags, summary: 'Eén verdeelsleutel', params: sleutelParams, response: { 200: verdeelsleutelSchema } } },
    async (request) => service.haalVerdeelsleutel(db, request.params.regioId, request.params.verdeelsleutelId),
  );
  app.patch(
    '/api/v1/regios/:regioId/verdeelsleutels/:verdeelsleutelId',
    { config: bewerken, schema: { tags: vTags, summary: 'Een verdeelsleutel wijzigen', params: sleutelParams, body: verdeelsleutelUpdateSchema, response: { 200: verdeelsleutelSchema } } },
    async (request) => service.bewaarVerdeelsleutel(db, vereisActor(request), request.params.regioId, request.params.verdeelsleutelId, request.body),
  );
  app.delete(
    '/api/v1/regios/:regioId/verdeelsleutels/:verdeelsleutelId',
    { config: bewerken, schema: { tags: vTags, summary: 'Een verdeelsleutel verwijderen', params: sleutelParams } },
    async (request, reply) => {
      await service.verwijderVerdeelsleutel(db, vereisActor(request), request.params.regioId, request.params.verdeelsleutelId);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/regios/:regioId/verdeelsleutels/:verdeelsleutelId/toepassing',
    {
      config: lezen,
      schema: {
        tags: vTags,
        summary: 'De verdeelsleutel toegepast op het bedrag van een uitkering in een jaar: bedragen die precies optellen tot het geheel',
        params: sleutelParams,
        querystring: z.strictObject({ uitkeringId: uuidSchema, jaar: jaarSchema }),
        response: { 200: toepassingSchema },
      },
    },
    async (request) => service.pasToe(db, request.params.regioId, request.params.verdeelsleutelId, request.query.uitkeringId, request.query.jaar),
  );
}
