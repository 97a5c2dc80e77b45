import { and, eq } from 'drizzle-orm';
import { datumTekst } from '../../../common/datum';
import {
  afspraakStatussen,
  type AfspraakInvoer,
  type AfspraakMetStatus,
  type AfspraakQuery,
  type AfspraakStatus,
  type AfspraakStatusInvoer,
  type Aantallen,
  type AfsprakenStand,
} from '../../../common/contracts/afspraken';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { afspraak } from '../../db/schema/index';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import type { Actor } from '../toegang/rechten.rules';
import { vandaagInNederland } from '../../../common/voortgang';
import * as repo from './afspraken.repository';
import { dagenOverDeadline, deadlineVoorOndertekening, verlopenTekst } from './afspraken.rules';

// --- the catalogue (national, the beheerder edits it) ------------------------------------------------

export async function catalogusVanAkkoord(db: Db, akkoordId: string) {
  if (!(await repo.haalAkkoordRij(db, akkoordId))) throw nietGevonden('Dit akkoord');
  return repo.catalogus(db, { akkoordId });
}

async function haalCatalogusItem(db: Db, akkoordId: string, afspraakId: string) {
  const [a] = await repo.catalogus(db, { akkoordId, afspraakId });
  if (!a) throw nietGevonden('Deze afspraak');
  return a;
}

function controleerDeadline(deadline: string | null | undefined, akkoord: { code: string; ondertekendOp: string | null }) {
  if (deadlineVoorOndertekening(deadline, akkoord.ondertekendOp)) {
    throw ongeldig([
      {
        name: 'deadline',
        code: 'voor-ondertekening',
        reason: `De deadline ${datumTekst(deadline!)} ligt vóór de ondertekening van ${akkoord.code} op ${datumTekst(akkoord.ondertekendOp!)}; kies die dag of later`,
      },
    ]);
  }
}

const dubbeleCode = (code?: string) => (error: unknown): never => {
  if (isUniekeSchending(error)) throw new DomainError('conflict', `Dit akkoord heeft al een afspraak met de code ${code}.`);
  throw error;
};

export async function maakAfspraak(db: Db, actor: Actor, akkoordId: string, invoer: AfspraakInvoer) {
  const id = await db
    .transaction(async (tx) => {
      const akkoord = await repo.haalAkkoordRij(tx, akkoordId);
      if (!akkoord) throw nietGevonden('Dit akkoord');
      controleerDeadline(invoer.deadline, akkoord);
      const [rij] = await tx
        .insert(afspraak)
        .values({
          ...invoer,
          akkoordId,
          omschrijving: invoer.omschrijving ?? '',
          verantwoordelijkePartij: invoer.verantwoordelijkePartij ?? '',
          gemeentelijkeRol: invoer.gemeentelijkeRol ?? '',
          deadline: invoer.deadline ?? null,
          volgorde: invoer.volgorde ?? 0,
        })
        .returning({ id: afspraak.id });
      const na = await haalCatalogusItem(tx, akkoordId, rij!.id);
      await schrijfAudit(tx, { regioId: null, actor, actie: 'aangemaakt', soort: 'afspraak', itemId: rij!.id, na });
      return rij!.id;
    })
    .catch(dubbeleCode(invoer.code));
  return haalCatalogusItem(db, akkoordId, id);
}

export async function wijzigAfspraak(db: Db, actor: Actor, akkoordId: string, afspraakId: string, invoer: Partial<AfspraakInvoer>) {
  await db
    .transaction(async (tx) => {
      const akkoord = await repo.haalAkkoordRij(tx, akkoordId);
      if (!akkoord) throw nietGevonden('Dit akkoord');
      const voor = await haalCatalogusItem(tx, akkoordId, afspraakId);
      controleerDeadline(invoer.deadline !== undefined ? invoer.deadline : voor.deadline, akkoord);
      if (Object.keys(invoer).length) await tx.update(afspraak).set(invoer).where(and(eq(afspraak.akkoordId, akkoordId), eq(afspraak.id, afspraakId)));
      const na = await haalCatalogusItem(tx, akkoordId, afspraakId);
      await schrijfAudit(tx, { regioId: null, actor, actie: 'gewijzigd', soort: 'afspraak', itemId: afspraakId, voor, na });
    })
    .catch(dubbeleCode(invoer.code));
  return haalCatalogusItem(db, akkoordId, afspraakId);
}

export async function verwijderAfspraak(db: Db, actor: Actor, akkoordId: string, afspraakId: string) {
  await db.transaction(async (tx) => {
    const voor = await haalCatalogusItem(tx, akkoordId, afspraakId);
    await tx.delete(afspraak).where(and(eq(afspraak.akkoordId, akkoordId), eq(afspraak.id, afspraakId)));
    await schrijfAudit(tx, { regioId: null, actor, actie: 'verwijderd', soort: 'afspraak', itemId: afspraakId, voor });
  });
}

// --- the region's status ------------------------------------------------------------------------------

function metStatus(r: repo.AfspraakRegioRij, vandaag: string): AfspraakMetStatus {
  const status = (r.status ?? 'niet-gestart') as AfspraakStatus;
  const dagen = dagenOverDeadline(r.deadline, status, vandaag);
  return {
    id: r.id,
    akkoordId: r.akkoordId,
    akkoordCode: r.akkoordCode,
    code: r.code,
    titel: r.titel,
    omschrijving: r.omschrijving,
    thema: r.thema as AfspraakMetStatus['thema'],
    verantwoordelijkePartij: r.verantwoordelijkePartij,
    gemeentelijkeRol: r.gemeentelijkeRol,
    deadline: r.deadline,
    volgorde: r.volgorde,
    status,
    vastgelegd: r.statusId !== null,
    eigenaar: r.eigenaar ?? '',
    eigenaarGemeente: r.gemeenteId ? { gemeentecode: r.gemeentecode!, naam: r.gemeenteNaam! } : null,
    eigenaarOrganisatie: r.organisatieId ? { id: r.organisatieId, naam: r.organisatieNaam! } : null,
    bewijs: r.bewijs ?? '',
    bewijsLinks: r.bewijsLinks ?? [],
    toelichting: r.toelichting ?? '',
    gewijzigdOp: r.gewijzigdOp ? r.gewijzigdOp.toISOString() : null,
    verlopen: dagen !== null,
    dagenOverDeadline: dagen,
    verlopenTekst: dagen !== null ? verlopenTekst(dagen) : null,
  };
}

export async function afsprakenVanRegio(db: Db, regioId: string, query: AfspraakQuery, vandaag = vandaagInNederland()) {
  const rijen = await repo.afsprakenVanRegio(db, regioId, { akkoordId: query.akkoordId, thema: query.thema });
  return rijen
    .map((r) => metStatus(r, vandaag))
    .filter((a) => (!query.status || a.status === query.status) && (!query.verlopen || a.verlopen === (query.verlopen === 'ja')));
}

export async function afspraakVanRegio(db: Db, regioId: string, afspraakId: string, vandaag = vandaagInNederland()) {
  const [r] = await repo.afsprakenVanRegio(db, regioId, { afspraakId });
  if (!r) throw nietGevonden('Deze afspraak');
  return metStatus(r, vandaag);
}

/** What the audit keeps of a status: the recorded fields, named as in the API. */
function statusVoorAudit(a: AfspraakMetStatus) {
  if (!a.vastgelegd) return { status: a.status };
  return {
    status: a.status,
    eigenaar: a.eigenaar,
    eigenaarGemeente: a.eigenaarGemeente?.naam ?? null,
    eigenaarOrganisatie: a.eigenaarOrganisatie?.naam ?? null,
    bewijs: a.bewijs,
    bewijsLinks: a.bewijsLinks,
    toelichting: a.toelichting,
  };
}

/**
 * Sets the region's status of an agreement. `vervangen` (PUT) takes the body as the whole record;
 * otherwise (PATCH) fields left out keep their value. The audit row keys on the agreement's id, so
 * the history of one agreement in one region is one filter.
 */
export async function zetStatus(
  db: Db,
  actor: Actor,
  regioId: string,
  afspraakId: string,
  invoer: Partial<AfspraakStatusInvoer>,
  vervangen: boolean,
) {
  await db.transaction(async (tx) => {
    const voor = await afspraakVanRegio(tx, regioId, afspraakId);
    const bestaand = vervangen ? undefined : await repo.statusRij(tx, regioId, afspraakId);
    const waarden = {
      status: invoer.status ?? bestaand?.status ?? 'niet-gestart',
      eigenaar: invoer.eigenaar ?? bestaand?.eigenaar ?? '',
      eigenaarGemeenteId: invoer.eigenaarGemeentecode !== undefined ? null : (bestaand?.eigenaarGemeenteId ?? null),
      eigenaarOrganisatieId: invoer.eigenaarOrganisatieId !== undefined ? invoer.eigenaarOrganisatieId : (bestaand?.eigenaarOrganisatieId ?? null),
      bewijs: invoer.bewijs ?? bestaand?.bewijs ?? '',
      bewijsLinks: invoer.bewijsLinks ?? bestaand?.bewijsLinks ?? [],
      toelichting: invoer.toelichting ?? bestaand?.toelichting ?? '',
    };
    const fouten: InvalidParam[] = [];
    if (!afspraakStatussen.includes(waarden.status as AfspraakStatus)) {
      fouten.push({ name: 'status', code: 'ongeldig', reason: `Kies een van: ${afspraakStatussen.join(', ')}` });
    }
    if (invoer.eigenaarGemeentecode) {
      waarden.eigenaarGemeenteId = (await repo.gemeenteVanRegio(tx, regioId, invoer.eigenaarGemeentecode)) ?? null;
      if (!waarden.eigenaarGemeenteId) {
        fouten.push({ name: 'eigenaarGemeentecode', code: 'niet-in-regio', reason: `Gemeente ${invoer.eigenaarGemeentecode} hoort niet bij de regio` });
      }
    }
    if (invoer.eigenaarOrganisatieId && !(await repo.isOrganisatieVanRegio(tx, regioId, invoer.eigenaarOrganisatieId))) {
      fouten.push({ name: 'eigenaarOrganisatieId', code: 'niet-in-regio', reason: 'Deze organisatie hoort niet bij de regio' });
    }
    if (fouten.length) throw ongeldig(fouten);
    await repo.zetStatus(tx, regioId, afspraakId, { ...waarden, status: waarden.status as AfspraakStatus });
    const na = await afspraakVanRegio(tx, regioId, afspraakId);
    await schrijfAudit(tx, {
      regioId,
      actor,
      actie: voor.vastgelegd ? 'gewijzigd' : 'aangemaakt',
      soort: 'afspraakstatus',
      itemId: afspraakId,
      omschrijving: `${na.akkoordCode} ${na.code} ${na.titel}: ${na.status}`,
      voor: voor.vastgelegd ? statusVoorAudit(voor) : undefined,
      na: statusVoorAudit(na),
    });
  });
  return afspraakVanRegio(db, regioId, afspraakId);
}

// --- the national picture -----------------------------------------------------------------------------

const leegAantal = (): Aantallen => ({ 'niet-gestart': 0, 'in-uitvoering': 0, gerealiseerd: 0, vertraagd: 0, 'niet-van-toepassing': 0, verlopen: 0 });

/** Counts over the regions the actor is a member of (a beheerder: all regions). */
export async function stand(db: Db, actor: Actor, vandaag = vandaagInNederland()): Promise<AfsprakenStand> {
  const regioIds = actor.isBeheerder ? null : [...new Set(actor.lidmaatschappen.map((l) => l.regioId))];
  const [{ regios, rijen }, items] = await Promise.all([repo.stand(db, regioIds, vandaag), repo.catalogus(db)]);
  const totaal = leegAantal();
  const perAfspraak = new Map(items.map((a) => [a.id, leegAantal()]));
  for (const r of rijen) {
    const aantallen = perAfspraak.get(r.afspraakId);
    if (!aantallen) continue;
    aantallen[r.status as AfspraakStatus] += r.aantal;
    aantallen.verlopen += r.verlopen;
    totaal[r.status as AfspraakStatus] += r.aantal;
    totaal.verlopen += r.verlopen;
  }
  return {
    regios,
    totaal,
    items: items.map((a) => ({ afspraakId: a.id, akkoordCode: a.akkoordCode, code: a.code, titel: a.titel, thema: a.thema, deadline: a.deadline, aantallen: perAfspraak.get(a.id)! })),
  };
}
