import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidSchema } from '../../../common/contracts/algemeen';
import { regioplanSchema, themaCreateSchema, themaSchema, themaUpdateSchema, type ThemaSoort } from '../../../common/contracts/plannen';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './regioplan.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const themaParams = z.strictObject({ regioId: uuidSchema, themaId: uuidSchema });

/** The region plan (DOMAIN.md §7): opgaven and pijlers share one shape and one set of routes each. */
export async function regioplanRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Regioplan'];
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'plannen.bewerken' as const } };

  app.get(
    '/api/v1/regios/:regioId/regioplan',
    { config: lezen, schema: { tags, summary: 'Het regioplan: de opgaven en pijlers met kartrekker, doelen en indicatoren', params: regioParams, response: { 200: regioplanSchema } } },
    async (request) => service.regioplan(db, request.params.regioId),
  );

  const soorten: [string, ThemaSoort, string][] = [
    ['opgaven', 'opgave', 'Een opgave (prioritaire opgave)'],
    ['pijlers', 'pijler', 'Een pijler (thema)'],
  ];
  for (const [pad, soort, wat] of soorten) {
    const lijst = `/api/v1/regios/:regioId/regioplan/${pad}`;
    app.post(
      lijst,
      { config: bewerken, schema: { tags, summary: `${wat} toevoegen`, params: regioParams, body: themaCreateSchema, response: { 201: themaSchema } } },
      async (request, reply) => {
        const t = await service.maakThema(db, vereisActor(request), request.params.regioId, soort, request.body);
        reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/regioplan/${pad}/${t.id}`);
        return t;
      },
    );
    app.get(
      `${lijst}/:themaId`,
      { config: lezen, schema: { tags, summary: `${wat}`, params: themaParams, response: { 200: themaSchema } } },
      async (request) => service.haalThema(db, request.params.regioId, soort, request.params.themaId),
    );
    app.patch(
      `${lijst}/:themaId`,
      {
        config: bewerken,
        schema: { tags, summary: `${wat} wijzigen (indicatorIds en doelen vervangen de vorige lijst)`, params: themaParams, body: themaUpdateSchema, response: { 200: themaSchema } },
      },
      async (request) => service.wijzigThema(db, vereisActor(request), request.params.regioId, soort, request.params.themaId, request.body),
    );
    app.delete(
      `${lijst}/:themaId`,
      { config: bewerken, schema: { tags, summary: `${wat} verwijderen`, params: themaParams } },
      async (request, reply) => {
        await service.verwijderThema(db, vereisActor(request), request.params.regioId, soort, request.params.themaId);
        return reply.code(204).send();
      },
    );
  }
}
