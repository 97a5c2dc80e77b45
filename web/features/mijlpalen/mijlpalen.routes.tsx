import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/monitoring/mijlpalen, relative to the region. */
export const mijlpalenRoutes: RouteObject[] = [];
