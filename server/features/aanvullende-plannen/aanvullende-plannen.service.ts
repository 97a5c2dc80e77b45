import type { z } from 'zod';
import type {
  aanvullendPlanBeoordelingSchema,
  aanvullendPlanCreateSchema,
  aanvullendPlanQuerySchema,
  AanvullendPlanStatus,
  aanvullendPlanUpdateSchema,
} from '../../../common/contracts/aanvullende-plannen';
import type { Advies } from '../../../common/contracts/transformatieplannen';
import { formatEuro } from '../../../common/geld';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { haalBegroting } from '../begroting/begroting.service';
import type { BesluitVerwijzing } from '../besluiten/besluitverwijzing';
import { schrijfAudit } from '../historie/historie.repository';
import { type Actor, heeftRecht } from '../toegang/rechten.rules';
import * as toetsing from '../transformatieplannen/toetsing.service';
import { vandaagInNederland } from '../../../common/voortgang';
import { toetsReservering, toetsStap } from './aanvullend-plan.rules';
import * as repo from './aanvullende-plannen.repository';

type In<T extends z.ZodType> = z.output<T>;

function samenvatting(p: repo.PlanRij, besteding: Map<string, { verplichtCenten: number; uitgegevenCenten: number }>) {
  const b = besteding.get(p.p.id) ?? { verplichtCenten: 0, uitgegevenCenten: 0 };
  const status = p.p.status as AanvullendPlanStatus;
  return {
    id: p.p.id,
    titel: p.p.titel,
    kenmerk: p.p.kenmerk,
    status,
    indiener: p.p.indienerGemeenteId
      ? { soort: 'gemeente' as const, gemeentecode: p.gemeentecode, organisatieId: null, naam: p.gemeenteNaam ?? '' }
      : { soort: 'organisatie' as const, gemeentecode: null, organisatieId: p.p.indienerOrganisatieId, naam: p.organisatieNaam ?? '' },
    ingediendOp: p.p.ingediendOp,
    begrotingsregel: { id: p.p.begrotingsregelId, code: p.regelCode, omschrijving: p.regelOmschrijving, begrotingId: p.begrotingId, jaar: p.jaar },
    toegekendCenten: p.p.toegekendCenten,
    advies: p.advies as Advies | null,
    gevraagdCenten: p.p.gevraagdCenten,
    gereserveerdCenten: status === 'goedgekeurd' ? (p.p.toegekendCenten ?? 0) : 0,
    ...b,
  };
}

export async function aanvullendePlannen(db: Db, regioId: string, query: In<typeof aanvullendPlanQuerySchema>) {
  const rijen = await repo.plannen(db, regioId, { status: query.status });
  const besteding = await repo.bestedingVan(db, regioId, rijen.map((r) => r.p.id));
  const items = rijen.map((r) => samenvatting(r, besteding));
  const som = (f: (x: (typeof items)[number]) => number) => items.reduce((s, x) => s + f(x), 0);
  return {
    items,
    totaal: items.length,
    totalen: {
      gevraagdCenten: som((x) => x.gevraagdCenten),
      gereserveerdCenten: som((x) => x.gereserveerdCenten),
      verplichtCenten: som((x) => x.verplichtCenten),
      uitgegevenCenten: som((x) => x.uitgegevenCenten),
    },
  };
}

export async function vindAanvullendPlan(db: Db, regioId: string, id: string): Promise<{ id: string; titel: string; status: string; gevraagdCenten: number } | null> {
  const [p] = await repo.plannen(db, regioId, { ids: [id] });
  return p ? { id: p.p.id, titel: p.p.titel, status: p.p.status, gevraagdCenten: p.p.gevraagdCenten } : null;
}

/**
 * The line's amount in force: the adopted version with reallocations within mandate
 * (begroting.service). A budget without an adopted version has no amount in force (a concept is a
 * proposal, not money to reserve), and neither has a line the adopted version does not contain:
 * both give null.
 */
async function huidigBedrag(db: Db, regioId: string, regel: { id: string; begrotingId: string }) {
  const b = await haalBegroting(db, regioId, regel.begrotingId);
  if (b.status === 'concept') return null;
  return b.regels.find((r) => r.id === regel.id)?.bedragCenten ?? null;
}

/** Why a line cannot carry an initiative, or null: it must be a line of an adopted budget, in the version in force. */
async function regelZonderBedrag(db: Db, regioId: string, regel: { id: string; code: string; begrotingId: string }) {
  const b = await haalBegroting(db, regioId, regel.begrotingId);
  if (b.status === 'concept') {
    return `Regel ${regel.code} hoort bij «${b.naam}» (${b.jaar}), die nog niet is vastgesteld; een aanvullend plan doet een beroep op een regel van een vastgestelde begroting`;
  }
  if (!b.regels.some((r) => r.id === regel.id)) {
    return `Regel ${regel.code} staat niet in de versie van «${b.naam}» (${b.jaar}) die geldt (versie ${b.versie}); er is op die regel geen bedrag om op te reserveren`;
  }
  return null;
}

export async function haalAanvullendPlan(db: Db, regioId: string, id: string) {
  const [p] = await repo.plannen(db, regioId, { ids: [id] });
  if (!p) throw nietGevonden('Dit aanvullend plan');
  const [besteding, partners, vragen, [beoordeling], huidig, reservering] = await Promise.all([
    repo.bestedingVan(db, regioId, [id]),
    repo.partnersVan(db, regioId, [id]),
    toetsing.toetsvragen(db, regioId, 'aanvullend-plan'),
    toetsing.beoordelingenVan(db, regioId, { aanvullendPlanIds: [id] }),
    huidigBedrag(db, regioId, { id: p.p.begrotingsregelId, begrotingId: p.begrotingId }),
    repo.reserveringOpRegel(db, regioId, p.p.begrotingsregelId),
  ]);
  return {
    ...samenvatting(p, besteding),
    omschrijving: p.p.omschrijving,
    partners: partners.map((x) => ({ id: x.id, naam: x.naam })),
    vragen,
    beoordeling: beoordeling
      ? {
          advies: beoordeling.advies as Advies,
          toelichting: beoordeling.toelichting,
          datum: beoordeling.datum,
          gebruikerNaam: beoordeling.gebruikerNaam,
          scores: beoordeling.scores.map((s) => ({ vraagId: s.vraagId, antwoord: s.toelichting, score: s.score })),
        }
      : null,
    besluit: p.p.besluitDatum
      ? {
          besluitId: p.p.besluitId,
          datum: p.p.besluitDatum,
          overlegorgaan: p.p.besluitOverlegorgaanId && p.orgaanNaam ? { id: p.p.besluitOverlegorgaanId, naam: p.orgaanNaam } : null,
          referentie: p.p.besluitReferentie,
        }
      : null,
    regel: { huidigCenten: huidig ?? 0, gereserveerdCenten: reservering.gereserveerdCenten, vrijCenten: (huidig ?? 0) - reservering.gereserveerdCenten },
  };
}

// --- indienen en wijzigen ----------------------------------------------------------------------------

type PlanInvoer = In<typeof aanvullendPlanUpdateSchema>;

async function controleerInvoer(db: Db, regioId: string, invoer: PlanInvoer, fouten: InvalidParam[], eigenId?: string) {
  const organisaties = await repo.organisatiesVanRegio(db, regioId);
  (invoer.partnerIds ?? []).forEach((id, i) => {
    if (!organisaties.some((o) => o.id === id)) fouten.push({ name: `partnerIds.${i}`, code: 'onbekend', reason: 'Geen organisatie van deze regio' });
    else if (invoer.partnerIds!.indexOf(id) !== i) fouten.push({ name: `partnerIds.${i}`, code: 'dubbel', reason: 'Deze partner staat er twee keer in' });
  });
  if (invoer.begrotingsregelId !== undefined) {
    const regel = await repo.vindRegel(db, regioId, invoer.begrotingsregelId);
    const bezwaar = regel && (await regelZonderBedrag(db, regioId, regel));
    if (!regel) fouten.push({ name: 'begrotingsregelId', code: 'onbekend', reason: 'Geen begrotingsregel van deze regio' });
    else if (bezwaar) fouten.push({ name: 'begrotingsregelId', code: 'geen-vastgesteld-bedrag', reason: bezwaar });
  }
  if (invoer.kenmerk !== undefined) {
    const ander = await repo.vindOpKenmerk(db, regioId, invoer.kenmerk);
    if (ander && ander.id !== eigenId) fouten.push({ name: 'kenmerk', code: 'dubbel', reason: `${invoer.kenmerk} is al het kenmerk van «${ander.titel}»; boekingen moeten bij één plan horen` });
  }
  if (fouten.length) throw ongeldig(fouten);
}

const kenmerkBezet = (kenmerk: string | undefined) => (error: unknown): never => {
  if (isUniekeSchending(error)) throw new DomainError('conflict', `Het kenmerk ${kenmerk} werd tegelijk aan een ander aanvullend plan gegeven; kies een ander kenmerk.`);
  throw error;
};

/** A municipality submits through its own officer, a partner for its own organisation, the coordinator for anyone. */
function magIndienenVoor(actor: Actor, regioId: string, indiener: { gemeenteId?: string | null; organisatieId?: string | null }, naam: string) {
  if (!heeftRecht(actor, regioId, 'aanvullende-plannen.indienen', indiener)) {
    throw new DomainError('geen-toegang', `U dient alleen aanvullende plannen in namens uw eigen gemeente of organisatie, niet namens ${naam}.`);
  }
}

export async function dienAanvullendPlanIn(db: Db, actor: Actor, regioId: string, invoer: In<typeof aanvullendPlanCreateSchema>) {
  const fouten: InvalidParam[] = [];
  let indiener: { gemeenteId: string | null; organisatieId: string | null; naam: string } | undefined;
  if ((invoer.indienerGemeentecode === undefined) === (invoer.indienerOrganisatieId === undefined)) {
    const reden = 'Noem precies één indiener: een gemeente of een organisatie';
    fouten.push({ name: 'indienerGemeentecode', code: 'een-indiener', reason: reden }, { name: 'indienerOrganisatieId', code: 'een-indiener', reason: reden });
  } else if (invoer.indienerGemeentecode !== undefined) {
    const g = (await repo.gemeentenVanRegio(db, regioId)).find((x) => x.gemeentecode === invoer.indienerGemeentecode);
    if (!g) fouten.push({ name: 'indienerGemeentecode', code: 'onbekend', reason: `${invoer.indienerGemeentecode} is geen gemeente van deze regio` });
    else indiener = { gemeenteId: g.gemeenteId, organisatieId: null, naam: g.naam };
  } else {
    const o = (await repo.organisatiesVanRegio(db, regioId)).find((x) => x.id === invoer.indienerOrganisatieId);
    if (!o) fouten.push({ name: 'indienerOrganisatieId', code: 'onbekend', reason: 'Geen organisatie van deze regio' });
    else indiener = { gemeenteId: null, organisatieId: o.id, naam: o.naam };
  }
  if (indiener) magIndienenVoor(actor, regioId, indiener, indiener.naam);
  await controleerInvoer(db, regioId, invoer, fouten);
  const id = await db
    .transaction(async (tx) => {
      const planId = await repo.maakPlan(tx, regioId, {
        titel: invoer.titel,
        omschrijving: invoer.omschrijving ?? '',
        indienerGemeenteId: indiener!.gemeenteId,
        indienerOrganisatieId: indiener!.organisatieId,
        gevraagdCenten: invoer.gevraagdCenten,
        kenmerk: invoer.kenmerk,
        begrotingsregelId: invoer.begrotingsregelId,
        status: 'ingediend',
        ingediendOp: invoer.ingediendOp ?? vandaagInNederland(),
      });
      await repo.zetPartners(tx, regioId, planId, invoer.partnerIds ?? []);
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'aanvullend-plan', itemId: planId, na: vastleggen(await haalAanvullendPlan(tx, regioId, planId)) });
      return planId;
    })
    .catch(kenmerkBezet(invoer.kenmerk));
  return haalAanvullendPlan(db, regioId, id);
}

type Weergave = Awaited<ReturnType<typeof haalAanvullendPlan>>;

const vastleggen = (p: Weergave) => ({
  titel: p.titel,
  omschrijving: p.omschrijving,
  indiener: p.indiener.naam,
  partners: p.partners.map((x) => x.naam),
  gevraagdCenten: p.gevraagdCenten,
  kenmerk: p.kenmerk,
  begrotingsregel: `${p.begrotingsregel.code} (${p.begrotingsregel.jaar})`,
  ingediendOp: p.ingediendOp,
  status: p.status,
});

/** A write on one initiative: its row locked for the transaction, the initiative as it became returned. */
async function schrijfOpPlan(db: Db, regioId: string, id: string, werk: (tx: Db, plan: Weergave) => Promise<void>) {
  await db.transaction(async (tx) => {
    if (!(await repo.vergrendelPlan(tx, regioId, id))) throw nietGevonden('Dit aanvullend plan');
    await werk(tx, await haalAanvullendPlan(tx, regioId, id));
  });
  return haalAanvullendPlan(db, regioId, id);
}

export async function wijzigAanvullendPlan(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof aanvullendPlanUpdateSchema>) {
  return schrijfOpPlan(db, regioId, id, async (tx, voor) => {
    const [rij] = await repo.plannen(tx, regioId, { ids: [id] });
    magIndienenVoor(actor, regioId, { gemeenteId: rij!.p.indienerGemeenteId, organisatieId: rij!.p.indienerOrganisatieId }, voor.indiener.naam);
    if (voor.status !== 'ingediend') {
      throw new DomainError('conflict', `Het aanvullend plan is ${voor.status}; alleen een plan dat nog niet is beoordeeld, kan de indiener nog wijzigen.`);
    }
    await controleerInvoer(tx, regioId, invoer, [], id);
    const { partnerIds, ...velden } = invoer;
    await repo.wijzigPlan(tx, regioId, id, velden);
    if (partnerIds) await repo.zetPartners(tx, regioId, id, partnerIds);
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'aanvullend-plan', itemId: id, voor: vastleggen(voor), na: vastleggen(await haalAanvullendPlan(tx, regioId, id)) });
  }).catch(kenmerkBezet(invoer.kenmerk));
}

// --- beoordeling door de werkgroep en besluit van de Kerngroep ---------------------------------------

/** The working group's scores on the afwegingskader and its advice; scoring again replaces them. */
export async function beoordeelAanvullendPlan(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof aanvullendPlanBeoordelingSchema>) {
  return schrijfOpPlan(db, regioId, id, async (tx, voor) => {
    const bezwaar = toetsStap(voor.status, 'beoordeeld');
    if (bezwaar) throw new DomainError('conflict', bezwaar);
    await toetsing.controleerScoresVanKader(tx, regioId, 'aanvullend-plan', invoer.scores, 'vraagId');
    await toetsing.schrijfBeoordeling(
      tx,
      regioId,
      { aanvullendPlanId: id, advies: invoer.advies, toelichting: invoer.toelichting, datum: invoer.datum, gebruikerId: actor.gebruikerId, gebruikerNaam: actor.naam },
      invoer.scores.map((s) => ({ vraagId: s.vraagId, score: s.score, toelichting: s.antwoord })),
    );
    await repo.wijzigPlan(tx, regioId, id, { status: 'beoordeeld' });
    await schrijfAudit(tx, {
      regioId,
      actor,
      actie: voor.beoordeling ? 'gewijzigd' : 'aangemaakt',
      soort: 'aanvullend-plan',
      itemId: id,
      omschrijving: `beoordeling werkgroep: advies ${invoer.advies}`,
      voor: voor.beoordeling ? { status: voor.status, beoordeling: voor.beoordeling } : { status: voor.status },
      na: { status: 'beoordeeld', beoordeling: invoer },
    });
  });
}

/** Effect of a decision of the Kerngroep (or the PHO) on an initiative: approve (reserving toegekendCenten,
 * default the requested amount, on its budget line) or reject. Throws a DomainError / ongeldig with a precise Dutch
 * reason when impossible (wrong body, wrong state, reservation beyond the line's room — with the numbers). */
export async function besluitOverAanvullendPlanBijBesluit(
  tx: Db,
  actor: Actor | null,
  regioId: string,
  aanvullendPlanId: string,
  besluit: BesluitVerwijzing & { goedgekeurd: boolean; toegekendCenten?: number },
): Promise<void> {
  if (!(await repo.vergrendelPlan(tx, regioId, aanvullendPlanId))) {
    throw ongeldig([{ name: 'aanvullendPlanId', code: 'onbekend', reason: 'Geen aanvullend plan van deze regio' }]);
  }
  const [plan] = await repo.plannen(tx, regioId, { ids: [aanvullendPlanId] });
  const p = plan!.p;
  const orgaan = await repo.vindOverlegorgaan(tx, regioId, besluit.overlegorgaanId);
  if (!orgaan) throw ongeldig([{ name: 'overlegorgaanId', code: 'onbekend', reason: 'Geen overlegorgaan van deze regio' }]);
  // DOMAIN.md §8: the Kerngroep decides on initiatives; the PHO, above it, may too.
  if (orgaan.soort !== 'kerngroep' && orgaan.soort !== 'pho') {
    throw ongeldig([{ name: 'overlegorgaanId', code: 'geen-kerngroep', reason: `Over aanvullende plannen besluit de Kerngroep (of het PHO); ${orgaan.naam} niet` }]);
  }
  const naar: AanvullendPlanStatus = besluit.goedgekeurd ? 'goedgekeurd' : 'afgewezen';
  const bezwaar = toetsStap(p.status as AanvullendPlanStatus, naar);
  if (bezwaar) throw new DomainError('conflict', `«${p.titel}»: ${bezwaar}`);
  let toegekend: number | null = null;
  if (besluit.goedgekeurd) {
    toegekend = besluit.toegekendCenten ?? p.gevraagdCenten;
    if (!Number.isSafeInteger(toegekend) || toegekend <= 0) {
      throw ongeldig([{ name: 'toegekendCenten', code: 'ongeldig', reason: 'Ken een positief bedrag in hele centen toe' }]);
    }
    if (toegekend > p.gevraagdCenten) {
      throw ongeldig([
        { name: 'toegekendCenten', code: 'boven-gevraagd', reason: `${formatEuro(toegekend)} is meer dan de ${formatEuro(p.gevraagdCenten)} die «${p.titel}» vraagt` },
      ]);
    }
    await repo.vergrendelBegroting(tx, regioId, plan!.begrotingId);
    const huidig = await huidigBedrag(tx, regioId, { id: p.begrotingsregelId, begrotingId: plan!.begrotingId });
    if (huidig === null) {
      const bezwaar = await regelZonderBedrag(tx, regioId, { id: p.begrotingsregelId, code: plan!.regelCode, begrotingId: plan!.begrotingId });
      throw new DomainError('conflict', `«${p.titel}»: ${bezwaar}.`);
    }
    const elders = await repo.reserveringOpRegel(tx, regioId, p.begrotingsregelId, aanvullendPlanId);
    const toets = toetsReservering({
      regel: { omschrijving: plan!.regelOmschrijving, huidigCenten: huidig },
      gereserveerdCenten: elders.gereserveerdCenten,
      aantalGoedgekeurd: elders.aantal,
      bedragCenten: toegekend,
    });
    if (!toets.binnen) throw ongeldig([{ name: 'toegekendCenten', code: 'boven-regel', reason: toets.melding }], toets.melding);
  }
  await repo.wijzigPlan(tx, regioId, aanvullendPlanId, {
    status: naar,
    toegekendCenten: toegekend,
    besluitId: besluit.besluitId,
    besluitDatum: besluit.datum,
    besluitOverlegorgaanId: besluit.overlegorgaanId,
    besluitReferentie: besluit.referentie,
  });
  await schrijfAudit(tx, {
    regioId,
    actor,
    actie: 'gewijzigd',
    soort: 'aanvullend-plan',
    itemId: aanvullendPlanId,
    omschrijving: `${naar} door ${orgaan.naam} (${besluit.referentie})`,
    voor: { status: p.status },
    na: { status: naar, toegekendCenten: toegekend, besluitId: besluit.besluitId, datum: besluit.datum, referentie: besluit.referentie },
  });
}
