import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config';
import type { Database, Db } from './db/client';
import { aanvullendePlannenRoutes } from './features/aanvullende-plannen/aanvullende-plannen.routes';
import { afsprakenRoutes } from './features/afspraken/afspraken.routes';
import { akkoordenRoutes } from './features/akkoorden/akkoorden.routes';
import { begrotingRoutes } from './features/begroting/begroting.routes';
import { besluitenRoutes } from './features/besluiten/besluiten.routes';
import { boekingenRoutes } from './features/boekingen/boekingen.routes';
import { gemeentenRoutes } from './features/gemeenten/gemeenten.routes';
import { historieRoutes } from './features/historie/historie.routes';
import { ketenaanpakkenRoutes } from './features/ketenaanpakken/ketenaanpakken.routes';
import { meerjarenramingRoutes } from './features/meerjarenraming/meerjarenraming.routes';
import { mijlpalenRoutes } from './features/mijlpalen/mijlpalen.routes';
import { indicatorenRoutes } from './features/indicatoren/indicatoren.routes';
import { voortgangsrapportagesRoutes } from './features/voortgangsrapportages/voortgangsrapportages.routes';
import { overzichtRoutes } from './features/overzicht/overzicht.routes';
import { steunpuntenRoutes } from './features/steunpunten/steunpunten.routes';
import { vensterRoutes } from './features/venster/venster.routes';
import { regiobeeldRoutes } from './features/regiobeeld/regiobeeld.routes';
import { regioplanRoutes } from './features/regioplan/regioplan.routes';
import { regiosRoutes } from './features/regios/regios.routes';
import { sessiesRoutes } from './features/sessies/sessies.routes';
import { transformatieplannenRoutes } from './features/transformatieplannen/transformatieplannen.routes';
import { uitkeringenRoutes } from './features/uitkeringen/uitkeringen.routes';
import { uitvoeringsplanRoutes } from './features/uitvoeringsplan/uitvoeringsplan.routes';
import { verantwoordingRoutes } from './features/verantwoording/verantwoording.routes';
import { authPlugin } from './plugins/auth';
import { problemPlugin, sendProblem } from './plugins/problem';
import { API_VERSIE, securityHeadersPlugin } from './plugins/security-headers';

// Dutch messages for every validation error (UI and API speak Dutch).
z.config(z.locales.nl());

export interface AppContext {
  db: Db;
  config: Config;
  /** The database itself, for bulk loads (COPY) that go around the query builder. */
  database: Database;
}

export type App = FastifyInstance;

export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: ctx.config.LOG_LEVEL === 'silent' ? false : { level: ctx.config.LOG_LEVEL },
    trustProxy: ctx.config.REGIEKAMER_TRUST_PROXY,
    // NLGov API-48: no trailing slashes; /api/v1/regios/ answers 404.
    routerOptions: { ignoreTrailingSlash: false },
    bodyLimit: 50 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  // Imports: CSV arrives as text, XLSX as bytes; the import rules read them.
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.addContentTypeParser(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );
  await problemPlugin(app);
  await securityHeadersPlugin(app);
  await authPlugin(app, ctx);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Regiekamer API',
        version: API_VERSIE,
        description:
          'De API van Regiekamer, het werksysteem van een zorgregio onder het IZA, GALA en AZWA. ' +
          'Volgt de NLGov API Design Rules 2.1. Bedragen zijn gehele eurocenten in velden die eindigen op "Centen".',
        contact: { name: 'Regiekamer', email: 'security@regiekamer.example' },
        license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
      },
      servers: [{ url: '/', description: 'Deze installatie' }],
      components: {
        securitySchemes: {
          sessie: { type: 'apiKey', in: 'cookie', name: 'regiekamer_sessie' },
          apiToken: { type: 'http', scheme: 'bearer', description: 'Persoonlijk API-token (rk_…)' },
        },
      },
      security: [{ sessie: [] }, { apiToken: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api-documentatie' });

  app.get(
    '/api/v1/openapi.json',
    { config: { toegang: 'publiek' }, schema: { hide: true } },
    async (_request, reply) => {
      reply.header('Access-Control-Allow-Origin', '*');
      return app.swagger();
    },
  );

  await app.register(async (api) => {
    await sessiesRoutes(api, ctx);
    await regiosRoutes(api, ctx);
    await gemeentenRoutes(api, ctx);
    await akkoordenRoutes(api, ctx);
    await historieRoutes(api, ctx);
    await uitkeringenRoutes(api, ctx);
    await begrotingRoutes(api, ctx);
    await boekingenRoutes(api, ctx);
    await verantwoordingRoutes(api, ctx);
    await meerjarenramingRoutes(api, ctx);
    await regiobeeldRoutes(api, ctx);
    await regioplanRoutes(api, ctx);
    await uitvoeringsplanRoutes(api, ctx);
    await transformatieplannenRoutes(api, ctx);
    await aanvullendePlannenRoutes(api, ctx);
    await besluitenRoutes(api, ctx);
    await afsprakenRoutes(api, ctx);
    await ketenaanpakkenRoutes(api, ctx);
    await steunpuntenRoutes(api, ctx);
    await mijlpalenRoutes(api, ctx);
    await vensterRoutes(api, ctx);
    await indicatorenRoutes(api, ctx);
    await voortgangsrapportagesRoutes(api, ctx);
    await overzichtRoutes(api, ctx);
  });

  app.get('/.well-known/security.txt', { schema: { hide: true } }, async (_request, reply) => {
    const verloopt = new Date(Date.now() + 180 * 86_400_000).toISOString();
    reply.type('text/plain; charset=utf-8');
    return [
      'Contact: mailto:security@regiekamer.example',
      `Expires: ${verloopt}`,
      'Preferred-Languages: nl, en',
      'Policy: https://github.com/regiekamer/regiekamer/blob/main/SECURITY.md',
      '',
    ].join('\n');
  });

  // The single-page web application, when it has been built (npm run build). Unknown paths
  // outside /api answer its index.html so that deep links work; unknown API paths a problem.
  const webDir = path.resolve(ctx.config.REGIEKAMER_WEB_DIR);
  const heeftWeb = existsSync(path.join(webDir, 'index.html'));
  if (heeftWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const pad = request.url.split('?')[0]!;
    if (heeftWeb && request.method === 'GET' && !pad.startsWith('/api') && !path.extname(pad)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendProblem(request, reply, 404, 'niet-gevonden', 'Niet gevonden.', `Er is geen ${request.method}-bron op ${pad}.`);
  });

  return app;
}
