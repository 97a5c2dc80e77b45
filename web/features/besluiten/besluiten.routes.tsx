import type { RouteObject } from 'react-router';

/** The pages under /regios/:regioId/besluiten/…, relative to the region. */
export const besluitenRoutes: RouteObject[] = [];
