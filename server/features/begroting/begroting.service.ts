import type { z } from 'zod';
import type {
  begrotingCreateSchema,
  herverdelingCreateSchema,
  prognoseSchema,
  vaststellingSchema,
  versieCreateSchema,
} from '../../../common/contracts/financien';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { datumTekst } from '../../../common/datum';
import { schrijfAudit } from '../historie/historie.repository';
import type { Actor } from '../toegang/rechten.rules';
import { uitkeringen } from '../uitkeringen/uitkeringen.service';
import { formatEuro } from '../../../common/geld';
import * as repo from './begroting.repository';
import { ruimte, standPerRegel, toetsHerverdeling, toetsPlafond, toetsReserveringen } from './herverdeling.rules';
import { signaleer } from './overzicht.rules';

type In<T extends z.ZodType> = z.output<T>;
type RegelInvoer = In<typeof versieCreateSchema>['regels'][number];

/** Everything about a set of budgets, composed from a few set-based queries. */
async function samenstellen(db: Db, regioId: string, begrotingen: Awaited<ReturnType<typeof repo.begrotingenVanRegio>>) {
  const ids = begrotingen.map((b) => b.id);
  // One round of set-based queries for all budgets at once; on a pool they run side by side.
  const [versies, { regels, bedragen }, financiering, alleHerverdelingen] = await Promise.all([
    repo.versiesVan(db, regioId, ids),
    repo.regelsEnBedragen(db, regioId, ids),
    repo.financieringVan(db, regioId, ids),
    repo.herverdelingenVan(db, regioId, ids),
  ]);
  const herverdelingen = new Map(ids.map((id) => [id, alleHerverdelingen.filter((h) => h.h.begrotingId === id)] as const));
  return begrotingen.map((b) => {
    const eigenRegels = regels.filter((r) => r.begrotingId === b.id);
    const eigenVersies = versies.filter((v) => v.v.begrotingId === b.id);
    const versieWeergave = eigenVersies.map(({ v, orgaanNaam }) => {
      const regelsVanVersie = eigenRegels.flatMap((r) => {
        const bedrag = bedragen.find((x) => x.versieId === v.id && x.regelId === r.id);
        return bedrag
          ? [{ id: r.id, code: r.code, omschrijving: r.omschrijving, taakNummer: r.taakNummer, bedragCenten: bedrag.bedragCenten, prognoseCenten: bedrag.prognoseCenten }]
          : [];
      });
      return {
        id: v.id,
        versie: v.versie,
        status: v.status as 'concept' | 'vastgesteld' | 'vervallen',
        toelichting: v.toelichting,
        vastgesteldOp: v.vastgesteldOp,
        vastgesteldDoor: v.vastgesteldDoorId && orgaanNaam ? { id: v.vastgesteldDoorId, naam: orgaanNaam } : null,
        besluitReferentie: v.besluitReferentie,
        besluitId: v.besluitId,
        totaalCenten: regelsVanVersie.reduce((s, r) => s + r.bedragCenten, 0),
        regels: regelsVanVersie,
      };
    });
    const vastgesteld = versieWeergave.filter((v) => v.status === 'vastgesteld').at(-1);
    const inWerking = vastgesteld ?? versieWeergave.at(-1)!;
    const eersteVastgesteld = versieWeergave.find((v) => v.status !== 'concept');
    // Reallocations within a mandate change the amounts in force, not the adopted version.
    const binnenMandaat = (herverdelingen.get(b.id) ?? []).filter((h) => h.h.nieuweVersieId === null && h.h.versieId === inWerking.id);
    const stand = standPerRegel(
      inWerking.regels.map((r) => ({ regelId: r.id, code: r.code, omschrijving: r.omschrijving, vastgesteldCenten: r.bedragCenten })),
      binnenMandaat.map((h) => h.h),
    );
    const eigenFinanciering = financiering.filter((f) => f.begrotingId === b.id);
    return {
      id: b.id,
      jaar: b.jaar,
      naam: b.naam,
      status: (!vastgesteld ? 'concept' : vastgesteld.versie === eersteVastgesteld?.versie ? 'vastgesteld' : 'bijgesteld') as 'concept' | 'vastgesteld' | 'bijgesteld',
      versie: inWerking.versie,
      versieId: inWerking.id,
      totaalCenten: stand.reduce((s, r) => s + r.huidigCenten, 0),
      plafondCenten: eigenFinanciering.reduce((s, f) => s + f.bedragCenten, 0),
      uitkeringen: eigenFinanciering.map((f) => ({ id: f.id, naam: f.naam, bedragCenten: f.bedragCenten })),
      regels: inWerking.regels.map((r) => ({ ...r, bedragCenten: stand.find((s) => s.regelId === r.id)!.huidigCenten })),
      versies: versieWeergave,
      herverdelingen: herverdelingen.get(b.id) ?? [],
      alleRegels: eigenRegels,
    };
  });
}

export async function begrotingen(db: Db, regioId: string, jaar?: number) {
  return samenstellen(db, regioId, await repo.begrotingenVanRegio(db, regioId, { jaar }));
}

/** One budget of the region with all its versions, or null: for references from other features (a proposal). */
export async function vindBegroting(db: Db, regioId: string, id: string) {
  const [b] = await samenstellen(db, regioId, await repo.begrotingenVanRegio(db, regioId, { id }));
  return b ?? null;
}

export async function haalBegroting(db: Db, regioId: string, id: string) {
  const [b] = await samenstellen(db, regioId, await repo.begrotingenVanRegio(db, regioId, { id }));
  if (!b) throw nietGevonden('Deze begroting');
  return b;
}

function controleerRegels(regels: RegelInvoer[]): void {
  const fouten: InvalidParam[] = [];
  const codes = regels.map((r) => r.code);
  codes.forEach((c, i) => {
    if (codes.indexOf(c) !== i) fouten.push({ name: `regels.${i}.code`, code: 'dubbel', reason: `De code "${c}" staat er twee keer in` });
  });
  if (fouten.length) throw ongeldig(fouten);
}

/**
 * What a budget may still spend of its grants: their amount for the year, minus what other budgets
 * of that year funded by the same grants already hold in their version in force. Two budgets can
 * never together draw more from one grant than it gives (DOMAIN.md §5).
 */
async function beschikbaar(tx: Db, regioId: string, jaar: number, uitkeringIds: string[], plafondCenten: number, behalve?: string) {
  const anderen = (await begrotingen(tx, regioId, jaar)).filter((b) => b.id !== behalve && b.uitkeringen.some((u) => uitkeringIds.includes(u.id)));
  const elders = anderen.reduce((som, b) => som + b.totaalCenten, 0);
  return { beschikbaarCenten: plafondCenten - elders, elders, anderen: anderen.map((b) => b.naam) };
}

async function bewaakPlafond(tx: Db, regioId: string, jaar: number, uitkeringIds: string[], plafondCenten: number, regelsCenten: number[], behalve?: string) {
  const { beschikbaarCenten, elders, anderen } = await beschikbaar(tx, regioId, jaar, uitkeringIds, plafondCenten, behalve);
  const t = toetsPlafond(regelsCenten, beschikbaarCenten);
  if (t.binnen) return;
  const melding = elders > 0 ? `${t.melding} Van de uitkering(en) is al ${formatEuro(elders)} begroot in ${anderen.join(', ')}.` : t.melding;
  throw ongeldig([{ name: 'regels', code: 'boven-plafond', reason: melding }], melding);
}

/** Lines by code: existing codes keep their identity (and their spending); new codes are added. */
async function regelIds(tx: Db, regioId: string, begrotingId: string, bestaand: { id: string; code: string }[], regels: RegelInvoer[]) {
  const nieuw = regels.filter((r) => !bestaand.some((b) => b.code === r.code));
  const gemaakt = await repo.maakRegels(
    tx,
    regioId,
    begrotingId,
    nieuw.map((r) => ({ code: r.code, omschrijving: r.omschrijving, taakNummer: r.taakNummer ?? null, volgorde: regels.indexOf(r) })),
  );
  const ids = new Map([...bestaand, ...gemaakt].map((r) => [r.code, r.id] as const));
  for (const r of regels.filter((x) => bestaand.some((b) => b.code === x.code))) {
    await repo.wijzigRegel(tx, regioId, ids.get(r.code)!, { omschrijving: r.omschrijving, taakNummer: r.taakNummer ?? null, volgorde: regels.indexOf(r) });
  }
  return ids;
}

export async function maakBegroting(db: Db, actor: Actor, regioId: string, invoer: In<typeof begrotingCreateSchema>) {
  controleerRegels(invoer.regels);
  const id = await db
    .transaction(async (tx) => {
      const bekend = await uitkeringen(tx, regioId);
      const fouten: InvalidParam[] = [];
      invoer.uitkeringIds.forEach((uid, i) => {
        if (invoer.uitkeringIds.indexOf(uid) !== i) fouten.push({ name: `uitkeringIds.${i}`, code: 'dubbel', reason: 'Deze uitkering staat er twee keer in' });
        const u = bekend.find((x) => x.id === uid);
        if (!u) fouten.push({ name: `uitkeringIds.${i}`, code: 'onbekend', reason: 'Geen uitkering van deze regio' });
        else if (!u.bedragen.some((x) => x.jaar === invoer.jaar)) {
          fouten.push({ name: `uitkeringIds.${i}`, code: 'geen-bedrag', reason: `${u.naam} heeft geen bedrag voor ${invoer.jaar}` });
        }
      });
      if (fouten.length) throw ongeldig(fouten);
      const plafond = invoer.uitkeringIds.reduce((s, uid) => s + bekend.find((x) => x.id === uid)!.bedragen.find((x) => x.jaar === invoer.jaar)!.bedragCenten, 0);
      // Checked before the budget exists, against the budgets already there.
      await bewaakPlafond(tx, regioId, invoer.jaar, invoer.uitkeringIds, plafond, invoer.regels.map((r) => r.bedragCenten));
      const b = await repo.maakBegroting(tx, regioId, { jaar: invoer.jaar, naam: invoer.naam });
      await repo.koppelUitkeringen(tx, regioId, b.id, invoer.uitkeringIds);
      const ids = await regelIds(tx, regioId, b.id, [], invoer.regels);
      const v = await repo.maakVersie(tx, regioId, { begrotingId: b.id, versie: 1, status: 'concept', toelichting: invoer.toelichting ?? '' });
      await repo.zetBedragen(tx, regioId, v.id, invoer.regels.map((r) => ({ regelId: ids.get(r.code)!, bedragCenten: r.bedragCenten })));
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'begroting', itemId: b.id, na: invoer });
      return b.id;
    })
    .catch((error: unknown) => {
      if (isUniekeSchending(error)) throw new DomainError('conflict', `Er bestaat al een begroting "${invoer.naam}" voor ${invoer.jaar}.`);
      throw error;
    });
  return haalBegroting(db, regioId, id);
}

/** A new concept version, or (with versie) a change to the open concept. Adopted versions never change. */
export async function bewaarVersie(db: Db, actor: Actor, regioId: string, begrotingId: string, invoer: In<typeof versieCreateSchema>, versie?: number) {
  controleerRegels(invoer.regels);
  await db.transaction(async (tx) => {
    await repo.vergrendelBegroting(tx, regioId, begrotingId);
    const [b] = await samenstellen(tx, regioId, await repo.begrotingenVanRegio(tx, regioId, { id: begrotingId }));
    if (!b) throw nietGevonden('Deze begroting');
    await bewaakPlafond(tx, regioId, b.jaar, b.uitkeringen.map((u) => u.id), b.plafondCenten, invoer.regels.map((r) => r.bedragCenten), b.id);
    const concept = b.versies.find((v) => v.status === 'concept');
    let versieId: string;
    if (versie === undefined) {
      if (concept) throw new DomainError('conflict', `Er is al een conceptversie (versie ${concept.versie}); wijzig die, of stel haar eerst vast.`);
      const v = await repo.maakVersie(tx, regioId, { begrotingId, versie: b.versies.length + 1, status: 'concept', toelichting: invoer.toelichting ?? '' });
      versieId = v.id;
    } else {
      const doel = b.versies.find((v) => v.versie === versie);
      if (!doel) throw nietGevonden(`Versie ${versie} van deze begroting`);
      if (doel.status !== 'concept') {
        throw new DomainError('conflict', `Versie ${versie} is ${doel.status} en verandert niet meer; maak een nieuwe versie.`);
      }
      await bewaakVoorstel(tx, regioId, doel.id, versie);
      versieId = doel.id;
      if (invoer.toelichting !== undefined) await repo.wijzigVersie(tx, regioId, versieId, { toelichting: invoer.toelichting });
    }
    const ids = await regelIds(tx, regioId, begrotingId, b.alleRegels, invoer.regels);
    await repo.zetBedragen(tx, regioId, versieId, invoer.regels.map((r) => ({ regelId: ids.get(r.code)!, bedragCenten: r.bedragCenten })));
    await schrijfAudit(tx, { regioId, actor, actie: versie === undefined ? 'aangemaakt' : 'gewijzigd', soort: 'begrotingsversie', itemId: versieId, na: invoer });
  }).catch((error: unknown) => {
    if (isUniekeSchending(error)) throw new DomainError('conflict', 'Deze begroting werd tegelijk door iemand anders gewijzigd; probeer het opnieuw.');
    throw error;
  });
  return haalBegroting(db, regioId, begrotingId);
}

/**
 * A concept version proposed for adoption on an agenda item not yet decided is what that meeting
 * votes on: it does not change until the item is decided (or the proposal is taken off the agenda),
 * so a decision never adopts amounts nobody voted on. Call with the budget locked: an agenda item
 * proposing this version locks it too (besluiten.service), so the two take turns.
 */
async function bewaakVoorstel(tx: Db, regioId: string, versieId: string, versie: number) {
  const [a] = await repo.openVoorstellenVoorVersie(tx, regioId, versieId);
  if (!a) return;
  throw new DomainError(
    'conflict',
    `Versie ${versie} staat ter vaststelling op de agenda van de vergadering "${a.vergaderingTitel}" van ${a.orgaanNaam} op ${datumTekst(a.vergaderingDatum)}, ` +
      `agendapunt "${a.titel}" (${a.status === 'in-stemming' ? 'de stemming is geopend' : 'de stemming is nog niet geopend'}). ` +
      'Zolang daarover niet is besloten, verandert deze versie niet: wacht het besluit af, of haal het voorstel eerst van de agenda.',
  );
}

/** Exported for a proposal that points at a budget: it takes the same lock as a change to the budget. */
export async function vergrendelBegroting(tx: Db, regioId: string, begrotingId: string) {
  await repo.vergrendelBegroting(tx, regioId, begrotingId);
}

/**
 * Approved supplementary initiatives reserve money on their line: a line never goes below what is
 * reserved on it. `nieuw` gives the lines that change, with their amount after the change; call
 * with the budget locked (an approval takes the same lock), so the reservations cannot grow meanwhile.
 */
async function bewaakReserveringen(tx: Db, regioId: string, begrotingId: string, nieuw: { id: string; code: string; bedragCenten: number }[], veld: string) {
  const gereserveerd = await repo.reserveringenPerRegel(tx, regioId, begrotingId);
  const t = toetsReserveringen(nieuw.map((r) => ({ code: r.code, nieuwCenten: r.bedragCenten, gereserveerdCenten: gereserveerd.get(r.id)?.gereserveerdCenten ?? 0 })));
  if (!t.binnen) throw ongeldig([{ name: veld, code: 'onder-reservering', reason: t.melding }], t.melding);
}

/**
 * Recording a decision taken outside Regiekamer (for history) on the direct routes: adopting a
 * version, or a PHO reallocation. The normal way is a decision in a PHO meeting in the decision
 * register, which links the budget to the decision; so only the regiocoördinator (the secretary
 * who keeps that register) may record one with just a free-text reference, not the financial adviser.
 */
function bewaakBesluitBuitenRegister(actor: Actor, regioId: string, wat: string) {
  const coordinator = actor.isBeheerder || actor.lidmaatschappen.some((l) => l.regioId === regioId && l.rol === 'regiocoordinator');
  if (coordinator) return;
  throw new DomainError(
    'geen-toegang',
    `${wat} is een besluit van het PHO: leg het vast als besluit in een vergadering van het PHO (Besluiten, Vergaderingen). ` +
      'Een besluit dat buiten Regiekamer is genomen, legt alleen de regiocoördinator hier vast.',
  );
}

async function bewaakPho(tx: Db, regioId: string, overlegorgaanId: string, wat: string) {
  const orgaan = await repo.vindOverlegorgaan(tx, regioId, overlegorgaanId);
  if (!orgaan) throw ongeldig([{ name: 'overlegorgaanId', code: 'onbekend', reason: 'Geen overlegorgaan van deze regio' }]);
  // DOMAIN.md §5/§6: the PHO adopts the plan and budget; other bodies act within their mandate.
  if (orgaan.soort !== 'pho') {
    throw ongeldig([{ name: 'overlegorgaanId', code: 'geen-pho', reason: `${orgaan.naam} stelt geen begroting vast; ${wat} is een besluit van het PHO` }]);
  }
  return orgaan;
}

/** The direct route: records an adoption decided outside Regiekamer (see bewaakBesluitBuitenRegister). */
export async function stelVast(db: Db, actor: Actor, regioId: string, begrotingId: string, versie: number, invoer: In<typeof vaststellingSchema>) {
  bewaakBesluitBuitenRegister(actor, regioId, 'Een begrotingsversie vaststellen');
  await db.transaction(async (tx) => {
    await repo.vergrendelBegroting(tx, regioId, begrotingId);
    // A version on the agenda of a meeting is adopted by that meeting's decision, not beside it.
    const doel = (await repo.versiesVan(tx, regioId, [begrotingId])).find((x) => x.v.versie === versie)?.v;
    if (doel?.status === 'concept') await bewaakVoorstel(tx, regioId, doel.id, versie);
    await stelVastIn(tx, actor, regioId, begrotingId, versie, invoer);
  });
  return haalBegroting(db, regioId, begrotingId);
}

/**
 * Adopts a concept version inside the caller's transaction: the budget route's own, or a decision's
 * in the decision register (which passes its besluitId), so a refusal there writes nothing at all.
 */
export async function stelVastIn(
  tx: Db,
  actor: Actor | null,
  regioId: string,
  begrotingId: string,
  versie: number,
  invoer: In<typeof vaststellingSchema> & { besluitId?: string | null },
) {
  await repo.vergrendelBegroting(tx, regioId, begrotingId);
  const [b] = await samenstellen(tx, regioId, await repo.begrotingenVanRegio(tx, regioId, { id: begrotingId }));
  if (!b) throw nietGevonden('Deze begroting');
  const doel = b.versies.find((v) => v.versie === versie);
  if (!doel) throw nietGevonden(`Versie ${versie} van deze begroting`);
  if (doel.status !== 'concept') throw new DomainError('conflict', `Versie ${versie} is al ${doel.status}.`);
  await bewaakPho(tx, regioId, invoer.overlegorgaanId, 'vaststellen');
  await bewaakPlafond(tx, regioId, b.jaar, b.uitkeringen.map((u) => u.id), b.plafondCenten, doel.regels.map((r) => r.bedragCenten), b.id);
  // Once adopted, the version's amounts are the lines' amounts; a line it leaves out holds nothing.
  await bewaakReserveringen(
    tx,
    regioId,
    b.id,
    b.alleRegels.map((r) => ({ id: r.id, code: r.code, bedragCenten: doel.regels.find((x) => x.id === r.id)?.bedragCenten ?? 0 })),
    'regels',
  );
  for (const v of b.versies.filter((x) => x.status === 'vastgesteld')) await repo.wijzigVersie(tx, regioId, v.id, { status: 'vervallen' });
  await repo.wijzigVersie(tx, regioId, doel.id, {
    status: 'vastgesteld',
    vastgesteldOp: invoer.vastgesteldOp,
    vastgesteldDoorId: invoer.overlegorgaanId,
    besluitReferentie: invoer.besluitReferentie,
    besluitId: invoer.besluitId ?? null,
  });
  await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'begrotingsversie', itemId: doel.id, omschrijving: `versie ${versie} vastgesteld`, voor: { status: 'concept' }, na: { status: 'vastgesteld', ...invoer } });
}

export async function zetPrognoses(db: Db, actor: Actor, regioId: string, begrotingId: string, invoer: In<typeof prognoseSchema>) {
  await db.transaction(async (tx) => {
    const [b] = await samenstellen(tx, regioId, await repo.begrotingenVanRegio(tx, regioId, { id: begrotingId }));
    if (!b) throw nietGevonden('Deze begroting');
    if (b.status === 'concept') throw new DomainError('conflict', 'Een prognose hoort bij een vastgestelde begroting; deze is nog concept.');
    const fouten: InvalidParam[] = [];
    invoer.regels.forEach((r, i) => {
      if (!b.regels.some((x) => x.code === r.code)) fouten.push({ name: `regels.${i}.code`, code: 'onbekend', reason: `Onbekende begrotingsregel "${r.code}"` });
    });
    if (fouten.length) throw ongeldig(fouten);
    for (const r of invoer.regels) await repo.zetPrognose(tx, regioId, b.versieId, b.regels.find((x) => x.code === r.code)!.id, r.prognoseCenten);
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'begrotingsversie', itemId: b.versieId, omschrijving: 'prognose bijgewerkt', na: invoer });
  });
  return haalBegroting(db, regioId, begrotingId);
}

// --- herverdelingen ----------------------------------------------------------------------------

export function toonHerverdeling(h: Awaited<ReturnType<typeof repo.herverdelingenVan>>[number], regels: { id: string; code: string; omschrijving: string }[], versies: { id: string; versie: number }[]) {
  const regel = (id: string) => {
    const r = regels.find((x) => x.id === id)!;
    return { code: r.code, omschrijving: r.omschrijving };
  };
  return {
    id: h.h.id,
    begrotingId: h.h.begrotingId,
    versie: h.versie,
    van: regel(h.h.vanRegelId),
    naar: regel(h.h.naarRegelId),
    bedragCenten: h.h.bedragCenten,
    overlegorgaan: h.h.overlegorgaanId && h.orgaanNaam ? { id: h.h.overlegorgaanId, naam: h.orgaanNaam } : null,
    besluitdatum: h.h.besluitdatum,
    besluitReferentie: h.h.besluitReferentie,
    besluitId: h.h.besluitId,
    toelichting: h.h.toelichting,
    nieuweVersie: h.h.nieuweVersieId ? (versies.find((v) => v.id === h.h.nieuweVersieId)?.versie ?? null) : null,
  };
}

/** Room left per line for a body with a mandate: the same rule the reallocation is checked by. */
export async function mandaatruimte(db: Db, regioId: string, begrotingId: string, overlegorgaanId: string) {
  const b = await haalBegroting(db, regioId, begrotingId);
  const orgaan = await repo.vindOverlegorgaan(db, regioId, overlegorgaanId);
  if (!orgaan) throw ongeldig([{ name: 'overlegorgaanId', code: 'onbekend', reason: 'Geen overlegorgaan van deze regio' }]);
  if (orgaan.herverdelingsmandaatBasispunten === null) {
    throw ongeldig([{ name: 'overlegorgaanId', code: 'geen-mandaat', reason: `${orgaan.naam} heeft geen mandaat om te herverdelen` }]);
  }
  const mandaat = orgaan.herverdelingsmandaatBasispunten;
  const inWerking = b.versies.find((v) => v.id === b.versieId)!;
  const stand = standPerRegel(
    inWerking.regels.map((r) => ({ regelId: r.id, code: r.code, omschrijving: r.omschrijving, vastgesteldCenten: r.bedragCenten })),
    b.herverdelingen.filter((h) => h.h.nieuweVersieId === null).map((h) => h.h),
  );
  return stand.map((r) => ({
    code: r.code,
    omschrijving: r.omschrijving,
    vastgesteldCenten: r.vastgesteldCenten,
    huidigCenten: b.regels.find((x) => x.id === r.regelId)?.bedragCenten ?? r.vastgesteldCenten,
    maximumCenten: Math.floor((r.vastgesteldCenten * mandaat) / 10000),
    benutCenten: r.benutCenten,
    nogCenten: ruimte(r, mandaat),
  }));
}

export async function herverdelingen(db: Db, regioId: string, begrotingId: string) {
  const b = await haalBegroting(db, regioId, begrotingId);
  return b.herverdelingen.map((h) => toonHerverdeling(h, b.alleRegels, b.versies));
}

/**
 * Reallocates between two lines. A body with a mandate (the Kerngroep) moves within its limit;
 * a PHO decision may go beyond it and adopts a new version in the same transaction.
 */
export async function herverdeel(db: Db, actor: Actor, regioId: string, invoer: In<typeof herverdelingCreateSchema>) {
  const id = await db.transaction(async (tx) => {
    // A PHO reallocation here records a decision taken outside Regiekamer; within its mandate the
    // Kerngroep's reallocation stays with everyone who edits the finances.
    const orgaan = await repo.vindOverlegorgaan(tx, regioId, invoer.overlegorgaanId);
    if (orgaan?.soort === 'pho') bewaakBesluitBuitenRegister(actor, regioId, 'Herverdelen door het PHO');
    return herverdeelIn(tx, actor, regioId, invoer);
  });
  const alle = await herverdelingen(db, regioId, invoer.begrotingId);
  return alle.find((h) => h.id === id)!;
}

/**
 * The reallocation inside the caller's transaction: the route's own, or a decision's in the
 * decision register (with its besluitId). Returns the reallocation's id.
 */
export async function herverdeelIn(
  tx: Db,
  actor: Actor | null,
  regioId: string,
  invoer: In<typeof herverdelingCreateSchema> & { besluitId?: string | null },
): Promise<string> {
  await repo.vergrendelBegroting(tx, regioId, invoer.begrotingId);
  const [b] = await samenstellen(tx, regioId, await repo.begrotingenVanRegio(tx, regioId, { id: invoer.begrotingId }));
  if (!b) throw ongeldig([{ name: 'begrotingId', code: 'onbekend', reason: 'Geen begroting van deze regio' }]);
  if (b.status === 'concept') throw new DomainError('conflict', 'Herverdelen kan alleen binnen een vastgestelde begroting; wijzig een concept rechtstreeks.');
  const fouten: InvalidParam[] = [];
  const van = b.regels.find((r) => r.code === invoer.vanRegelCode);
  const naar = b.regels.find((r) => r.code === invoer.naarRegelCode);
  if (!van) fouten.push({ name: 'vanRegelCode', code: 'onbekend', reason: `Onbekende begrotingsregel "${invoer.vanRegelCode}"` });
  if (!naar) fouten.push({ name: 'naarRegelCode', code: 'onbekend', reason: `Onbekende begrotingsregel "${invoer.naarRegelCode}"` });
  if (van && naar && van.id === naar.id) fouten.push({ name: 'naarRegelCode', code: 'zelfde-regel', reason: 'Kies een andere regel dan die afstaat' });
  const orgaan = await repo.vindOverlegorgaan(tx, regioId, invoer.overlegorgaanId);
  if (!orgaan) fouten.push({ name: 'overlegorgaanId', code: 'onbekend', reason: 'Geen overlegorgaan van deze regio' });
  if (fouten.length) throw ongeldig(fouten);

  const vastgesteld = b.versies.find((v) => v.id === b.versieId)!;
  const mandaatHerverdelingen = b.herverdelingen.filter((h) => h.h.nieuweVersieId === null);
  // Room used counts every mandate reallocation of the year, in any version (DOMAIN.md §5).
  const benut = standPerRegel(
    vastgesteld.regels.map((r) => ({ regelId: r.id, code: r.code, omschrijving: r.omschrijving, vastgesteldCenten: r.bedragCenten })),
    mandaatHerverdelingen.map((h) => h.h),
  );
  const stand = (regel: { id: string; bedragCenten: number }) => ({
    ...benut.find((s) => s.regelId === regel.id)!,
    huidigCenten: regel.bedragCenten,
  });
  const basis = {
    vanRegelId: van!.id,
    naarRegelId: naar!.id,
    bedragCenten: invoer.bedragCenten,
    overlegorgaanId: orgaan!.id,
    besluitdatum: invoer.besluitdatum,
    besluitReferentie: invoer.besluitReferentie ?? '',
    toelichting: invoer.toelichting ?? '',
    begrotingId: b.id,
    besluitId: invoer.besluitId ?? null,
  };

  // The giving line keeps at least what approved initiatives reserve on it (whichever body decides).
  const vanNa = [{ id: van!.id, code: van!.code, bedragCenten: van!.bedragCenten - invoer.bedragCenten }];

  if (orgaan!.soort === 'pho') {
    if (van!.bedragCenten < invoer.bedragCenten) {
      throw ongeldig([{ name: 'bedragCenten', code: 'onvoldoende-saldo', reason: `${van!.omschrijving} heeft nog ${formatEuro(van!.bedragCenten)}` }]);
    }
    await bewaakReserveringen(tx, regioId, b.id, vanNa, 'bedragCenten');
    // A PHO decision: a new adopted version with the move in it (DOMAIN.md §5).
    const nieuw = await repo.maakVersie(tx, regioId, {
      begrotingId: b.id,
      versie: b.versies.length + 1,
      status: 'vastgesteld',
      toelichting: invoer.toelichting ?? `Herverdeling van ${van!.code} naar ${naar!.code}`,
      vastgesteldOp: invoer.besluitdatum,
      vastgesteldDoorId: orgaan!.id,
      besluitReferentie: invoer.besluitReferentie ?? '',
      besluitId: invoer.besluitId ?? null,
    });
    await repo.zetBedragen(
      tx,
      regioId,
      nieuw.id,
      b.regels.map((r) => ({
        regelId: r.id,
        bedragCenten: r.bedragCenten + (r.id === naar!.id ? invoer.bedragCenten : 0) - (r.id === van!.id ? invoer.bedragCenten : 0),
        prognoseCenten: r.prognoseCenten,
      })),
    );
    await repo.wijzigVersie(tx, regioId, b.versieId, { status: 'vervallen' });
    const h = await repo.maakHerverdeling(tx, regioId, { ...basis, versieId: b.versieId, nieuweVersieId: nieuw.id });
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'herverdeling', itemId: h.id, omschrijving: `PHO-besluit; versie ${nieuw.versie} vastgesteld`, na: invoer });
    return h.id;
  }

  if (orgaan!.herverdelingsmandaatBasispunten === null) {
    throw new DomainError(
      'geen-toegang',
      `${orgaan!.naam} heeft geen mandaat om budget te herverdelen; een herverdeling is een besluit van de Kerngroep (binnen haar mandaat) of van het PHO.`,
    );
  }
  const toets = toetsHerverdeling({
    van: stand(van!),
    naar: stand(naar!),
    bedragCenten: invoer.bedragCenten,
    mandaatBasispunten: orgaan!.herverdelingsmandaatBasispunten,
    orgaanNaam: orgaan!.naam,
  });
  if (!toets.toegestaan) {
    throw new DomainError(
      'ongeldige-invoer',
      toets.melding,
      toets.overschrijdingen.map((o) => ({
        name: 'bedragCenten',
        code: toets.reden === 'mandaat' ? 'boven-mandaat' : 'onvoldoende-saldo',
        reason: `${o.regel.omschrijving} ${o.rol === 'gever' ? 'mag nog' : 'mag nog'} ${formatEuro(o.ruimteCenten)} ${o.rol === 'gever' ? 'afstaan' : 'ontvangen'}; dit is ${formatEuro(o.tekortCenten)} te veel`,
      })),
    );
  }
  await bewaakReserveringen(tx, regioId, b.id, vanNa, 'bedragCenten');
  const h = await repo.maakHerverdeling(tx, regioId, { ...basis, versieId: b.versieId, nieuweVersieId: null });
  await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'herverdeling', itemId: h.id, na: invoer });
  return h.id;
}

// --- financieel overzicht ----------------------------------------------------------------------

export async function financieelOverzicht(db: Db, regioId: string, jaar: number, onderbestedingBasispunten: number, begrotingId?: string) {
  // The ledger totals of the year are asked at the same time as the budget, not after it.
  const [vanJaar, besteding] = await Promise.all([begrotingen(db, regioId, jaar), repo.bestedingPerRegel(db, regioId, { jaar })]);
  if (!begrotingId && vanJaar.length > 1) {
    throw ongeldig([{ name: 'begrotingId', code: 'kies-begroting', reason: `Er zijn ${vanJaar.length} begrotingen voor ${jaar}: kies er een` }]);
  }
  const b = begrotingId ? vanJaar.find((x) => x.id === begrotingId) : vanJaar[0];
  if (begrotingId && !b) throw ongeldig([{ name: 'begrotingId', code: 'onbekend', reason: `Geen begroting van deze regio voor ${jaar}` }]);
  if (!b) {
    return {
      jaar,
      begroting: null,
      regels: [],
      totaal: { begrootCenten: 0, verplichtCenten: 0, uitgegevenCenten: 0, prognoseCenten: null, resterendCenten: 0 },
    };
  }
  const regels = b.regels.map((r) => {
    const x = besteding.get(r.id) ?? { verplichtCenten: 0, uitgegevenCenten: 0 };
    const cijfers = { begrootCenten: r.bedragCenten, verplichtCenten: x.verplichtCenten, uitgegevenCenten: x.uitgegevenCenten, prognoseCenten: r.prognoseCenten };
    return {
      begrotingsregelId: r.id,
      code: r.code,
      omschrijving: r.omschrijving,
      ...cijfers,
      resterendCenten: r.bedragCenten - x.uitgegevenCenten - x.verplichtCenten,
      signaal: signaleer(cijfers, onderbestedingBasispunten),
    };
  });
  const som = (f: (r: (typeof regels)[number]) => number) => regels.reduce((s, r) => s + f(r), 0);
  const metPrognose = regels.filter((r) => r.prognoseCenten !== null);
  return {
    jaar,
    begroting: { id: b.id, naam: b.naam, versie: b.versie, status: b.status },
    regels,
    totaal: {
      begrootCenten: som((r) => r.begrootCenten),
      verplichtCenten: som((r) => r.verplichtCenten),
      uitgegevenCenten: som((r) => r.uitgegevenCenten),
      prognoseCenten: metPrognose.length ? metPrognose.reduce((s, r) => s + r.prognoseCenten!, 0) : null,
      resterendCenten: som((r) => r.resterendCenten),
    },
  };
}

/**
 * The ceiling holds after a grant changes too (DOMAIN.md §5): every budget the grant funds must
 * still fit within its grants, in the version in force. Called inside the grant's transaction.
 */
export async function bewaakPlafondsVanUitkering(tx: Db, regioId: string, uitkeringId: string) {
  // Only the budgets this grant funds, composed once: not every budget of the region.
  for (const b of await samenstellen(tx, regioId, await repo.begrotingenGefinancierdDoor(tx, regioId, uitkeringId))) {
    const { beschikbaarCenten } = await beschikbaar(tx, regioId, b.jaar, b.uitkeringen.map((u) => u.id), b.plafondCenten, b.id);
    const t = toetsPlafond(b.regels.map((r) => r.bedragCenten), beschikbaarCenten);
    if (!t.binnen) throw new DomainError('conflict', `Dit past niet bij de begroting "${b.naam}" (${b.jaar}): ${t.melding}`);
  }
}
