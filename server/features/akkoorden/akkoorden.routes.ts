import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { historieregelSchema, lijstSchema, pagineringQuerySchema, paginaSchema, uuidSchema } from '../../../common/contracts/algemeen';
import { akkoordCreateSchema, akkoordSchema, akkoordUpdateSchema } from '../../../common/contracts/regios';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import { historiePagina } from '../historie/historie.service';
import * as service from './akkoorden.service';

const params = z.strictObject({ akkoordId: uuidSchema });

export async function akkoordenRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Akkoorden'];

  app.get(
    '/api/v1/akkoorden',
    { config: { toegang: 'aangemeld' }, schema: { tags, summary: 'De akkoorden met werkagenda en deelnamehistorie', response: { 200: lijstSchema(akkoordSchema) } } },
    async () => {
      const items = await service.lijstAkkoorden(db);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/akkoorden',
    { config: { toegang: 'beheerder' }, schema: { tags, summary: 'Een akkoord toevoegen (beheerder)', body: akkoordCreateSchema, response: { 201: akkoordSchema } } },
    async (request, reply) => {
      const a = await service.maakAkkoord(db, vereisActor(request), request.body);
      reply.code(201).header('Location', `/api/v1/akkoorden/${a.id}`);
      return a;
    },
  );
  app.get(
    '/api/v1/akkoorden/:akkoordId',
    { config: { toegang: 'aangemeld' }, schema: { tags, summary: 'Eén akkoord', params, response: { 200: akkoordSchema } } },
    async (request) => service.haalAkkoord(db, request.params.akkoordId),
  );
  app.patch(
    '/api/v1/akkoorden/:akkoordId',
    {
      config: { toegang: 'beheerder' },
      schema: { tags, summary: 'Een akkoord wijzigen; meegegeven taken of deelnames vervangen de bestaande', params, body: akkoordUpdateSchema, response: { 200: akkoordSchema } },
    },
    async (request) => service.wijzigAkkoord(db, vereisActor(request), request.params.akkoordId, request.body),
  );
  app.delete(
    '/api/v1/akkoorden/:akkoordId',
    { config: { toegang: 'beheerder' }, schema: { tags, summary: 'Een akkoord verwijderen', params } },
    async (request, reply) => {
      await service.verwijderAkkoord(db, vereisActor(request), request.params.akkoordId);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/akkoorden/:akkoordId/historie',
    {
      config: { toegang: 'aangemeld' },
      schema: {
        tags,
        summary: 'De historie van een akkoord',
        params,
        querystring: pagineringQuerySchema,
        response: { 200: paginaSchema(historieregelSchema) },
      },
    },
    async (request) => {
      const { pagina, paginaGrootte } = request.query;
      return historiePagina(db, null, { soort: 'akkoord', itemId: request.params.akkoordId }, pagina, paginaGrootte);
    },
  );
}
