import { standaardOnderbestedingBasispunten } from '../../../common/contracts/financien';
import type { Regiostand } from '../../../common/contracts/overzicht';
import { periodeLabel } from '../../../common/periode';
import pg from 'pg';
import type { Db } from '../../db/client';
import { DomainError, nietGevonden } from '../../errors';
import { afsprakenVanRegio } from '../afspraken/afspraken.service';
import { begrotingen, financieelOverzicht } from '../begroting/begroting.service';
import { indicatorenStand } from '../indicatoren/indicatoren.stand';
import { matrix } from '../ketenaanpakken/ketenaanpakken.service';
import * as mijlpalen from '../mijlpalen/mijlpalen.service';
import { dekking } from '../steunpunten/steunpunten.service';
import { kiesBegroting, telAfspraken } from './overzicht.rules';
import * as repo from './overzicht.repository';

// One builder of "where the region stands", for the progress report that freezes it and the overview
// page that summarises it live. It asks the
// features' own services, so a status, an overdue item or a coverage means exactly what it means
// on their pages; nothing here re-judges them.


type FinancieelOverzicht = NonNullable<Regiostand['financien']>;

/**
 * Runs `fn` in one REPEATABLE READ transaction: every query sees the same snapshot, so a report
 * or an overview never mixes two moments (an agreement changed between two of its reads).
 * Read-only unless the caller writes in it (the freeze stores the report in the same snapshot).
 */
export function inMomentopname<T>(db: Db, fn: (tx: Db) => Promise<T>, opties: { schrijven?: boolean } = {}): Promise<T> {
  return db.transaction((tx) => naElkaar(tx, () => fn(tx)), { isolationLevel: 'repeatable read', accessMode: opties.schrijven ? 'read write' : 'read only' });
}

type Vraag = (...args: unknown[]) => Promise<unknown>;

/**
 * A transaction is one connection. The features' services ask their parts together
 * (Promise.all), which on one node-postgres connection means a second query while the first runs:
 * pg 8 queues it but warns that pg 9 will not. For the length of `fn` the connection's queries go
 * through a queue of our own, in the order they were asked. PGlite has one connection and queues
 * itself, so it is left as it is. (Drizzle keeps the connection of a transaction at session.client.)
 */
async function naElkaar<T>(tx: Db, fn: () => Promise<T>): Promise<T> {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  if (!(client instanceof pg.Client)) return fn();
  const verbinding = client as unknown as { query: Vraag };
  const origineel = verbinding.query;
  let rij: Promise<unknown> = Promise.resolve();
  // Once `fn` has settled the transaction ends (COMMIT or ROLLBACK) and the connection goes back
  // to the pool. A query still waiting in the queue then (a part asked together with one that
  // failed) must not be sent: it would run outside the transaction, or on another request's one.
  let afgelopen = false;
  verbinding.query = (...args: unknown[]) => {
    const volgende = rij.then(() => {
      if (afgelopen) throw new Error('Deze vraag kwam na het einde van de momentopname en is niet meer verstuurd.');
      return origineel.apply(client, args);
    });
    rij = volgende.catch(() => undefined);
    return volgende;
  };
  try {
    return await fn();
  } finally {
    afgelopen = true;
    verbinding.query = origineel;
  }
}

/**
 * Budget against spending of a year, or null without a budget. A year with several budgets makes
 * the finance service ask which one ('kies-begroting'); the adopted one with the highest version
 * is taken then (overzicht.rules.ts kiesBegroting). Asking only when needed keeps the common case
 * (one budget per year) at one call.
 */
export async function financienVanJaar(tx: Db, regioId: string, jaar: number): Promise<FinancieelOverzicht | null> {
  let overzicht: FinancieelOverzicht;
  try {
    overzicht = await financieelOverzicht(tx, regioId, jaar, standaardOnderbestedingBasispunten);
  } catch (fout) {
    if (!(fout instanceof DomainError && fout.invalidParams?.some((p) => p.code === 'kies-begroting'))) throw fout;
    const gekozen = kiesBegroting(await begrotingen(tx, regioId, jaar))!;
    overzicht = await financieelOverzicht(tx, regioId, jaar, standaardOnderbestedingBasispunten, gekozen.id);
  }
  return overzicht.begroting ? overzicht : null;
}

export async function haalRegio(tx: Db, regioId: string) {
  const regio = await repo.regioRef(tx, regioId);
  if (!regio) throw nietGevonden('Deze regio');
  return regio;
}

/**
 * What the report and the overview both show, taken at `peildatum` (overdue is judged at that
 * date), with the budget of `jaar`. Call it inside `inMomentopname`. The parts are asked together;
 * inside the snapshot they run one after the other on its connection.
 */
export async function leesDelen(tx: Db, regioId: string, peildatum: string, jaar: number) {
  const [regio, afspraken, ketenaanpakken, dekkingVanRegio, mijlpalenLijst, financien] = await Promise.all([
    haalRegio(tx, regioId),
    afsprakenVanRegio(tx, regioId, {}, peildatum),
    matrix(tx, regioId),
    dekking(tx, regioId),
    mijlpalen.lijst(tx, regioId, {}, peildatum),
    financienVanJaar(tx, regioId, jaar),
  ]);
  return { regio, afspraken, ketenaanpakken, dekking: dekkingVanRegio, mijlpalen: mijlpalenLijst, financien };
}

/** The state of a region for a period, taken at `peildatum`: the content of a progress report. */
export async function bouwRegiostand(tx: Db, regioId: string, periode: string, peildatum: string): Promise<Regiostand> {
  const [delen, indicatoren] = await Promise.all([leesDelen(tx, regioId, peildatum, Number(periode.slice(0, 4))), indicatorenStand(tx, regioId, { periode })]);
  return {
    versie: 1,
    regio: delen.regio,
    periode,
    periodeLabel: periodeLabel(periode),
    peildatum,
    afspraken: { aantallen: telAfspraken(delen.afspraken), items: delen.afspraken },
    ketenaanpakken: delen.ketenaanpakken,
    dekking: delen.dekking,
    indicatoren,
    mijlpalen: delen.mijlpalen,
    financien: delen.financien,
  };
}
