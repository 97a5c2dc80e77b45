import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import { type ToetsKader, toetsvraagCreateSchema, toetsvraagSchema, toetsvraagUpdateSchema } from '../../../common/contracts/transformatieplannen';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './toetsing.service';

/**
 * The questions a kind of plan is scored on, as data of the region: read by everyone in the region,
 * edited by the coordinator. Used for the criteria (transformation plans) and the afwegingskader.
 */
export async function toetsvraagRoutes(fastify: FastifyInstance, { db }: AppContext, opties: { pad: string; kader: ToetsKader; tags: string[]; wat: string }) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { pad, kader, tags, wat } = opties;
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'plannen.bewerken' as const } };
  const regioParams = z.strictObject({ regioId: uuidSchema });
  const vraagParams = z.strictObject({ regioId: uuidSchema, vraagId: uuidSchema });

  app.get(pad, { config: lezen, schema: { tags, summary: `De ${wat}, in volgorde, met hun schaal`, params: regioParams, response: { 200: lijstSchema(toetsvraagSchema) } } }, async (request) => {
    const items = await service.toetsvragen(db, request.params.regioId, kader);
    return { items, totaal: items.length };
  });
  app.post(
    pad,
    { config: bewerken, schema: { tags, summary: `Een vraag toevoegen aan de ${wat}`, params: regioParams, body: toetsvraagCreateSchema, response: { 201: toetsvraagSchema } } },
    async (request, reply) => {
      reply.code(201);
      return service.maakToetsvraag(db, vereisActor(request), request.params.regioId, kader, request.body);
    },
  );
  app.patch(
    `${pad}/:vraagId`,
    { config: bewerken, schema: { tags, summary: 'Een vraag wijzigen; een schaal blijft passen bij de scores die al zijn gegeven', params: vraagParams, body: toetsvraagUpdateSchema, response: { 200: toetsvraagSchema } } },
    async (request) => service.wijzigToetsvraag(db, vereisActor(request), request.params.regioId, kader, request.params.vraagId, request.body),
  );
  app.delete(
    `${pad}/:vraagId`,
    { config: bewerken, schema: { tags, summary: 'Een vraag verwijderen waarop nog niet is gescoord', params: vraagParams } },
    async (request, reply) => {
      await service.verwijderToetsvraag(db, vereisActor(request), request.params.regioId, kader, request.params.vraagId);
      return reply.code(204).send();
    },
  );
}
