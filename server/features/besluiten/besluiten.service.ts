import { datumTekst } from '../../../common/datum';
import type { z } from 'zod';
import type {
  aanwezigheidSchema,
  agendapuntCreateSchema,
  agendapuntUpdateSchema,
  besluitInvoerSchema,
  standpuntInvoerSchema,
  stemmenInvoerSchema,
  vergaderingCreateSchema,
  vergaderingUpdateSchema,
  VoorstelInvoer,
  VoorstelSoort,
} from '../../../common/contracts/besluiten';
import { formatEuro } from '../../../common/geld';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { besluitOverAanvullendPlanBijBesluit, vindAanvullendPlan } from '../aanvullende-plannen/aanvullende-plannen.service';
import { begrotingen, herverdeelIn, stelVastIn, vergrendelBegroting, vindBegroting } from '../begroting/begroting.service';
import { schrijfAudit } from '../historie/historie.repository';
import { type Actor, heeftRecht } from '../toegang/rechten.rules';
import { vindTransformatieplan, zetStandpuntBijBesluit } from '../transformatieplannen/transformatieplannen.service';
import { stelUitvoeringsplanVastBijBesluit, vindUitvoeringsplan } from '../uitvoeringsplan/uitvoeringsplan.service';
import * as repo from './besluiten.repository';
import type { BesluitVerwijzing } from './besluitverwijzing';
import {
  bepaalUitslag,
  besluitnummer,
  besluitReferentie,
  type Besluitregels,
  type Gemeente,
  opsomming,
  orgaanAfkorting,
  overstemmingsrisico,
  type StemKeuze,
  type Zetel,
} from './stemming.rules';

type In<T extends z.ZodType> = z.output<T>;
type AgendapuntRij = repo.AgendapuntRij;
type Orgaan = NonNullable<Awaited<ReturnType<typeof repo.vindOverlegorgaan>>>;
type ZetelRij = Awaited<ReturnType<typeof repo.zetelsVan>>[number];

const gemeenteVan = (r: { gemeentecode: string | null; gemeenteNaam: string | null }): Gemeente => ({ gemeentecode: r.gemeentecode ?? '', naam: r.gemeenteNaam ?? '' });

/** Only municipality seats vote: one vote per municipality (DOMAIN.md §6). */
const stemZetels = (zetels: ZetelRij[]) => zetels.filter((z) => z.stemgerechtigd && z.gemeenteId !== null);

const transformatieplanStandpuntTekst: Record<string, string> = { steunt: 'steunt', 'steunt-niet': 'steunt niet', neutraal: 'neutraal' };

// --- names of what proposals point at -----------------------------------------------------------

/** "Uitvoeringsplan 2024 “Samen sterk voor gezondheid”, versie 1". */
const uitvoeringsplanNaam = (p: { naam: string; jaar: number; versie: number }) =>
  `${p.naam.startsWith('Uitvoeringsplan') ? p.naam : `Uitvoeringsplan ${p.jaar} “${p.naam}”`}, versie ${p.versie}`;

interface Namen {
  begrotingen: Map<string, { id: string; naam: string; jaar: number }>;
  versies: Map<string, number>;
  regels: Map<string, { code: string; omschrijving: string }>;
  plannen: Map<string, { naam: string; gevraagdCenten?: number; jaar?: number; versie?: number }>;
}

/** Every name the proposals of these items need, in a few set-based queries. */
async function namenVoor(db: Db, regioId: string, punten: AgendapuntRij[]): Promise<Namen> {
  const ids = (f: (a: AgendapuntRij) => string | null) => [...new Set(punten.map(f).filter((x): x is string => x !== null))];
  const [begrotingen, versies, regels, up, ap, tp] = await Promise.all([
    repo.begrotingenVan(db, regioId, ids((a) => a.begrotingId)),
    repo.versiesVan(db, regioId, { ids: ids((a) => a.begrotingsversieId) }),
    repo.regelsVan(db, regioId, [...ids((a) => a.vanRegelId), ...ids((a) => a.naarRegelId)]),
    repo.uitvoeringsplannen(db, regioId, ids((a) => a.uitvoeringsplanId)),
    repo.aanvullendePlannen(db, regioId, ids((a) => a.aanvullendPlanId)),
    repo.transformatieplannen(db, regioId, ids((a) => a.transformatieplanId)),
  ]);
  return {
    begrotingen: new Map(begrotingen.map((b) => [b.id, b])),
    versies: new Map(versies.map((v) => [v.id, v.versie])),
    regels: new Map(regels.map((r) => [r.id, { code: r.code, omschrijving: r.omschrijving }])),
    plannen: new Map([
      ...up.map((p) => [p.id, { naam: uitvoeringsplanNaam(p), jaar: p.jaar, versie: p.versie }] as const),
      ...ap.map((p) => [p.id, { naam: p.titel, gevraagdCenten: p.gevraagdCenten }] as const),
      ...tp.map((p) => [p.id, { naam: p.titel }] as const),
    ]),
  };
}

function omschrijvingVan(a: AgendapuntRij, n: Namen): { omschrijving: string; doelNaam: string | null } {
  const begroting = a.begrotingId ? n.begrotingen.get(a.begrotingId) : undefined;
  const plan = n.plannen.get(a.uitvoeringsplanId ?? a.aanvullendPlanId ?? a.transformatieplanId ?? '');
  switch (a.voorstelSoort as VoorstelSoort) {
    case 'uitvoeringsplan-vaststellen':
      return { omschrijving: `${plan?.naam ?? 'Het uitvoeringsplan'} vaststellen`, doelNaam: plan?.naam ?? null };
    case 'begroting-vaststellen':
      return { omschrijving: `Versie ${n.versies.get(a.begrotingsversieId ?? '') ?? '?'} van ${begroting?.naam ?? 'de begroting'} vaststellen`, doelNaam: begroting?.naam ?? null };
    case 'herverdelen': {
      const van = n.regels.get(a.vanRegelId ?? '');
      const naar = n.regels.get(a.naarRegelId ?? '');
      return {
        omschrijving: `${formatEuro(a.bedragCenten ?? 0)} herverdelen van ${van?.omschrijving ?? '?'} naar ${naar?.omschrijving ?? '?'} (${begroting?.naam ?? 'begroting'})`,
        doelNaam: begroting?.naam ?? null,
      };
    }
    case 'aanvullend-plan':
      return {
        omschrijving: a.goedkeuren
          ? `${plan?.naam ?? 'Het aanvullend plan'} goedkeuren met ${formatEuro(a.toegekendCenten ?? plan?.gevraagdCenten ?? 0)}`
          : `${plan?.naam ?? 'Het aanvullend plan'} afwijzen`,
        doelNaam: plan?.naam ?? null,
      };
    case 'standpunt-transformatieplan':
      return {
        omschrijving: `Standpunt over ${plan?.naam ?? 'het transformatieplan'}: de gemeenten ${transformatieplanStandpuntTekst[a.transformatieplanStandpunt ?? ''] ?? ''}`,
        doelNaam: plan?.naam ?? null,
      };
    default:
      return { omschrijving: a.beslispunt, doelNaam: null };
  }
}

function toonVoorstel(a: AgendapuntRij, n: Namen) {
  if (!a.voorstelSoort) return null;
  const begroting = a.begrotingId ? n.begrotingen.get(a.begrotingId) : undefined;
  const regel = (id: string | null) => (id ? (n.regels.get(id) ?? null) : null);
  return {
    soort: a.voorstelSoort as VoorstelSoort,
    beslispunt: a.beslispunt,
    ...omschrijvingVan(a, n),
    begroting: begroting ? { id: begroting.id, naam: begroting.naam, jaar: begroting.jaar } : null,
    versie: a.begrotingsversieId ? (n.versies.get(a.begrotingsversieId) ?? null) : null,
    van: regel(a.vanRegelId),
    naar: regel(a.naarRegelId),
    bedragCenten: a.bedragCenten,
    uitvoeringsplanId: a.uitvoeringsplanId,
    aanvullendPlanId: a.aanvullendPlanId,
    goedkeuren: a.goedkeuren,
    toegekendCenten: a.toegekendCenten,
    transformatieplanId: a.transformatieplanId,
    standpunt: a.transformatieplanStandpunt as 'steunt' | 'steunt-niet' | 'neutraal' | null,
    standpuntToelichting: a.transformatieplanToelichting,
  };
}

// --- presenting an item, a meeting and a decision -----------------------------------------------

type StandpuntRij = Awaited<ReturnType<typeof repo.standpuntenVan>>[number];
type StemRij = Awaited<ReturnType<typeof repo.stemmenVan>>[number];
type BesluitRij = Awaited<ReturnType<typeof repo.besluiten>>[number];

const toonStandpunt = (s: StandpuntRij) => ({
  gemeente: gemeenteVan(s),
  standpunt: s.s.standpunt as 'akkoord' | 'niet-akkoord' | 'onthouding',
  collegebesluitOp: s.s.collegebesluitOp,
  referentie: s.s.referentie,
  toelichting: s.s.toelichting,
});

const toonZetelStem = (s: StemRij): Zetel => ({ gemeente: gemeenteVan(s), aanwezig: s.s.aanwezig, keuze: s.s.keuze as StemKeuze | null });

function vastgelegdeRegels(a: AgendapuntRij): Besluitregels | null {
  if (a.consensusEerst === null || a.quorumBasispunten === null || a.meerderheidBasispunten === null) return null;
  return { consensusEerst: a.consensusEerst, quorumBasispunten: a.quorumBasispunten, meerderheidBasispunten: a.meerderheidBasispunten };
}

function toonAgendapunt(a: AgendapuntRij, ctx: { namen: Namen; standpunten: StandpuntRij[]; stemmen: StemRij[]; besluiten: BesluitRij[]; kiezers: Gemeente[] }) {
  const standpunten = ctx.standpunten.filter((s) => s.s.agendapuntId === a.id).map(toonStandpunt);
  const regels = vastgelegdeRegels(a);
  const zetels = ctx.stemmen.filter((s) => s.s.agendapuntId === a.id).map(toonZetelStem);
  const b = ctx.besluiten.find((x) => x.b.agendapuntId === a.id)?.b;
  return {
    id: a.id,
    volgorde: a.volgorde,
    titel: a.titel,
    toelichting: a.toelichting,
    status: a.status as 'open' | 'in-stemming' | 'besloten',
    voorstel: toonVoorstel(a, ctx.namen),
    standpunten: { items: standpunten, ...overstemmingsrisico(standpunten, ctx.kiezers) },
    stemming: regels ? { regels, geopendOp: a.stemmingGeopendOp!.toISOString(), zetels, uitslag: bepaalUitslag(regels, zetels) } : null,
    besluit: b ? { id: b.id, nummer: b.nummer, datum: b.datum, uitkomst: b.uitkomst as 'aangenomen' | 'verworpen', wijze: b.wijze as 'consensus' | 'meerderheid' | 'zonder-stemming' } : null,
  };
}

export async function vergaderingen(db: Db, regioId: string, filter: { overlegorgaanId?: string | undefined; jaar?: number | undefined }) {
  return repo.vergaderingen(db, regioId, filter);
}

export async function haalVergadering(db: Db, regioId: string, id: string) {
  const [v] = await repo.vergaderingen(db, regioId, { id });
  if (!v) throw nietGevonden('Deze vergadering');
  const [orgaan, zetels, aanwezig, punten] = await Promise.all([
    repo.vindOverlegorgaan(db, regioId, v.overlegorgaan.id),
    repo.zetelsVan(db, regioId, v.overlegorgaan.id),
    repo.aanwezigheidVan(db, regioId, id),
    repo.agendapuntenVan(db, regioId, id),
  ]);
  const ids = punten.map((a) => a.id);
  const [standpunten, stemmen, besluiten, namen] = await Promise.all([
    repo.standpuntenVan(db, regioId, ids),
    repo.stemmenVan(db, regioId, ids),
    repo.besluiten(db, regioId, { agendapuntIds: ids }),
    namenVoor(db, regioId, punten),
  ]);
  const kiezers = stemZetels(zetels).map(gemeenteVan);
  return {
    ...v,
    besluitregels: { consensusEerst: orgaan!.consensusEerst, quorumBasispunten: orgaan!.quorumBasispunten, meerderheidBasispunten: orgaan!.meerderheidBasispunten },
    metStemming: kiezers.length > 0,
    aanwezigheidVastgelegd: aanwezig.length > 0,
    zetels: zetels.map((z) => ({
      lidId: z.lidId,
      naam: z.naam,
      functie: z.functie,
      gemeente: z.gemeenteId ? gemeenteVan(z) : null,
      stemgerechtigd: z.stemgerechtigd,
      aanwezig: aanwezig.find((x) => x.lidId === z.lidId)?.aanwezig ?? null,
    })),
    agendapunten: punten.map((a) => toonAgendapunt(a, { namen, standpunten, stemmen, besluiten, kiezers })),
  };
}

async function gevolgen(db: Db, regioId: string, rijen: BesluitRij[]) {
  const besluitIds = rijen.map((r) => r.b.id);
  const [namen, versies, herverdelingen] = await Promise.all([
    namenVoor(
      db,
      regioId,
      rijen.map((r) => r.a),
    ),
    repo.versiesVan(db, regioId, { besluitIds }),
    repo.herverdelingenVanBesluiten(db, regioId, besluitIds),
  ]);
  return { namen, versies, herverdelingen };
}

function gevolgVan(r: BesluitRij, g: Awaited<ReturnType<typeof gevolgen>>) {
  const a = r.a;
  const begroting = a.begrotingId ? (g.namen.begrotingen.get(a.begrotingId) ?? null) : null;
  const doel = g.namen.plannen.get(a.uitvoeringsplanId ?? a.aanvullendPlanId ?? a.transformatieplanId ?? '');
  const plan = doel?.naam ?? 'het plan';
  const geen = (omschrijving: string) => ({ omschrijving, soort: 'geen' as const, begroting: null, jaar: null, versie: null, doelId: null });
  const opPlan = { begroting: null, jaar: null, versie: null };
  if (r.b.uitkomst === 'verworpen') return geen('Niets: het voorstel is verworpen.');
  switch (a.voorstelSoort as VoorstelSoort) {
    case 'begroting-vaststellen': {
      const versie = g.versies.find((v) => v.besluitId === r.b.id)?.versie ?? g.namen.versies.get(a.begrotingsversieId ?? '') ?? null;
      return { omschrijving: `Versie ${versie} van ${begroting?.naam ?? 'de begroting'} vastgesteld`, soort: 'begrotingsversie' as const, begroting, jaar: begroting?.jaar ?? null, versie, doelId: a.begrotingId };
    }
    case 'herverdelen': {
      const h = g.herverdelingen.find((x) => x.besluitId === r.b.id);
      const nieuw = g.versies.find((v) => v.besluitId === r.b.id && v.id === h?.nieuweVersieId);
      const van = g.namen.regels.get(a.vanRegelId ?? '')?.omschrijving ?? '?';
      const naar = g.namen.regels.get(a.naarRegelId ?? '')?.omschrijving ?? '?';
      return {
        omschrijving: `${formatEuro(a.bedragCenten ?? 0)} herverdeeld van ${van} naar ${naar}${nieuw ? `; versie ${nieuw.versie} van ${begroting?.naam ?? 'de begroting'} vastgesteld` : ', binnen het mandaat'}`,
        soort: 'herverdeling' as const,
        begroting,
        jaar: begroting?.jaar ?? null,
        versie: nieuw?.versie ?? null,
        doelId: h?.id ?? null,
      };
    }
    case 'uitvoeringsplan-vaststellen':
      return { omschrijving: `${plan} vastgesteld`, soort: 'uitvoeringsplan' as const, begroting: null, jaar: doel?.jaar ?? null, versie: doel?.versie ?? null, doelId: a.uitvoeringsplanId };
    case 'aanvullend-plan':
      return { omschrijving: `${plan} ${a.goedkeuren ? 'goedgekeurd' : 'afgewezen'}`, soort: 'aanvullend-plan' as const, ...opPlan, doelId: a.aanvullendPlanId };
    case 'standpunt-transformatieplan':
      return {
        omschrijving: `Standpunt van de gemeenten over ${plan}: ${transformatieplanStandpuntTekst[a.transformatieplanStandpunt ?? ''] ?? ''}`,
        soort: 'transformatieplan' as const,
        ...opPlan,
        doelId: a.transformatieplanId,
      };
    default:
      return geen('Het besluit staat in de besluitenlijst; het verandert geen ander onderdeel van Regiekamer.');
  }
}

function toonBesluit(r: BesluitRij, g: Awaited<ReturnType<typeof gevolgen>>) {
  return {
    id: r.b.id,
    nummer: r.b.nummer,
    datum: r.b.datum,
    uitkomst: r.b.uitkomst as 'aangenomen' | 'verworpen',
    wijze: r.b.wijze as 'consensus' | 'meerderheid' | 'zonder-stemming',
    jaar: r.b.jaar,
    overlegorgaan: { id: r.b.overlegorgaanId, naam: r.orgaanNaam },
    vergadering: { id: r.b.vergaderingId, titel: r.vergaderingTitel, datum: r.vergaderingDatum },
    agendapunt: { id: r.a.id, titel: r.a.titel },
    voorstel: toonVoorstel(r.a, g.namen),
    aantalVoor: r.b.aantalVoor,
    aantalTegen: r.b.aantalTegen,
    aantalOnthouding: r.b.aantalOnthouding,
    aantalAfwezig: r.b.aantalAfwezig,
    referentie: r.b.referentie,
    toelichting: r.b.toelichting,
    gevolg: gevolgVan(r, g),
  };
}

export async function besluiten(db: Db, regioId: string, filter: { overlegorgaanId?: string | undefined; jaar?: number | undefined }) {
  const rijen = await repo.besluiten(db, regioId, filter);
  const g = await gevolgen(db, regioId, rijen);
  return rijen.map((r) => toonBesluit(r, g));
}

export async function haalBesluit(db: Db, regioId: string, id: string) {
  const [r] = await repo.besluiten(db, regioId, { id });
  if (!r) throw nietGevonden('Dit besluit');
  const [g, stemmen, standpunten] = await Promise.all([gevolgen(db, regioId, [r]), repo.stemmenVan(db, regioId, [r.a.id]), repo.standpuntenVan(db, regioId, [r.a.id])]);
  const regels = vastgelegdeRegels(r.a);
  const zetels = stemmen.map(toonZetelStem);
  return {
    ...toonBesluit(r, g),
    regels,
    zetels,
    overstemd: regels ? bepaalUitslag(regels, zetels).overstemd : [],
    standpunten: standpunten.map(toonStandpunt),
  };
}

/** Per kind of proposal, what it can point at in this region (the agenda item form offers these). */
export async function voorstelkeuzes(db: Db, regioId: string) {
  const [alle, up, ap, tp] = await Promise.all([begrotingen(db, regioId), repo.uitvoeringsplannen(db, regioId), repo.aanvullendePlannen(db, regioId), repo.transformatieplannen(db, regioId)]);
  return {
    conceptversies: alle.flatMap((b) =>
      b.versies
        .filter((v) => v.status === 'concept')
        .map((v) => ({ begrotingId: b.id, begrotingNaam: b.naam, jaar: b.jaar, versie: v.versie, totaalCenten: v.totaalCenten, plafondCenten: b.plafondCenten })),
    ),
    begrotingen: alle
      .filter((b) => b.status !== 'concept')
      .map((b) => ({ id: b.id, naam: b.naam, jaar: b.jaar, regels: b.regels.map((r) => ({ code: r.code, omschrijving: r.omschrijving, bedragCenten: r.bedragCenten })) })),
    uitvoeringsplannen: up.filter((p) => p.status === 'concept').map((p) => ({ id: p.id, naam: uitvoeringsplanNaam(p), jaar: p.jaar, status: p.status })),
    aanvullendePlannen: ap.filter((p) => p.status === 'ingediend' || p.status === 'beoordeeld'),
    transformatieplannen: tp,
  };
}

// --- vergaderingen schrijven --------------------------------------------------------------------

/** The meeting a write is about, locked until the transaction ends (see repo.vindVergadering). */
async function bestaandeVergadering(tx: Db, regioId: string, id: string) {
  const v = await repo.vindVergadering(tx, regioId, id, { vergrendel: true });
  if (!v) throw nietGevonden('Deze vergadering');
  return v;
}

/**
 * Every write on a meeting and its items runs here. The meeting's lock makes concurrent writes take
 * turns; should a unique index still catch one (a row another transaction added), the answer is a
 * 409 with what to do, never a 500.
 */
async function schrijf<T>(db: Db, werk: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(werk).catch((error: unknown) => {
    if (isUniekeSchending(error)) throw new DomainError('conflict', 'Deze vergadering werd tegelijk door iemand anders gewijzigd; laad haar opnieuw en probeer het nog eens.');
    throw error;
  });
}

export async function maakVergadering(db: Db, actor: Actor, regioId: string, invoer: In<typeof vergaderingCreateSchema>) {
  const id = await schrijf(db, async (tx) => {
    const orgaan = await repo.vindOverlegorgaan(tx, regioId, invoer.overlegorgaanId);
    if (!orgaan) throw ongeldig([{ name: 'overlegorgaanId', code: 'onbekend', reason: 'Geen overlegorgaan van deze regio' }]);
    const v = await repo.maakVergadering(tx, regioId, { ...invoer, locatie: invoer.locatie ?? '', status: invoer.status ?? 'gepland' });
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'vergadering', itemId: v.id, omschrijving: `${orgaan.naam} ${datumTekst(v.datum)}`, na: invoer });
    return v.id;
  });
  return haalVergadering(db, regioId, id);
}

export async function wijzigVergadering(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof vergaderingUpdateSchema>) {
  await schrijf(db, async (tx) => {
    const voor = await bestaandeVergadering(tx, regioId, id);
    const [huidig] = await repo.vergaderingen(tx, regioId, { id });
    // A decision's number and date come from its meeting: once decided, these stay.
    if (huidig!.aantalBesluiten > 0 && ((invoer.datum && invoer.datum !== voor.datum) || invoer.status === 'gepland')) {
      throw new DomainError('conflict', `In deze vergadering zijn ${huidig!.aantalBesluiten} besluiten genomen; datum en status liggen daarmee vast.`);
    }
    await repo.wijzigVergadering(tx, regioId, id, invoer);
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'vergadering', itemId: id, voor: { datum: voor.datum, titel: voor.titel, locatie: voor.locatie, status: voor.status }, na: invoer });
  });
  return haalVergadering(db, regioId, id);
}

export async function verwijderVergadering(db: Db, actor: Actor, regioId: string, id: string) {
  await schrijf(db, async (tx) => {
    const voor = await bestaandeVergadering(tx, regioId, id);
    const punten = await repo.agendapuntenVan(tx, regioId, id);
    if (punten.some((a) => a.status !== 'open')) {
      throw new DomainError('conflict', 'In deze vergadering is gestemd of besloten; zij blijft daarom bewaard.');
    }
    await repo.verwijderVergadering(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'vergadering', itemId: id, voor });
  });
}

export async function zetAanwezigheid(db: Db, actor: Actor, regioId: string, vergaderingId: string, invoer: In<typeof aanwezigheidSchema>) {
  await schrijf(db, async (tx) => {
    const v = await bestaandeVergadering(tx, regioId, vergaderingId);
    const zetels = await repo.zetelsVan(tx, regioId, v.overlegorgaanId);
    const fouten: InvalidParam[] = [];
    invoer.aanwezigeLidIds.forEach((lidId, i) => {
      if (invoer.aanwezigeLidIds.indexOf(lidId) !== i) fouten.push({ name: `aanwezigeLidIds.${i}`, code: 'dubbel', reason: 'Deze zetel staat er twee keer in' });
      else if (!zetels.some((z) => z.lidId === lidId)) fouten.push({ name: `aanwezigeLidIds.${i}`, code: 'geen-zetel', reason: 'Geen zetel van het overlegorgaan van deze vergadering' });
    });
    if (fouten.length) throw ongeldig(fouten);
    const voor = await repo.aanwezigheidVan(tx, regioId, vergaderingId);
    await repo.zetAanwezigheid(
      tx,
      regioId,
      vergaderingId,
      zetels.map((z) => ({ lidId: z.lidId, aanwezig: invoer.aanwezigeLidIds.includes(z.lidId) })),
    );
    const naam = (z: ZetelRij) => z.gemeenteNaam ?? z.naam;
    await schrijfAudit(tx, {
      regioId,
      actor,
      actie: 'gewijzigd',
      soort: 'vergadering',
      itemId: vergaderingId,
      omschrijving: `aanwezigheid vastgelegd: ${invoer.aanwezigeLidIds.length} van ${zetels.length} zetels`,
      voor: voor.length ? { aanwezig: zetels.filter((z) => voor.some((x) => x.lidId === z.lidId && x.aanwezig)).map(naam) } : undefined,
      na: { aanwezig: zetels.filter((z) => invoer.aanwezigeLidIds.includes(z.lidId)).map(naam) },
    });
  });
  return haalVergadering(db, regioId, vergaderingId);
}

// --- agendapunten en voorstellen ----------------------------------------------------------------

const leegVoorstel = {
  voorstelSoort: null,
  beslispunt: '',
  begrotingId: null,
  begrotingsversieId: null,
  vanRegelId: null,
  naarRegelId: null,
  bedragCenten: null,
  uitvoeringsplanId: null,
  aanvullendPlanId: null,
  goedkeuren: null,
  toegekendCenten: null,
  transformatieplanId: null,
  transformatieplanStandpunt: null,
  transformatieplanToelichting: '',
};
type VoorstelKolommen = { [K in keyof typeof leegVoorstel]: AgendapuntRij[K] };

const isPho = (o: Orgaan) => o.soort === 'pho';

/**
 * Checks that the proposal's target belongs to this region and fits its kind and the body, and
 * gives the columns to store. Every problem is named at once, under "voorstel.".
 */
async function controleerVoorstel(tx: Db, regioId: string, orgaan: Orgaan, v: VoorstelInvoer): Promise<VoorstelKolommen> {
  const fouten: InvalidParam[] = [];
  const fout = (veld: string, code: string, reason: string) => fouten.push({ name: `voorstel.${veld}`, code, reason });
  const kolommen: VoorstelKolommen = { ...leegVoorstel, voorstelSoort: v.soort, beslispunt: v.beslispunt ?? '' };
  switch (v.soort) {
    case 'uitvoeringsplan-vaststellen': {
      if (!isPho(orgaan)) fout('soort', 'geen-pho', `Het uitvoeringsplan wordt vastgesteld door het PHO; ${orgaan.naam} kan dat niet besluiten`);
      const plan = await vindUitvoeringsplan(tx, regioId, v.uitvoeringsplanId);
      if (!plan) fout('uitvoeringsplanId', 'onbekend', 'Geen uitvoeringsplan van deze regio');
      else if (plan.status !== 'concept') fout('uitvoeringsplanId', 'niet-concept', `${plan.naam} is ${plan.status}; alleen een concept kan worden vastgesteld`);
      kolommen.uitvoeringsplanId = v.uitvoeringsplanId;
      break;
    }
    case 'begroting-vaststellen': {
      if (!isPho(orgaan)) fout('soort', 'geen-pho', `Een begroting wordt vastgesteld door het PHO; ${orgaan.naam} kan dat niet besluiten`);
      // The same lock as a change to the concept (begroting.service refuses changing a proposed
      // version): an item proposing it and a change to it take turns.
      await vergrendelBegroting(tx, regioId, v.begrotingId);
      const b = await vindBegroting(tx, regioId, v.begrotingId);
      const versie = b?.versies.find((x) => x.versie === v.versie);
      if (!b) fout('begrotingId', 'onbekend', 'Geen begroting van deze regio');
      else if (!versie) fout('versie', 'onbekend', `${b.naam} heeft geen versie ${v.versie}`);
      else if (versie.status !== 'concept') fout('versie', 'niet-concept', `Versie ${v.versie} van ${b.naam} is ${versie.status}; alleen een concept kan worden vastgesteld`);
      kolommen.begrotingId = v.begrotingId;
      kolommen.begrotingsversieId = versie?.id ?? null;
      break;
    }
    case 'herverdelen': {
      // Beyond its mandate the Kerngroep cannot go: that is the PHO's, in a new version (DOMAIN.md §5).
      if (!isPho(orgaan) && orgaan.herverdelingsmandaatBasispunten === null) {
        fout('soort', 'geen-mandaat', `${orgaan.naam} heeft geen mandaat om budget te herverdelen; dat besluit de Kerngroep (binnen haar mandaat) of het PHO`);
      }
      const b = await vindBegroting(tx, regioId, v.begrotingId);
      if (!b) fout('begrotingId', 'onbekend', 'Geen begroting van deze regio');
      else {
        if (b.status === 'concept') fout('begrotingId', 'concept', `${b.naam} is nog concept; wijzig een concept rechtstreeks`);
        const van = b.regels.find((r) => r.code === v.vanRegelCode);
        const naar = b.regels.find((r) => r.code === v.naarRegelCode);
        if (!van) fout('vanRegelCode', 'onbekend', `Onbekende begrotingsregel "${v.vanRegelCode}"`);
        if (!naar) fout('naarRegelCode', 'onbekend', `Onbekende begrotingsregel "${v.naarRegelCode}"`);
        if (van && naar && van.id === naar.id) fout('naarRegelCode', 'zelfde-regel', 'Kies een andere regel dan die afstaat');
        if (van && van.bedragCenten < v.bedragCenten) fout('bedragCenten', 'onvoldoende-saldo', `${van.omschrijving} heeft ${formatEuro(van.bedragCenten)}`);
        kolommen.vanRegelId = van?.id ?? null;
        kolommen.naarRegelId = naar?.id ?? null;
      }
      kolommen.begrotingId = v.begrotingId;
      kolommen.bedragCenten = v.bedragCenten;
      break;
    }
    case 'aanvullend-plan': {
      // DOMAIN.md §8: the Kerngroep decides on initiatives; the PHO, above it, may too.
      if (orgaan.soort !== 'kerngroep' && !isPho(orgaan)) {
        fout('soort', 'geen-kerngroep', `Over een aanvullend plan besluit de Kerngroep (of het PHO); ${orgaan.naam} kan dat niet besluiten`);
      }
      const plan = await vindAanvullendPlan(tx, regioId, v.aanvullendPlanId);
      if (!plan) fout('aanvullendPlanId', 'onbekend', 'Geen aanvullend plan van deze regio');
      else if (plan.status === 'goedgekeurd' || plan.status === 'afgewezen') fout('aanvullendPlanId', 'al-besloten', `Over ${plan.titel} is al besloten (${plan.status})`);
      if (!v.goedkeuren && v.toegekendCenten !== undefined) fout('toegekendCenten', 'alleen-bij-goedkeuren', 'Een bedrag hoort alleen bij goedkeuren');
      kolommen.aanvullendPlanId = v.aanvullendPlanId;
      kolommen.goedkeuren = v.goedkeuren;
      kolommen.toegekendCenten = v.goedkeuren ? (v.toegekendCenten ?? null) : null;
      break;
    }
    case 'standpunt-transformatieplan': {
      if (!isPho(orgaan)) fout('soort', 'geen-pho', `Het standpunt van de gemeenten over een transformatieplan neemt het PHO in; ${orgaan.naam} kan dat niet besluiten`);
      if (!(await vindTransformatieplan(tx, regioId, v.transformatieplanId))) fout('transformatieplanId', 'onbekend', 'Geen transformatieplan van deze regio');
      kolommen.transformatieplanId = v.transformatieplanId;
      kolommen.transformatieplanStandpunt = v.standpunt;
      kolommen.transformatieplanToelichting = v.toelichting;
      break;
    }
    case 'overig':
      break;
  }
  if (fouten.length) throw ongeldig(fouten);
  return kolommen;
}

async function bestaandAgendapunt(tx: Db, regioId: string, vergaderingId: string, id: string) {
  const a = await repo.vindAgendapunt(tx, regioId, vergaderingId, id, { vergrendel: true });
  if (!a) throw nietGevonden('Dit agendapunt');
  return a;
}

export async function maakAgendapunt(db: Db, actor: Actor, regioId: string, vergaderingId: string, invoer: In<typeof agendapuntCreateSchema>) {
  await schrijf(db, async (tx) => {
    const v = await bestaandeVergadering(tx, regioId, vergaderingId);
    const orgaan = (await repo.vindOverlegorgaan(tx, regioId, v.overlegorgaanId))!;
    const voorstel = invoer.voorstel ? await controleerVoorstel(tx, regioId, orgaan, invoer.voorstel) : leegVoorstel;
    const volgorde = invoer.volgorde ?? (await repo.hoogsteVolgorde(tx, regioId, vergaderingId)) + 1;
    const a = await repo.maakAgendapunt(tx, regioId, { vergaderingId, titel: invoer.titel, toelichting: invoer.toelichting ?? '', volgorde, ...voorstel });
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'agendapunt', itemId: a.id, omschrijving: a.titel, na: invoer });
  });
  return haalVergadering(db, regioId, vergaderingId);
}

const nietMeerWijzigen = (a: AgendapuntRij) =>
  new DomainError(
    'conflict',
    a.status === 'besloten' ? `Over "${a.titel}" is al besloten; het agendapunt en zijn voorstel veranderen niet meer.` : `De stemming over "${a.titel}" is geopend; het voorstel verandert niet meer. Trek de stemming in om het te wijzigen.`,
  );

export async function wijzigAgendapunt(db: Db, actor: Actor, regioId: string, vergaderingId: string, id: string, invoer: In<typeof agendapuntUpdateSchema>) {
  await schrijf(db, async (tx) => {
    const v = await bestaandeVergadering(tx, regioId, vergaderingId);
    const voor = await bestaandAgendapunt(tx, regioId, vergaderingId, id);
    if (voor.status !== 'open') throw nietMeerWijzigen(voor);
    const orgaan = (await repo.vindOverlegorgaan(tx, regioId, v.overlegorgaanId))!;
    const voorstel = invoer.voorstel === undefined ? {} : invoer.voorstel === null ? leegVoorstel : await controleerVoorstel(tx, regioId, orgaan, invoer.voorstel);
    await repo.wijzigAgendapunt(tx, regioId, id, { titel: invoer.titel, toelichting: invoer.toelichting, volgorde: invoer.volgorde, ...voorstel });
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'agendapunt', itemId: id, omschrijving: voor.titel, voor: { titel: voor.titel, toelichting: voor.toelichting, volgorde: voor.volgorde, voorstelSoort: voor.voorstelSoort }, na: invoer });
  });
  return haalVergadering(db, regioId, vergaderingId);
}

export async function verwijderAgendapunt(db: Db, actor: Actor, regioId: string, vergaderingId: string, id: string) {
  await schrijf(db, async (tx) => {
    await bestaandeVergadering(tx, regioId, vergaderingId);
    const voor = await bestaandAgendapunt(tx, regioId, vergaderingId, id);
    if (voor.status !== 'open') throw nietMeerWijzigen(voor);
    await repo.verwijderAgendapunt(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'agendapunt', itemId: id, omschrijving: voor.titel, voor });
  });
  return haalVergadering(db, regioId, vergaderingId);
}

// --- standpunten --------------------------------------------------------------------------------

/** A college's position, recorded by its own officer or alderman, or by the coordinator (DOMAIN.md §6). */
export async function zetStandpunt(db: Db, actor: Actor, regioId: string, vergaderingId: string, agendapuntId: string, gemeentecode: string, invoer: In<typeof standpuntInvoerSchema>) {
  await schrijf(db, async (tx) => {
    const v = await bestaandeVergadering(tx, regioId, vergaderingId);
    const a = await bestaandAgendapunt(tx, regioId, vergaderingId, agendapuntId);
    const g = await repo.vindGemeenteInRegio(tx, regioId, gemeentecode);
    const orgaan = (await repo.vindOverlegorgaan(tx, regioId, v.overlegorgaanId))!;
    const zetel = g ? stemZetels(await repo.zetelsVan(tx, regioId, v.overlegorgaanId)).find((z) => z.gemeenteId === g.id) : undefined;
    if (!g || !zetel) throw ongeldig([{ name: 'gemeentecode', code: 'geen-zetel', reason: `${g?.naam ?? gemeentecode} heeft geen stemgerechtigde zetel in ${orgaan.naam}` }]);
    if (!heeftRecht(actor, regioId, 'standpunt.vastleggen', { gemeenteId: g.id })) {
      throw new DomainError('geen-toegang', `U legt alleen het standpunt van uw eigen gemeente vast, niet dat van ${g.naam}.`);
    }
    if (!a.voorstelSoort) throw new DomainError('conflict', `"${a.titel}" heeft geen voorstel; een collegestandpunt hoort bij een voorstel.`);
    if (a.status === 'besloten') throw nietMeerWijzigen(a);
    if (invoer.collegebesluitOp > v.datum) {
      throw ongeldig([{ name: 'collegebesluitOp', code: 'na-vergadering', reason: `Het college besluit vóór de vergadering van ${datumTekst(v.datum)}` }]);
    }
    const { voor, na } = await repo.zetStandpunt(tx, regioId, { agendapuntId, gemeenteId: g.id, standpunt: invoer.standpunt, collegebesluitOp: invoer.collegebesluitOp, referentie: invoer.referentie, toelichting: invoer.toelichting ?? '' });
    const weergave = (s: typeof na | undefined) => s && { standpunt: s.standpunt, collegebesluitOp: s.collegebesluitOp, referentie: s.referentie, toelichting: s.toelichting };
    await schrijfAudit(tx, { regioId, actor, actie: voor ? 'gewijzigd' : 'aangemaakt', soort: 'standpunt', itemId: na.id, omschrijving: `${g.naam} over "${a.titel}"`, voor: weergave(voor), na: weergave(na) });
  });
  return haalVergadering(db, regioId, vergaderingId);
}

// --- stemming -----------------------------------------------------------------------------------

async function context(tx: Db, regioId: string, vergaderingId: string, agendapuntId: string) {
  const v = await bestaandeVergadering(tx, regioId, vergaderingId);
  const a = await bestaandAgendapunt(tx, regioId, vergaderingId, agendapuntId);
  const orgaan = (await repo.vindOverlegorgaan(tx, regioId, v.overlegorgaanId))!;
  const zetels = await repo.zetelsVan(tx, regioId, v.overlegorgaanId);
  return { v, a, orgaan, zetels, kiezers: stemZetels(zetels) };
}

async function besluitNummerVan(tx: Db, regioId: string, agendapuntId: string) {
  const [b] = await repo.besluiten(tx, regioId, { agendapuntIds: [agendapuntId] });
  return b?.b.nummer;
}

/**
 * Opens the vote on an item: the body's rules are copied onto the item (later changes to the body
 * do not apply to it) and every voting municipality seat gets its row, with its presence now.
 */
export async function openStemming(db: Db, actor: Actor, regioId: string, vergaderingId: string, agendapuntId: string) {
  await schrijf(db, async (tx) => {
    const { a, orgaan, kiezers } = await context(tx, regioId, vergaderingId, agendapuntId);
    if (!a.voorstelSoort) throw new DomainError('conflict', `"${a.titel}" heeft geen voorstel; er valt niets over te stemmen.`);
    if (a.status === 'in-stemming') throw new DomainError('conflict', `De stemming over "${a.titel}" is al geopend.`);
    if (a.status === 'besloten') throw new DomainError('conflict', `Over "${a.titel}" is al besloten (${await besluitNummerVan(tx, regioId, a.id)}).`);
    if (kiezers.length === 0) {
      throw new DomainError('conflict', `${orgaan.naam} heeft geen stemgerechtigde zetels en besluit zonder hoofdelijke stemming: leg het besluit direct vast.`);
    }
    const aanwezig = await repo.aanwezigheidVan(tx, regioId, vergaderingId);
    if (aanwezig.length === 0) throw new DomainError('conflict', 'Leg eerst de aanwezigheid vast: wie aanwezig is bij het openen van de stemming, mag stemmen.');
    const regels = { consensusEerst: orgaan.consensusEerst, quorumBasispunten: orgaan.quorumBasispunten, meerderheidBasispunten: orgaan.meerderheidBasispunten };
    await repo.wijzigAgendapunt(tx, regioId, a.id, { status: 'in-stemming', ...regels, stemmingGeopendOp: new Date() });
    await repo.maakStemmen(
      tx,
      regioId,
      a.id,
      kiezers.map((z) => ({ gemeenteId: z.gemeenteId!, aanwezig: aanwezig.some((x) => x.lidId === z.lidId && x.aanwezig) })),
    );
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'agendapunt', itemId: a.id, omschrijving: `stemming geopend over "${a.titel}"`, voor: { status: 'open' }, na: { status: 'in-stemming', ...regels } });
  });
  return haalVergadering(db, regioId, vergaderingId);
}

/**
 * Withdraws an open vote that cannot go on: before anybody voted (a mistake), or without quorum. The
 * votes are removed and the item is open again. Once a vote is cast with quorum present, the vote
 * stands: withdrawing it would let it be held again under the body's current rules, and let a seat
 * vote twice (decision 0005, point 2).
 */
export async function trekStemmingIn(db: Db, actor: Actor, regioId: string, vergaderingId: string, agendapuntId: string) {
  await schrijf(db, async (tx) => {
    const { a } = await context(tx, regioId, vergaderingId, agendapuntId);
    if (a.status !== 'in-stemming') {
      throw new DomainError('conflict', a.status === 'besloten' ? `Over "${a.titel}" is al besloten; een besluit wordt niet ingetrokken.` : `Over "${a.titel}" is geen stemming geopend.`);
    }
    const stemmen = await repo.stemmenVan(tx, regioId, [a.id]);
    const uitgebracht = stemmen.filter((s) => s.s.keuze !== null).length;
    if (uitgebracht > 0 && bepaalUitslag(vastgelegdeRegels(a)!, stemmen.map(toonZetelStem)).soort !== 'geen-quorum') {
      throw new DomainError(
        'conflict',
        `Over "${a.titel}" ${uitgebracht === 1 ? 'is al 1 stem' : `zijn al ${uitgebracht} stemmen`} uitgebracht en het quorum is gehaald; de stemming wordt niet meer ingetrokken. ` +
          'De besluitregels en de stemmen liggen vast: laat de overige aanwezigen stemmen en leg het besluit vast.',
      );
    }
    await repo.verwijderStemmen(tx, regioId, a.id);
    await repo.wijzigAgendapunt(tx, regioId, a.id, { status: 'open', consensusEerst: null, quorumBasispunten: null, meerderheidBasispunten: null, stemmingGeopendOp: null });
    await schrijfAudit(tx, {
      regioId,
      actor,
      actie: 'gewijzigd',
      soort: 'agendapunt',
      itemId: a.id,
      omschrijving: `stemming ingetrokken over "${a.titel}"`,
      voor: { status: 'in-stemming', stemmen: stemmen.map((s) => ({ gemeente: s.gemeenteNaam, aanwezig: s.s.aanwezig, keuze: s.s.keuze })) },
      na: { status: 'open' },
    });
  });
  return haalVergadering(db, regioId, vergaderingId);
}

/** Votes of present municipality seats; all or nothing, every refused vote named. */
export async function brengStemmenUit(db: Db, actor: Actor, regioId: string, vergaderingId: string, agendapuntId: string, invoer: In<typeof stemmenInvoerSchema>) {
  await schrijf(db, async (tx) => {
    const { a, orgaan } = await context(tx, regioId, vergaderingId, agendapuntId);
    if (a.status === 'open') throw new DomainError('conflict', `De stemming over "${a.titel}" is nog niet geopend.`);
    if (a.status === 'besloten') {
      throw new DomainError('conflict', `De stemming over "${a.titel}" is gesloten (${await besluitNummerVan(tx, regioId, a.id)}); er kan niet meer worden gestemd.`);
    }
    const zetels = await repo.stemmenVan(tx, regioId, [a.id]);
    const fouten: InvalidParam[] = [];
    const alGestemd: InvalidParam[] = [];
    const codes = invoer.stemmen.map((s) => s.gemeentecode);
    invoer.stemmen.forEach((s, i) => {
      const naam = `stemmen.${i}.gemeentecode`;
      const zetel = zetels.find((z) => z.gemeentecode === s.gemeentecode);
      if (codes.indexOf(s.gemeentecode) !== i) fouten.push({ name: naam, code: 'dubbel', reason: `${zetel?.gemeenteNaam ?? s.gemeentecode} staat er twee keer in: één stem per gemeente` });
      else if (!zetel) fouten.push({ name: naam, code: 'geen-zetel', reason: `${s.gemeentecode} heeft geen stemgerechtigde zetel in ${orgaan.naam}` });
      else if (!zetel.s.aanwezig) fouten.push({ name: naam, code: 'afwezig', reason: `${zetel.gemeenteNaam} was niet aanwezig bij het openen van de stemming en stemt niet mee` });
      else if (zetel.s.keuze) alGestemd.push({ name: naam, code: 'al-gestemd', reason: `${zetel.gemeenteNaam} heeft al gestemd (${zetel.s.keuze}); een stem verandert niet meer` });
    });
    if (fouten.length) throw ongeldig([...fouten, ...alGestemd].sort((x, y) => x.name.localeCompare(y.name, 'nl', { numeric: true })));
    if (alGestemd.length) throw new DomainError('conflict', alGestemd.map((p) => p.reason).join('; '), alGestemd);
    for (const s of invoer.stemmen) {
      const zetel = zetels.find((z) => z.gemeentecode === s.gemeentecode)!;
      if (!(await repo.zetKeuze(tx, regioId, a.id, zetel.s.gemeenteId, s.keuze))) {
        throw new DomainError('conflict', `${zetel.gemeenteNaam} heeft intussen al gestemd; probeer het opnieuw.`);
      }
    }
    await schrijfAudit(tx, {
      regioId,
      actor,
      actie: 'aangemaakt',
      soort: 'stem',
      itemId: a.id,
      omschrijving: `${invoer.stemmen.length} ${invoer.stemmen.length === 1 ? 'stem' : 'stemmen'} over "${a.titel}"`,
      na: { stemmen: invoer.stemmen.map((s) => ({ gemeente: zetels.find((z) => z.gemeentecode === s.gemeentecode)!.gemeenteNaam, keuze: s.keuze })) },
    });
  });
  return haalVergadering(db, regioId, vergaderingId);
}

/** Applies what an adopted proposal changes, in the decision's transaction: a refusal undoes all. */
async function pasToe(tx: Db, actor: Actor, regioId: string, a: AgendapuntRij, verwijzing: BesluitVerwijzing) {
  switch (a.voorstelSoort as VoorstelSoort) {
    case 'begroting-vaststellen': {
      const [versie] = await repo.versiesVan(tx, regioId, { ids: [a.begrotingsversieId!] });
      await stelVastIn(tx, actor, regioId, a.begrotingId!, versie!.versie, {
        vastgesteldOp: verwijzing.datum,
        overlegorgaanId: verwijzing.overlegorgaanId,
        besluitReferentie: verwijzing.referentie,
        besluitId: verwijzing.besluitId,
      });
      return;
    }
    case 'herverdelen': {
      const regels = await repo.regelsVan(tx, regioId, [a.vanRegelId!, a.naarRegelId!]);
      await herverdeelIn(tx, actor, regioId, {
        begrotingId: a.begrotingId!,
        vanRegelCode: regels.find((r) => r.id === a.vanRegelId)!.code,
        naarRegelCode: regels.find((r) => r.id === a.naarRegelId)!.code,
        bedragCenten: a.bedragCenten!,
        overlegorgaanId: verwijzing.overlegorgaanId,
        besluitdatum: verwijzing.datum,
        besluitReferentie: verwijzing.referentie,
        toelichting: a.beslispunt || a.titel,
        besluitId: verwijzing.besluitId,
      });
      return;
    }
    case 'uitvoeringsplan-vaststellen':
      await stelUitvoeringsplanVastBijBesluit(tx, actor, regioId, a.uitvoeringsplanId!, verwijzing);
      return;
    case 'aanvullend-plan':
      await besluitOverAanvullendPlanBijBesluit(tx, actor, regioId, a.aanvullendPlanId!, {
        ...verwijzing,
        goedgekeurd: a.goedkeuren!,
        ...(a.toegekendCenten !== null && { toegekendCenten: a.toegekendCenten }),
      });
      return;
    case 'standpunt-transformatieplan':
      await zetStandpuntBijBesluit(tx, actor, regioId, a.transformatieplanId!, {
        ...verwijzing,
        standpunt: a.transformatieplanStandpunt as 'steunt' | 'steunt-niet' | 'neutraal',
        toelichting: a.transformatieplanToelichting,
      });
      return;
    default:
      return;
  }
}

/**
 * Records the decision on an item. A body with voting seats: the open vote is closed and its outcome
 * computed with the locked rules. A body without (the Kerngroep): the secretary records the outcome.
 * An adopted proposal is applied in the same transaction; if that is refused, nothing is written.
 */
export async function neemBesluit(db: Db, actor: Actor, regioId: string, vergaderingId: string, agendapuntId: string, invoer: In<typeof besluitInvoerSchema>) {
  const id = await schrijf(db, async (tx) => {
    const { v, a, orgaan, kiezers } = await context(tx, regioId, vergaderingId, agendapuntId);
    if (!a.voorstelSoort) throw new DomainError('conflict', `"${a.titel}" heeft geen voorstel; er valt niets te besluiten.`);
    if (a.status === 'besloten') throw new DomainError('conflict', `Over "${a.titel}" is al besloten (${await besluitNummerVan(tx, regioId, a.id)}).`);
    let uitkomst: 'aangenomen' | 'verworpen';
    let wijze: 'consensus' | 'meerderheid' | 'zonder-stemming';
    let telling = { aantalVoor: 0, aantalTegen: 0, aantalOnthouding: 0, aantalAfwezig: 0 };
    let uitleg: string;
    // An opened vote is decided by its stored votes and locked rules, whatever the body's seats are
    // now; only an item still open, of a body without voting seats, is decided without a vote.
    if (a.status === 'in-stemming') {
      if (invoer.uitkomst !== undefined) {
        throw ongeldig([{ name: 'uitkomst', code: 'volgt-uit-stemming', reason: `Over "${a.titel}" is de stemming geopend; de uitkomst volgt uit de stemmen` }]);
      }
      const zetels = (await repo.stemmenVan(tx, regioId, [a.id])).map(toonZetelStem);
      const u = bepaalUitslag(vastgelegdeRegels(a)!, zetels);
      if (u.soort !== 'besloten') {
        throw new DomainError('conflict', u.soort === 'geen-quorum' ? `${u.uitleg} Trek de stemming in en agendeer het voorstel opnieuw.` : `${u.uitleg} Iedere aanwezige stemt: voor, tegen of onthouding.`);
      }
      uitkomst = u.uitkomst!;
      wijze = u.wijze!;
      telling = { aantalVoor: u.voor.length, aantalTegen: u.tegen.length, aantalOnthouding: u.onthouding.length, aantalAfwezig: u.afwezig.length };
      uitleg = u.overstemd.length ? `${u.uitleg} Overstemd: ${opsomming(u.overstemd.map((g) => g.naam))}.` : u.uitleg;
    } else if (kiezers.length > 0) {
      if (invoer.uitkomst !== undefined) {
        throw ongeldig([{ name: 'uitkomst', code: 'volgt-uit-stemming', reason: `${orgaan.naam} besluit bij stemming; de uitkomst volgt uit de stemmen` }]);
      }
      throw new DomainError('conflict', `Open eerst de stemming over "${a.titel}": ${orgaan.naam} besluit bij stemming.`);
    } else {
      if (invoer.uitkomst === undefined) {
        throw ongeldig([{ name: 'uitkomst', code: 'verplicht', reason: `Kies aangenomen of verworpen: ${orgaan.naam} heeft geen stemgerechtigde zetels en besluit zonder hoofdelijke stemming` }]);
      }
      uitkomst = invoer.uitkomst;
      wijze = 'zonder-stemming';
      uitleg = `${uitkomst === 'aangenomen' ? 'Aangenomen' : 'Verworpen'} zonder hoofdelijke stemming; vastgelegd door het secretariaat.`;
    }
    // The body's row is locked so that two decisions at once never get the same number.
    await repo.vindOverlegorgaan(tx, regioId, orgaan.id, { vergrendel: true });
    const jaar = Number(v.datum.slice(0, 4));
    const volgnummer = await repo.volgendVolgnummer(tx, regioId, orgaan.id, jaar);
    const afkorting = orgaanAfkorting(orgaan.naam);
    const referentie = besluitReferentie(afkorting, v.datum, jaar, volgnummer);
    const b = await repo.maakBesluit(tx, regioId, {
      overlegorgaanId: orgaan.id,
      vergaderingId: v.id,
      agendapuntId: a.id,
      jaar,
      volgnummer,
      nummer: besluitnummer(afkorting, jaar, volgnummer),
      datum: v.datum,
      uitkomst,
      wijze,
      ...telling,
      referentie,
      toelichting: invoer.toelichting ? `${uitleg} ${invoer.toelichting}` : uitleg,
    });
    await repo.wijzigAgendapunt(tx, regioId, a.id, { status: 'besloten' });
    if (v.status === 'gepland') {
      await repo.wijzigVergadering(tx, regioId, v.id, { status: 'gehouden' });
      await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'vergadering', itemId: v.id, omschrijving: 'gehouden: er is besloten', voor: { status: 'gepland' }, na: { status: 'gehouden' } });
    }
    if (uitkomst === 'aangenomen') await pasToe(tx, actor, regioId, a, { besluitId: b.id, datum: v.datum, overlegorgaanId: orgaan.id, referentie });
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'besluit', itemId: b.id, omschrijving: `${b.nummer}: ${a.titel} ${uitkomst}`, na: { nummer: b.nummer, uitkomst, wijze, ...telling, agendapunt: a.titel } });
    return b.id;
  });
  return haalBesluit(db, regioId, id);
}
