import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import { periodeSchema } from '../../../common/contracts/indicatoren';
import {
  voortgangsrapportageInvoerSchema,
  voortgangsrapportageSamenvattingSchema,
  voortgangsrapportageSchema,
} from '../../../common/contracts/overzicht';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './voortgangsrapportages.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const itemParams = z.strictObject({ regioId: uuidSchema, id: uuidSchema });

// A report is only ever added: there is no PUT, PATCH or DELETE (and the database refuses an UPDATE).
export async function voortgangsrapportagesRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Voortgangsrapportages'];
  const pad = '/api/v1/regios/:regioId/voortgangsrapportages';
  const lezen = { toegang: { recht: 'regio.lezen' as const } };

  app.get(
    pad,
    {
      config: lezen,
      schema: {
        tags,
        summary: 'De voortgangsrapportages van de regio, nieuwste eerst (zonder inhoud)',
        params: regioParams,
        querystring: z.strictObject({ periode: periodeSchema.optional() }),
        response: { 200: lijstSchema(voortgangsrapportageSamenvattingSchema) },
      },
    },
    async (request) => {
      const items = await service.lijst(db, request.params.regioId, request.query);
      return { items, totaal: items.length };
    },
  );
  app.get(
    `${pad}/:id`,
    {
      config: lezen,
      schema: {
        tags,
        summary: 'Eén voortgangsrapportage met haar bevroren inhoud',
        description:
          'De inhoud is precies zoals bevroren. ongeschonden: de SHA-256 van de opgeslagen tekst is nog die van het bevriezen. ' +
          'Een inhoud in een vorm die deze versie niet kent, wordt met reden geweigerd (409).',
        params: itemParams,
        response: { 200: voortgangsrapportageSchema },
      },
    },
    async (request) => service.haal(db, request.params.regioId, request.params.id),
  );
  app.post(
    pad,
    {
      config: { toegang: { recht: 'monitoring.bewerken' as const } },
      schema: {
        tags,
        summary: 'De stand van de regio bevriezen in een voortgangsrapportage',
        description:
          'Legt afspraken, ketenaanpakken, dekking, indicatoren tegen hun streefwaarden, mijlpalen en de financiën van het jaar vast zoals ze vandaag zijn. ' +
          'Een periode die nog niet is begonnen wordt geweigerd (invalidParams: periode). Een tweede rapportage over dezelfde periode krijgt volgnummer 2.',
        params: regioParams,
        body: voortgangsrapportageInvoerSchema,
        response: { 201: voortgangsrapportageSchema },
      },
    },
    async (request, reply) => {
      const r = await service.bevries(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `${request.url}/${r.id}`);
      return r;
    },
  );
}
