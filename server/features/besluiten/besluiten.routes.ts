import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lijstSchema, uuidSchema } from '../../../common/contracts/algemeen';
import {
  aanwezigheidSchema,
  agendapuntCreateSchema,
  agendapuntUpdateSchema,
  besluitDetailSchema,
  besluitenQuerySchema,
  besluitInvoerSchema,
  besluitSchema,
  standpuntInvoerSchema,
  stemmenInvoerSchema,
  vergaderingCreateSchema,
  vergaderingDetailSchema,
  vergaderingQuerySchema,
  vergaderingSchema,
  vergaderingUpdateSchema,
  voorstelkeuzesSchema,
} from '../../../common/contracts/besluiten';
import { gemeentecodeSchema } from '../../../common/contracts/regios';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import { besluitenlijstXlsx } from './besluitenlijst-export';
import * as service from './besluiten.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const vergaderingParams = z.strictObject({ regioId: uuidSchema, vergaderingId: uuidSchema });
const agendapuntParams = vergaderingParams.extend({ agendapuntId: uuidSchema });
const standpuntParams = agendapuntParams.extend({ gemeentecode: gemeentecodeSchema });
const besluitParams = z.strictObject({ regioId: uuidSchema, besluitId: uuidSchema });

export async function besluitenRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Vergaderingen'];
  const lezen = { toegang: { recht: 'regio.lezen' as const } };
  const bewerken = { toegang: { recht: 'besluiten.bewerken' as const } };
  const vPad = '/api/v1/regios/:regioId/vergaderingen/:vergaderingId';
  const aPad = `${vPad}/agendapunten/:agendapuntId`;

  app.get(
    '/api/v1/regios/:regioId/vergaderingen',
    {
      config: lezen,
      schema: { tags, summary: 'De vergaderingen van de overlegorganen, de laatste eerst', params: regioParams, querystring: vergaderingQuerySchema, response: { 200: lijstSchema(vergaderingSchema) } },
    },
    async (request) => {
      const items = await service.vergaderingen(db, request.params.regioId, request.query);
      return { items, totaal: items.length };
    },
  );
  app.post(
    '/api/v1/regios/:regioId/vergaderingen',
    { config: bewerken, schema: { tags, summary: 'Een vergadering van een overlegorgaan plannen', params: regioParams, body: vergaderingCreateSchema, response: { 201: vergaderingDetailSchema } } },
    async (request, reply) => {
      const v = await service.maakVergadering(db, vereisActor(request), request.params.regioId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/vergaderingen/${v.id}`);
      return v;
    },
  );
  app.get(
    '/api/v1/regios/:regioId/vergaderingen/voorstelkeuzes',
    {
      config: lezen,
      schema: {
        tags,
        summary: 'Waar een voorstel per soort naar kan verwijzen: conceptversies, vastgestelde begrotingen, plannen',
        params: regioParams,
        response: { 200: voorstelkeuzesSchema },
      },
    },
    async (request) => service.voorstelkeuzes(db, request.params.regioId),
  );
  app.get(
    vPad,
    {
      config: lezen,
      schema: {
        tags,
        summary: 'Eén vergadering: zetels en aanwezigheid, agendapunten met voorstel, standpunten, stemming en besluit',
        params: vergaderingParams,
        response: { 200: vergaderingDetailSchema },
      },
    },
    async (request) => service.haalVergadering(db, request.params.regioId, request.params.vergaderingId),
  );
  app.patch(
    vPad,
    { config: bewerken, schema: { tags, summary: 'Datum, titel, locatie of status van een vergadering wijzigen', params: vergaderingParams, body: vergaderingUpdateSchema, response: { 200: vergaderingDetailSchema } } },
    async (request) => service.wijzigVergadering(db, vereisActor(request), request.params.regioId, request.params.vergaderingId, request.body),
  );
  app.delete(
    vPad,
    { config: bewerken, schema: { tags, summary: 'Een vergadering verwijderen waarin nog niet is gestemd of besloten', params: vergaderingParams } },
    async (request, reply) => {
      await service.verwijderVergadering(db, vereisActor(request), request.params.regioId, request.params.vergaderingId);
      return reply.code(204).send();
    },
  );
  app.put(
    `${vPad}/aanwezigheid`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'De aanwezigheid per zetel vastleggen',
        description: 'De genoemde zetels zijn aanwezig, alle andere zetels van het overlegorgaan afwezig. Wie aanwezig is bij het openen van een stemming, stemt mee.',
        params: vergaderingParams,
        body: aanwezigheidSchema,
        response: { 200: vergaderingDetailSchema },
      },
    },
    async (request) => service.zetAanwezigheid(db, vereisActor(request), request.params.regioId, request.params.vergaderingId, request.body),
  );

  app.post(
    `${vPad}/agendapunten`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een agendapunt toevoegen, eventueel met een voorstel',
        description:
          'Een voorstel heeft een soort: uitvoeringsplan-vaststellen, begroting-vaststellen (een conceptversie), herverdelen, aanvullend-plan, ' +
          'standpunt-transformatieplan of overig. Het doel moet van deze regio zijn en bij de soort en het overlegorgaan passen.',
        params: vergaderingParams,
        body: agendapuntCreateSchema,
        response: { 201: vergaderingDetailSchema },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.maakAgendapunt(db, vereisActor(request), request.params.regioId, request.params.vergaderingId, request.body);
    },
  );
  app.patch(
    aPad,
    { config: bewerken, schema: { tags, summary: 'Een agendapunt of zijn voorstel wijzigen, zolang er niet over wordt gestemd', params: agendapuntParams, body: agendapuntUpdateSchema, response: { 200: vergaderingDetailSchema } } },
    async (request) =>
      service.wijzigAgendapunt(db, vereisActor(request), request.params.regioId, request.params.vergaderingId, request.params.agendapuntId, request.body),
  );
  app.delete(
    aPad,
    { config: bewerken, schema: { tags, summary: 'Een agendapunt verwijderen waarover nog niet is gestemd', params: agendapuntParams, response: { 200: vergaderingDetailSchema } } },
    async (request) => service.verwijderAgendapunt(db, vereisActor(request), request.params.regioId, request.params.vergaderingId, request.params.agendapuntId),
  );
  app.put(
    `${aPad}/standpunten/:gemeentecode`,
    {
      config: { toegang: { recht: 'standpunt.vastleggen' as const } },
      schema: {
        tags,
        summary: 'Het standpunt van het college van een gemeente over een voorstel vastleggen',
        description: 'Door de beleidsadviseur of bestuurder van die gemeente, of door de regiocoördinator; met de datum en het kenmerk van het collegebesluit.',
        params: standpuntParams,
        body: standpuntInvoerSchema,
        response: { 200: vergaderingDetailSchema },
      },
    },
    async (request) =>
      service.zetStandpunt(db, vereisActor(request), request.params.regioId, request.params.vergaderingId, request.params.agendapuntId, request.params.gemeentecode, request.body),
  );
  app.post(
    `${aPad}/stemming`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'De stemming over een voorstel openen',
        description: 'Legt de besluitregels van het overlegorgaan vast op het agendapunt (latere wijzigingen gelden er niet voor) en de aanwezige stemgerechtigde gemeenten.',
        params: agendapuntParams,
        response: { 200: vergaderingDetailSchema },
      },
    },
    async (request) => service.openStemming(db, vereisActor(request), request.params.regioId, request.params.vergaderingId, request.params.agendapuntId),
  );
  app.delete(
    `${aPad}/stemming`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Een geopende stemming intrekken (bijvoorbeeld zonder quorum); de stemmen vervallen',
        description: 'Alleen zolang nog niemand heeft gestemd, of zonder quorum. Is er met quorum gestemd, dan liggen regels en stemmen vast (409): leg het besluit vast.',
        params: agendapuntParams,
        response: { 200: vergaderingDetailSchema },
      },
    },
    async (request) => service.trekStemmingIn(db, vereisActor(request), request.params.regioId, request.params.vergaderingId, request.params.agendapuntId),
  );
  app.post(
    `${aPad}/stemming/stemmen`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Stemmen vastleggen: één stem per aanwezige gemeente (voor, tegen of onthouding)',
        description: 'Alles of niets: een stem van een gemeente zonder zetel, een afwezige gemeente of een tweede stem wordt geweigerd en er wordt niets vastgelegd.',
        params: agendapuntParams,
        body: stemmenInvoerSchema,
        response: { 200: vergaderingDetailSchema },
      },
    },
    async (request) =>
      service.brengStemmenUit(db, vereisActor(request), request.params.regioId, request.params.vergaderingId, request.params.agendapuntId, request.body),
  );
  app.post(
    `${aPad}/besluit`,
    {
      config: bewerken,
      schema: {
        tags,
        summary: 'Het besluit vastleggen: de stemming sluiten en de uitkomst berekenen, of (zonder stemgerechtigde zetels) de uitkomst opgeven',
        description:
          'Een aangenomen voorstel wordt in dezelfde transactie toegepast: een begrotingsversie vastgesteld, een herverdeling doorgevoerd, een aanvullend plan ' +
          'goedgekeurd, een standpunt over een transformatieplan gezet of het uitvoeringsplan vastgesteld. Wordt dat geweigerd, dan wordt niets vastgelegd. ' +
          'Is de stemming geopend, dan volgt de uitkomst altijd uit de vastgelegde stemmen; een uitkomst opgeven kan alleen bij een open agendapunt van een orgaan zonder stemgerechtigde zetels.',
        params: agendapuntParams,
        body: besluitInvoerSchema,
        response: { 201: besluitDetailSchema },
      },
    },
    async (request, reply) => {
      const b = await service.neemBesluit(db, vereisActor(request), request.params.regioId, request.params.vergaderingId, request.params.agendapuntId, request.body);
      reply.code(201).header('Location', `/api/v1/regios/${request.params.regioId}/besluiten/${b.id}`);
      return b;
    },
  );

  const bTags = ['Besluiten'];
  app.get(
    '/api/v1/regios/:regioId/besluiten',
    {
      config: lezen,
      schema: { tags: bTags, summary: 'De besluitenlijst, per overlegorgaan en jaar', params: regioParams, querystring: besluitenQuerySchema, response: { 200: lijstSchema(besluitSchema) } },
    },
    async (request) => {
      const items = await service.besluiten(db, request.params.regioId, request.query);
      return { items, totaal: items.length };
    },
  );
  app.get(
    '/api/v1/regios/:regioId/besluiten/export',
    {
      config: lezen,
      schema: { tags: bTags, summary: 'De besluitenlijst als XLSX, met de stemmen per gemeente', params: regioParams, querystring: besluitenQuerySchema },
    },
    async (request, reply) => {
      const { jaar } = request.query;
      reply.header('Content-Disposition', `attachment; filename="besluitenlijst${jaar ? `-${jaar}` : ''}.xlsx"`);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await besluitenlijstXlsx(db, request.params.regioId, request.query));
    },
  );
  app.get(
    '/api/v1/regios/:regioId/besluiten/:besluitId',
    {
      config: lezen,
      schema: { tags: bTags, summary: 'Eén besluit: uitkomst, wijze, stemmen per gemeente, wie werd overstemd, en wat het veranderde', params: besluitParams, response: { 200: besluitDetailSchema } },
    },
    async (request) => service.haalBesluit(db, request.params.regioId, request.params.besluitId),
  );
}
