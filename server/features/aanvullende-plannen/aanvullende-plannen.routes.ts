import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  aanvullendPlanBeoordelingSchema,
  aanvullendPlanCreateSchema,
  aanvullendPlanDetailSchema,
  aanvullendPlanLijstSchema,
  aanvullendPlanQuerySchema,
  aanvullendPlanUpdateSchema,
} from '../../../common/contracts/aanvullende-plannen';
import { uuidSchema } from '../../../common/contracts/algemeen';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import { toetsvraagRoutes } from '../transformatieplannen/toetsing.routes';
import * as service from './aanvullende-plannen.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const planParams = z.strictObject({ regioId: uuidSchema, aanvullendPlanId: uuidSchema });

export async function aanvullendePlannenRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Aanvullende plannen'];
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  // Scoped: a municipality's officer or a partner gets in; the service checks for whom they submit.
  const indienen = { toegang: { recht: 'aanvullende-plannen.indienen' as const } };
  const pad = '/api/v1/regios/:regioId/aanvullende-plannen';

  app.get(
    pad,
    {
      config: lezen,
      schema: {
        tags,
        summary: 'De aanvullende plannen van de regio, met reservering, verplichtingen en uitgaven per plan en in totaal',
        params: regioParams,
        querystring: aanvullendPlanQuerySchema,
        response: { 200: aanvullendPlanLijstSchema },
      },
    },
    async (request) => service.aanvullendePlannen(db, request.params.regioId, request.query),
  );
  app.post(
    pad,
    {
      config: indienen,
      schema: {
        tags,
        summary: 'Een aanvullend plan indienen, namens een gemeente of een organisatie',
        description: 'Boekingen op de begrotingsregel met het kenmerk als activiteit tellen als de besteding van het plan.',
        params: regioParams,
        body: aanvullendPlanCreateSchema,
        response: { 201: aanvullendPlanDetailSchema },
      },
    },
    async (request, reply) => {
      const p = await service.dienAanvullendPlanIn(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/aanvullende-plannen/${p.id}`);
      return p;
    },
  );
  app.get(
    `${pad}/:aanvullendPlanId`,
    { config: lezen, schema: { tags, summary: 'Eén aanvullend plan met scores, advies, besluit, reservering en besteding', params: planParams, response: { 200: aanvullendPlanDetailSchema } } },
    async (request) => service.haalAanvullendPlan(db, request.params.regioId, request.params.aanvullendPlanId),
  );
  app.patch(
    `${pad}/:aanvullendPlanId`,
    { config: indienen, schema: { tags, summary: 'Een ingediend plan wijzigen, zolang het niet is beoordeeld', params: planParams, body: aanvullendPlanUpdateSchema, response: { 200: aanvullendPlanDetailSchema } } },
    async (request) => service.wijzigAanvullendPlan(db, vereisActor(request), request.params.regioId, request.params.aanvullendPlanId, request.body),
  );
  app.put(
    `${pad}/:aanvullendPlanId/beoordeling`,
    {
      config: { toegang: { recht: 'aanvullende-plannen.beoordelen' as const } },
      schema: {
        tags,
        summary: 'De beoordeling van de werkgroep: een antwoord en score per vraag van het afwegingskader, en een advies',
        description: 'Elke vraag wordt beantwoord met een score binnen haar schaal. Het plan wordt daarmee beoordeeld; de Kerngroep besluit (via de besluitenlijst).',
        params: planParams,
        body: aanvullendPlanBeoordelingSchema,
        response: { 200: aanvullendPlanDetailSchema },
      },
    },
    async (request) => service.beoordeelAanvullendPlan(db, vereisActor(request), request.params.regioId, request.params.aanvullendPlanId, request.body),
  );

  await toetsvraagRoutes(app, ctx, { pad: '/api/v1/regios/:regioId/afwegingsvragen', kader: 'aanvullend-plan', tags, wat: 'vragen van het afwegingskader' });
}
