import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/plannen/uitvoeringsplan, relative to the region. */
export const uitvoeringsplanRoutes: RouteObject[] = [];
