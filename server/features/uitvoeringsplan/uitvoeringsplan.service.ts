import type { z } from 'zod';
import type {
  beoordelingSchema,
  bijstellingSchema,
  indieningSchema,
  OnderdeelInvoer,
  OnderdeelStatus,
  planVanAanpakCreateSchema,
  planVanAanpakUpdateSchema,
  PlanStatus,
  PvaStatus,
  uitvoeringsplanCreateSchema,
  uitvoeringsplanUpdateSchema,
} from '../../../common/contracts/plannen';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import type { BesluitVerwijzing } from '../besluiten/besluitverwijzing';
import { haalBegroting } from '../begroting/begroting.service';
import { schrijfAudit } from '../historie/historie.repository';
import type { Actor } from '../toegang/rechten.rules';
import { datumTekst } from '../../../common/datum';
import * as repo from './uitvoeringsplan.repository';
import { naVaststelling, type PlanActie, toetsPlanActie, toetsPositie, toetsPvaBudget, toetsPvaOvergang } from './uitvoeringsplan.rules';

type In<T extends z.ZodType> = z.output<T>;
type Planrij = Awaited<ReturnType<typeof repo.plannen>>[number];
type Onderdeelrij = Awaited<ReturnType<typeof repo.onderdelen>>[number];
type Pvarij = Awaited<ReturnType<typeof repo.plannenVanAanpak>>[number];

/**
 * The municipalities' yearly implementation plan (DOMAIN.md §5, §10): versions (concept →
 * vastgesteld by a PHO decision → vervallen after a bijstelling is adopted), components per
 * werkagenda task, and the working groups' plans of approach submitted to the Kerngroep.
 */

/** A reference to a body on the wire, when both its id and name are there. */
const verwijzing = (id: string | null, naam: string | null | undefined) => (id && naam ? { id, naam } : null);

function toonPlan(p: Planrij) {
  return {
    id: p.id,
    jaar: p.jaar,
    versie: p.versie,
    naam: p.naam,
    toelichting: p.toelichting,
    status: p.status as PlanStatus,
    gebaseerdOpVersie: p.gebaseerdOpVersie ?? null,
    vastgesteldOp: p.vastgesteldOp,
    vastgesteldDoor: verwijzing(p.vastgesteldDoorId, p.orgaanNaam),
    besluitId: p.besluitId,
    besluitReferentie: p.besluitReferentie,
    aantalOnderdelen: p.aantalOnderdelen,
  };
}

function toonOnderdeel(r: Onderdeelrij) {
  const o = r.o;
  return {
    id: o.id,
    code: o.code,
    bovenliggendeCode: r.bovenliggendeCode ?? null,
    taakNummer: o.taakNummer,
    titel: o.titel,
    aanpak: o.aanpak,
    overlegorgaan: verwijzing(o.overlegorgaanId, r.orgaanNaam),
    voorzitter: o.voorzitter,
    status: o.status as OnderdeelStatus,
    begrotingsregel:
      o.begrotingsregelId && r.regelCode !== null && r.begrotingId
        ? { id: o.begrotingsregelId, code: r.regelCode, omschrijving: r.regelOmschrijving!, begrotingId: r.begrotingId, begrotingNaam: r.begrotingNaam!, jaar: r.begrotingJaar! }
        : null,
    volgorde: o.volgorde,
  };
}

function toonPva(r: Pvarij) {
  const p = r.p;
  return {
    id: p.id,
    jaar: p.jaar,
    onderdeelCode: p.onderdeelCode,
    titel: p.titel,
    omschrijving: p.omschrijving,
    overlegorgaan: verwijzing(p.overlegorgaanId, r.orgaanNaam),
    budgetCenten: p.budgetCenten,
    status: p.status as PvaStatus,
    ingediendOp: p.ingediendOp,
    beoordeeldOp: p.beoordeeldOp,
    beoordeeldDoor: verwijzing(p.beoordeeldDoorId, r.beoordelaarNaam),
    besluitReferentie: p.besluitReferentie,
  };
}

// --- lezen ---------------------------------------------------------------------------------------

/** Every version of every year (or of one year), newest year first and oldest version first. */
export async function uitvoeringsplannen(db: Db, regioId: string, jaar?: number) {
  return (await repo.plannen(db, regioId, { jaar })).map(toonPlan);
}

export async function haalUitvoeringsplan(db: Db, regioId: string, id: string) {
  const [p] = await repo.plannen(db, regioId, { id });
  if (!p) throw nietGevonden('Dit uitvoeringsplan');
  const [versies, onderdelen, taken, pvas] = await Promise.all([
    repo.plannen(db, regioId, { jaar: p.jaar }),
    repo.onderdelen(db, regioId, [id]),
    repo.taken(db),
    repo.plannenVanAanpak(db, regioId, p.jaar),
  ]);
  return {
    ...toonPlan(p),
    onderdelen: onderdelen.map(toonOnderdeel),
    taken,
    versies: versies.map((v) => {
      const { toelichting: _t, aantalOnderdelen: _a, ...rest } = toonPlan(v);
      return rest;
    }),
    plannenVanAanpak: pvas.map(toonPva),
  };
}

/** For a decision's proposal: the plan version of this region, or null. */
export async function vindUitvoeringsplan(db: Db, regioId: string, id: string): Promise<{ id: string; jaar: number; naam: string; status: string } | null> {
  const p = await repo.vindPlan(db, regioId, id);
  return p ? { id: p.id, jaar: p.jaar, naam: p.naam, status: p.status } : null;
}

// --- versies -------------------------------------------------------------------------------------

/** The version and all versions of its year, locked for the rest of the transaction. */
async function metJaar(tx: Db, regioId: string, id: string) {
  const p = await repo.vindPlan(tx, regioId, id);
  if (!p) throw nietGevonden('Dit uitvoeringsplan');
  const alle = await repo.vergrendelJaar(tx, regioId, p.jaar);
  return { plan: alle.find((v) => v.id === id)!, alle };
}

function bewaak(plan: { versie: number; status: string }, alle: { versie: number; status: string }[], actie: PlanActie) {
  const oordeel = toetsPlanActie({ versie: plan.versie, status: plan.status as PlanStatus }, alle.map((v) => ({ versie: v.versie, status: v.status as PlanStatus })), actie);
  if (!oordeel.toegestaan) throw new DomainError('conflict', oordeel.reden);
}

/**
 * A concept proposed for adoption is what the body votes on: while an agenda item about it is
 * undecided (open, or being voted on), its content stays as it is and the version stays, or the
 * decision would adopt what nobody voted on. The refusal names meeting and item, so one knows
 * what to wait for, or which proposal to take off the agenda first.
 */
async function bewaakAgenda(tx: Db, regioId: string, plan: { id: string; jaar: number; versie: number }) {
  const [punt] = await repo.openVaststellingen(tx, regioId, plan.id);
  if (!punt) return;
  throw new DomainError(
    'conflict',
    `Versie ${plan.versie} van het uitvoeringsplan ${plan.jaar} staat ter vaststelling op de agenda van «${punt.vergadering}» (${datumTekst(punt.datum)}), ` +
      `agendapunt ${punt.volgorde} «${punt.titel}»${punt.status === 'in-stemming' ? ', waarover nu wordt gestemd' : ''}. ` +
      'Zolang daarover niet is besloten, blijven de inhoud en de versie zoals ze zijn: anders stelt het besluit iets vast waarover niet is gestemd. ' +
      'Wacht het besluit af, of haal het voorstel eerst van de agenda.',
  );
}

export async function maakUitvoeringsplan(db: Db, actor: Actor, regioId: string, invoer: In<typeof uitvoeringsplanCreateSchema>) {
  const id = await db
    .transaction(async (tx) => {
      const bestaand = await repo.vergrendelJaar(tx, regioId, invoer.jaar);
      if (bestaand.length) {
        const laatste = bestaand.at(-1)!;
        throw new DomainError(
          'conflict',
          `Er is al een uitvoeringsplan voor ${invoer.jaar} ("${laatste.naam}", versie ${laatste.versie}, ${laatste.status}); wijzig dat, of maak een bijstelling van de vastgestelde versie.`,
          [{ name: 'jaar', code: 'bestaat-al', reason: `Er is al een uitvoeringsplan voor ${invoer.jaar}` }],
        );
      }
      const p = await repo.maakPlan(tx, regioId, { jaar: invoer.jaar, versie: 1, naam: invoer.naam, toelichting: invoer.toelichting ?? '', status: 'concept' });
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'uitvoeringsplan', itemId: p.id, omschrijving: 'versie 1 (concept)', na: invoer });
      return p.id;
    })
    .catch((error: unknown) => {
      if (isUniekeSchending(error)) throw new DomainError('conflict', `Tegelijk werd een uitvoeringsplan voor ${invoer.jaar} aangemaakt; probeer het opnieuw.`);
      throw error;
    });
  return haalUitvoeringsplan(db, regioId, id);
}

export async function wijzigUitvoeringsplan(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof uitvoeringsplanUpdateSchema>) {
  await db.transaction(async (tx) => {
    const { plan, alle } = await metJaar(tx, regioId, id);
    bewaak(plan, alle, 'inhoud-wijzigen');
    if (Object.keys(invoer).length === 0) return;
    await bewaakAgenda(tx, regioId, plan);
    await repo.wijzigPlan(tx, regioId, id, invoer);
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'uitvoeringsplan', itemId: id, voor: { naam: plan.naam, toelichting: plan.toelichting }, na: invoer });
  });
  return haalUitvoeringsplan(db, regioId, id);
}

/** A concept goes (a draft, or a bijstelling not wanted after all); adopted versions stay. */
export async function verwijderUitvoeringsplan(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const { plan, alle } = await metJaar(tx, regioId, id);
    bewaak(plan, alle, 'verwijderen');
    await bewaakAgenda(tx, regioId, plan);
    if (alle.length === 1 && (await repo.plannenVanAanpak(tx, regioId, plan.jaar)).length) {
      throw new DomainError('conflict', `Het uitvoeringsplan ${plan.jaar} heeft plannen van aanpak; verwijder die eerst.`);
    }
    await repo.verwijderPlan(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'uitvoeringsplan', itemId: id, voor: { jaar: plan.jaar, versie: plan.versie, naam: plan.naam } });
  });
}

/** Copies the components of one version into another, keeping sub-items under their parent. */
async function kopieerOnderdelen(tx: Db, regioId: string, vanId: string, naarId: string) {
  const bron = (await repo.onderdelen(tx, regioId, [vanId])).map((r) => r.o);
  const kopie = ({ id: _id, regioId: _r, uitvoeringsplanId: _p, bovenliggendId: _b, ...rest }: (typeof bron)[number]) => rest;
  const ouders = await repo.maakOnderdelen(tx, regioId, naarId, bron.filter((o) => o.bovenliggendId === null).map((o) => ({ ...kopie(o), bovenliggendId: null })));
  const nieuwId = new Map(bron.filter((o) => o.bovenliggendId === null).map((o) => [o.id, ouders.find((n) => n.code === o.code)!.id] as const));
  await repo.maakOnderdelen(tx, regioId, naarId, bron.filter((o) => o.bovenliggendId !== null).map((o) => ({ ...kopie(o), bovenliggendId: nieuwId.get(o.bovenliggendId!)! })));
}

/**
 * The half-yearly adjustment (DOMAIN.md §5): a new concept version based on the adopted one, with
 * its components copied. The adopted version stays in force until a PHO decision adopts this one.
 */
export async function stelBij(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof bijstellingSchema>) {
  const nieuwId = await db.transaction(async (tx) => {
    const { plan, alle } = await metJaar(tx, regioId, id);
    bewaak(plan, alle, 'bijstellen');
    const nieuw = await repo.maakPlan(tx, regioId, {
      jaar: plan.jaar,
      versie: Math.max(...alle.map((v) => v.versie)) + 1,
      naam: plan.naam,
      toelichting: invoer.toelichting,
      status: 'concept',
      gebaseerdOpId: plan.id,
    });
    await kopieerOnderdelen(tx, regioId, plan.id, nieuw.id);
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'uitvoeringsplan', itemId: nieuw.id, omschrijving: `bijstelling: versie ${nieuw.versie} op basis van versie ${plan.versie}`, na: invoer });
    return nieuw.id;
  });
  return haalUitvoeringsplan(db, regioId, nieuwId);
}

/**
 * The effect of an adopted PHO decision (DOMAIN.md §6): this concept version becomes vastgesteld,
 * linked to the decision; the version in force before it is kept as vervallen. Runs inside the
 * decision's transaction, so a refusal here leaves the decision unwritten too.
 */
export async function stelUitvoeringsplanVastBijBesluit(tx: Db, actor: Actor | null, regioId: string, uitvoeringsplanId: string, besluit: BesluitVerwijzing): Promise<void> {
  const { plan, alle } = await metJaar(tx, regioId, uitvoeringsplanId);
  bewaak(plan, alle, 'vaststellen');
  const orgaan = await repo.vindOverlegorgaan(tx, regioId, besluit.overlegorgaanId);
  if (!orgaan) throw ongeldig([{ name: 'overlegorgaanId', code: 'onbekend', reason: 'Geen overlegorgaan van deze regio' }]);
  // DOMAIN.md §5/§6: the PHO adopts the implementation plan; no other body can.
  if (orgaan.soort !== 'pho') {
    throw ongeldig([
      { name: 'overlegorgaanId', code: 'geen-pho', reason: `${orgaan.naam} stelt geen uitvoeringsplan vast; het uitvoeringsplan wordt vastgesteld bij besluit van het PHO` },
    ]);
  }
  const overgangen = naVaststelling(alle.map((v) => ({ id: v.id, versie: v.versie, status: v.status as PlanStatus })), plan.id);
  // The version in force steps down first: at no moment are two versions of a year adopted.
  for (const o of overgangen.filter((x) => x.status === 'vervallen')) {
    await repo.wijzigPlan(tx, regioId, o.id, { status: 'vervallen' });
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'uitvoeringsplan', itemId: o.id, omschrijving: `vervallen door ${besluit.referentie}`, voor: { status: 'vastgesteld' }, na: { status: 'vervallen' } });
  }
  const na = { status: 'vastgesteld' as const, vastgesteldOp: besluit.datum, vastgesteldDoorId: orgaan.id, besluitId: besluit.besluitId, besluitReferentie: besluit.referentie };
  await repo.wijzigPlan(tx, regioId, plan.id, na);
  await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'uitvoeringsplan', itemId: plan.id, omschrijving: `versie ${plan.versie} vastgesteld: ${besluit.referentie}`, voor: { status: 'concept' }, na });
}

// --- onderdelen ----------------------------------------------------------------------------------

/**
 * Checks a component's input against the region and the plan: the task exists in a werkagenda,
 * the body is the region's, the budget line belongs to a budget of this region of the plan's
 * year, and a sub-item hangs under a main component of the same version. Names every problem.
 */
async function controleerOnderdeel(tx: Db, regioId: string, plan: { id: string; jaar: number }, invoer: Partial<OnderdeelInvoer>, huidig: Onderdeelrij | null, anderen: Onderdeelrij[]) {
  const fouten: InvalidParam[] = [];
  const code = invoer.code ?? huidig!.o.code;
  if (anderen.some((a) => a.o.code === code)) fouten.push({ name: 'code', code: 'bestaat-al', reason: `Er is al een onderdeel met code ${code} in deze versie` });
  if (invoer.taakNummer !== undefined && invoer.taakNummer !== null) {
    const taken = await repo.taken(tx);
    if (!taken.some((t) => t.nummer === invoer.taakNummer)) {
      fouten.push({ name: 'taakNummer', code: 'onbekend', reason: `Geen taak ${invoer.taakNummer} in de werkagenda; kies een van ${taken.map((t) => t.nummer).join(', ')}` });
    }
  }
  if (invoer.overlegorgaanId && !(await repo.vindOverlegorgaan(tx, regioId, invoer.overlegorgaanId))) {
    fouten.push({ name: 'overlegorgaanId', code: 'onbekend', reason: 'Geen overlegorgaan of werkgroep van deze regio' });
  }
  if (invoer.begrotingsregelId) {
    const regel = await repo.vindBegrotingsregel(tx, regioId, invoer.begrotingsregelId);
    if (!regel) fouten.push({ name: 'begrotingsregelId', code: 'onbekend', reason: 'Geen begrotingsregel van deze regio' });
    else if (regel.jaar !== plan.jaar) {
      fouten.push({
        name: 'begrotingsregelId',
        code: 'ander-jaar',
        reason: `Regel ${regel.code} hoort bij de begroting ${regel.jaar} ("${regel.begrotingNaam}"); dit uitvoeringsplan is van ${plan.jaar}`,
      });
    }
  }
  const bovenliggendeCode = invoer.bovenliggendeCode !== undefined ? invoer.bovenliggendeCode : (huidig?.bovenliggendeCode ?? null);
  const positie = toetsPositie({ code, bovenliggendeCode }, anderen.map((a) => ({ code: a.o.code, bovenliggendeCode: a.bovenliggendeCode ?? null })));
  if (positie) fouten.push({ name: 'bovenliggendeCode', code: 'ongeldig', reason: positie });
  if (fouten.length) throw ongeldig(fouten);
  const ouder = bovenliggendeCode ? anderen.find((a) => a.o.code === bovenliggendeCode)!.o.id : null;
  const { bovenliggendeCode: _b, ...velden } = invoer;
  return { ...velden, ...(invoer.bovenliggendeCode !== undefined ? { bovenliggendId: ouder } : {}) };
}

export async function maakOnderdeel(db: Db, actor: Actor, regioId: string, planId: string, invoer: OnderdeelInvoer) {
  const id = await db.transaction(async (tx) => {
    const { plan, alle } = await metJaar(tx, regioId, planId);
    bewaak(plan, alle, 'inhoud-wijzigen');
    await bewaakAgenda(tx, regioId, plan);
    const anderen = await repo.onderdelen(tx, regioId, [plan.id]);
    const velden = await controleerOnderdeel(tx, regioId, plan, invoer, null, anderen);
    const [o] = await repo.maakOnderdelen(tx, regioId, plan.id, [{ ...velden, code: invoer.code, titel: invoer.titel, volgorde: invoer.volgorde ?? anderen.length }]);
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'uitvoeringsplan-onderdeel', itemId: o!.id, omschrijving: `versie ${plan.versie} (${plan.jaar})`, na: invoer });
    return o!.id;
  });
  return haalOnderdeel(db, regioId, planId, id);
}

export async function haalOnderdeel(db: Db, regioId: string, planId: string, onderdeelId: string) {
  const o = (await repo.onderdelen(db, regioId, [planId])).find((r) => r.o.id === onderdeelId);
  if (!o) throw nietGevonden('Dit onderdeel');
  return toonOnderdeel(o);
}

/**
 * Changes a component. On a concept anything may change; on an adopted version only the status
 * (execution progress, not plan content). A status change reaches the same component (by code)
 * in the adopted version and in an open bijstelling alike, so neither falls behind.
 */
export async function wijzigOnderdeel(db: Db, actor: Actor, regioId: string, planId: string, onderdeelId: string, invoer: Partial<OnderdeelInvoer>) {
  await db.transaction(async (tx) => {
    const { plan, alle } = await metJaar(tx, regioId, planId);
    const eigen = await repo.onderdelen(tx, regioId, [plan.id]);
    const huidig = eigen.find((r) => r.o.id === onderdeelId);
    if (!huidig) throw nietGevonden('Dit onderdeel');
    const { status, ...inhoud } = invoer;
    bewaak(plan, alle, Object.keys(inhoud).length ? 'inhoud-wijzigen' : 'onderdeel-status');
    // The status of a component is progress, not content (decision 0006): it may change while the version is on the agenda.
    if (Object.keys(inhoud).length) await bewaakAgenda(tx, regioId, plan);
    if (Object.keys(inhoud).length) {
      if (inhoud.code !== undefined && inhoud.code !== huidig.o.code && (await repo.plannenVanAanpak(tx, regioId, plan.jaar)).some((p) => p.p.onderdeelCode === huidig.o.code)) {
        throw new DomainError('conflict', `Onderdeel ${huidig.o.code} heeft plannen van aanpak; die volgen de code, dus die blijft.`, [
          { name: 'code', code: 'in-gebruik', reason: `Plannen van aanpak verwijzen naar code ${huidig.o.code}` },
        ]);
      }
      const velden = await controleerOnderdeel(tx, regioId, plan, inhoud, huidig, eigen.filter((r) => r.o.id !== onderdeelId));
      await repo.wijzigOnderdeel(tx, regioId, onderdeelId, velden);
      await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'uitvoeringsplan-onderdeel', itemId: onderdeelId, voor: toonOnderdeel(huidig), na: inhoud });
    }
    if (status !== undefined && status !== huidig.o.status) {
      const versies = alle.filter((v) => v.status !== 'vervallen').map((v) => v.id);
      const zelfde = (await repo.onderdelen(tx, regioId, versies)).filter((r) => r.o.code === huidig.o.code && r.o.status !== status);
      for (const r of zelfde) {
        await repo.wijzigOnderdeel(tx, regioId, r.o.id, { status });
        await schrijfAudit(tx, {
          regioId,
          actor,
          actie: 'gewijzigd',
          soort: 'uitvoeringsplan-onderdeel',
          itemId: r.o.id,
          omschrijving: `status van onderdeel ${huidig.o.code}`,
          voor: { status: r.o.status },
          na: { status },
        });
      }
    }
  });
  return haalOnderdeel(db, regioId, planId, onderdeelId);
}

export async function verwijderOnderdeel(db: Db, actor: Actor, regioId: string, planId: string, onderdeelId: string) {
  await db.transaction(async (tx) => {
    const { plan, alle } = await metJaar(tx, regioId, planId);
    bewaak(plan, alle, 'inhoud-wijzigen');
    const eigen = await repo.onderdelen(tx, regioId, [plan.id]);
    const huidig = eigen.find((r) => r.o.id === onderdeelId);
    if (!huidig) throw nietGevonden('Dit onderdeel');
    await bewaakAgenda(tx, regioId, plan);
    const weg = [huidig.o.code, ...eigen.filter((r) => r.o.bovenliggendId === onderdeelId).map((r) => r.o.code)];
    const elders = new Set((await repo.onderdelen(tx, regioId, alle.filter((v) => v.id !== plan.id).map((v) => v.id))).map((r) => r.o.code));
    const vast = (await repo.plannenVanAanpak(tx, regioId, plan.jaar)).filter((p) => weg.includes(p.p.onderdeelCode) && !elders.has(p.p.onderdeelCode));
    if (vast.length) {
      throw new DomainError('conflict', `Onderdeel ${huidig.o.code} heeft plannen van aanpak (${vast.map((p) => p.p.titel).join(', ')}) en staat in geen andere versie; het blijft.`);
    }
    await repo.verwijderOnderdeel(tx, regioId, onderdeelId);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'uitvoeringsplan-onderdeel', itemId: onderdeelId, voor: toonOnderdeel(huidig) });
  });
}

// --- plannen van aanpak --------------------------------------------------------------------------

export async function plannenVanAanpak(db: Db, regioId: string, planId: string) {
  const p = await repo.vindPlan(db, regioId, planId);
  if (!p) throw nietGevonden('Dit uitvoeringsplan');
  return (await repo.plannenVanAanpak(db, regioId, p.jaar)).map(toonPva);
}

export async function haalPlanVanAanpak(db: Db, regioId: string, planId: string, pvaId: string) {
  const p = await repo.vindPlan(db, regioId, planId);
  if (!p) throw nietGevonden('Dit uitvoeringsplan');
  const [r] = await repo.plannenVanAanpak(db, regioId, p.jaar, pvaId);
  if (!r) throw nietGevonden('Dit plan van aanpak');
  return toonPva(r);
}

/**
 * The budget check of a plan of approach: its component in the version of the plan in force (the
 * adopted one; before any adoption, the concept), that component's budget line in the version in
 * force of the budget, minus what the other plans of approach on that line (not rejected) hold.
 * A component a later version dropped has no line to check against: a named problem, not a crash.
 */
async function bewaakBudget(tx: Db, regioId: string, jaar: number, onderdeelCode: string, budgetCenten: number, pvaId: string | null) {
  const versies = await repo.plannen(tx, regioId, { jaar });
  const inWerking = versies.find((v) => v.status === 'vastgesteld') ?? versies.filter((v) => v.status === 'concept').at(-1)!;
  const onderdelen = await repo.onderdelen(tx, regioId, [inWerking.id]);
  const onderdeel = onderdelen.find((r) => r.o.code === onderdeelCode);
  if (!onderdeel) {
    throw ongeldig([
      {
        name: 'onderdeelCode',
        code: 'niet-in-versie',
        reason:
          `Onderdeel ${onderdeelCode} staat niet in versie ${inWerking.versie} van het uitvoeringsplan ${jaar}, de versie die ${inWerking.status === 'vastgesteld' ? 'geldt' : 'wordt opgesteld'}; ` +
          'er is dus geen begrotingsregel om het budget aan te toetsen. Kies een onderdeel van die versie',
      },
    ]);
  }
  const regelId = onderdeel.o.begrotingsregelId;
  if (!regelId || !onderdeel.begrotingId) {
    throw ongeldig([{ name: 'onderdeelCode', code: 'geen-begrotingsregel', reason: `Onderdeel ${onderdeelCode} heeft geen begrotingsregel; koppel er eerst een, dan is er een budget om aan te toetsen` }]);
  }
  const begroting = await haalBegroting(tx, regioId, onderdeel.begrotingId);
  const regel = begroting.regels.find((r) => r.id === regelId);
  const codesOpRegel = new Set(onderdelen.filter((r) => r.o.begrotingsregelId === regelId).map((r) => r.o.code));
  const anderen = (await repo.plannenVanAanpak(tx, regioId, jaar)).filter((p) => p.p.id !== pvaId && p.p.status !== 'afgewezen' && codesOpRegel.has(p.p.onderdeelCode));
  const toets = toetsPvaBudget({
    regel: { code: onderdeel.regelCode!, omschrijving: onderdeel.regelOmschrijving!, bedragCenten: regel?.bedragCenten ?? 0 },
    anderenCenten: anderen.reduce((s, p) => s + p.p.budgetCenten, 0),
    budgetCenten,
  });
  if (!toets.binnen) throw ongeldig([{ name: 'budgetCenten', code: 'boven-begrotingsregel', reason: toets.melding }], toets.melding);
}

async function controleerPva(tx: Db, regioId: string, planId: string, invoer: { onderdeelCode?: string; overlegorgaanId?: string | null | undefined }) {
  const { plan } = await metJaar(tx, regioId, planId);
  if (plan.status === 'vervallen') throw new DomainError('conflict', `Versie ${plan.versie} van het uitvoeringsplan ${plan.jaar} is vervallen; gebruik de versie die in werking is.`);
  const fouten: InvalidParam[] = [];
  if (invoer.onderdeelCode !== undefined && !(await repo.onderdelen(tx, regioId, [plan.id])).some((r) => r.o.code === invoer.onderdeelCode)) {
    fouten.push({ name: 'onderdeelCode', code: 'onbekend', reason: `Geen onderdeel met code ${invoer.onderdeelCode} in versie ${plan.versie} van het uitvoeringsplan ${plan.jaar}` });
  }
  if (invoer.overlegorgaanId && !(await repo.vindOverlegorgaan(tx, regioId, invoer.overlegorgaanId))) {
    fouten.push({ name: 'overlegorgaanId', code: 'onbekend', reason: 'Geen werkgroep of overlegorgaan van deze regio' });
  }
  if (fouten.length) throw ongeldig(fouten);
  return plan;
}

export async function maakPlanVanAanpak(db: Db, actor: Actor, regioId: string, planId: string, invoer: In<typeof planVanAanpakCreateSchema>) {
  const id = await db.transaction(async (tx) => {
    const plan = await controleerPva(tx, regioId, planId, invoer);
    await bewaakBudget(tx, regioId, plan.jaar, invoer.onderdeelCode, invoer.budgetCenten, null);
    const p = await repo.maakPlanVanAanpak(tx, regioId, {
      jaar: plan.jaar,
      onderdeelCode: invoer.onderdeelCode,
      titel: invoer.titel,
      omschrijving: invoer.omschrijving ?? '',
      overlegorgaanId: invoer.overlegorgaanId ?? null,
      budgetCenten: invoer.budgetCenten,
    });
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'plan-van-aanpak', itemId: p.id, na: invoer });
    return p.id;
  });
  return haalPlanVanAanpak(db, regioId, planId, id);
}

/**
 * A plan of approach read for a write: its row locked first, so that two writes (two decisions,
 * a decision and a deletion) take turns and the second sees what the first did.
 */
async function vergrendeldePva(tx: Db, regioId: string, planId: string, pvaId: string) {
  if (!(await repo.vergrendelPlanVanAanpak(tx, regioId, pvaId))) throw nietGevonden('Dit plan van aanpak');
  return haalPlanVanAanpak(tx, regioId, planId, pvaId);
}

export async function wijzigPlanVanAanpak(db: Db, actor: Actor, regioId: string, planId: string, pvaId: string, invoer: In<typeof planVanAanpakUpdateSchema>) {
  await db.transaction(async (tx) => {
    const voor = await vergrendeldePva(tx, regioId, planId, pvaId);
    if (voor.status !== 'concept') throw new DomainError('conflict', `Dit plan van aanpak is ${voor.status} en verandert niet meer.`);
    const plan = await controleerPva(tx, regioId, planId, invoer);
    if (Object.keys(invoer).length === 0) return;
    if (invoer.budgetCenten !== undefined) await bewaakBudget(tx, regioId, plan.jaar, voor.onderdeelCode, invoer.budgetCenten, pvaId);
    await repo.wijzigPlanVanAanpak(tx, regioId, pvaId, invoer);
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'plan-van-aanpak', itemId: pvaId, voor, na: invoer });
  });
  return haalPlanVanAanpak(db, regioId, planId, pvaId);
}

function bewaakOvergang(van: PvaStatus, naar: PvaStatus) {
  const oordeel = toetsPvaOvergang(van, naar);
  if (!oordeel.toegestaan) throw new DomainError('conflict', oordeel.reden);
}

/** Submission to the Kerngroep, dated; the budget is checked again. */
export async function dienPlanVanAanpakIn(db: Db, actor: Actor, regioId: string, planId: string, pvaId: string, invoer: In<typeof indieningSchema>) {
  await db.transaction(async (tx) => {
    const voor = await vergrendeldePva(tx, regioId, planId, pvaId);
    bewaakOvergang(voor.status, 'ingediend');
    const plan = await controleerPva(tx, regioId, planId, {});
    await bewaakBudget(tx, regioId, plan.jaar, voor.onderdeelCode, voor.budgetCenten, pvaId);
    await repo.wijzigPlanVanAanpak(tx, regioId, pvaId, { status: 'ingediend', ingediendOp: invoer.ingediendOp });
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'plan-van-aanpak', itemId: pvaId, omschrijving: 'ingediend bij de Kerngroep', voor: { status: voor.status }, na: { status: 'ingediend', ...invoer } });
  });
  return haalPlanVanAanpak(db, regioId, planId, pvaId);
}

/** The Kerngroep's decision on a plan of approach, recorded with date and reference. */
export async function beoordeelPlanVanAanpak(db: Db, actor: Actor, regioId: string, planId: string, pvaId: string, invoer: In<typeof beoordelingSchema>) {
  await db.transaction(async (tx) => {
    const voor = await vergrendeldePva(tx, regioId, planId, pvaId);
    bewaakOvergang(voor.status, invoer.uitkomst);
    const plan = await controleerPva(tx, regioId, planId, {});
    const fouten: InvalidParam[] = [];
    const orgaan = await repo.vindOverlegorgaan(tx, regioId, invoer.overlegorgaanId);
    if (!orgaan) fouten.push({ name: 'overlegorgaanId', code: 'onbekend', reason: 'Geen overlegorgaan van deze regio' });
    // Plans of approach are submitted to and decided by the Kerngroep (DOMAIN.md §10).
    else if (orgaan.soort !== 'kerngroep') fouten.push({ name: 'overlegorgaanId', code: 'geen-kerngroep', reason: `${orgaan.naam} beslist niet over plannen van aanpak; dat doet de Kerngroep` });
    if (voor.ingediendOp && invoer.beoordeeldOp < voor.ingediendOp) {
      fouten.push({ name: 'beoordeeldOp', code: 'voor-indiening', reason: `Het besluit ligt vóór de indiening (${voor.ingediendOp})` });
    }
    if (fouten.length) throw ongeldig(fouten);
    if (invoer.uitkomst === 'goedgekeurd') await bewaakBudget(tx, regioId, plan.jaar, voor.onderdeelCode, voor.budgetCenten, pvaId);
    const na = { status: invoer.uitkomst, beoordeeldOp: invoer.beoordeeldOp, beoordeeldDoorId: orgaan!.id, besluitReferentie: invoer.besluitReferentie };
    await repo.wijzigPlanVanAanpak(tx, regioId, pvaId, na);
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'plan-van-aanpak', itemId: pvaId, omschrijving: `${invoer.uitkomst} door ${orgaan!.naam}`, voor: { status: voor.status }, na });
  });
  return haalPlanVanAanpak(db, regioId, planId, pvaId);
}

export async function verwijderPlanVanAanpak(db: Db, actor: Actor, regioId: string, planId: string, pvaId: string) {
  await db.transaction(async (tx) => {
    const voor = await vergrendeldePva(tx, regioId, planId, pvaId);
    if (voor.status !== 'concept') throw new DomainError('conflict', `Dit plan van aanpak is ${voor.status} en blijft bewaard; alleen een concept kan worden verwijderd.`);
    await repo.verwijderPlanVanAanpak(tx, regioId, pvaId);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'plan-van-aanpak', itemId: pvaId, voor });
  });
}
