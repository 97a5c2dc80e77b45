import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import {
  indicatorCreateSchema,
  indicatorDetailSchema,
  indicatorSchema,
  indicatorUpdateSchema,
  regiobeeldImportQuerySchema,
  regiobeeldImportResultaatSchema,
  regiobeeldVersieCreateSchema,
  regiobeeldVersieSchema,
  waardenVervangenSchema,
} from '../../../common/contracts/plannen';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './regiobeeld.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const indicatorParams = z.strictObject({ regioId: uuidSchema, indicatorId: uuidSchema });
const versieQuery = z.strictObject({ versieId: uuidSchema.optional() });

/** The region profile (DOMAIN.md §7): indicators, their values per version, and the CSV import. */
export async function regiobeeldRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Regiobeeld'];
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'plannen.bewerken' as const } };
  const basis = '/api/v1/regios/:regioId/regiobeeld';

  app.get(
    `${basis}/versies`,
    { config: lezen, schema: { tags, summary: 'De versies van het regiobeeld, de huidige eerst', params: regioParams, response: { 200: lijstSchema(regiobeeldVersieSchema) } } },
    async (request) => {
      const items = await service.versies(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    `${basis}/versies`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Het regiobeeld herijken: een nieuwe versie, met de waarden van de huidige als begin',
        description: 'De nieuwe versie wordt de huidige; eerdere versies blijven ongewijzigd leesbaar.',
        params: regioParams,
        body: regiobeeldVersieCreateSchema,
        response: { 201: regiobeeldVersieSchema },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.maakVersie(db, vereisActor(request), request.params.regioId, request.body);
    },
  );

  app.get(
    `${basis}/indicatoren`,
    {
      config: lezen,
      schema: {
        tags,
        summary: 'De indicatoren, met per indicator het aantal waarden en de laatste waarneming in een versie (standaard de huidige)',
        params: regioParams,
        querystring: versieQuery,
        response: { 200: lijstSchema(indicatorSchema).extend({ versie: regiobeeldVersieSchema.nullable() }) },
      },
    },
    async (request) => service.indicatoren(db, request.params.regioId, request.query.versieId),
  );
  app.post(
    `${basis}/indicatoren`,
    { config: bewerken, schema: { tags, summary: 'Een indicator toevoegen', params: regioParams, body: indicatorCreateSchema, response: { 201: indicatorSchema } } },
    async (request, reply) => {
      const i = await service.maakIndicator(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/regiobeeld/indicatoren/${i.id}`);
      return i;
    },
  );
  app.get(
    `${basis}/indicatoren/:indicatorId`,
    {
      config: lezen,
      schema: { tags, summary: 'Eén indicator met haar waarden in een versie (standaard de huidige)', params: indicatorParams, querystring: versieQuery, response: { 200: indicatorDetailSchema } },
    },
    async (request) => service.haalIndicator(db, request.params.regioId, request.params.indicatorId, request.query.versieId),
  );
  app.patch(
    `${basis}/indicatoren/:indicatorId`,
    { config: bewerken, schema: { tags, summary: 'Een indicator wijzigen', params: indicatorParams, body: indicatorUpdateSchema, response: { 200: indicatorSchema } } },
    async (request) => service.wijzigIndicator(db, vereisActor(request), request.params.regioId, request.params.indicatorId, request.body),
  );
  app.delete(
    `${basis}/indicatoren/:indicatorId`,
    { config: bewerken, schema: { tags, summary: 'Een indicator verwijderen (alleen zonder waarden en koppelingen)', params: indicatorParams } },
    async (request, reply) => {
      await service.verwijderIndicator(db, vereisActor(request), request.params.regioId, request.params.indicatorId);
      return reply.code(204).send();
    },
  );
  app.put(
    `${basis}/indicatoren/:indicatorId/waarden`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Alle waarden van een indicator in de huidige versie vervangen',
        description: 'geografie: leeg of "regio" voor de hele regio, anders de CBS-code van een gemeente van de regio. soort is standaard prognose met een scenario, anders waargenomen.',
        params: indicatorParams,
        body: waardenVervangenSchema,
        response: { 200: indicatorDetailSchema },
      },
    },
    async (request) => service.vervangWaarden(db, vereisActor(request), request.params.regioId, request.params.indicatorId, request.body),
  );

  app.post(
    `${basis}/importen`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Waarden importeren uit een CSV in lange vorm',
        description:
          'Kolommen: indicator (code), geografie (leeg of "regio" voor de hele regio, anders een CBS-code zoals GM0984 van een gemeente van de regio), jaar, scenario, waarde ' +
          '(decimaalteken komma of punt, zonder scheiding van duizendtallen) en eventueel soort (waargenomen of prognose; standaard prognose bij een scenario, anders waargenomen). ' +
          'Alles of niets: elke afgekeurde regel wordt met regelnummer en reden gemeld. Idempotent: per versie, indicator, geografie, jaar en scenario wordt een waarde toegevoegd of bijgewerkt. ' +
          'Standaard in de huidige versie; met proef=true wordt alleen gecontroleerd.',
        params: regioParams,
        querystring: regiobeeldImportQuerySchema,
        consumes: ['text/csv'],
        body: z.string({ error: 'Stuur de CSV als text/csv' }),
        response: { 200: regiobeeldImportResultaatSchema },
      },
    },
    async (request) => service.importeer(db, vereisActor(request), request.params.regioId, request.body, request.query),
  );
}
