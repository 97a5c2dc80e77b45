import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/plannen/transformatieplannen, relative to the region. */
export const transformatieplannenRoutes: RouteObject[] = [];
