import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/plannen/regioplan, relative to the region. */
export const regioplanRoutes: RouteObject[] = [];
