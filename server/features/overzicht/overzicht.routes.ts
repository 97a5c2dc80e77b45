import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidSchema } from '../../../common/contracts/algemeen';
import { overzichtSchema } from '../../../common/contracts/overzicht';
import type { AppContext } from '../../app';
import * as service from './overzicht.service';

export async function overzichtRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/regios/:regioId/overzicht',
    {
      config: { toegang: { recht: 'regio.lezen' as const } },
      schema: {
        tags: ['Overzicht'],
        summary: 'Waar staat de regio? Het overzicht van vandaag',
        description:
          'Aantallen, aandachtspunten (verlopen eerst, langst verlopen eerst; dan vertraagd), de ketenaanpakken, de dekking, ' +
          'de indicatoren waarvan de laatst afgelopen streefperiode niet is gehaald, de volgende vijf open mijlpalen, de laatste voortgangsrapportage ' +
          'en de begroting van dit jaar tegen de besteding.',
        params: z.strictObject({ regioId: uuidSchema }),
        response: { 200: overzichtSchema },
      },
    },
    async (request) => service.overzicht(db, request.params.regioId),
  );
}
