import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/monitoring/afspraken, relative to the region. */
export const afsprakenRoutes: RouteObject[] = [];
