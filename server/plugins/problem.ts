import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type InvalidParam, statusPerCode, titelPerCode } from '../errors';

/**
 * Every error leaves as application/problem+json (RFC 9457) with a Dutch title and detail
 * (ARCHITECTURE.md §4.4). A 400 names every invalid field at once; a 5xx never leaks internals.
 */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  title: string,
  detail?: string,
  invalidParams?: InvalidParam[],
) {
  const body: Record<string, unknown> = {
    type: `urn:regiekamer:probleem:${code}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    instance: request.url.split('?')[0],
    ...(invalidParams?.length ? { invalidParams } : {}),
  };
  return reply.code(status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}

const bronNaam: Record<string, string> = { body: '', querystring: '', params: '', headers: '' };

function zodIssuesToParams(
  issues: { instancePath: string; keyword: string; message: string; params: Record<string, unknown> }[],
  context: string,
): InvalidParam[] {
  const prefix = bronNaam[context] ?? '';
  const out: InvalidParam[] = [];
  for (const issue of issues) {
    const pad = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)) {
      for (const key of issue.params.keys as string[]) {
        out.push({
          name: prefix + (pad ? `${pad}.${key}` : key),
          code: 'onbekend-veld',
          reason: `Onbekend veld "${key}"`,
        });
      }
      continue;
    }
    out.push({ name: prefix + (pad || context), code: issue.keyword, reason: issue.message });
  }
  return out;
}

export async function problemPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      if (error.retryAfterSeconds) reply.header('Retry-After', String(error.retryAfterSeconds));
      return sendProblem(
        request,
        reply,
        statusPerCode[error.code],
        error.code,
        titelPerCode[error.code],
        error.detail,
        error.invalidParams,
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const params = zodIssuesToParams(
        error.validation as never,
        (error as { validationContext?: string }).validationContext ?? 'body',
      );
      const waar =
        (error as { validationContext?: string }).validationContext === 'querystring'
          ? 'in de zoekparameters'
          : (error as { validationContext?: string }).validationContext === 'params'
            ? 'in het pad'
            : 'in het verzoek';
      return sendProblem(
        request,
        reply,
        400,
        'ongeldige-invoer',
        titelPerCode['ongeldige-invoer'],
        `${params.length} ${params.length === 1 ? 'veld is' : 'velden zijn'} niet geldig ${waar}: ${params.map((p) => p.name).join(', ')}.`,
        params,
      );
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return sendProblem(request, reply, 400, 'ongeldige-json', 'Het verzoek is geen geldige JSON.', 'Controleer de opmaak van de JSON in het verzoek.');
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return sendProblem(request, reply, 400, 'ongeldige-json', 'Het verzoek heeft geen inhoud.', 'Stuur een JSON-object mee.');
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendProblem(request, reply, 415, 'mediatype-niet-ondersteund', 'Dit mediatype wordt niet ondersteund.', `Gebruik application/json${request.url.includes('importen') ? ' of text/csv' : ''}.`);
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limiet = request.routeOptions.bodyLimit ?? 0;
      return sendProblem(
        request,
        reply,
        413,
        'te-groot',
        'Het bestand is te groot.',
        `Dit verzoek mag hoogstens ${Math.round(limiet / 1024 / 1024)} MB zijn. Splits het bestand, bijvoorbeeld per kwartaal.`,
      );
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'onverwachte fout');
      return sendProblem(request, reply, 500, 'interne-fout', 'Er ging iets mis aan onze kant.', 'Probeer het later opnieuw. De fout is vastgelegd.');
    }
    return sendProblem(request, reply, status, 'fout', 'Het verzoek kon niet worden verwerkt.', error.message);
  });
}
