import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  afspraakCreateSchema,
  afspraakMetStatusSchema,
  afspraakQuerySchema,
  afspraakSchema,
  afspraakStatusInvoerSchema,
  afspraakStatusPatchSchema,
  afspraakUpdateSchema,
  afsprakenStandSchema,
} from '../../../common/contracts/afspraken';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './afspraken.service';

const akkoordParams = z.strictObject({ akkoordId: uuidSchema });
const catalogusParams = z.strictObject({ akkoordId: uuidSchema, afspraakId: uuidSchema });
const regioParams = z.strictObject({ regioId: uuidSchema });
const statusParams = z.strictObject({ regioId: uuidSchema, afspraakId: uuidSchema });

export async function afsprakenRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Afspraken'];
  const catalogus = '/api/v1/akkoorden/:akkoordId/afspraken';
  // The catalogue is national data, like the accord: no region role edits it, so the route asks
  // for the beheerder directly.
  const beheren = { toegang: 'beheerder' as const };

  app.get(
    catalogus,
    { config: { toegang: 'aangemeld' }, schema: { tags, summary: 'De afsprakencatalogus van een akkoord', params: akkoordParams, response: { 200: lijstSchema(afspraakSchema) } } },
    async (request) => {
      const items = await service.catalogusVanAkkoord(db, request.params.akkoordId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    catalogus,
    {
      config: beheren,
      schema: {
        tags,
        summary: 'Een afspraak aan de catalogus toevoegen (beheerder)',
        description: 'Een deadline vóór de ondertekening van het akkoord wordt geweigerd (invalidParams: deadline).',
        params: akkoordParams,
        body: afspraakCreateSchema,
        response: { 201: afspraakSchema },
      },
    },
    async (request, reply) => {
      const a = await service.maakAfspraak(db, vereisActor(request), request.params.akkoordId, request.body);
      reply.code(201).header('Location', `${request.url}/${a.id}`);
      return a;
    },
  );
  app.patch(
    `${catalogus}/:afspraakId`,
    { config: beheren, schema: { tags, summary: 'Een afspraak van de catalogus wijzigen (beheerder)', params: catalogusParams, body: afspraakUpdateSchema, response: { 200: afspraakSchema } } },
    async (request) => service.wijzigAfspraak(db, vereisActor(request), request.params.akkoordId, request.params.afspraakId, request.body),
  );
  app.delete(
    `${catalogus}/:afspraakId`,
    { config: beheren, schema: { tags, summary: 'Een afspraak uit de catalogus verwijderen, met de stand ervan in alle regio’s (beheerder)', params: catalogusParams } },
    async (request, reply) => {
      await service.verwijderAfspraak(db, vereisActor(request), request.params.akkoordId, request.params.afspraakId);
      return reply.code(204).send();
    },
  );

  const pad = '/api/v1/regios/:regioId/afspraken';
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'monitoring.bewerken' as const } };
  app.get(
    pad,
    {
      config: lezen,
      schema: {
        tags,
        summary: 'De afspraken van de akkoorden met de stand van de regio',
        description: 'Zonder vastgelegde stand is een afspraak "niet gestart". Verlopen: de deadline is voorbij en de afspraak is niet gerealiseerd of niet van toepassing.',
        params: regioParams,
        querystring: afspraakQuerySchema,
        response: { 200: lijstSchema(afspraakMetStatusSchema) },
      },
    },
    async (request) => {
      const items = await service.afsprakenVanRegio(db, request.params.regioId, request.query);
      return { items, totaal: items.length };
    },
  );
  app.get(
    `${pad}/:afspraakId`,
    { config: lezen, schema: { tags, summary: 'Eén afspraak met de stand van de regio', params: statusParams, response: { 200: afspraakMetStatusSchema } } },
    async (request) => service.afspraakVanRegio(db, request.params.regioId, request.params.afspraakId),
  );
  app.put(
    `${pad}/:afspraakId`,
    {
      config: bewerken,
      schema: { tags, summary: 'De stand van de regio vastleggen (vervangt de vorige)', params: statusParams, body: afspraakStatusInvoerSchema, response: { 200: afspraakMetStatusSchema } },
    },
    async (request) => service.zetStatus(db, vereisActor(request), request.params.regioId, request.params.afspraakId, request.body, true),
  );
  app.patch(
    `${pad}/:afspraakId`,
    {
      config: bewerken,
      schema: { tags, summary: 'De stand van de regio deels wijzigen', params: statusParams, body: afspraakStatusPatchSchema, response: { 200: afspraakMetStatusSchema } },
    },
    async (request) => service.zetStatus(db, vereisActor(request), request.params.regioId, request.params.afspraakId, request.body, false),
  );

  app.get(
    '/api/v1/afspraken/stand',
    {
      config: { toegang: 'aangemeld' },
      schema: {
        tags,
        summary: 'Het landelijk beeld: per afspraak en in totaal het aantal regio’s per status en verlopen',
        description: 'Over de regio’s waarvan u lid bent (een beheerder: alle regio’s).',
        response: { 200: afsprakenStandSchema },
      },
    },
    async (request) => service.stand(db, vereisActor(request)),
  );
}
