import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/monitoring/ketenaanpakken, relative to the region. */
export const ketenaanpakkenRoutes: RouteObject[] = [];
