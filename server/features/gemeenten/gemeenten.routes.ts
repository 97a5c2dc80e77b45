import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pagineringQuerySchema, paginaSchema } from '../../../common/contracts/algemeen';
import { gemeenteImportResultaatSchema, registerGemeenteSchema } from '../../../common/contracts/regios';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import { importeerGemeenten, zoekInRegister } from './gemeenten.service';

export async function gemeentenRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Gemeenteregister'];

  app.get(
    '/api/v1/gemeenten',
    {
      config: { toegang: 'aangemeld' },
      schema: {
        tags,
        summary: 'Het landelijke gemeenteregister (CBS), doorzoekbaar',
        querystring: pagineringQuerySchema.extend({
          zoek: z.string().trim().max(100).optional(),
        }),
        response: { 200: paginaSchema(registerGemeenteSchema) },
      },
    },
    async (request) => {
      const { zoek, pagina, paginaGrootte } = request.query;
      const { items, totaal } = await zoekInRegister(db, zoek, pagina, paginaGrootte);
      return { items, totaal, pagina, paginaGrootte, totaalPaginas: Math.ceil(totaal / paginaGrootte) };
    },
  );

  app.post(
    '/api/v1/gemeenten/importen',
    {
      config: { toegang: 'beheerder' },
      schema: {
        tags,
        summary: 'Gemeenten importeren uit een CSV in CBS-indeling (alles of niets, idempotent)',
        description:
          'Kolommen gemeentecode, gemeentenaam en een kolom die begint met "inwoners"; andere kolommen worden genegeerd. ' +
          'Scheidingsteken komma of puntkomma, UTF-8 met of zonder BOM. Een afgekeurde regel wordt met regelnummer gemeld en dan wordt niets geschreven.',
        consumes: ['text/csv'],
        body: z.string({ error: 'Stuur de CSV als text/csv' }),
        response: { 200: gemeenteImportResultaatSchema },
      },
    },
    async (request) => importeerGemeenten(db, vereisActor(request), request.body),
  );
}
