import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/monitoring/indicatoren, relative to the region. */
export const indicatorenRoutes: RouteObject[] = [];
