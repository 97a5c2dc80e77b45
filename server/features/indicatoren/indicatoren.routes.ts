import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app';

export async function indicatorenRoutes(_fastify: FastifyInstance, _ctx: AppContext) {}
