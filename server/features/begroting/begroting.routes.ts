import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import {
  begrotingCreateSchema,
  begrotingDetailSchema,
  begrotingSchema,
  financieelOverzichtSchema,
  herverdelingCreateSchema,
  herverdelingSchema,
  jaarSchema,
  mandaatruimteSchema,
  prognoseSchema,
  vaststellingSchema,
  standaardOnderbestedingBasispunten,
  versieCreateSchema,
} from '../../../common/contracts/financien';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './begroting.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const begrotingParams = z.strictObject({ regioId: uuidSchema, begrotingId: uuidSchema });
const versieParams = z.strictObject({ regioId: uuidSchema, begrotingId: uuidSchema, versie: z.coerce.number().int().min(1) });

type Samengesteld = Awaited<ReturnType<typeof service.haalBegroting>>;
const kort = (b: Samengesteld) => ({
  id: b.id,
  jaar: b.jaar,
  naam: b.naam,
  status: b.status,
  versie: b.versie,
  totaalCenten: b.totaalCenten,
  plafondCenten: b.plafondCenten,
  uitkeringen: b.uitkeringen,
  regels: b.regels,
});
const detail = (b: Samengesteld) => ({
  ...kort(b),
  versies: b.versies.map(({ id: _id, ...v }) => v),
});

export async function begrotingRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Begroting'];
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'financien.bewerken' as const } };

  app.get(
    '/api/v1/regios/:regioId/begrotingen',
    {
      config: lezen,
      schema: {
        tags,
        summary: 'De begrotingen, met de regels van de versie die geldt, status en totaal',
        params: regioParams,
        querystring: z.strictObject({ jaar: jaarSchema.optional() }),
        response: { 200: lijstSchema(begrotingSchema) },
      },
    },
    async (request) => {
      const items = (await service.begrotingen(db, request.params.regioId, request.query.jaar)).map(kort);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/begrotingen',
    { config: bewerken, schema: { tags, summary: 'Een begroting opstellen (versie 1, concept)', params: regioParams, body: begrotingCreateSchema, response: { 201: begrotingDetailSchema } } },
    async (request, reply) => {
      const b = await service.maakBegroting(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/begrotingen/${b.id}`);
      return detail(b);
    },
  );
  app.get(
    '/api/v1/regios/:regioId/begrotingen/:begrotingId',
    { config: lezen, schema: { tags, summary: 'Eén begroting met al haar versies', params: begrotingParams, response: { 200: begrotingDetailSchema } } },
    async (request) => detail(await service.haalBegroting(db, request.params.regioId, request.params.begrotingId)),
  );
  app.post(
    '/api/v1/regios/:regioId/begrotingen/:begrotingId/versies',
    { config: bewerken, schema: { tags, summary: 'Een nieuwe conceptversie', params: begrotingParams, body: versieCreateSchema, response: { 201: begrotingDetailSchema } } },
    async (request, reply) => {
      reply.code(201);
      return detail(await service.bewaarVersie(db, vereisActor(request), request.params.regioId, request.params.begrotingId, request.body));
    },
  );
  app.put(
    '/api/v1/regios/:regioId/begrotingen/:begrotingId/versies/:versie',
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'De regels van een conceptversie vervangen',
        description: 'Geweigerd (409) zolang een agendapunt dat nog niet is besloten deze versie ter vaststelling voorstelt; de melding noemt de vergadering en het agendapunt.',
        params: versieParams,
        body: versieCreateSchema,
        response: { 200: begrotingDetailSchema },
      },
    },
    async (request) =>
      detail(await service.bewaarVersie(db, vereisActor(request), request.params.regioId, request.params.begrotingId, request.body, request.params.versie)),
  );
  app.post(
    '/api/v1/regios/:regioId/begrotingen/:begrotingId/versies/:versie/vaststelling',
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een conceptversie vaststellen bij besluit van het PHO',
        description:
          'De gewone weg is een besluit in een vergadering van het PHO in het besluitenregister (`POST /api/v1/regios/{regioId}/vergaderingen/{vergaderingId}/agendapunten/{agendapuntId}/besluit`, ' +
          'met een voorstel "begroting-vaststellen"): dat besluit stelt de versie vast en wordt eraan gekoppeld. Deze route legt een besluit vast dat buiten Regiekamer is genomen, ' +
          'met alleen een referentie, voor de historie; dat mag alleen de regiocoördinator (anders 403). Een versie die onder de reserveringen van goedgekeurde aanvullende plannen ' +
          'op een regel blijft, wordt geweigerd (400, code "onder-reservering").',
        params: versieParams,
        body: vaststellingSchema,
        response: { 200: begrotingDetailSchema },
      },
    },
    async (request) =>
      detail(await service.stelVast(db, vereisActor(request), request.params.regioId, request.params.begrotingId, request.params.versie, request.body)),
  );
  app.put(
    '/api/v1/regios/:regioId/begrotingen/:begrotingId/prognoses',
    { config: bewerken, schema: { tags, summary: 'De verwachte besteding per regel aan het eind van het jaar', params: begrotingParams, body: prognoseSchema, response: { 200: begrotingDetailSchema } } },
    async (request) => detail(await service.zetPrognoses(db, vereisActor(request), request.params.regioId, request.params.begrotingId, request.body)),
  );

  const hTags = ['Herverdelingen'];
  app.get(
    '/api/v1/regios/:regioId/herverdelingen',
    {
      config: lezen,
      schema: { tags: hTags, summary: 'De herverdelingen binnen een begroting', params: regioParams, querystring: z.strictObject({ begrotingId: uuidSchema }), response: { 200: lijstSchema(herverdelingSchema) } },
    },
    async (request) => {
      const items = await service.herverdelingen(db, request.params.regioId, request.query.begrotingId);
      return { items, totaal: items.length };
    },
  );
  app.get(
    '/api/v1/regios/:regioId/herverdelingen/ruimte',
    {
      config: lezen,
      schema: {
        tags: hTags,
        summary: 'Wat een orgaan met mandaat (de Kerngroep) per regel dit jaar nog mag herverdelen',
        params: regioParams,
        querystring: z.strictObject({ begrotingId: uuidSchema, overlegorgaanId: uuidSchema }),
        response: { 200: lijstSchema(mandaatruimteSchema) },
      },
    },
    async (request) => {
      const items = await service.mandaatruimte(db, request.params.regioId, request.query.begrotingId, request.query.overlegorgaanId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/herverdelingen',
    {
      config: bewerken,
      schema: {
        tags: hTags,
        summary: 'Budget herverdelen tussen twee regels',
        description:
          'Door een overlegorgaan met mandaat (de Kerngroep) binnen de limiet van de samenwerkingsovereenkomst; een weigering noemt de regel en het bedrag dat nog kan. ' +
          'Door het PHO ook daarboven: dan wordt in dezelfde transactie een nieuwe begrotingsversie vastgesteld. ' +
          'De gewone weg voor een herverdeling door het PHO is een besluit in een vergadering van het PHO in het besluitenregister (voorstel "herverdelen"), dat aan de herverdeling wordt gekoppeld; ' +
          'hier legt alleen de regiocoördinator een PHO-besluit vast dat buiten Regiekamer is genomen (anders 403). ' +
          'De regel die afstaat houdt minstens wat goedgekeurde aanvullende plannen erop reserveren (anders 400, code "onder-reservering").',
        params: regioParams,
        body: herverdelingCreateSchema,
        response: { 201: herverdelingSchema },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.herverdeel(db, vereisActor(request), request.params.regioId, request.body);
    },
  );

  app.get(
    '/api/v1/regios/:regioId/financieel-overzicht',
    {
      config: lezen,
      schema: {
        tags: ['Financieel overzicht'],
        summary: 'Per begrotingsregel: begroot, verplicht, uitgegeven, prognose en resterend',
        params: regioParams,
        querystring: z.strictObject({
          jaar: jaarSchema,
          /** Needed only when the year has more than one budget. */
          begrotingId: uuidSchema.optional(),
          onderbestedingBasispunten: z.coerce.number().int().min(0).max(10000).default(standaardOnderbestedingBasispunten),
        }),
        response: { 200: financieelOverzichtSchema },
      },
    },
    async (request) =>
      service.financieelOverzicht(db, request.params.regioId, request.query.jaar, request.query.onderbestedingBasispunten, request.query.begrotingId),
  );
}
