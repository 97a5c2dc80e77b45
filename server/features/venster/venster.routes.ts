import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import {
  vensterAntwoordInvoerSchema,
  vensterAntwoordSchema,
  vensterJaarQuerySchema,
  vensterJaarSchema,
  vensterRespondentSchema,
  vensterResultaatSchema,
  vensterVraagInvoerSchema,
  vensterVraagPatchSchema,
  vensterVraagSchema,
} from '../../../common/contracts/venster';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './venster.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const vraagParams = z.strictObject({ regioId: uuidSchema, id: uuidSchema });
const jaarVerplicht = z.strictObject({ jaar: vensterJaarSchema });

export async function vensterRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Venster'];
  const pad = '/api/v1/regios/:regioId/venster';
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'monitoring.bewerken' as const } };

  app.get(
    pad,
    {
      config: lezen,
      schema: {
        tags,
        summary: 'Het Venster op de regionale samenwerking: de jaren en per vraag per jaar het resultaat',
        description: 'Gemiddelde met één decimaal, aantal respondenten, laagste en hoogste score; zonder antwoorden is het gemiddelde null.',
        params: regioParams,
        response: { 200: z.object({ jaren: z.array(z.number().int()), resultaten: z.array(vensterResultaatSchema) }) },
      },
    },
    async (request) => service.overzicht(db, request.params.regioId),
  );

  app.get(
    `${pad}/vragen`,
    { config: lezen, schema: { tags, summary: 'De vragen van het Venster (van één jaar)', params: regioParams, querystring: vensterJaarQuerySchema, response: { 200: lijstSchema(vensterVraagSchema) } } },
    async (request) => {
      const items = await service.vragen(db, request.params.regioId, request.query.jaar);
      return { items, totaal: items.length };
    },
  );
  app.get(
    `${pad}/vragen/:id`,
    { config: lezen, schema: { tags, summary: 'Eén vraag van het Venster', params: vraagParams, response: { 200: vensterVraagSchema } } },
    async (request) => service.haalVraag(db, request.params.regioId, request.params.id),
  );
  app.post(
    `${pad}/vragen`,
    { config: bewerken, schema: { tags, summary: 'Een vraag aan het Venster van een jaar toevoegen', params: regioParams, body: vensterVraagInvoerSchema, response: { 201: vensterVraagSchema } } },
    async (request, reply) => {
      const v = await service.maakVraag(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `${request.url}/${v.id}`);
      return v;
    },
  );
  app.patch(
    `${pad}/vragen/:id`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een vraag wijzigen',
        description: 'Een schaal die gegeven scores buiten zich laat, wordt geweigerd (409).',
        params: vraagParams,
        body: vensterVraagPatchSchema,
        response: { 200: vensterVraagSchema },
      },
    },
    async (request) => service.wijzigVraag(db, vereisActor(request), request.params.regioId, request.params.id, request.body),
  );
  app.delete(
    `${pad}/vragen/:id`,
    { config: bewerken, schema: { tags, summary: 'Een onbeantwoorde vraag verwijderen', params: vraagParams } },
    async (request, reply) => {
      await service.verwijderVraag(db, vereisActor(request), request.params.regioId, request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    `${pad}/respondenten`,
    {
      config: lezen,
      schema: { tags, summary: 'Wie het Venster van een jaar invult (de gemeenten en zorgverzekeraars) en wie al heeft ingevuld', params: regioParams, querystring: jaarVerplicht, response: { 200: lijstSchema(vensterRespondentSchema) } },
    },
    async (request) => {
      const items = await service.respondenten(db, request.params.regioId, request.query.jaar);
      return { items, totaal: items.length };
    },
  );
  app.get(
    `${pad}/antwoorden`,
    { config: lezen, schema: { tags, summary: 'De antwoorden van een jaar', params: regioParams, querystring: jaarVerplicht, response: { 200: lijstSchema(vensterAntwoordSchema) } } },
    async (request) => {
      const items = await service.antwoorden(db, request.params.regioId, { jaar: request.query.jaar });
      return { items, totaal: items.length };
    },
  );
  app.post(
    `${pad}/antwoorden`,
    {
      config: { toegang: { recht: 'venster.invullen' as const } },
      schema: {
        tags,
        summary: 'Het Venster invullen voor een gemeente of zorgverzekeraar (vervangt een eerder antwoord van dat jaar)',
        description: 'Een score buiten de schaal van een vraag heet invalidParams "scores.<vraagId>". 201 bij een nieuw antwoord, 200 bij vervangen.',
        params: regioParams,
        body: vensterAntwoordInvoerSchema,
        response: { 200: vensterAntwoordSchema, 201: vensterAntwoordSchema },
      },
    },
    async (request, reply) => {
      const { antwoord, nieuw } = await service.vulIn(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(nieuw ? 201 : 200);
      return antwoord;
    },
  );
}
