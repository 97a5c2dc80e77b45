import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/plannen/aanvullende-plannen, relative to the region. */
export const aanvullendePlannenRoutes: RouteObject[] = [];
