import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import { jaarSchema } from '../../../common/contracts/financien';
import {
  beoordelingSchema,
  bijstellingSchema,
  indieningSchema,
  onderdeelCreateSchema,
  onderdeelSchema,
  onderdeelUpdateSchema,
  planVanAanpakCreateSchema,
  planVanAanpakSchema,
  planVanAanpakUpdateSchema,
  uitvoeringsplanCreateSchema,
  uitvoeringsplanDetailSchema,
  uitvoeringsplanSchema,
  uitvoeringsplanUpdateSchema,
} from '../../../common/contracts/plannen';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './uitvoeringsplan.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const planParams = z.strictObject({ regioId: uuidSchema, planId: uuidSchema });
const onderdeelParams = planParams.extend({ onderdeelId: uuidSchema });
const pvaParams = planParams.extend({ pvaId: uuidSchema });

/**
 * The yearly implementation plan (DOMAIN.md §5, §10). Each id is one version. There is no route
 * that adopts a version: that is the effect of a PHO decision in the decision register.
 */
export async function uitvoeringsplanRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Uitvoeringsplan'];
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'plannen.bewerken' as const } };
  const basis = '/api/v1/regios/:regioId/uitvoeringsplannen';
  const plan = `${basis}/:planId`;

  app.get(
    basis,
    {
      config: lezen,
      schema: {
        tags,
        summary: 'De uitvoeringsplannen: elke versie van elk jaar (concept, vastgesteld of vervallen)',
        params: regioParams,
        querystring: z.strictObject({ jaar: jaarSchema.optional() }),
        response: { 200: lijstSchema(uitvoeringsplanSchema) },
      },
    },
    async (request) => {
      const items = await service.uitvoeringsplannen(db, request.params.regioId, request.query.jaar);
      return { items, totaal: items.length };
    },
  );
  app.post(
    basis,
    {
      config: bewerken,
      schema: { tags, summary: 'Het uitvoeringsplan van een jaar opstellen (versie 1, concept)', params: regioParams, body: uitvoeringsplanCreateSchema, response: { 201: uitvoeringsplanDetailSchema } },
    },
    async (request, reply) => {
      const p = await service.maakUitvoeringsplan(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/uitvoeringsplannen/${p.id}`);
      return p;
    },
  );
  app.get(
    plan,
    {
      config: lezen,
      schema: { tags, summary: 'Eén versie met haar onderdelen, de andere versies van het jaar en de plannen van aanpak', params: planParams, response: { 200: uitvoeringsplanDetailSchema } },
    },
    async (request) => service.haalUitvoeringsplan(db, request.params.regioId, request.params.planId),
  );
  app.patch(
    plan,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Naam en toelichting van een concept wijzigen',
        description: 'Vaststellen kan hier niet: dat is het gevolg van een besluit van het PHO in de besluitenlijst.',
        params: planParams,
        body: uitvoeringsplanUpdateSchema,
        response: { 200: uitvoeringsplanDetailSchema },
      },
    },
    async (request) => service.wijzigUitvoeringsplan(db, vereisActor(request), request.params.regioId, request.params.planId, request.body),
  );
  app.delete(
    plan,
    { config: bewerken, schema: { tags, summary: 'Een concept verwijderen (een ontwerp, of een bijstelling die niet doorgaat)', params: planParams } },
    async (request, reply) => {
      await service.verwijderUitvoeringsplan(db, vereisActor(request), request.params.regioId, request.params.planId);
      return reply.code(204).send();
    },
  );
  app.post(
    `${plan}/bijstelling`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een bijstelling: een nieuwe conceptversie op basis van de vastgestelde versie',
        description: 'De vastgestelde versie blijft in werking tot het PHO de bijstelling vaststelt.',
        params: planParams,
        body: bijstellingSchema,
        response: { 201: uitvoeringsplanDetailSchema },
      },
    },
    async (request, reply) => {
      const p = await service.stelBij(db, vereisActor(request), request.params.regioId, request.params.planId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/uitvoeringsplannen/${p.id}`);
      return p;
    },
  );

  const oTags = ['Uitvoeringsplan: onderdelen'];
  app.post(
    `${plan}/onderdelen`,
    { config: bewerken, schema: { tags: oTags, summary: 'Een onderdeel toevoegen aan een concept', params: planParams, body: onderdeelCreateSchema, response: { 201: onderdeelSchema } } },
    async (request, reply) => {
      reply.code(201);
      return service.maakOnderdeel(db, vereisActor(request), request.params.regioId, request.params.planId, request.body);
    },
  );
  app.get(
    `${plan}/onderdelen/:onderdeelId`,
    { config: lezen, schema: { tags: oTags, summary: 'Eén onderdeel', params: onderdeelParams, response: { 200: onderdeelSchema } } },
    async (request) => service.haalOnderdeel(db, request.params.regioId, request.params.planId, request.params.onderdeelId),
  );
  app.patch(
    `${plan}/onderdelen/:onderdeelId`,
    {
      config: bewerken,
      schema: {
        tags: oTags,
        summary: 'Een onderdeel wijzigen; in een vastgestelde versie alleen de status (voortgang)',
        params: onderdeelParams,
        body: onderdeelUpdateSchema,
        response: { 200: onderdeelSchema },
      },
    },
    async (request) => service.wijzigOnderdeel(db, vereisActor(request), request.params.regioId, request.params.planId, request.params.onderdeelId, request.body),
  );
  app.delete(
    `${plan}/onderdelen/:onderdeelId`,
    { config: bewerken, schema: { tags: oTags, summary: 'Een onderdeel (met zijn subonderdelen) uit een concept verwijderen', params: onderdeelParams } },
    async (request, reply) => {
      await service.verwijderOnderdeel(db, vereisActor(request), request.params.regioId, request.params.planId, request.params.onderdeelId);
      return reply.code(204).send();
    },
  );

  const pTags = ['Uitvoeringsplan: plannen van aanpak'];
  app.get(
    `${plan}/plannen-van-aanpak`,
    { config: lezen, schema: { tags: pTags, summary: 'De plannen van aanpak van het jaar van dit uitvoeringsplan', params: planParams, response: { 200: lijstSchema(planVanAanpakSchema) } } },
    async (request) => {
      const items = await service.plannenVanAanpak(db, request.params.regioId, request.params.planId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    `${plan}/plannen-van-aanpak`,
    {
      config: bewerken,
      schema: {
        tags: pTags,
        summary: 'Een plan van aanpak van een werkgroep voor een onderdeel, met een eigen budget',
        description: 'Het budget mag niet boven wat de begrotingsregel van het onderdeel nog heeft, na de andere plannen van aanpak op die regel.',
        params: planParams,
        body: planVanAanpakCreateSchema,
        response: { 201: planVanAanpakSchema },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.maakPlanVanAanpak(db, vereisActor(request), request.params.regioId, request.params.planId, request.body);
    },
  );
  app.get(
    `${plan}/plannen-van-aanpak/:pvaId`,
    { config: lezen, schema: { tags: pTags, summary: 'Eén plan van aanpak', params: pvaParams, response: { 200: planVanAanpakSchema } } },
    async (request) => service.haalPlanVanAanpak(db, request.params.regioId, request.params.planId, request.params.pvaId),
  );
  app.patch(
    `${plan}/plannen-van-aanpak/:pvaId`,
    { config: bewerken, schema: { tags: pTags, summary: 'Een plan van aanpak in concept wijzigen', params: pvaParams, body: planVanAanpakUpdateSchema, response: { 200: planVanAanpakSchema } } },
    async (request) => service.wijzigPlanVanAanpak(db, vereisActor(request), request.params.regioId, request.params.planId, request.params.pvaId, request.body),
  );
  app.delete(
    `${plan}/plannen-van-aanpak/:pvaId`,
    { config: bewerken, schema: { tags: pTags, summary: 'Een plan van aanpak in concept verwijderen', params: pvaParams } },
    async (request, reply) => {
      await service.verwijderPlanVanAanpak(db, vereisActor(request), request.params.regioId, request.params.planId, request.params.pvaId);
      return reply.code(204).send();
    },
  );
  app.post(
    `${plan}/plannen-van-aanpak/:pvaId/indiening`,
    { config: bewerken, schema: { tags: pTags, summary: 'Het plan van aanpak indienen bij de Kerngroep', params: pvaParams, body: indieningSchema, response: { 200: planVanAanpakSchema } } },
    async (request) => service.dienPlanVanAanpakIn(db, vereisActor(request), request.params.regioId, request.params.planId, request.params.pvaId, request.body),
  );
  app.post(
    `${plan}/plannen-van-aanpak/:pvaId/beoordeling`,
    {
      config: bewerken,
      schema: { tags: pTags, summary: 'Het besluit van de Kerngroep vastleggen: goedgekeurd of afgewezen', params: pvaParams, body: beoordelingSchema, response: { 200: planVanAanpakSchema } },
    },
    async (request) => service.beoordeelPlanVanAanpak(db, vereisActor(request), request.params.regioId, request.params.planId, request.params.pvaId, request.body),
  );
}
