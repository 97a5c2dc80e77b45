import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/monitoring/steunpunten, relative to the region. */
export const steunpuntenRoutes: RouteObject[] = [];
