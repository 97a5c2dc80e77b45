import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/monitoring/venster, relative to the region. */
export const vensterRoutes: RouteObject[] = [];
