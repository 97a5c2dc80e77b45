import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/monitoring/voortgangsrapportages, relative to the region. */
export const voortgangsrapportagesRoutes: RouteObject[] = [];
