import { sql } from 'drizzle-orm';
import type { TestApp } from './testapp';

type Kop = Record<string, string>;
type Antwoord = { json: () => { invalidParams?: { name: string }[] } };

/** The names of the invalid fields of a problem answer, in order. */
export const namen = (r: Antwoord) => (r.json().invalidParams ?? []).map((p) => p.name);

/**
 * Requests as one signed-in person by default, and row counts, for an API test file. The app and
 * the headers are given as functions: they exist only once `beforeAll` has run.
 */
export function verzoeken(app: () => TestApp, standaard: () => Kop) {
  return {
    get: (url: string, headers: Kop = standaard()) => app().app.inject({ method: 'GET', url, headers }),
    send: (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers: Kop = standaard()) =>
      app().app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) }),
    /** Rows in a table of the whole database: "nothing was written" is the same count after. */
    tel: async (tabel: string) => Number(((await app().db.execute(sql.raw(`select count(*)::int as n from ${tabel}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n),
  };
}
