import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import {
  indicatorDetailSchema,
  indicatorInvoerSchema,
  indicatorPatchSchema,
  indicatorQuerySchema,
  indicatorSchema,
  meetperiodeSchema,
  metingInvoerSchema,
  metingPatchSchema,
  metingQuerySchema,
  metingSchema,
  ontgrendelInvoerSchema,
  periodeSchema,
  streefwaardeInvoerSchema,
  streefwaardeSchema,
} from '../../../common/contracts/indicatoren';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './indicatoren.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const itemParams = z.strictObject({ regioId: uuidSchema, id: uuidSchema });
const streefwaardeParams = z.strictObject({ regioId: uuidSchema, id: uuidSchema, streefwaardeId: uuidSchema });
const periodeParams = z.strictObject({ regioId: uuidSchema, id: uuidSchema, periode: periodeSchema });

export async function indicatorenRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'monitoring.bewerken' as const } };
  const invoeren = { toegang: { recht: 'metingen.invoeren' as const } };

  // --- indicatoren ------------------------------------------------------------------------------
  const tags = ['Indicatoren'];
  const pad = '/api/v1/regios/:regioId/indicatoren';

  app.get(
    pad,
    {
      config: lezen,
      schema: {
        tags,
        summary: 'De indicatoren van de regio, per niveau (proces, beweging, doelgroepen) en code',
        description: 'laatsteStand telt de uitkomsten van de laatst afgelopen periode met een streefwaarde; alleen goedgekeurde metingen tellen.',
        params: regioParams,
        querystring: indicatorQuerySchema,
        response: { 200: lijstSchema(indicatorSchema) },
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
        summary: 'Eén indicator met streefwaarden, hun evaluatie en de meetperiodes',
        params: itemParams,
        response: { 200: indicatorDetailSchema },
      },
    },
    async (request) => service.haal(db, request.params.regioId, request.params.id),
  );
  app.post(
    pad,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een indicator toevoegen',
        description: 'De code is uniek in de regio (409 met code). Een nulmetingperiode past bij de meetfrequentie of is grover; nulmetingWaarde en nulmetingPeriode horen bij elkaar (400 met het ontbrekende veld).',
        params: regioParams,
        body: indicatorInvoerSchema,
        response: { 201: indicatorDetailSchema },
      },
    },
    async (request, reply) => {
      const i = await service.maak(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `${request.url}/${i.id}`);
      return i;
    },
  );
  app.patch(
    `${pad}/:id`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een indicator wijzigen',
        description: 'Met metingen blijven meetfrequentie, geografie, cumulatief en richting vast (409 met het veld); de eenheid blijft te wijzigen. nulmetingWaarde en nulmetingPeriode horen bij elkaar, ook na samenvoegen met de opgeslagen waarden (400).',
        params: itemParams,
        body: indicatorPatchSchema,
        response: { 200: indicatorDetailSchema },
      },
    },
    async (request) => service.wijzig(db, vereisActor(request), request.params.regioId, request.params.id, request.body),
  );
  app.delete(
    `${pad}/:id`,
    {
      config: bewerken,
      schema: { tags, summary: 'Een indicator verwijderen, met streefwaarden en conceptmetingen', description: 'Geweigerd (409) zolang er goedgekeurde metingen zijn.', params: itemParams },
    },
    async (request, reply) => {
      await service.verwijder(db, vereisActor(request), request.params.regioId, request.params.id);
      return reply.code(204).send();
    },
  );

  // --- streefwaarden ----------------------------------------------------------------------------
  app.post(
    `${pad}/:id/streefwaarden`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een streefwaarde vastleggen (per periode en geografie; een bestaande wordt gewijzigd)',
        description:
          'De periode is van de meetfrequentie of grover (een jaardoel boven kwartaalmetingen); een fijnere periode is niet gedefinieerd (400 met periode). ' +
          'Bij geografie regio blijft gemeenteId leeg, bij gemeente is het een gemeente van de regio. 201 voor een nieuwe, 200 voor een gewijzigde. ' +
          'Is een meetperiode binnen de periode vergrendeld, dan ligt de streefwaarde vast (409 met periode).',
        params: itemParams,
        body: streefwaardeInvoerSchema,
        response: { 200: streefwaardeSchema, 201: streefwaardeSchema },
      },
    },
    async (request, reply) => {
      const { streefwaarde, nieuw } = await service.zetStreefwaarde(db, vereisActor(request), request.params.regioId, request.params.id, request.body);
      reply.code(nieuw ? 201 : 200);
      return streefwaarde;
    },
  );
  app.delete(
    `${pad}/:id/streefwaarden/:streefwaardeId`,
    { config: bewerken, schema: { tags, summary: 'Een streefwaarde verwijderen', description: 'Is een meetperiode binnen de periode vergrendeld, dan ligt de streefwaarde vast (409 met periode).', params: streefwaardeParams } },
    async (request, reply) => {
      await service.verwijderStreefwaarde(db, vereisActor(request), request.params.regioId, request.params.id, request.params.streefwaardeId);
      return reply.code(204).send();
    },
  );

  // --- vergrendeling ----------------------------------------------------------------------------
  app.post(
    `${pad}/:id/periodes/:periode/vergrendeling`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een meetperiode vergrendelen',
        description: 'Alleen als de periode metingen heeft en die alle goedgekeurd zijn (409 met de aantallen). Daarna weigert elke wijziging van haar metingen (409).',
        params: periodeParams,
        response: { 200: meetperiodeSchema },
      },
    },
    async (request) => service.vergrendel(db, vereisActor(request), request.params.regioId, request.params.id, request.params.periode),
  );
  app.post(
    `${pad}/:id/periodes/:periode/ontgrendeling`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een meetperiode ontgrendelen, met een reden',
        description: 'De reden staat in de historie (soort meetperiode, itemId de indicator).',
        params: periodeParams,
        body: ontgrendelInvoerSchema,
        response: { 200: meetperiodeSchema },
      },
    },
    async (request) => service.ontgrendel(db, vereisActor(request), request.params.regioId, request.params.id, request.params.periode, request.body.reden),
  );

  // --- metingen ---------------------------------------------------------------------------------
  const metingTags = ['Metingen'];
  const metingPad = '/api/v1/regios/:regioId/metingen';

  app.get(
    metingPad,
    {
      config: lezen,
      schema: {
        tags: metingTags,
        summary: 'De metingen van de regio, per indicator en nieuwste periode eerst',
        params: regioParams,
        querystring: metingQuerySchema,
        response: { 200: lijstSchema(metingSchema) },
      },
    },
    async (request) => {
      const items = await service.metingen(db, request.params.regioId, request.query);
      return { items, totaal: items.length };
    },
  );
  app.get(
    `${metingPad}/:id`,
    { config: lezen, schema: { tags: metingTags, summary: 'Eén meting', params: itemParams, response: { 200: metingSchema } } },
    async (request) => service.haalMeting(db, request.params.regioId, request.params.id),
  );
  app.post(
    metingPad,
    {
      config: invoeren,
      schema: {
        tags: metingTags,
        summary: 'Een meting invoeren (als concept)',
        description:
          'De periode is precies van de meetfrequentie en is begonnen (400 met periode); één meting per indicator, periode en geografie (409). ' +
          'Een beleidsadviseur voert alleen waarden van de eigen gemeente in; een regiowaarde alleen de regiocoördinator (403). Een vergrendelde periode weigert (409 met periode).',
        params: regioParams,
        body: metingInvoerSchema,
        response: { 201: metingSchema },
      },
    },
    async (request, reply) => {
      const m = await service.maakMeting(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `${request.url}/${m.id}`);
      return m;
    },
  );
  app.patch(
    `${metingPad}/:id`,
    {
      config: invoeren,
      schema: {
        tags: metingTags,
        summary: 'Een meting wijzigen',
        description: 'Een goedgekeurde meting gaat bij een wijziging terug naar concept. Een vergrendelde periode weigert (409 met periode).',
        params: itemParams,
        body: metingPatchSchema,
        response: { 200: metingSchema },
      },
    },
    async (request) => service.wijzigMeting(db, vereisActor(request), request.params.regioId, request.params.id, request.body),
  );
  app.delete(
    `${metingPad}/:id`,
    {
      config: invoeren,
      schema: {
        tags: metingTags,
        summary: 'Een meting verwijderen',
        description: 'Een goedgekeurde meting verwijdert alleen wie monitoring mag bewerken (403). Een vergrendelde periode weigert (409 met periode).',
        params: itemParams,
      },
    },
    async (request, reply) => {
      await service.verwijderMeting(db, vereisActor(request), request.params.regioId, request.params.id);
      return reply.code(204).send();
    },
  );
  app.post(
    `${metingPad}/:id/goedkeuring`,
    {
      config: bewerken,
      schema: {
        tags: metingTags,
        summary: 'Een meting goedkeuren',
        description: 'Pas goedgekeurde metingen tellen mee in de evaluatie van streefwaarden. Een vergrendelde periode weigert (409 met periode).',
        params: itemParams,
        response: { 200: metingSchema },
      },
    },
    async (request) => service.keurGoed(db, vereisActor(request), request.params.regioId, request.params.id),
  );
}
