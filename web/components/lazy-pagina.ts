import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/** A route whose page module is loaded on first use (each page its own chunk). */
export function pagina<M extends Record<string, unknown>>(laad: () => Promise<M>, naam: keyof M & string): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await laad())[naam] as ComponentType }) };
}
