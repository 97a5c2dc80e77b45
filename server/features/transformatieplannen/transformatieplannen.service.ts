import type { z } from 'zod';
import type {
  beoordelingCreateSchema,
  Domein,
  InstemmingSoort,
  instemmingCreateSchema,
  snelleToetsCreateSchema,
  Standpunt,
  stapCreateSchema,
  toekenningSchema,
  transformatieplanCreateSchema,
  transformatieplanQuerySchema,
  TransformatieplanStatus,
  transformatieplanUpdateSchema,
} from '../../../common/contracts/transformatieplannen';
import { standpunten } from '../../../common/contracts/transformatieplannen';
import { formatEuro } from '../../../common/geld';
import type { Db } from '../../db/client';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import type { BesluitVerwijzing } from '../besluiten/besluitverwijzing';
import { schrijfAudit } from '../historie/historie.repository';
import { type Actor, heeftRecht } from '../toegang/rechten.rules';
import * as toetsing from './toetsing.service';
import { datumTekst } from '../../../common/datum';
import { vandaagInNederland } from '../../../common/voortgang';
import {
  huidigeInstemmingen,
  ingediendOfLater,
  instemmingMelding,
  nieuwOntbrekend,
  statusLabel,
  stapDoor,
  toetsInstemming,
  toetsInstemmingsregel,
  toetsOvergang,
  toetsSnelleToets,
  volgendeStappen,
  wijzigingZonderInstemmingMelding,
} from './transformatieplan.rules';
import * as repo from './transformatieplannen.repository';

type In<T extends z.ZodType> = z.output<T>;
type Onderdelen = Awaited<ReturnType<typeof repo.onderdelenVan>>;

const afgesloten: readonly TransformatieplanStatus[] = ['afgewezen', 'afgerond'];

/** The organisation a person acts for in the region (a partner's own), recorded with each step. */
const eigenOrganisatie = (actor: Actor | null, regioId: string) =>
  actor?.lidmaatschappen.find((l) => l.regioId === regioId && l.organisatieId !== null)?.organisatieId ?? null;

function samenvatting(p: repo.PlanRij, o: Onderdelen) {
  const gemeenten = o.gemeenten.filter((g) => g.planId === p.p.id);
  const financiering = o.financiering.filter((f) => f.transformatieplanId === p.p.id);
  const instemmingen = o.instemmingen.filter((i) => i.transformatieplanId === p.p.id);
  const domeinen = p.p.domeinen as Domein[];
  const poort = toetsInstemming(
    { domeinen, gemeenten: gemeenten.map((g) => ({ gemeenteId: g.gemeenteId, naam: g.naam })) },
    instemmingen.map((i) => ({ gemeenteId: i.gemeenteId, soort: i.soort as InstemmingSoort, datum: i.datum, volgnummer: i.id })),
  );
  const code = (id: string) => gemeenten.find((g) => g.gemeenteId === id)!.gemeentecode;
  return {
    id: p.p.id,
    titel: p.p.titel,
    status: p.p.status as TransformatieplanStatus,
    penvoerder: { id: p.p.penvoerderId, naam: p.penvoerderNaam },
    domeinen,
    gemeenten: gemeenten.map((g) => ({ gemeentecode: g.gemeentecode, naam: g.naam })),
    bereik: p.p.bereik,
    aangevraagdCenten: financiering.reduce((s, f) => s + f.aangevraagdCenten, 0),
    toegekendCenten: financiering.reduce((s, f) => s + (f.toegekendCenten ?? 0), 0),
    addendum: p.p.addendum,
    standpunt: p.p.standpunt as Standpunt | null,
    instemmingVereist: poort.vereist,
    ontbrekendeInstemmingen: poort.ontbrekend.map((g) => ({ gemeentecode: code(g.gemeenteId), naam: g.naam })),
  };
}

export async function transformatieplannen(db: Db, regioId: string, query: In<typeof transformatieplanQuerySchema>) {
  let gemeenteId: string | undefined;
  if (query.gemeentecode) {
    gemeenteId = (await repo.gemeentenVanRegio(db, regioId)).find((g) => g.gemeentecode === query.gemeentecode)?.gemeenteId;
    if (!gemeenteId) return [];
  }
  const rijen = await repo.plannen(db, regioId, { status: query.status, domein: query.domein, penvoerderId: query.penvoerderId, gemeenteId });
  const o = await repo.onderdelenVan(db, regioId, rijen.map((r) => r.p.id));
  return rijen.map((r) => samenvatting(r, o));
}

export async function vindTransformatieplan(db: Db, regioId: string, id: string): Promise<{ id: string; titel: string; status: string } | null> {
  const [p] = await repo.plannen(db, regioId, { ids: [id] });
  return p ? { id: p.p.id, titel: p.p.titel, status: p.p.status } : null;
}

export async function haalTransformatieplan(db: Db, regioId: string, id: string) {
  const [p] = await repo.plannen(db, regioId, { ids: [id] });
  if (!p) throw nietGevonden('Dit transformatieplan');
  const [o, stappen, snelleToetsen, verzekeraars, criteria, beoordelingen] = await Promise.all([
    repo.onderdelenVan(db, regioId, [id]),
    repo.stappenVan(db, regioId, id),
    repo.snelleToetsenVan(db, regioId, id),
    repo.verzekeraars(db, regioId),
    toetsing.toetsvragen(db, regioId, 'transformatieplan'),
    toetsing.beoordelingenVan(db, regioId, { transformatieplanIds: [id] }),
  ]);
  const organisatieNamen = await repo.organisatiesVanRegio(db, regioId);
  const naamVan = (orgId: string) => organisatieNamen.find((x) => x.id === orgId)?.naam ?? 'onbekende organisatie';
  const basis = samenvatting(p, o);
  const huidig = huidigeInstemmingen(o.instemmingen.map((i) => ({ gemeenteId: i.gemeenteId, soort: i.soort as InstemmingSoort, datum: i.datum, volgnummer: i.id })));
  const gemeenten = o.gemeenten.filter((g) => g.planId === id);
  return {
    ...basis,
    omschrijving: p.p.omschrijving,
    partners: o.partners.map((x) => ({ id: x.id, naam: x.naam })),
    doelgroep: p.p.doelgroep,
    financiering: o.financiering.map((f) => ({ jaar: f.jaar, aangevraagdCenten: f.aangevraagdCenten, toegekendCenten: f.toegekendCenten })),
    gemeentelijkeBijdrageCenten: p.p.gemeentelijkeBijdrageCenten,
    bijdrageVoorwaarde: p.p.bijdrageVoorwaarde,
    addendumToelichting: p.p.addendumToelichting,
    ingediendBij: p.p.ingediendBijId && p.ingediendBijNaam ? { id: p.p.ingediendBijId, naam: p.ingediendBijNaam } : null,
    standpuntBesluit: p.p.standpunt
      ? {
          besluitId: p.p.standpuntBesluitId,
          datum: p.p.standpuntDatum,
          overlegorgaan: p.p.standpuntOverlegorgaanId && p.orgaanNaam ? { id: p.p.standpuntOverlegorgaanId, naam: p.orgaanNaam } : null,
          referentie: p.p.standpuntReferentie,
          toelichting: p.p.standpuntToelichting,
        }
      : null,
    stappen: stappen.map(({ s, organisatieNaam }) => ({
      id: s.id,
      vanStatus: s.vanStatus as TransformatieplanStatus | null,
      naarStatus: s.naarStatus as TransformatieplanStatus,
      datum: s.datum,
      gebruikerNaam: s.gebruikerNaam,
      organisatie: s.organisatieId && organisatieNaam ? { id: s.organisatieId, naam: organisatieNaam } : null,
      toelichting: s.toelichting,
    })),
    volgendeStappen: [...volgendeStappen[basis.status]],
    instemmingen: gemeenten.map((g) => ({
      gemeente: { gemeentecode: g.gemeentecode, naam: g.naam },
      huidig: huidig.get(g.gemeenteId) ?? null,
      historie: o.instemmingen
        .filter((i) => i.gemeenteId === g.gemeenteId)
        .map((i) => ({ id: i.id, soort: i.soort as InstemmingSoort, datum: i.datum, referentie: i.referentie, toelichting: i.toelichting, gebruikerNaam: i.gebruikerNaam })),
    })),
    snelleToetsen: snelleToetsen.map(({ t, organisatieNaam }) => ({
      id: t.id,
      uitkomst: t.uitkomst as 'positief' | 'negatief' | 'aangehouden',
      datum: t.datum,
      organisatie: t.organisatieId && organisatieNaam ? { id: t.organisatieId, naam: organisatieNaam } : null,
      toelichting: t.toelichting,
      gebruikerNaam: t.gebruikerNaam,
    })),
    verzekeraars,
    criteria,
    beoordelingen: beoordelingen.map((b) => ({
      organisatie: { id: b.organisatieId!, naam: naamVan(b.organisatieId!) },
      advies: b.advies as 'positief' | 'negatief' | 'aangehouden',
      toelichting: b.toelichting,
      datum: b.datum,
      gebruikerNaam: b.gebruikerNaam,
      scores: b.scores.map((s) => ({ criteriumId: s.vraagId, score: s.score, reden: s.toelichting })),
    })),
  };
}

export type TransformatieplanWeergave = Awaited<ReturnType<typeof haalTransformatieplan>>;

/**
 * A write on one plan: its row locked for the transaction (checks read first and write after),
 * the plan as it is passed to the work, and the plan as it became returned.
 */
async function schrijfOpPlan(db: Db, regioId: string, id: string, werk: (tx: Db, plan: TransformatieplanWeergave) => Promise<void>) {
  await db.transaction(async (tx) => {
    if (!(await repo.vergrendelPlan(tx, regioId, id))) throw nietGevonden('Dit transformatieplan');
    await werk(tx, await haalTransformatieplan(tx, regioId, id));
  });
  return haalTransformatieplan(db, regioId, id);
}

// --- registreren en wijzigen ----------------------------------------------------------------------

type PlanInvoer = In<typeof transformatieplanUpdateSchema>;

/** Resolves the organisations and municipalities of the input in this region; every problem at once. */
async function controleerInvoer(db: Db, regioId: string, invoer: PlanInvoer, samen: { penvoerderId: string; domeinen: Domein[]; aantalGemeenten: number }) {
  const fouten: InvalidParam[] = [];
  const [organisaties, gemeenten] = await Promise.all([repo.organisatiesVanRegio(db, regioId), repo.gemeentenVanRegio(db, regioId)]);
  const isOrganisatie = (id: string) => organisaties.some((o) => o.id === id);
  if (invoer.penvoerderId !== undefined && !isOrganisatie(invoer.penvoerderId)) {
    fouten.push({ name: 'penvoerderId', code: 'onbekend', reason: 'Geen organisatie van deze regio' });
  }
  (invoer.partnerIds ?? []).forEach((id, i) => {
    if (!isOrganisatie(id)) fouten.push({ name: `partnerIds.${i}`, code: 'onbekend', reason: 'Geen organisatie van deze regio' });
    else if (invoer.partnerIds!.indexOf(id) !== i) fouten.push({ name: `partnerIds.${i}`, code: 'dubbel', reason: 'Deze partner staat er twee keer in' });
    else if (id === samen.penvoerderId) fouten.push({ name: `partnerIds.${i}`, code: 'is-penvoerder', reason: 'Dit is de penvoerder; noem hem niet ook als partner' });
  });
  const gemeenteIds = (invoer.gemeentecodes ?? []).map((code, i) => {
    const g = gemeenten.find((x) => x.gemeentecode === code);
    if (!g) fouten.push({ name: `gemeentecodes.${i}`, code: 'onbekend', reason: `${code} is geen gemeente van deze regio` });
    else if (invoer.gemeentecodes!.indexOf(code) !== i) fouten.push({ name: `gemeentecodes.${i}`, code: 'dubbel', reason: `${code} staat er twee keer in` });
    return g?.gemeenteId ?? '';
  });
  (invoer.financiering ?? []).forEach((f, i) => {
    if (invoer.financiering!.findIndex((x) => x.jaar === f.jaar) !== i) fouten.push({ name: `financiering.${i}.jaar`, code: 'dubbel', reason: `${f.jaar} staat er twee keer in` });
  });
  // DOMAIN.md §8: consent is asked of each affected municipality; a social-domain plan must name them.
  if (samen.domeinen.includes('sociaal') && samen.aantalGemeenten === 0) {
    fouten.push({ name: 'gemeentecodes', code: 'verplicht-bij-sociaal', reason: 'Een plan dat het sociaal domein raakt, noemt de betrokken gemeenten: hun instemming is nodig voor indienen' });
  }
  if (fouten.length) throw ongeldig(fouten);
  return { gemeenteIds: [...new Set(gemeenteIds)] };
}

function magBewerken(actor: Actor, regioId: string, penvoerderId: string) {
  if (!heeftRecht(actor, regioId, 'transformatieplannen.bewerken', { organisatieId: penvoerderId })) {
    throw new DomainError('geen-toegang', 'Als partner bewerkt u alleen plannen waarvan uw eigen organisatie penvoerder is.');
  }
}

/**
 * Granted funding is the insurer's decision, not the applicant's: the preferred insurer (its
 * partner) or the coordinator sets it. A target without an organisation is met only by a
 * region-wide right on plans, which is the coordinator's (and the beheerder's).
 */
function magToekennen(actor: Actor, regioId: string, preferentId: string | null) {
  if (heeftRecht(actor, regioId, 'transformatieplannen.bewerken', { organisatieId: null })) return true;
  return preferentId !== null && heeftRecht(actor, regioId, 'transformatieplannen.beoordelen', { organisatieId: preferentId });
}

type Jaarbedrag = { jaar: number; aangevraagdCenten: number; toegekendCenten: number | null };

/**
 * The funding per year after a write: a year's granted amount stays as it was unless given. Who
 * may not grant (the lead provider) may not change a granted amount, nor drop a year that has one;
 * every such field is named at once.
 */
function financieringNa(
  invoer: NonNullable<PlanInvoer['financiering']>,
  bestaand: readonly Jaarbedrag[],
  mag: boolean,
  preferent: { naam: string } | null,
): Jaarbedrag[] {
  const fouten: InvalidParam[] = [];
  const wie = `de preferente zorgverzekeraar${preferent ? ` (${preferent.naam})` : ''} of de regiocoördinator`;
  const rijen = invoer.map((f, i) => {
    const eerder = bestaand.find((b) => b.jaar === f.jaar)?.toegekendCenten ?? null;
    if (f.toegekendCenten !== undefined && f.toegekendCenten !== eerder && !mag) {
      fouten.push({ name: `financiering.${i}.toegekendCenten`, code: 'alleen-verzekeraar', reason: `Het toegekende bedrag legt ${wie} vast; de penvoerder vraagt alleen aan` });
    }
    return { jaar: f.jaar, aangevraagdCenten: f.aangevraagdCenten, toegekendCenten: f.toegekendCenten === undefined ? eerder : f.toegekendCenten };
  });
  if (!mag) {
    for (const b of bestaand) {
      if (b.toegekendCenten !== null && !invoer.some((f) => f.jaar === b.jaar)) {
        fouten.push({ name: 'financiering', code: 'toegekend-jaar', reason: `Voor ${b.jaar} is ${formatEuro(b.toegekendCenten)} toegekend; een jaar met een toekenning haalt alleen ${wie} weg` });
      }
    }
  }
  if (fouten.length) throw new DomainError('geen-toegang', fouten.map((f) => f.reason).join('; ') + '.', fouten);
  return rijen;
}

const velden = (invoer: PlanInvoer) => ({
  titel: invoer.titel,
  omschrijving: invoer.omschrijving,
  penvoerderId: invoer.penvoerderId,
  domeinen: invoer.domeinen ? [...new Set(invoer.domeinen)] : undefined,
  doelgroep: invoer.doelgroep,
  bereik: invoer.bereik,
  gemeentelijkeBijdrageCenten: invoer.gemeentelijkeBijdrageCenten,
  bijdrageVoorwaarde: invoer.bijdrageVoorwaarde,
  addendum: invoer.addendum,
  addendumToelichting: invoer.addendumToelichting,
});

async function schrijfOnderdelen(tx: Db, regioId: string, planId: string, invoer: PlanInvoer, gemeenteIds: string[], financiering: Jaarbedrag[] | undefined) {
  if (invoer.partnerIds) await repo.zetPartners(tx, regioId, planId, invoer.partnerIds);
  if (invoer.gemeentecodes) await repo.zetGemeenten(tx, regioId, planId, gemeenteIds);
  if (financiering) await repo.zetFinanciering(tx, regioId, planId, financiering);
}

/** An audit row for a change to a plan, in the transaction of that change. */
function schrijfPlanAudit(tx: Db, actor: Actor | null, regioId: string, id: string, wijziging: { omschrijving: string; voor?: unknown; na: unknown; actie?: 'aangemaakt' | 'gewijzigd' }) {
  return schrijfAudit(tx, { regioId, actor, actie: wijziging.actie ?? 'gewijzigd', soort: 'transformatieplan', itemId: id, omschrijving: wijziging.omschrijving, voor: wijziging.voor, na: wijziging.na });
}

export async function maakTransformatieplan(db: Db, actor: Actor, regioId: string, invoer: In<typeof transformatieplanCreateSchema>, datum = vandaagInNederland()) {
  magBewerken(actor, regioId, invoer.penvoerderId);
  let financiering: Jaarbedrag[] | undefined;
  if (invoer.financiering) {
    const { preferent } = await repo.verzekeraars(db, regioId);
    financiering = financieringNa(invoer.financiering, [], magToekennen(actor, regioId, preferent?.id ?? null), preferent);
  }
  const { gemeenteIds } = await controleerInvoer(db, regioId, invoer, {
    penvoerderId: invoer.penvoerderId,
    domeinen: invoer.domeinen,
    aantalGemeenten: invoer.gemeentecodes?.length ?? 0,
  });
  const id = await db.transaction(async (tx) => {
    const planId = await repo.maakPlan(tx, regioId, { ...velden(invoer), titel: invoer.titel, penvoerderId: invoer.penvoerderId, domeinen: [...new Set(invoer.domeinen)], status: 'idee' });
    await schrijfOnderdelen(tx, regioId, planId, invoer, gemeenteIds, financiering);
    await repo.voegStapToe(tx, regioId, {
      transformatieplanId: planId,
      vanStatus: null,
      naarStatus: 'idee',
      datum,
      gebruikerId: actor.gebruikerId,
      gebruikerNaam: actor.naam,
      organisatieId: eigenOrganisatie(actor, regioId),
    });
    const na = await haalTransformatieplan(tx, regioId, planId);
    await schrijfPlanAudit(tx, actor, regioId, planId, { omschrijving: 'geregistreerd als idee', na: vastleggen(na), actie: 'aangemaakt' });
    return planId;
  });
  return haalTransformatieplan(db, regioId, id);
}

/** What the history keeps of a plan: its own fields, not the derived lists. */
const vastleggen = (p: TransformatieplanWeergave) => ({
  titel: p.titel,
  omschrijving: p.omschrijving,
  penvoerder: p.penvoerder.naam,
  partners: p.partners.map((x) => x.naam),
  domeinen: p.domeinen,
  doelgroep: p.doelgroep,
  bereik: p.bereik,
  gemeenten: p.gemeenten.map((g) => g.naam),
  financiering: p.financiering,
  gemeentelijkeBijdrageCenten: p.gemeentelijkeBijdrageCenten,
  bijdrageVoorwaarde: p.bijdrageVoorwaarde,
  addendum: p.addendum,
  addendumToelichting: p.addendumToelichting,
  status: p.status,
});

export async function wijzigTransformatieplan(db: Db, actor: Actor, regioId: string, id: string, invoer: PlanInvoer) {
  return schrijfOpPlan(db, regioId, id, async (tx, voor) => {
    magBewerken(actor, regioId, voor.penvoerder.id);
    if (invoer.penvoerderId !== undefined && invoer.penvoerderId !== voor.penvoerder.id) magBewerken(actor, regioId, invoer.penvoerderId);
    if (afgesloten.includes(voor.status)) throw new DomainError('conflict', `Het plan is ${statusLabel[voor.status]}; het verandert niet meer.`);
    const { preferent } = voor.verzekeraars;
    const financiering = invoer.financiering && financieringNa(invoer.financiering, voor.financiering, magToekennen(actor, regioId, preferent?.id ?? null), preferent);
    const { gemeenteIds } = await controleerInvoer(tx, regioId, invoer, {
      penvoerderId: invoer.penvoerderId ?? voor.penvoerder.id,
      domeinen: invoer.domeinen ?? voor.domeinen,
      aantalGemeenten: invoer.gemeentecodes?.length ?? voor.gemeenten.length,
    });
    if (ingediendOfLater.includes(voor.status)) await bewaakInstemmingNaIndienen(tx, regioId, id, voor, invoer, gemeenteIds);
    await repo.wijzigPlan(tx, regioId, id, velden(invoer));
    await schrijfOnderdelen(tx, regioId, id, invoer, gemeenteIds, financiering);
    const na = await haalTransformatieplan(tx, regioId, id);
    await schrijfPlanAudit(tx, actor, regioId, id, { omschrijving: '', voor: vastleggen(voor), na: vastleggen(na) });
  });
}

/**
 * The consent gate does not end at submission (DOMAIN.md §8): a submitted plan that comes to touch
 * the social domain, or gains a municipality, needs the consent of each municipality it then
 * affects, exactly as at submission. Only a change of domains or municipalities is checked.
 */
async function bewaakInstemmingNaIndienen(tx: Db, regioId: string, id: string, voor: TransformatieplanWeergave, invoer: PlanInvoer, gemeenteIds: string[]) {
  const domeinen = invoer.domeinen ? [...new Set(invoer.domeinen)] : voor.domeinen;
  const o = await repo.onderdelenVan(tx, regioId, [id]);
  const huidig = o.gemeenten.map((g) => ({ gemeenteId: g.gemeenteId, naam: g.naam }));
  const zelfde = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const nieuweGemeenten = invoer.gemeentecodes ? gemeenteIds : huidig.map((g) => g.gemeenteId);
  if (zelfde(domeinen, voor.domeinen) && zelfde(nieuweGemeenten, huidig.map((g) => g.gemeenteId))) return;
  const namen = await repo.gemeentenVanRegio(tx, regioId);
  const regels = o.instemmingen.map((i) => ({ gemeenteId: i.gemeenteId, soort: i.soort as InstemmingSoort, datum: i.datum, volgnummer: i.id }));
  const ervoor = toetsInstemming({ domeinen: voor.domeinen, gemeenten: huidig }, regels);
  const erna = toetsInstemming(
    { domeinen, gemeenten: nieuweGemeenten.map((gemeenteId) => ({ gemeenteId, naam: namen.find((g) => g.gemeenteId === gemeenteId)!.naam })) },
    regels,
  );
  const ontbrekend = nieuwOntbrekend(ervoor, erna);
  if (ontbrekend.length === 0) return;
  const melding = wijzigingZonderInstemmingMelding(voor.status, ontbrekend);
  const velden = [invoer.domeinen && !zelfde(domeinen, voor.domeinen) ? 'domeinen' : null, invoer.gemeentecodes ? 'gemeentecodes' : null].filter((x): x is string => x !== null);
  throw new DomainError('conflict', melding, velden.map((name) => ({ name, code: 'instemming-ontbreekt', reason: melding })));
}

/**
 * Granted funding per year, by the preferred insurer (or the coordinator): the years given get
 * their amount (null: nothing granted), the others keep theirs. Only years that were requested.
 */
export async function legToekenningVast(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof toekenningSchema>) {
  return schrijfOpPlan(db, regioId, id, async (tx, plan) => {
    const { preferent } = plan.verzekeraars;
    if (!magToekennen(actor, regioId, preferent?.id ?? null)) {
      throw new DomainError('geen-toegang', `De toegekende financiering legt de preferente zorgverzekeraar${preferent ? ` (${preferent.naam})` : ''} of de regiocoördinator vast.`);
    }
    if (afgesloten.includes(plan.status)) throw new DomainError('conflict', `Het plan is ${statusLabel[plan.status]}; de financiering verandert niet meer.`);
    const fouten: InvalidParam[] = [];
    invoer.financiering.forEach((f, i) => {
      if (invoer.financiering.findIndex((x) => x.jaar === f.jaar) !== i) fouten.push({ name: `financiering.${i}.jaar`, code: 'dubbel', reason: `${f.jaar} staat er twee keer in` });
      else if (!plan.financiering.some((b) => b.jaar === f.jaar)) {
        fouten.push({ name: `financiering.${i}.jaar`, code: 'niet-aangevraagd', reason: `Voor ${f.jaar} is niets aangevraagd; er wordt toegekend per aangevraagd jaar` });
      }
    });
    if (fouten.length) throw ongeldig(fouten);
    const na = plan.financiering.map((b) => {
      const gegeven = invoer.financiering.find((f) => f.jaar === b.jaar);
      return gegeven ? { ...b, toegekendCenten: gegeven.toegekendCenten } : b;
    });
    await repo.zetFinanciering(tx, regioId, id, na);
    await schrijfPlanAudit(tx, actor, regioId, id, { omschrijving: 'toegekende financiering', voor: { financiering: plan.financiering }, na: { financiering: na } });
  });
}

// --- de levensloop ---------------------------------------------------------------------------------

/** A date of a step or record may not lie before the last one: the history reads in order. */
function nietEerderDan(datum: string, vorige: string | undefined, wat: string) {
  if (vorige && datum < vorige) {
    throw ongeldig([{ name: 'datum', code: 'voor-vorige', reason: `${datumTekst(datum)} ligt vóór ${wat} (${datumTekst(vorige)})` }]);
  }
}

export async function zetStap(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof stapCreateSchema>) {
  return schrijfOpPlan(db, regioId, id, async (tx, plan) => {
    const overgang = toetsOvergang(plan.status, invoer.naar);
    if (!overgang.toegestaan) {
      throw new DomainError('conflict', overgang.melding, [{ name: 'naar', code: `stap-${overgang.reden}`, reason: overgang.melding }]);
    }
    const { preferent } = plan.verzekeraars;
    if (stapDoor(invoer.naar) === 'verzekeraar') {
      if (!preferent) throw new DomainError('conflict', 'De regio heeft geen preferente zorgverzekeraar; leg die eerst vast bij de regio.');
      if (!heeftRecht(actor, regioId, 'transformatieplannen.beoordelen', { organisatieId: preferent.id })) {
        throw new DomainError('geen-toegang', `De stap naar «${statusLabel[invoer.naar]}» zet de preferente zorgverzekeraar (${preferent.naam}).`);
      }
    } else {
      magBewerken(actor, regioId, plan.penvoerder.id);
    }
    if (invoer.naar === 'ingediend') {
      if (!preferent) throw new DomainError('conflict', 'De regio heeft geen preferente zorgverzekeraar om het plan bij in te dienen; leg die eerst vast bij de regio.');
      // Both conditions of submission (DOMAIN.md §8), every unmet one named: the quick scan came
      // out positive (the latest one counts), and each affected municipality consented.
      const bezwaren: InvalidParam[] = [];
      const toets = toetsSnelleToets(plan.snelleToetsen[0], preferent.naam, datumTekst);
      if (toets) bezwaren.push({ name: 'naar', code: toets.code, reason: toets.melding });
      // The consent gate (transformatieplan.rules.ts) is applied where the plan is composed.
      if (plan.ontbrekendeInstemmingen.length) {
        const melding = instemmingMelding(plan.ontbrekendeInstemmingen.map((g) => ({ gemeenteId: g.gemeentecode, naam: g.naam })));
        bezwaren.push({ name: 'naar', code: 'instemming-ontbreekt', reason: melding });
      }
      if (bezwaren.length) throw new DomainError('conflict', bezwaren.map((b) => b.reason).join(' '), bezwaren);
    }
    if (invoer.naar === 'beoordeeld' && !plan.beoordelingen.some((b) => b.organisatie.id === preferent?.id)) {
      const melding = `Het plan is pas beoordeeld als de preferente zorgverzekeraar (${preferent?.naam}) zijn beoordeling heeft vastgelegd.`;
      throw new DomainError('conflict', melding, [{ name: 'naar', code: 'beoordeling-ontbreekt', reason: melding }]);
    }
    const datum = invoer.datum ?? vandaagInNederland();
    nietEerderDan(datum, plan.stappen.at(-1)?.datum, 'de vorige stap');
    await repo.wijzigPlan(tx, regioId, id, { status: invoer.naar, ...(invoer.naar === 'ingediend' && { ingediendBijId: preferent!.id }) });
    await repo.voegStapToe(tx, regioId, {
      transformatieplanId: id,
      vanStatus: plan.status,
      naarStatus: invoer.naar,
      datum,
      gebruikerId: actor.gebruikerId,
      gebruikerNaam: actor.naam,
      organisatieId: eigenOrganisatie(actor, regioId),
      toelichting: invoer.toelichting ?? '',
    });
    await schrijfPlanAudit(tx, actor, regioId, id, {
      omschrijving: `${statusLabel[plan.status]} → ${statusLabel[invoer.naar]}`,
      voor: { status: plan.status },
      na: { status: invoer.naar, datum, toelichting: invoer.toelichting ?? '' },
    });
  });
}

export async function legInstemmingVast(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof instemmingCreateSchema>) {
  return schrijfOpPlan(db, regioId, id, async (tx, plan) => {
    const gemeente = (await repo.gemeentenVanRegio(tx, regioId)).find((g) => g.gemeentecode === invoer.gemeentecode);
    if (!gemeente) throw ongeldig([{ name: 'gemeentecode', code: 'onbekend', reason: `${invoer.gemeentecode} is geen gemeente van deze regio` }]);
    if (!heeftRecht(actor, regioId, 'instemming.vastleggen', { gemeenteId: gemeente.gemeenteId })) {
      throw new DomainError('geen-toegang', `U legt alleen de instemming van uw eigen gemeente vast, niet die van ${gemeente.naam}.`);
    }
    const betrokken = plan.instemmingen.find((i) => i.gemeente.gemeentecode === invoer.gemeentecode);
    if (!betrokken) {
      throw ongeldig([{ name: 'gemeentecode', code: 'niet-betrokken', reason: `${gemeente.naam} is geen betrokken gemeente van dit plan; alleen betrokken gemeenten stemmen in` }]);
    }
    if (afgesloten.includes(plan.status)) throw new DomainError('conflict', `Het plan is ${statusLabel[plan.status]}; instemming verandert niets meer.`);
    const bezwaar = toetsInstemmingsregel(betrokken.huidig ?? undefined, invoer.soort, gemeente.naam);
    if (bezwaar) throw new DomainError('conflict', bezwaar, [{ name: 'soort', code: 'al-zo', reason: bezwaar }]);
    nietEerderDan(invoer.datum, betrokken.historie.at(-1)?.datum, `de vorige vastlegging van ${gemeente.naam}`);
    await repo.voegInstemmingToe(tx, regioId, {
      transformatieplanId: id,
      gemeenteId: gemeente.gemeenteId,
      soort: invoer.soort,
      datum: invoer.datum,
      referentie: invoer.referentie ?? '',
      toelichting: invoer.toelichting ?? '',
      gebruikerId: actor.gebruikerId,
      gebruikerNaam: actor.naam,
    });
    await schrijfPlanAudit(tx, actor, regioId, id, {
      omschrijving: `${gemeente.naam}: instemming ${invoer.soort}`,
      voor: { instemming: betrokken.huidig },
      na: { instemming: invoer.soort, gemeente: gemeente.naam, datum: invoer.datum, referentie: invoer.referentie ?? '' },
    });
  });
}

export async function legSnelleToetsVast(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof snelleToetsCreateSchema>) {
  return schrijfOpPlan(db, regioId, id, async (tx, plan) => {
    const { preferent } = plan.verzekeraars;
    if (!preferent) throw new DomainError('conflict', 'De regio heeft geen preferente zorgverzekeraar die de snelle toets doet.');
    if (!heeftRecht(actor, regioId, 'transformatieplannen.beoordelen', { organisatieId: preferent.id })) {
      throw new DomainError('geen-toegang', `De snelle toets is van de preferente zorgverzekeraar (${preferent.naam}).`);
    }
    if (plan.status !== 'snelle-toets') {
      throw new DomainError('conflict', `Een snelle toets hoort bij de status «snelle toets»; dit plan is «${statusLabel[plan.status]}».`);
    }
    await repo.voegSnelleToetsToe(tx, regioId, {
      transformatieplanId: id,
      organisatieId: preferent.id,
      uitkomst: invoer.uitkomst,
      datum: invoer.datum,
      toelichting: invoer.toelichting ?? '',
      gebruikerId: actor.gebruikerId,
      gebruikerNaam: actor.naam,
    });
    await schrijfPlanAudit(tx, actor, regioId, id, { omschrijving: `snelle toets: ${invoer.uitkomst}`, na: { snelleToets: invoer } });
  });
}

/** An insurer's assessment against the region's criteria (DOMAIN.md §8); entering it again replaces it. */
export async function legBeoordelingVast(db: Db, actor: Actor, regioId: string, id: string, organisatieId: string, invoer: In<typeof beoordelingCreateSchema>) {
  return schrijfOpPlan(db, regioId, id, async (tx, plan) => {
    const organisatie = (await repo.organisatiesVanRegio(tx, regioId)).find((o) => o.id === organisatieId);
    if (!organisatie) throw nietGevonden('Deze organisatie');
    if (!heeftRecht(actor, regioId, 'transformatieplannen.beoordelen', { organisatieId })) {
      throw new DomainError('geen-toegang', `Alleen ${organisatie.naam} zelf legt de beoordeling van ${organisatie.naam} vast.`);
    }
    const { preferent, tweede } = plan.verzekeraars;
    if (organisatieId !== preferent?.id && organisatieId !== tweede?.id) {
      const wie = [preferent && `${preferent.naam} (preferent)`, tweede && `${tweede.naam} (tweede)`].filter(Boolean).join(' en ') || 'niemand: de regio heeft geen zorgverzekeraars vastgelegd';
      throw new DomainError('geen-toegang', `${organisatie.naam} is niet de preferente of tweede zorgverzekeraar van de regio; beoordelen doen ${wie}.`);
    }
    if (plan.status !== 'ingediend' && plan.status !== 'beoordeeld') {
      throw new DomainError('conflict', `Een plan wordt beoordeeld nadat het is ingediend en voordat erover is besloten; dit plan is «${statusLabel[plan.status]}».`);
    }
    await toetsing.controleerScoresVanKader(tx, regioId, 'transformatieplan', invoer.scores.map((s) => ({ vraagId: s.criteriumId, score: s.score })), 'criteriumId');
    const voor = plan.beoordelingen.find((b) => b.organisatie.id === organisatieId);
    await toetsing.schrijfBeoordeling(
      tx,
      regioId,
      { transformatieplanId: id, organisatieId, advies: invoer.advies, toelichting: invoer.toelichting, datum: invoer.datum, gebruikerId: actor.gebruikerId, gebruikerNaam: actor.naam },
      invoer.scores.map((s) => ({ vraagId: s.criteriumId, score: s.score, toelichting: s.reden })),
    );
    await schrijfPlanAudit(tx, actor, regioId, id, {
      omschrijving: `beoordeling ${organisatie.naam}: ${invoer.advies}`,
      voor: voor ? { beoordeling: voor } : undefined,
      na: { beoordeling: { organisatie: organisatie.naam, ...invoer } },
      actie: voor ? 'gewijzigd' : 'aangemaakt',
    });
  });
}

/** Effect of a PHO decision taking the municipalities' position on a transformation plan. */
export async function zetStandpuntBijBesluit(
  tx: Db,
  actor: Actor | null,
  regioId: string,
  transformatieplanId: string,
  besluit: BesluitVerwijzing & { standpunt: 'steunt' | 'steunt-niet' | 'neutraal'; toelichting: string },
): Promise<void> {
  if (!(await repo.vergrendelPlan(tx, regioId, transformatieplanId))) {
    throw ongeldig([{ name: 'transformatieplanId', code: 'onbekend', reason: 'Geen transformatieplan van deze regio' }]);
  }
  const fouten: InvalidParam[] = [];
  const orgaan = await repo.vindOverlegorgaan(tx, regioId, besluit.overlegorgaanId);
  if (!orgaan) fouten.push({ name: 'overlegorgaanId', code: 'onbekend', reason: 'Geen overlegorgaan van deze regio' });
  // DOMAIN.md §6: the municipalities' position on a transformation plan is taken in the PHO.
  else if (orgaan.soort !== 'pho') {
    fouten.push({ name: 'overlegorgaanId', code: 'geen-pho', reason: `Het standpunt van de gemeenten over een transformatieplan is een besluit van het PHO; ${orgaan.naam} is dat niet` });
  }
  if (!standpunten.includes(besluit.standpunt)) fouten.push({ name: 'standpunt', code: 'onbekend', reason: `Kies een van: ${standpunten.join(', ')}` });
  if (fouten.length) throw ongeldig(fouten);
  const [plan] = await repo.plannen(tx, regioId, { ids: [transformatieplanId] });
  if (plan!.p.status === 'afgerond') throw new DomainError('conflict', `Het transformatieplan «${plan!.p.titel}» is afgerond; een standpunt verandert daar niets meer aan.`);
  await repo.wijzigPlan(tx, regioId, transformatieplanId, {
    standpunt: besluit.standpunt,
    standpuntToelichting: besluit.toelichting,
    standpuntBesluitId: besluit.besluitId,
    standpuntDatum: besluit.datum,
    standpuntOverlegorgaanId: besluit.overlegorgaanId,
    standpuntReferentie: besluit.referentie,
  });
  await schrijfPlanAudit(tx, actor, regioId, transformatieplanId, {
    omschrijving: `standpunt van de gemeenten: ${besluit.standpunt} (${besluit.referentie})`,
    voor: { standpunt: plan!.p.standpunt },
    na: { standpunt: besluit.standpunt, toelichting: besluit.toelichting, besluitId: besluit.besluitId, datum: besluit.datum, referentie: besluit.referentie },
  });
}
