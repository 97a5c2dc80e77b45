import type { Voortgangsstatus } from '../../../common/contracts/algemeen';
import type { Mijlpaal, MijlpaalInvoer, MijlpaalPatch, MijlpaalQuery } from '../../../common/contracts/mijlpalen';
import type { Db } from '../../db/client';
import { type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { vandaagInNederland } from '../../../common/voortgang';
import { schrijfAudit } from '../historie/historie.repository';
import type { Actor } from '../toegang/rechten.rules';
import * as repo from './mijlpalen.repository';
import { dagenOverDatum, verlopenTekst } from './mijlpalen.rules';

function alsMijlpaal(r: repo.MijlpaalRij, vandaag: string): Mijlpaal {
  const status = r.status as Voortgangsstatus;
  const dagen = dagenOverDatum(r.datum, status, vandaag);
  return {
    id: r.id,
    titel: r.titel,
    omschrijving: r.omschrijving,
    datum: r.datum,
    eigenaar: r.eigenaar,
    eigenaarOrganisatie: r.organisatieId ? { id: r.organisatieId, naam: r.organisatieNaam! } : null,
    eigenaarOverlegorgaan: r.overlegorgaanId ? { id: r.overlegorgaanId, naam: r.overlegorgaanNaam! } : null,
    status,
    verlopen: dagen !== null,
    dagenOverDatum: dagen,
    verlopenTekst: dagen !== null ? verlopenTekst(dagen) : null,
    gewijzigdOp: r.gewijzigdOp.toISOString(),
  };
}

export async function lijst(db: Db, regioId: string, query: MijlpaalQuery, vandaag = vandaagInNederland()) {
  return (await repo.mijlpalen(db, regioId))
    .map((r) => alsMijlpaal(r, vandaag))
    .filter((m) => (!query.status || m.status === query.status) && (!query.verlopen || m.verlopen === (query.verlopen === 'ja')));
}

export async function haal(db: Db, regioId: string, id: string, vandaag = vandaagInNederland()) {
  const [r] = await repo.mijlpalen(db, regioId, id);
  if (!r) throw nietGevonden('Deze mijlpaal');
  return alsMijlpaal(r, vandaag);
}

/** An owner organisation or body must be the region's own; another region's id is named as invalid. */
async function controleerEigenaar(db: Db, regioId: string, invoer: MijlpaalPatch) {
  const fouten: InvalidParam[] = [];
  if (invoer.eigenaarOrganisatieId && !(await repo.isOrganisatieVanRegio(db, regioId, invoer.eigenaarOrganisatieId))) {
    fouten.push({ name: 'eigenaarOrganisatieId', code: 'niet-in-regio', reason: 'Deze organisatie hoort niet bij de regio; kies een organisatie van de regio' });
  }
  if (invoer.eigenaarOverlegorgaanId && !(await repo.isOverlegorgaanVanRegio(db, regioId, invoer.eigenaarOverlegorgaanId))) {
    fouten.push({ name: 'eigenaarOverlegorgaanId', code: 'niet-in-regio', reason: 'Dit overlegorgaan hoort niet bij de regio; kies een overlegorgaan van de regio' });
  }
  if (fouten.length) throw ongeldig(fouten);
}

/** What the audit keeps: the fields as in the API, owners by name. */
const voorAudit = ({ verlopen: _v, dagenOverDatum: _d, verlopenTekst: _t, gewijzigdOp: _g, id: _i, ...m }: Mijlpaal) => ({
  ...m,
  eigenaarOrganisatie: m.eigenaarOrganisatie?.naam ?? null,
  eigenaarOverlegorgaan: m.eigenaarOverlegorgaan?.naam ?? null,
});

export async function maak(db: Db, actor: Actor, regioId: string, invoer: MijlpaalInvoer) {
  const id = await db.transaction(async (tx) => {
    await controleerEigenaar(tx, regioId, invoer);
    const id = await repo.voegToe(tx, regioId, {
      titel: invoer.titel,
      omschrijving: invoer.omschrijving ?? '',
      datum: invoer.datum,
      eigenaar: invoer.eigenaar ?? '',
      eigenaarOrganisatieId: invoer.eigenaarOrganisatieId ?? null,
      eigenaarOverlegorgaanId: invoer.eigenaarOverlegorgaanId ?? null,
      status: invoer.status ?? 'niet-gestart',
    });
    const na = await haal(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'mijlpaal', itemId: id, omschrijving: `${na.datum} ${na.titel}`, na: voorAudit(na) });
    return id;
  });
  return haal(db, regioId, id);
}

export async function wijzig(db: Db, actor: Actor, regioId: string, id: string, invoer: MijlpaalPatch) {
  await db.transaction(async (tx) => {
    const voor = await haal(tx, regioId, id);
    await controleerEigenaar(tx, regioId, invoer);
    if (Object.keys(invoer).length) await repo.wijzig(tx, regioId, id, invoer);
    const na = await haal(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'mijlpaal', itemId: id, omschrijving: `${na.datum} ${na.titel}`, voor: voorAudit(voor), na: voorAudit(na) });
  });
  return haal(db, regioId, id);
}

export async function verwijder(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const voor = await haal(tx, regioId, id);
    await repo.verwijder(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'mijlpaal', itemId: id, omschrijving: `${voor.datum} ${voor.titel}`, voor: voorAudit(voor) });
  });
}
