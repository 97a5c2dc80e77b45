import type { FastifyInstance } from 'fastify';

export const API_VERSIE = '1.0.0';

/**
 * Headers on every answer: the API version (NLGov API-56/API-57) and browser hardening.
 * Done by hand: a handful of fixed headers does not need a dependency.
 */
export async function securityHeadersPlugin(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (request.url.startsWith('/api/')) {
      reply.header('API-Version', API_VERSIE);
      reply.header('Cache-Control', 'no-store');
    }
    if (!request.url.startsWith('/api-documentatie')) {
      reply.header(
        'Content-Security-Policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
          "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
      );
    }
    if (request.protocol === 'https') {
      reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
  });
}
