import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/plannen/regiobeeld, relative to the region. */
export const regiobeeldRoutes: RouteObject[] = [];
