import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import {
  activiteitCreateSchema,
  activiteitSchema,
  doorbetalingCreateSchema,
  doorbetalingSchema,
  doorbetalingStandSchema,
  dubbeleFinancieringSchema,
  jaarSchema,
  sisaIndicatorSchema,
  sisaIndicatorSetSchema,
  sisaOpgaveSchema,
  sisaRegelSchema,
  uitkeringSoortSchema,
} from '../../../common/contracts/financien';
import { gemeentecodeSchema } from '../../../common/contracts/regios';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import { sisaCsv, sisaXlsx } from './sisa-export';
import * as service from './verantwoording.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const lezen = { toegang: { recht: 'regio.lezen' as const } };
const bewerken = { toegang: { recht: 'financien.bewerken' as const } };

export async function verantwoordingRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  const dTags = ['Doorbetalingen'];
  app.get(
    '/api/v1/regios/:regioId/doorbetalingen',
    { config: lezen, schema: { tags: dTags, summary: 'Doorbetalingen van de mandaatgemeente aan deelnemende gemeenten', params: regioParams, response: { 200: lijstSchema(doorbetalingSchema) } } },
    async (request) => {
      const items = await service.doorbetalingen(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );
  app.get(
    '/api/v1/regios/:regioId/doorbetalingen/stand',
    {
      config: lezen,
      schema: {
        tags: dTags,
        summary: 'Per ontvangende gemeente: doorbetaald en daartegenover uitgegeven (zij verantwoordt dat in haar eigen SiSa)',
        params: regioParams,
        querystring: z.strictObject({ jaar: jaarSchema }),
        response: { 200: lijstSchema(doorbetalingStandSchema) },
      },
    },
    async (request) => {
      const items = await service.doorbetalingStand(db, request.params.regioId, request.query.jaar);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/doorbetalingen',
    { config: bewerken, schema: { tags: dTags, summary: 'Een doorbetaling vastleggen', params: regioParams, body: doorbetalingCreateSchema, response: { 201: doorbetalingSchema } } },
    async (request, reply) => {
      reply.code(201);
      return service.maakDoorbetaling(db, vereisActor(request), request.params.regioId, request.body);
    },
  );
  app.delete(
    '/api/v1/regios/:regioId/doorbetalingen/:doorbetalingId',
    { config: bewerken, schema: { tags: dTags, summary: 'Een doorbetaling verwijderen', params: z.strictObject({ regioId: uuidSchema, doorbetalingId: uuidSchema }) } },
    async (request, reply) => {
      await service.verwijderDoorbetaling(db, vereisActor(request), request.params.regioId, request.params.doorbetalingId);
      return reply.code(204).send();
    },
  );

  const fTags = ['Dubbele financiering'];
  app.get(
    '/api/v1/regios/:regioId/activiteiten',
    { config: lezen, schema: { tags: fTags, summary: 'Activiteiten met hun kosten', params: regioParams, response: { 200: lijstSchema(activiteitSchema) } } },
    async (request) => {
      const items = await service.activiteiten(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/activiteiten',
    { config: bewerken, schema: { tags: fTags, summary: 'De kosten van een activiteit vastleggen (of bijwerken)', params: regioParams, body: activiteitCreateSchema, response: { 200: activiteitSchema } } },
    async (request) => service.bewaarActiviteit(db, vereisActor(request), request.params.regioId, request.body),
  );
  app.get(
    '/api/v1/regios/:regioId/dubbele-financiering',
    {
      config: lezen,
      schema: {
        tags: fTags,
        summary: 'Uitgaven die meer dan eens gefinancierd lijken, met het spoor per uitkering',
        params: regioParams,
        querystring: z.strictObject({ jaar: jaarSchema }),
        response: { 200: lijstSchema(dubbeleFinancieringSchema) },
      },
    },
    async (request) => {
      const items = await service.dubbeleFinanciering(db, request.params.regioId, request.query.jaar);
      return { items, totaal: items.length };
    },
  );

  const sTags = ['SiSa'];
  app.get(
    '/api/v1/sisa-indicatoren',
    {
      config: { toegang: 'aangemeld' },
      schema: {
        tags: sTags,
        summary: 'De SiSa-indicatoren van een regeling (soort uitkering) in een jaar',
        querystring: z.strictObject({ regeling: uitkeringSoortSchema, jaar: jaarSchema }),
        response: { 200: lijstSchema(sisaIndicatorSchema) },
      },
    },
    async (request) => {
      const items = (await service.sisaIndicatoren(db, request.query.regeling, request.query.jaar)).map((i) => ({ ...i, grootheid: i.grootheid as never }));
      return { items, totaal: items.length };
    },
  );
  app.put(
    '/api/v1/sisa-indicatoren',
    {
      config: { toegang: 'beheerder' },
      schema: {
        tags: sTags,
        summary: 'De SiSa-indicatoren van een regeling in een jaar vastleggen (vervangt de set)',
        querystring: z.strictObject({ regeling: uitkeringSoortSchema, jaar: jaarSchema }),
        body: sisaIndicatorSetSchema,
        response: { 200: lijstSchema(sisaIndicatorSchema) },
      },
    },
    async (request) => {
      const items = (await service.zetSisaIndicatoren(db, vereisActor(request), request.query.regeling, request.query.jaar, request.body)).map((i) => ({ ...i, grootheid: i.grootheid as never }));
      return { items, totaal: items.length };
    },
  );
  app.get(
    '/api/v1/regios/:regioId/sisa',
    {
      config: lezen,
      schema: { tags: sTags, summary: 'SiSa per gemeente, uitkering en jaar', params: regioParams, querystring: z.strictObject({ jaar: jaarSchema }), response: { 200: lijstSchema(sisaRegelSchema) } },
    },
    async (request) => {
      const items = await service.sisa(db, request.params.regioId, request.query.jaar);
      return { items, totaal: items.length };
    },
  );
  app.put(
    '/api/v1/regios/:regioId/sisa/:uitkeringId/:gemeentecode',
    {
      config: bewerken,
      schema: {
        tags: sTags,
        summary: 'Wat de financieel adviseur invult: overige besteding, toelichting, eindverantwoording',
        params: z.strictObject({ regioId: uuidSchema, uitkeringId: uuidSchema, gemeentecode: gemeentecodeSchema }),
        querystring: z.strictObject({ jaar: jaarSchema }),
        body: sisaOpgaveSchema,
        response: { 200: sisaRegelSchema },
      },
    },
    async (request) =>
      service.zetSisaOpgave(db, vereisActor(request), request.params.regioId, request.query.jaar, request.params.uitkeringId, request.params.gemeentecode, request.body),
  );
  app.get(
    '/api/v1/regios/:regioId/sisa/export',
    {
      config: lezen,
      schema: {
        tags: sTags,
        summary: 'SiSa als XLSX of CSV, met de indicatorcodes van het jaar',
        params: regioParams,
        querystring: z.strictObject({ jaar: jaarSchema, formaat: z.enum(['xlsx', 'csv'], { error: 'Kies xlsx of csv' }).default('xlsx') }),
      },
    },
    async (request, reply) => {
      const { jaar, formaat } = request.query;
      reply.header('Content-Disposition', `attachment; filename="sisa-${jaar}.${formaat}"`);
      if (formaat === 'csv') return reply.type('text/csv; charset=utf-8').send(await sisaCsv(db, request.params.regioId, jaar));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await sisaXlsx(db, request.params.regioId, jaar));
    },
  );
}
