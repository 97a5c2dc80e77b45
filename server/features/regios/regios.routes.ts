import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import {
  gemeentecodeSchema,
  gemeenteSchema,
  gemeenteToevoegenSchema,
  gemeenteUpdateSchema,
  organisatieCreateSchema,
  organisatieSchema,
  organisatieUpdateSchema,
  overlegorgaanCreateSchema,
  overlegorgaanDetailSchema,
  overlegorgaanLidCreateSchema,
  overlegorgaanLidUpdateSchema,
  overlegorgaanSchema,
  overlegorgaanUpdateSchema,
  regioCreateSchema,
  regioSchema,
  regioUpdateSchema,
} from '../../../common/contracts/regios';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './regios.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const gemeenteParams = z.strictObject({ regioId: uuidSchema, gemeentecode: gemeentecodeSchema });
const organisatieParams = z.strictObject({ regioId: uuidSchema, organisatieId: uuidSchema });
const orgaanParams = z.strictObject({ regioId: uuidSchema, overlegorgaanId: uuidSchema });
const lidParams = z.strictObject({ regioId: uuidSchema, overlegorgaanId: uuidSchema, lidId: uuidSchema });

export async function regiosRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Regio’s'];

  // --- regio’s ------------------------------------------------------------------------------
  app.get(
    '/api/v1/regios',
    { config: { toegang: 'aangemeld' }, schema: { tags, summary: 'De regio’s die u mag zien', response: { 200: lijstSchema(regioSchema) } } },
    async (request) => {
      const items = await service.regiosVoor(db, vereisActor(request));
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios',
    { config: { toegang: 'beheerder' }, schema: { tags, summary: 'Een regio aanmaken (beheerder)', body: regioCreateSchema, response: { 201: regioSchema } } },
    async (request, reply) => {
      const id = await service.maakRegio(db, vereisActor(request), request.body);
      reply.code(201).header('Location', `/api/v1/regios/${id}`);
      return service.haalRegio(db, id);
    },
  );
  app.get(
    '/api/v1/regios/:regioId',
    { config: { toegang: { recht: 'regio.lezen' } }, schema: { tags, summary: 'Eén regio', params: regioParams, response: { 200: regioSchema } } },
    async (request) => service.haalRegio(db, request.params.regioId),
  );
  app.patch(
    '/api/v1/regios/:regioId',
    {
      config: { toegang: { recht: 'regio.bewerken' } },
      schema: { tags, summary: 'Een regio wijzigen', params: regioParams, body: regioUpdateSchema, response: { 200: regioSchema } },
    },
    async (request) => service.wijzigRegio(db, vereisActor(request), request.params.regioId, request.body),
  );
  app.delete(
    '/api/v1/regios/:regioId',
    { config: { toegang: 'beheerder' }, schema: { tags, summary: 'Een regio met al haar gegevens verwijderen (beheerder)', params: regioParams } },
    async (request, reply) => {
      await service.verwijderRegio(db, vereisActor(request), request.params.regioId);
      return reply.code(204).send();
    },
  );

  // --- gemeenten ------------------------------------------------------------------------------
  const gTags = ['Gemeenten'];
  app.get(
    '/api/v1/regios/:regioId/gemeenten',
    {
      config: { toegang: { recht: 'regio.lezen' } },
      schema: { tags: gTags, summary: 'De gemeenten van de regio met hun rol', params: regioParams, response: { 200: lijstSchema(gemeenteSchema) } },
    },
    async (request) => {
      const items = await service.gemeenten(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/gemeenten',
    {
      config: { toegang: { recht: 'gemeenten.samenstellen' } },
      schema: { tags: gTags, summary: 'Een gemeente uit het register aan de regio toevoegen', params: regioParams, body: gemeenteToevoegenSchema, response: { 201: gemeenteSchema } },
    },
    async (request, reply) => {
      const g = await service.voegGemeenteToe(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/gemeenten/${g.gemeentecode}`);
      return g;
    },
  );
  app.get(
    '/api/v1/regios/:regioId/gemeenten/:gemeentecode',
    {
      config: { toegang: { recht: 'regio.lezen' } },
      schema: { tags: gTags, summary: 'Eén gemeente van de regio', params: gemeenteParams, response: { 200: gemeenteSchema } },
    },
    async (request) => service.haalGemeente(db, request.params.regioId, request.params.gemeentecode),
  );
  app.patch(
    '/api/v1/regios/:regioId/gemeenten/:gemeentecode',
    {
      config: { toegang: { recht: 'gemeente.bewerken' } },
      schema: { tags: gTags, summary: 'De gegevens van een gemeente in de regio wijzigen', params: gemeenteParams, body: gemeenteUpdateSchema, response: { 200: gemeenteSchema } },
    },
    async (request) =>
      service.wijzigGemeente(db, vereisActor(request), request.params.regioId, request.params.gemeentecode, request.body),
  );
  app.delete(
    '/api/v1/regios/:regioId/gemeenten/:gemeentecode',
    {
      config: { toegang: { recht: 'gemeenten.samenstellen' } },
      schema: { tags: gTags, summary: 'Een gemeente uit de regio halen', params: gemeenteParams },
    },
    async (request, reply) => {
      await service.verwijderGemeente(db, vereisActor(request), request.params.regioId, request.params.gemeentecode);
      return reply.code(204).send();
    },
  );

  // --- organisaties ---------------------------------------------------------------------------
  const oTags = ['Organisaties'];
  app.get(
    '/api/v1/regios/:regioId/organisaties',
    {
      config: { toegang: { recht: 'regio.lezen' } },
      schema: { tags: oTags, summary: 'De partnerorganisaties van de regio', params: regioParams, response: { 200: lijstSchema(organisatieSchema) } },
    },
    async (request) => {
      const items = await service.organisaties(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/organisaties',
    {
      config: { toegang: { recht: 'organisaties.beheren' } },
      schema: { tags: oTags, summary: 'Een organisatie toevoegen', params: regioParams, body: organisatieCreateSchema, response: { 201: organisatieSchema } },
    },
    async (request, reply) => {
      const o = await service.maakOrganisatie(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/organisaties/${o.id}`);
      return { ...o, soort: o.soort as never };
    },
  );
  app.get(
    '/api/v1/regios/:regioId/organisaties/:organisatieId',
    {
      config: { toegang: { recht: 'regio.lezen' } },
      schema: { tags: oTags, summary: 'Eén organisatie', params: organisatieParams, response: { 200: organisatieSchema } },
    },
    async (request) => {
      const o = await service.haalOrganisatie(db, request.params.regioId, request.params.organisatieId);
      return { ...o, soort: o.soort as never };
    },
  );
  app.patch(
    '/api/v1/regios/:regioId/organisaties/:organisatieId',
    {
      config: { toegang: { recht: 'organisaties.bewerken' } },
      schema: { tags: oTags, summary: 'Een organisatie wijzigen', params: organisatieParams, body: organisatieUpdateSchema, response: { 200: organisatieSchema } },
    },
    async (request) => {
      const o = await service.wijzigOrganisatie(db, vereisActor(request), request.params.regioId, request.params.organisatieId, request.body);
      return { ...o, soort: o.soort as never };
    },
  );
  app.delete(
    '/api/v1/regios/:regioId/organisaties/:organisatieId',
    {
      config: { toegang: { recht: 'organisaties.beheren' } },
      schema: { tags: oTags, summary: 'Een organisatie verwijderen', params: organisatieParams },
    },
    async (request, reply) => {
      await service.verwijderOrganisatie(db, vereisActor(request), request.params.regioId, request.params.organisatieId);
      return reply.code(204).send();
    },
  );

  // --- overlegorganen -------------------------------------------------------------------------
  const bTags = ['Overlegorganen'];
  app.get(
    '/api/v1/regios/:regioId/overlegorganen',
    {
      config: { toegang: { recht: 'regio.lezen' } },
      schema: { tags: bTags, summary: 'De overlegorganen met hun besluitregels', params: regioParams, response: { 200: lijstSchema(overlegorgaanSchema) } },
    },
    async (request) => {
      const items = await service.overlegorganen(db, request.params.regioId);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/overlegorganen',
    {
      config: { toegang: { recht: 'overlegorganen.bewerken' } },
      schema: { tags: bTags, summary: 'Een overlegorgaan toevoegen', params: regioParams, body: overlegorgaanCreateSchema, response: { 201: overlegorgaanDetailSchema } },
    },
    async (request, reply) => {
      const o = await service.maakOverlegorgaan(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/overlegorganen/${o.id}`);
      return o;
    },
  );
  app.get(
    '/api/v1/regios/:regioId/overlegorganen/:overlegorgaanId',
    {
      config: { toegang: { recht: 'regio.lezen' } },
      schema: { tags: bTags, summary: 'Eén overlegorgaan met zijn leden', params: orgaanParams, response: { 200: overlegorgaanDetailSchema } },
    },
    async (request) => service.haalOverlegorgaan(db, request.params.regioId, request.params.overlegorgaanId),
  );
  app.patch(
    '/api/v1/regios/:regioId/overlegorganen/:overlegorgaanId',
    {
      config: { toegang: { recht: 'overlegorganen.bewerken' } },
      schema: { tags: bTags, summary: 'Een overlegorgaan of zijn besluitregels wijzigen', params: orgaanParams, body: overlegorgaanUpdateSchema, response: { 200: overlegorgaanDetailSchema } },
    },
    async (request) =>
      service.wijzigOverlegorgaan(db, vereisActor(request), request.params.regioId, request.params.overlegorgaanId, request.body),
  );
  app.delete(
    '/api/v1/regios/:regioId/overlegorganen/:overlegorgaanId',
    { config: { toegang: { recht: 'overlegorganen.bewerken' } }, schema: { tags: bTags, summary: 'Een overlegorgaan verwijderen', params: orgaanParams } },
    async (request, reply) => {
      await service.verwijderOverlegorgaan(db, vereisActor(request), request.params.regioId, request.params.overlegorgaanId);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/regios/:regioId/overlegorganen/:overlegorgaanId/leden',
    {
      config: { toegang: { recht: 'overlegorganen.bewerken' } },
      schema: { tags: bTags, summary: 'Een lid (persoon of gemeentezetel) toevoegen', params: orgaanParams, body: overlegorgaanLidCreateSchema, response: { 201: overlegorgaanDetailSchema } },
    },
    async (request, reply) => {
      reply.code(201);
      return service.voegLidToe(db, vereisActor(request), request.params.regioId, request.params.overlegorgaanId, request.body);
    },
  );
  app.patch(
    '/api/v1/regios/:regioId/overlegorganen/:overlegorgaanId/leden/:lidId',
    {
      config: { toegang: { recht: 'overlegorganen.bewerken' } },
      schema: { tags: bTags, summary: 'Een lid wijzigen', params: lidParams, body: overlegorgaanLidUpdateSchema, response: { 200: overlegorgaanDetailSchema } },
    },
    async (request) =>
      service.wijzigLid(db, vereisActor(request), request.params.regioId, request.params.overlegorgaanId, request.params.lidId, request.body),
  );
  app.delete(
    '/api/v1/regios/:regioId/overlegorganen/:overlegorgaanId/leden/:lidId',
    { config: { toegang: { recht: 'overlegorganen.bewerken' } }, schema: { tags: bTags, summary: 'Een lid verwijderen', params: lidParams } },
    async (request, reply) => {
      await service.verwijderLid(db, vereisActor(request), request.params.regioId, request.params.overlegorgaanId, request.params.lidId);
      return reply.code(204).send();
    },
  );
}
