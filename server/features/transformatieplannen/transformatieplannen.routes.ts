import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import {
  beoordelingCreateSchema,
  instemmingCreateSchema,
  snelleToetsCreateSchema,
  stapCreateSchema,
  toekenningSchema,
  transformatieplanCreateSchema,
  transformatieplanDetailSchema,
  transformatieplanQuerySchema,
  transformatieplanSamenvattingSchema,
  transformatieplanUpdateSchema,
} from '../../../common/contracts/transformatieplannen';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import { toetsvraagRoutes } from './toetsing.routes';
import * as service from './transformatieplannen.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const planParams = z.strictObject({ regioId: uuidSchema, transformatieplanId: uuidSchema });

export async function transformatieplannenRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Transformatieplannen'];
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  // Scoped rights: the route lets in whoever holds the right somewhere; the service checks the plan.
  const bewerken = { toegang: { recht: 'transformatieplannen.bewerken' as const } };
  const beoordelen = { toegang: { recht: 'transformatieplannen.beoordelen' as const } };
  const pad = '/api/v1/regios/:regioId/transformatieplannen';

  app.get(
    pad,
    {
      config: lezen,
      schema: { tags, summary: 'De transformatieplannen van de regio, met status en ontbrekende instemmingen', params: regioParams, querystring: transformatieplanQuerySchema, response: { 200: lijstSchema(transformatieplanSamenvattingSchema) } },
    },
    async (request) => {
      const items = await service.transformatieplannen(db, request.params.regioId, request.query);
      return { items, totaal: items.length };
    },
  );
  app.post(
    pad,
    {
      config: bewerken,
      schema: { tags, summary: 'Een transformatieplan registreren (status idee)', params: regioParams, body: transformatieplanCreateSchema, response: { 201: transformatieplanDetailSchema } },
    },
    async (request, reply) => {
      const p = await service.maakTransformatieplan(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/transformatieplannen/${p.id}`);
      return p;
    },
  );
  app.get(
    `${pad}/:transformatieplanId`,
    { config: lezen, schema: { tags, summary: 'Eén transformatieplan met levensloop, instemmingen, snelle toets en beoordelingen', params: planParams, response: { 200: transformatieplanDetailSchema } } },
    async (request) => service.haalTransformatieplan(db, request.params.regioId, request.params.transformatieplanId),
  );
  app.patch(
    `${pad}/:transformatieplanId`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een transformatieplan wijzigen; meegegeven lijsten vervangen de bestaande',
        description:
          'Na indienen houdt een wijziging van domeinen of betrokken gemeenten de instemming van elke betrokken gemeente (anders 409). ' +
          'Het toegekende bedrag per jaar wijzigen alleen de preferente zorgverzekeraar en de regiocoördinator; zonder toegekendCenten houdt een jaar wat was toegekend.',
        params: planParams,
        body: transformatieplanUpdateSchema,
        response: { 200: transformatieplanDetailSchema },
      },
    },
    async (request) => service.wijzigTransformatieplan(db, vereisActor(request), request.params.regioId, request.params.transformatieplanId, request.body),
  );
  app.put(
    `${pad}/:transformatieplanId/toekenning`,
    {
      // Held by the coordinator and by every partner, the insurers' included; the service checks for the preferred insurer.
      config: bewerken,
      schema: {
        tags,
        summary: 'De toegekende financiering per jaar vastleggen',
        description:
          'Door de preferente zorgverzekeraar of de regiocoördinator; de penvoerder vraagt alleen aan. Genoemde jaren krijgen hun bedrag (null: niets toegekend), de andere blijven zoals ze waren.',
        params: planParams,
        body: toekenningSchema,
        response: { 200: transformatieplanDetailSchema },
      },
    },
    async (request) => service.legToekenningVast(db, vereisActor(request), request.params.regioId, request.params.transformatieplanId, request.body),
  );
  app.post(
    `${pad}/:transformatieplanId/stappen`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'De volgende stap in de levensloop zetten',
        description:
          'Eén stap tegelijk, nooit terug. Indienen (naar ingediend) wordt geweigerd zolang de laatste snelle toets niet positief is, ' +
          'en zolang het plan het sociaal domein raakt en een betrokken gemeente niet heeft ingestemd. ' +
          'De stappen naar beoordeeld, goedgekeurd en afgewezen zet de preferente zorgverzekeraar.',
        params: planParams,
        body: stapCreateSchema,
        response: { 201: transformatieplanDetailSchema },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.zetStap(db, vereisActor(request), request.params.regioId, request.params.transformatieplanId, request.body);
    },
  );
  app.post(
    `${pad}/:transformatieplanId/instemmingen`,
    {
      config: { toegang: { recht: 'instemming.vastleggen' as const } },
      schema: { tags, summary: 'De instemming van een betrokken gemeente vastleggen, of intrekken', params: planParams, body: instemmingCreateSchema, response: { 201: transformatieplanDetailSchema } },
    },
    async (request, reply) => {
      reply.code(201);
      return service.legInstemmingVast(db, vereisActor(request), request.params.regioId, request.params.transformatieplanId, request.body);
    },
  );
  app.post(
    `${pad}/:transformatieplanId/snelle-toetsen`,
    { config: beoordelen, schema: { tags, summary: 'De snelle toets van de preferente zorgverzekeraar vastleggen', params: planParams, body: snelleToetsCreateSchema, response: { 201: transformatieplanDetailSchema } } },
    async (request, reply) => {
      reply.code(201);
      return service.legSnelleToetsVast(db, vereisActor(request), request.params.regioId, request.params.transformatieplanId, request.body);
    },
  );
  app.put(
    `${pad}/:transformatieplanId/beoordelingen/:organisatieId`,
    {
      config: beoordelen,
      schema: {
        tags,
        summary: 'De beoordeling van een zorgverzekeraar (preferent of tweede) vastleggen of vervangen',
        description: 'Elk beoordelingscriterium van de regio krijgt een score binnen zijn schaal en een reden.',
        params: z.strictObject({ regioId: uuidSchema, transformatieplanId: uuidSchema, organisatieId: uuidSchema }),
        body: beoordelingCreateSchema,
        response: { 200: transformatieplanDetailSchema },
      },
    },
    async (request) =>
      service.legBeoordelingVast(db, vereisActor(request), request.params.regioId, request.params.transformatieplanId, request.params.organisatieId, request.body),
  );

  await toetsvraagRoutes(app, ctx, { pad: '/api/v1/regios/:regioId/beoordelingscriteria', kader: 'transformatieplan', tags, wat: 'beoordelingscriteria van transformatieplannen' });
}
