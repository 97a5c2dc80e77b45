import type { ThemaInvoer, ThemaSoort } from '../../../common/contracts/plannen';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import type { Actor } from '../toegang/rechten.rules';
import * as repo from './regioplan.repository';

/**
 * The region plan (DOMAIN.md §7): priority tasks (opgaven) and themes (pijlers), with their lead
 * party, goals and the regiobeeld indicators they aim to move.
 */

const wat: Record<ThemaSoort, string> = { opgave: 'Deze opgave', pijler: 'Deze pijler' };

function toon(r: Awaited<ReturnType<typeof repo.themas>>[number]) {
  const t = r.t;
  return {
    id: t.id,
    soort: t.soort as ThemaSoort,
    nummer: t.nummer,
    naam: t.naam,
    omschrijving: t.omschrijving,
    kartrekker: {
      organisatie: t.kartrekkerOrganisatieId && r.organisatieNaam ? { id: t.kartrekkerOrganisatieId, naam: r.organisatieNaam } : null,
      gemeente: r.gemeentecode && r.gemeenteNaam ? { gemeentecode: r.gemeentecode, naam: r.gemeenteNaam } : null,
      overlegorgaan: t.kartrekkerOverlegorgaanId && r.overlegorgaanNaam ? { id: t.kartrekkerOverlegorgaanId, naam: r.overlegorgaanNaam } : null,
      toelichting: t.kartrekkerToelichting,
    },
    doelen: t.doelen,
    indicatoren: r.indicatoren,
  };
}

export async function regioplan(db: Db, regioId: string) {
  const alle = (await repo.themas(db, regioId)).map(toon);
  return { opgaven: alle.filter((t) => t.soort === 'opgave'), pijlers: alle.filter((t) => t.soort === 'pijler') };
}

export async function haalThema(db: Db, regioId: string, soort: ThemaSoort, id: string) {
  const [r] = await repo.themas(db, regioId, { id, soort });
  if (!r) throw nietGevonden(wat[soort]);
  return toon(r);
}

/** Every id in the input must belong to this region; all problems are named at once. */
async function controleer(tx: Db, regioId: string, invoer: Partial<ThemaInvoer>) {
  const indicatorIds = invoer.indicatorIds ?? [];
  const bekend = await repo.bekendeVerwijzingen(tx, regioId, {
    indicatorIds,
    organisatieId: invoer.kartrekkerOrganisatieId,
    overlegorgaanId: invoer.kartrekkerOverlegorgaanId,
    gemeentecode: invoer.kartrekkerGemeentecode,
  });
  const fouten: InvalidParam[] = [];
  if (invoer.kartrekkerOrganisatieId && !bekend.organisatie) fouten.push({ name: 'kartrekkerOrganisatieId', code: 'onbekend', reason: 'Geen organisatie van deze regio' });
  if (invoer.kartrekkerOverlegorgaanId && !bekend.overlegorgaan) fouten.push({ name: 'kartrekkerOverlegorgaanId', code: 'onbekend', reason: 'Geen overlegorgaan van deze regio' });
  if (invoer.kartrekkerGemeentecode && !bekend.gemeenteId) fouten.push({ name: 'kartrekkerGemeentecode', code: 'onbekend', reason: `Gemeente ${invoer.kartrekkerGemeentecode} hoort niet bij deze regio` });
  indicatorIds.forEach((id, i) => {
    if (indicatorIds.indexOf(id) !== i) fouten.push({ name: `indicatorIds.${i}`, code: 'dubbel', reason: 'Deze indicator staat er twee keer in' });
    else if (!bekend.indicatorIds.has(id)) fouten.push({ name: `indicatorIds.${i}`, code: 'onbekend', reason: 'Geen indicator van het regiobeeld van deze regio' });
  });
  if (fouten.length) throw ongeldig(fouten);
  return bekend.gemeenteId;
}

function kolommen(invoer: Partial<ThemaInvoer>, gemeenteId: string | null) {
  return {
    ...(invoer.nummer !== undefined ? { nummer: invoer.nummer } : {}),
    ...(invoer.naam !== undefined ? { naam: invoer.naam } : {}),
    ...(invoer.omschrijving !== undefined ? { omschrijving: invoer.omschrijving } : {}),
    ...(invoer.kartrekkerOrganisatieId !== undefined ? { kartrekkerOrganisatieId: invoer.kartrekkerOrganisatieId } : {}),
    ...(invoer.kartrekkerOverlegorgaanId !== undefined ? { kartrekkerOverlegorgaanId: invoer.kartrekkerOverlegorgaanId } : {}),
    ...(invoer.kartrekkerGemeentecode !== undefined ? { kartrekkerGemeenteId: gemeenteId } : {}),
    ...(invoer.kartrekkerToelichting !== undefined ? { kartrekkerToelichting: invoer.kartrekkerToelichting } : {}),
    ...(invoer.doelen !== undefined ? { doelen: invoer.doelen } : {}),
  };
}

const nummerBezet = (soort: ThemaSoort, nummer: number | undefined) =>
  new DomainError('conflict', `Er is al een ${soort} met nummer ${nummer ?? ''} in het regioplan.`, [
    { name: 'nummer', code: 'bestaat-al', reason: `Nummer ${nummer ?? ''} is al in gebruik voor een ${soort}` },
  ]);

export async function maakThema(db: Db, actor: Actor, regioId: string, soort: ThemaSoort, invoer: ThemaInvoer) {
  const id = await db
    .transaction(async (tx) => {
      const gemeenteId = await controleer(tx, regioId, invoer);
      const t = await repo.maakThema(tx, regioId, { soort, naam: invoer.naam, nummer: invoer.nummer, ...kolommen(invoer, gemeenteId) });
      await repo.zetIndicatoren(tx, regioId, t.id, invoer.indicatorIds ?? []);
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: `regioplan-${soort}`, itemId: t.id, na: invoer });
      return t.id;
    })
    .catch((error: unknown) => {
      if (isUniekeSchending(error)) throw nummerBezet(soort, invoer.nummer);
      throw error;
    });
  return haalThema(db, regioId, soort, id);
}

export async function wijzigThema(db: Db, actor: Actor, regioId: string, soort: ThemaSoort, id: string, invoer: Partial<ThemaInvoer>) {
  await db
    .transaction(async (tx) => {
      const voor = await haalThema(tx, regioId, soort, id);
      if (Object.keys(invoer).length === 0) return;
      const gemeenteId = await controleer(tx, regioId, invoer);
      await repo.wijzigThema(tx, regioId, id, kolommen(invoer, gemeenteId));
      if (invoer.indicatorIds !== undefined) await repo.zetIndicatoren(tx, regioId, id, invoer.indicatorIds);
      await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: `regioplan-${soort}`, itemId: id, voor, na: invoer });
    })
    .catch((error: unknown) => {
      if (isUniekeSchending(error)) throw nummerBezet(soort, invoer.nummer);
      throw error;
    });
  return haalThema(db, regioId, soort, id);
}

export async function verwijderThema(db: Db, actor: Actor, regioId: string, soort: ThemaSoort, id: string) {
  await db.transaction(async (tx) => {
    const voor = await haalThema(tx, regioId, soort, id);
    await repo.verwijderThema(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: `regioplan-${soort}`, itemId: id, voor });
  });
}
