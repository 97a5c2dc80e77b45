import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import {
  dekkingSchema,
  gemeentegrenzenSchema,
  grenzenImportResultaatSchema,
  steunpuntCreateSchema,
  steunpuntenQuerySchema,
  steunpuntSchema,
  steunpuntUpdateSchema,
} from '../../../common/contracts/steunpunten';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './steunpunten.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const steunpuntParams = z.strictObject({ regioId: uuidSchema, steunpuntId: uuidSchema });
const jaNee = (v: 'ja' | 'nee' | undefined) => (v === undefined ? undefined : v === 'ja');

/** Support points, the region's coverage and the municipal boundaries for its map (DOMAIN.md §9). */
export async function steunpuntenRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Steunpunten'];
  const basis = '/api/v1/regios/:regioId/steunpunten';
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'steunpunten.bewerken' as const } };
  const wie = 'De regiocoördinator mag elk steunpunt; een beleidsadviseur alleen steunpunten van de eigen gemeente (bij verplaatsen: de oude én de nieuwe gemeente).';

  app.get(
    basis,
    {
      config: lezen,
      schema: { tags, summary: 'De steunpunten van de regio, per gemeente', description: 'Filters: gemeentecode, openVoorIedereen (ja/nee), openbaar (ja/nee), zoek (naam, plaats of exploitant).', params: regioParams, querystring: steunpuntenQuerySchema, response: { 200: lijstSchema(steunpuntSchema) } },
    },
    async (request) => {
      const q = request.query;
      const items = await service.lijst(db, request.params.regioId, { gemeentecode: q.gemeentecode, zoek: q.zoek, openVoorIedereen: jaNee(q.openVoorIedereen), openbaar: jaNee(q.openbaar) });
      return { items, totaal: items.length };
    },
  );
  app.post(
    basis,
    { config: bewerken, schema: { tags, summary: 'Een steunpunt vastleggen', description: wie, params: regioParams, body: steunpuntCreateSchema, response: { 201: steunpuntSchema } } },
    async (request, reply) => {
      const s = await service.maak(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/steunpunten/${s.id}`);
      return s;
    },
  );
  app.get(
    `${basis}/dekking`,
    {
      config: lezen,
      schema: {
        tags,
        summary: 'De dekking van de regio: per gemeente of zij een steunpunt heeft dat voor iedereen open is, en het totaal in gemeenten en in inwoners',
        description: 'Een gemeente is gedekt met minstens één steunpunt dat zonder verwijzing voor iedereen open is. Aandelen in basispunten (10000 = 100 %), half naar boven afgerond.',
        params: regioParams,
        response: { 200: dekkingSchema },
      },
    },
    async (request) => service.dekking(db, request.params.regioId),
  );
  app.get(
    `${basis}/:steunpuntId`,
    { config: lezen, schema: { tags, summary: 'Eén steunpunt', params: steunpuntParams, response: { 200: steunpuntSchema } } },
    async (request) => service.haal(db, request.params.regioId, request.params.steunpuntId),
  );
  app.patch(
    `${basis}/:steunpuntId`,
    { config: bewerken, schema: { tags, summary: 'Een steunpunt wijzigen; alleen meegegeven velden', description: wie, params: steunpuntParams, body: steunpuntUpdateSchema, response: { 200: steunpuntSchema } } },
    async (request) => service.wijzig(db, vereisActor(request), request.params.regioId, request.params.steunpuntId, request.body),
  );
  app.delete(
    `${basis}/:steunpuntId`,
    { config: bewerken, schema: { tags, summary: 'Een steunpunt verwijderen', description: wie, params: steunpuntParams } },
    async (request, reply) => {
      await service.verwijder(db, vereisActor(request), request.params.regioId, request.params.steunpuntId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/regios/:regioId/gemeentegrenzen',
    {
      config: lezen,
      schema: {
        tags: ['Gemeentegrenzen'],
        summary: 'De grenzen van de gemeenten van de regio als GeoJSON FeatureCollection (WGS84), voor de kaart',
        description: 'Alleen gemeenten waarvan een grens is geïmporteerd (regiekamer import grenzen BESTAND, of POST /api/v1/gemeentegrenzen door de beheerder).',
        params: regioParams,
        response: { 200: gemeentegrenzenSchema },
      },
    },
    async (request) => service.grenzenVanRegio(db, request.params.regioId),
  );
  app.post(
    '/api/v1/gemeentegrenzen',
    {
      config: { toegang: 'beheerder' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags: ['Gemeentegrenzen'],
        summary: 'Gemeentegrenzen importeren uit een GeoJSON FeatureCollection (alles of niets, idempotent)',
        description:
          'Elke feature een Polygon of MultiPolygon en de CBS-code in properties.statcode (of gemeentecode, of het feature-id). ' +
          'Codes die niet in het gemeenteregister staan worden overgeslagen en gemeld; staat geen enkele code erin, dan wordt niets geschreven.',
        body: z.unknown(),
        response: { 200: grenzenImportResultaatSchema },
      },
    },
    async (request) => service.importeerGrenzen(db, vereisActor(request), request.body),
  );
}
