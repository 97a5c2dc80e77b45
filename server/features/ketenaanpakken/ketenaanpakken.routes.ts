import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidSchema } from '../../../common/contracts/algemeen';
import { ketenaanpakCelSchema, ketenaanpakCelUpdateSchema, ketenaanpakkenMatrixSchema } from '../../../common/contracts/ketenaanpakken';
import type { AppContext } from '../../app';
import { vereisActor } from '../../plugins/auth';
import * as service from './ketenaanpakken.service';

const regioParams = z.strictObject({ regioId: uuidSchema });
const celParams = z.strictObject({
  regioId: uuidSchema,
  ketenaanpakId: uuidSchema,
  gemeentecode: z.string().regex(/^GM[0-9]{4}$/, { error: 'Geen geldige gemeentecode (verwacht: GM gevolgd door vier cijfers)' }),
});

/** The chain approaches per municipality (DOMAIN.md §9): the matrix and setting one cell. */
export async function ketenaanpakkenRoutes(fastify: FastifyInstance, { db }: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Ketenaanpakken'];
  const basis = '/api/v1/regios/:regioId/ketenaanpakken';

  // The five approaches are reference data every region needs; an installation gets them at start.
  fastify.addHook('onReady', () => service.zorgVoorKetenaanpakken(db));

  app.get(
    basis,
    {
      config: { toegang: { recht: 'regio.lezen' } },
      schema: {
        tags,
        summary: 'De ketenaanpakken en per gemeente van de regio het niveau, de coördinator, de interventie en de verwijsroutes',
        description: 'Een gemeente waarvoor niets is vastgelegd staat op "niet-gestart" met opgeslagen false.',
        params: regioParams,
        response: { 200: ketenaanpakkenMatrixSchema },
      },
    },
    async (request) => service.matrix(db, request.params.regioId),
  );

  app.put(
    `${basis}/:ketenaanpakId/gemeenten/:gemeentecode`,
    {
      config: { toegang: { recht: 'ketenaanpakken.bewerken' } },
      schema: {
        tags,
        summary: 'Een ketenaanpak in een gemeente vastleggen (vervangt wat er stond)',
        description:
          'niveau: regionaal, subregionaal, lokaal, in-voorbereiding of niet-gestart. coordinatorOrganisatieId: een organisatie van de regio. ' +
          'De regiocoördinator mag elke gemeente; een beleidsadviseur alleen de eigen gemeente; een partner alleen wat hij coördineert (voor en na de wijziging).',
        params: celParams,
        body: ketenaanpakCelUpdateSchema,
        response: { 200: ketenaanpakCelSchema },
      },
    },
    async (request) =>
      service.zetCel(db, vereisActor(request), request.params.regioId, request.params.ketenaanpakId, request.params.gemeentecode, request.body),
  );
}
