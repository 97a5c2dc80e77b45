import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { historieregelSchema, pagineringQuerySchema, paginaSchema, uuidSchema } from '../../../common/contracts/algemeen';
import type { AppContext } from '../../app';
import { historiePagina } from './historie.service';

/**
 * The kind of item, as written by each feature (`schrijfAudit({ soort })`). A format, not a list:
 * a list here had to grow with every feature, and a kind it missed broke that item's history.
 */
const historieSoortSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,59}$/, { error: 'Geen geldige soort: kleine letters, cijfers en streepjes, zoals "begrotingsversie"' });

export async function historieRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/regios/:regioId/historie',
    {
      config: { toegang: { recht: 'historie.lezen' } },
      schema: {
        tags: ['Historie'],
        summary: 'Wie wijzigde wat wanneer in de regio; filter op soort en itemId voor de historie van één item',
        params: z.strictObject({ regioId: uuidSchema }),
        querystring: pagineringQuerySchema.extend({
          soort: historieSoortSchema.optional(),
          itemId: z.string().trim().min(1).max(100).optional(),
        }),
        response: { 200: paginaSchema(historieregelSchema) },
      },
    },
    async (request) => {
      const { soort, itemId, pagina, paginaGrootte } = request.query;
      return historiePagina(db, request.params.regioId, { soort, itemId }, pagina, paginaGrootte);
    },
  );
}
