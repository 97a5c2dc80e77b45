import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, paginaSchema, uuidSchema } from '../../../common/contracts/algemeen';
import { boekingenQuerySchema, boekingImportQuerySchema, boekingImportSchema, boekingSchema, importprofielInvoerSchema, importprofielSchema } from '../../../common/contracts/financien';
import type { AppContext } from '../../app';
import { DomainError } from '../../errors';
import { vereisActor } from '../../plugins/auth';
import * as service from './boekingen.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A year of one region's ledger is far below this; a larger file is split per quarter. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export async function boekingenRoutes(fastify: FastifyInstance, { db, database }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Boekingen'];

  app.get(
    '/api/v1/regios/:regioId/boekingen',
    {
      config: { toegang: { recht: 'regio.lezen' } },
      schema: { tags, summary: 'Verplichtingen en uitgaven, met filters en paginering', params: regioParams, querystring: boekingenQuerySchema, response: { 200: paginaSchema(boekingSchema) } },
    },
    async (request) => {
      const { pagina, paginaGrootte, ...filter } = request.query;
      return service.boekingen(db, request.params.regioId, filter, pagina, paginaGrootte);
    },
  );

  app.post(
    '/api/v1/regios/:regioId/boekingen/importen',
    {
      config: { toegang: { recht: 'financien.bewerken' } },
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags,
        summary: 'Een export van het financiële systeem importeren (CSV of XLSX), met een kolomtoewijzing',
        description:
          'Stuur het bestand als text/csv (";" of ",", UTF-8 met of zonder BOM, bedragen als 1.234,56) of als XLSX. ' +
          'De queryparameters wijzen de kolommen toe. Alles of niets: elke afgekeurde regel wordt met regelnummer en reden gemeld. ' +
          'Hetzelfde bestand een tweede keer wordt geweigerd en voegt niets toe. Met proef=true wordt alleen gecontroleerd.',
        params: regioParams,
        querystring: boekingImportQuerySchema,
        consumes: ['text/csv', XLSX],
        response: { 200: boekingImportSchema, 201: boekingImportSchema },
      },
    },
    async (request, reply) => {
      const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim();
      const body = request.body as unknown;
      if (type !== XLSX && type !== 'text/csv' && type !== 'text/plain') {
        throw new DomainError('ongeldige-invoer', 'Stuur het bestand als text/csv of als XLSX.', [{ name: 'bestand', code: 'mediatype', reason: `Niet ondersteund: ${type || 'geen Content-Type'}` }]);
      }
      if (typeof body !== 'string' && !Buffer.isBuffer(body)) {
        throw new DomainError('ongeldige-invoer', 'Er is geen bestand meegestuurd.', [{ name: 'bestand', code: 'leeg', reason: 'Geen inhoud' }]);
      }
      const uitkomst = await service.importeerBoekingen(database, vereisActor(request), request.params.regioId, body, type === XLSX ? 'xlsx' : 'csv', request.query);
      reply.code(uitkomst.proef ? 200 : 201);
      return uitkomst;
    },
  );

  app.get(
    '/api/v1/regios/:regioId/boekingen/importen',
    {
      config: { toegang: { recht: 'regio.lezen' } },
      schema: {
        tags,
        summary: 'De importen van boekingen',
        params: regioParams,
        response: { 200: lijstSchema(z.object({ id: z.uuid(), bestandsnaam: z.string(), aantalRegels: z.number().int(), totaalCenten: z.number().int(), aangemaaktOp: z.string() })) },
      },
    },
    async (request) => {
      const items = await service.importen(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );

  app.delete(
    '/api/v1/regios/:regioId/boekingen/importen/:importId',
    {
      config: { toegang: { recht: 'financien.bewerken' } },
      schema: { tags, summary: 'Een import ongedaan maken: haar boekingen verdwijnen mee', params: z.strictObject({ regioId: uuidSchema, importId: uuidSchema }) },
    },
    async (request, reply) => {
      await service.verwijderImport(db, vereisActor(request), request.params.regioId, request.params.importId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/regios/:regioId/boekingen/importprofielen',
    { config: { toegang: { recht: 'regio.lezen' } }, schema: { tags, summary: 'Bewaarde kolomtoewijzingen voor importen', params: regioParams, response: { 200: lijstSchema(importprofielSchema) } } },
    async (request) => {
      const items = await service.importprofielen(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/boekingen/importprofielen',
    {
      config: { toegang: { recht: 'financien.bewerken' } },
      schema: { tags, summary: 'Een kolomtoewijzing bewaren onder een naam (bestaat de naam al, dan wordt zij bijgewerkt)', params: regioParams, body: importprofielInvoerSchema, response: { 200: importprofielSchema } },
    },
    async (request) => service.bewaarImportprofiel(db, vereisActor(request), request.params.regioId, request.body.naam, request.body.toewijzing),
  );
  app.delete(
    '/api/v1/regios/:regioId/boekingen/importprofielen/:profielId',
    { config: { toegang: { recht: 'financien.bewerken' } }, schema: { tags, summary: 'Een importprofiel verwijderen', params: z.strictObject({ regioId: uuidSchema, profielId: uuidSchema }) } },
    async (request, reply) => {
      await service.verwijderImportprofiel(db, vereisActor(request), request.params.regioId, request.params.profielId);
      return reply.code(204).send();
    },
  );
}
