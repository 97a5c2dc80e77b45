import type {
  Indicator,
  IndicatorDetail,
  IndicatorGeografie,
  IndicatorInvoer,
  IndicatorNiveau,
  IndicatorPatch,
  Meetperiode,
  Meting,
  MetingInvoer,
  MetingPatch,
  MetingStatus,
  Streefwaarde,
  StreefwaardeInvoer,
} from '../../../common/contracts/indicatoren';
import { deelperiodes, isBegonnen, leesPeriode, periodeLabel, type Periodesoort } from '../../../common/periode';
import { vandaagInNederland } from '../../../common/voortgang';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { conflict, DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import { type Actor, heeftRecht } from '../toegang/rechten.rules';
import * as repo from './indicatoren.repository';
import { buitenAkkoordenFout, meetperiodeFout, streefperiodeFout, vergrendelFout } from './indicatoren.rules';
import { evaluatiesVan, indicatorKern, laatsteStanden } from './indicatoren.stand';

/** A JSON number as exact decimal text for a numeric column (the contract keeps it below 1e14). */
const alsDecimaal = (n: number) => String(n);
const alsGetal = (d: string | null) => (d === null ? null : Number(d));

// --- indicatoren --------------------------------------------------------------------------------

function alsIndicator(r: repo.IndicatorRij, laatsteStand: Indicator['laatsteStand']): Indicator {
  const i = r.indicator;
  return {
    ...indicatorKern(i),
    omschrijving: i.omschrijving,
    meetfrequentie: i.meetfrequentie as Periodesoort,
    geografie: i.geografie as IndicatorGeografie,
    bron: i.bron,
    nulmetingWaarde: alsGetal(i.nulmetingWaarde),
    nulmetingPeriode: i.nulmetingPeriode,
    laatsteStand,
    aantalMetingen: r.aantalMetingen,
    aantalConcepten: r.aantalConcepten,
    gewijzigdOp: i.gewijzigdOp.toISOString(),
  };
}

export async function lijst(db: Db, regioId: string, query: { niveau?: IndicatorNiveau }, vandaag = vandaagInNederland()) {
  const rijen = await repo.indicatoren(db, regioId, query);
  const standen = await laatsteStanden(db, regioId, rijen.map((r) => r.indicator), vandaag);
  return rijen.map((r) => alsIndicator(r, standen.get(r.indicator.id) ?? null));
}

async function vindIndicator(db: Db, regioId: string, id: string) {
  const [r] = await repo.indicatoren(db, regioId, { id });
  if (!r) throw nietGevonden('Deze indicator');
  return r;
}

function alsStreefwaarde(s: repo.StreefwaardeRij): Streefwaarde {
  return {
    id: s.id,
    periode: s.periode,
    periodeLabel: periodeLabel(s.periode),
    gemeente: s.gemeenteId ? { id: s.gemeenteId, code: s.gemeentecode!, naam: s.gemeenteNaam! } : null,
    waarde: Number(s.waarde),
  };
}

/** The measured periods with their counts, and every locked one, in order. */
async function periodes(db: Db, regioId: string, indicatorId: string): Promise<Meetperiode[]> {
  // One after the other: inside a transaction there is one connection to share.
  const tellingen = await repo.periodeTellingen(db, regioId, indicatorId);
  const sloten = await repo.meetperiodes(db, regioId, indicatorId);
  const codes = [...new Set([...tellingen.map((t) => t.periode), ...sloten.filter((s) => s.vergrendeld).map((s) => s.periode)])];
  return codes
    .sort((a, b) => leesPeriode(a)!.begin.localeCompare(leesPeriode(b)!.begin) || a.localeCompare(b))
    .map((periode) => {
      const t = tellingen.find((x) => x.periode === periode);
      const s = sloten.find((x) => x.periode === periode && x.vergrendeld);
      return {
        periode,
        periodeLabel: periodeLabel(periode),
        concepten: t?.concepten ?? 0,
        goedgekeurd: t?.goedgekeurd ?? 0,
        vergrendeld: !!s,
        vergrendeldOp: s?.vergrendeldOp?.toISOString() ?? null,
        vergrendeldDoor: s?.vergrendeldDoor ?? null,
      };
    });
}

export async function haal(db: Db, regioId: string, id: string, vandaag = vandaagInNederland()): Promise<IndicatorDetail> {
  const r = await vindIndicator(db, regioId, id);
  const standen = await laatsteStanden(db, regioId, [r.indicator], vandaag);
  const streefwaarden = await repo.streefwaarden(db, regioId, id);
  const evaluaties = await evaluatiesVan(db, regioId, r.indicator);
  const meetperiodes = await periodes(db, regioId, id);
  return { ...alsIndicator(r, standen.get(id) ?? null), streefwaarden: streefwaarden.map(alsStreefwaarde), evaluaties, periodes: meetperiodes };
}

/** What the audit keeps of an indicator: its own fields, not the derived counts. */
const indicatorVoorAudit = ({ id: _i, laatsteStand: _l, aantalMetingen: _m, aantalConcepten: _c, gewijzigdOp: _g, ...rest }: Indicator) => rest;

/**
 * Fields whose stored values would mean something else once measured: another direction would also
 * flip the outcome of periods already approved and locked. `eenheid` stays editable: it is wording
 * ("deelnemers" or "gestarte deelnemers"), the numbers keep their meaning.
 */
const vasteVelden = ['meetfrequentie', 'geografie', 'cumulatief', 'richting'] as const;

async function controleerIndicator(tx: Db, regioId: string, invoer: IndicatorPatch, bestaand?: repo.IndicatorRij) {
  const fouten: InvalidParam[] = [];
  const frequentie = (invoer.meetfrequentie ?? bestaand?.indicator.meetfrequentie) as Periodesoort;
  const nulmeting = invoer.nulmetingPeriode !== undefined ? invoer.nulmetingPeriode : bestaand?.indicator.nulmetingPeriode;
  const nulwaarde = invoer.nulmetingWaarde !== undefined ? invoer.nulmetingWaarde : bestaand?.indicator.nulmetingWaarde;
  if (nulmeting) {
    const fout = streefperiodeFout(nulmeting, frequentie);
    if (fout) fouten.push({ name: 'nulmetingPeriode', code: 'periode-past-niet', reason: fout.replace('Een streefwaarde', 'Een nulmeting') });
  }
  // A baseline is a value of a period: one without the other says nothing (checked after merging a PATCH).
  if (nulmeting && nulwaarde == null) {
    fouten.push({ name: 'nulmetingWaarde', code: 'verplicht', reason: `Vul de waarde van de nulmeting in (${periodeLabel(nulmeting)}), of laat ook de periode leeg` });
  }
  if (!nulmeting && nulwaarde != null) {
    fouten.push({ name: 'nulmetingPeriode', code: 'verplicht', reason: 'Vul de periode van de nulmeting in (bijvoorbeeld 2023), of laat ook de waarde leeg' });
  }
  if (fouten.length) throw ongeldig(fouten);
  if (invoer.code !== undefined && (await repo.codeBestaat(tx, regioId, invoer.code, bestaand?.indicator.id))) {
    throw conflict('code', 'dubbel', `De regio heeft al een indicator met de code "${invoer.code}"; kies een andere code`);
  }
  if (!bestaand) return;
  const i = bestaand.indicator;
  for (const veld of vasteVelden) {
    if (invoer[veld] === undefined || invoer[veld] === i[veld]) continue;
    if (bestaand.aantalMetingen > 0) {
      throw conflict(
        veld,
        'heeft-metingen',
        `De indicator heeft ${bestaand.aantalMetingen} ${bestaand.aantalMetingen === 1 ? 'meting' : 'metingen'}: die zouden met een andere ${veld} iets anders betekenen. Maak een nieuwe indicator, of verwijder eerst de metingen`,
      );
    }
  }
  const doelen = await repo.streefwaarden(tx, regioId, i.id);
  if (invoer.meetfrequentie !== undefined && invoer.meetfrequentie !== i.meetfrequentie) {
    const onpassend = doelen.filter((s) => streefperiodeFout(s.periode, invoer.meetfrequentie!));
    if (onpassend.length) {
      throw conflict('meetfrequentie', 'streefwaarden-passen-niet', `${onpassend.length} streefwaarde(n), zoals ${periodeLabel(onpassend[0]!.periode)}, passen niet bij een meting per ${invoer.meetfrequentie}; verwijder die eerst`);
    }
  }
  if (invoer.geografie !== undefined && invoer.geografie !== i.geografie && doelen.length) {
    throw conflict('geografie', 'heeft-streefwaarden', `De indicator heeft ${doelen.length} streefwaarde(n) voor de ${i.geografie === 'regio' ? 'regio' : 'gemeenten'}; verwijder die eerst`);
  }
}

function indicatorWaarden(invoer: IndicatorPatch): Partial<repo.IndicatorWaarden> {
  const { nulmetingWaarde, ...rest } = invoer;
  const waarden: Partial<repo.IndicatorWaarden> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (nulmetingWaarde !== undefined) waarden.nulmetingWaarde = nulmetingWaarde === null ? null : alsDecimaal(nulmetingWaarde);
  return waarden;
}

const uniekeCode = (code: string | undefined) => (error: unknown): never => {
  if (isUniekeSchending(error)) throw conflict('code', 'dubbel', `De regio heeft al een indicator met de code "${code}"; kies een andere code`);
  throw error;
};

export async function maak(db: Db, actor: Actor, regioId: string, invoer: IndicatorInvoer) {
  const id = await db
    .transaction(async (tx) => {
      await controleerIndicator(tx, regioId, invoer);
      const id = await repo.voegIndicatorToe(tx, regioId, indicatorWaarden(invoer) as repo.IndicatorWaarden);
      const na = await haal(tx, regioId, id);
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'indicator', itemId: id, omschrijving: `${na.code} ${na.naam}`, na: indicatorVoorAudit(na) });
      return id;
    })
    .catch(uniekeCode(invoer.code));
  return haal(db, regioId, id);
}

export async function wijzig(db: Db, actor: Actor, regioId: string, id: string, invoer: IndicatorPatch) {
  await db
    .transaction(async (tx) => {
      if (!(await repo.vergrendelIndicator(tx, regioId, id))) throw nietGevonden('Deze indicator');
      const bestaand = await vindIndicator(tx, regioId, id);
      const voor = await haal(tx, regioId, id);
      await controleerIndicator(tx, regioId, invoer, bestaand);
      const waarden = indicatorWaarden(invoer);
      if (Object.keys(waarden).length) await repo.wijzigIndicator(tx, regioId, id, waarden);
      const na = await haal(tx, regioId, id);
      await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'indicator', itemId: id, omschrijving: `${na.code} ${na.naam}`, voor: indicatorVoorAudit(voor), na: indicatorVoorAudit(na) });
    })
    .catch(uniekeCode(invoer.code));
  return haal(db, regioId, id);
}

/** Deleting takes its targets, drafts and periods with it; approved values are history and stop it. */
export async function verwijder(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    if (!(await repo.vergrendelIndicator(tx, regioId, id))) throw nietGevonden('Deze indicator');
    const voor = await haal(tx, regioId, id);
    const goedgekeurd = await repo.aantalGoedgekeurd(tx, regioId, id);
    if (goedgekeurd > 0) {
      throw new DomainError(
        'conflict',
        `${voor.code} heeft ${goedgekeurd} goedgekeurde ${goedgekeurd === 1 ? 'meting' : 'metingen'}; die horen bij de verantwoording en worden niet met de indicator weggegooid. Verwijder eerst de metingen.`,
      );
    }
    await repo.verwijderIndicator(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'indicator', itemId: id, omschrijving: `${voor.code} ${voor.naam}`, voor: indicatorVoorAudit(voor) });
  });
}

// --- geography, shared by targets and measurements ----------------------------------------------

/** The municipality of a value, checked against the indicator's geography; a problem names gemeenteId. */
async function controleerGeografie(tx: Db, regioId: string, geografie: string, gemeenteId: string | null | undefined, fouten: InvalidParam[]) {
  if (geografie === 'regio') {
    if (gemeenteId) fouten.push({ name: 'gemeenteId', code: 'niet-bij-regio-indicator', reason: 'Deze indicator geldt voor de hele regio; laat de gemeente leeg' });
    return null;
  }
  if (!gemeenteId) {
    fouten.push({ name: 'gemeenteId', code: 'verplicht', reason: 'Deze indicator wordt per gemeente bijgehouden; kies een gemeente van de regio' });
    return null;
  }
  const g = await repo.gemeenteVanRegio(tx, regioId, gemeenteId);
  if (!g) fouten.push({ name: 'gemeenteId', code: 'niet-in-regio', reason: 'Deze gemeente hoort niet bij de regio; kies een gemeente van de regio' });
  return g ?? null;
}

async function indicatorVoorSchrijven(tx: Db, regioId: string, id: string) {
  const i = await repo.vergrendelIndicator(tx, regioId, id);
  if (!i) throw nietGevonden('Deze indicator');
  return i;
}

// --- streefwaarden ------------------------------------------------------------------------------

const streefOmschrijving = (code: string, s: Streefwaarde) => `${code} ${s.periodeLabel}${s.gemeente ? ` ${s.gemeente.naam}` : ''}: ${s.waarde}`;
const streefVoorAudit = ({ id: _i, ...s }: Streefwaarde) => ({ ...s, gemeente: s.gemeente?.naam ?? null });

async function haalStreefwaarde(db: Db, regioId: string, indicatorId: string, id: string) {
  const [s] = await repo.streefwaarden(db, regioId, indicatorId, id);
  if (!s) throw nietGevonden('Deze streefwaarde');
  return alsStreefwaarde(s);
}

/**
 * A target over a locked measurement period is final too: changing it would change the outcome that
 * was reported. Any locked sub-period of the target's period refuses, naming them.
 */
async function weigerAlsDeelperiodeVergrendeld(tx: Db, regioId: string, i: { id: string; meetfrequentie: string }, periode: string) {
  const binnen = new Set(deelperiodes(leesPeriode(periode)!, i.meetfrequentie as Periodesoort));
  const dicht = (await repo.meetperiodes(tx, regioId, i.id))
    .filter((m) => m.vergrendeld && binnen.has(m.periode))
    .map((m) => m.periode)
    .sort((a, b) => leesPeriode(a)!.begin.localeCompare(leesPeriode(b)!.begin));
  if (!dicht.length) return;
  const namen = dicht.length === 1 ? dicht[0]! : `${dicht.slice(0, -1).join(', ')} en ${dicht.at(-1)}`;
  throw conflict(
    'periode',
    'vergrendeld',
    `De streefwaarde voor ${periodeLabel(periode)} ligt vast: ${namen} ${dicht.length === 1 ? 'is' : 'zijn'} vergrendeld; ontgrendel ${dicht.length === 1 ? 'die' : 'ze'} eerst met een reden`,
  );
}

/** One target per period and geography: a second for the same is a change of the first. */
export async function zetStreefwaarde(db: Db, actor: Actor, regioId: string, indicatorId: string, invoer: StreefwaardeInvoer) {
  return db.transaction(async (tx) => {
    const i = await indicatorVoorSchrijven(tx, regioId, indicatorId);
    const fouten: InvalidParam[] = [];
    const periodeFout = streefperiodeFout(invoer.periode, i.meetfrequentie as Periodesoort) ?? buitenAkkoordenFout(invoer.periode, await repo.looptijdAkkoorden(tx));
    if (periodeFout) fouten.push({ name: 'periode', code: 'periode-niet-gedefinieerd', reason: periodeFout });
    const gemeente = await controleerGeografie(tx, regioId, i.geografie, invoer.gemeenteId, fouten);
    if (fouten.length) throw ongeldig(fouten);
    await weigerAlsDeelperiodeVergrendeld(tx, regioId, i, invoer.periode);
    const p = leesPeriode(invoer.periode)!;
    const bestaandId = await repo.vindStreefwaarde(tx, regioId, indicatorId, invoer.periode, gemeente?.id ?? null);
    if (bestaandId) {
      const voor = await haalStreefwaarde(tx, regioId, indicatorId, bestaandId);
      await repo.wijzigStreefwaarde(tx, regioId, bestaandId, alsDecimaal(invoer.waarde));
      const na = await haalStreefwaarde(tx, regioId, indicatorId, bestaandId);
      await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'streefwaarde', itemId: bestaandId, omschrijving: streefOmschrijving(i.code, na), voor: streefVoorAudit(voor), na: streefVoorAudit(na) });
      return { streefwaarde: na, nieuw: false };
    }
    const id = await repo.voegStreefwaardeToe(tx, regioId, {
      indicatorId,
      periode: invoer.periode,
      periodeBegin: p.begin,
      periodeEind: p.eind,
      gemeenteId: gemeente?.id ?? null,
      waarde: alsDecimaal(invoer.waarde),
    });
    const na = await haalStreefwaarde(tx, regioId, indicatorId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'streefwaarde', itemId: id, omschrijving: streefOmschrijving(i.code, na), na: streefVoorAudit(na) });
    return { streefwaarde: na, nieuw: true };
  });
}

export async function verwijderStreefwaarde(db: Db, actor: Actor, regioId: string, indicatorId: string, id: string) {
  await db.transaction(async (tx) => {
    const i = await indicatorVoorSchrijven(tx, regioId, indicatorId);
    const voor = await haalStreefwaarde(tx, regioId, indicatorId, id);
    await weigerAlsDeelperiodeVergrendeld(tx, regioId, i, voor.periode);
    await repo.verwijderStreefwaarde(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'streefwaarde', itemId: id, omschrijving: streefOmschrijving(i.code, voor), voor: streefVoorAudit(voor) });
  });
}

// --- metingen -----------------------------------------------------------------------------------

function alsMeting(r: repo.MetingRij): Meting {
  const m = r.meting;
  return {
    id: m.id,
    indicator: { id: m.indicatorId, code: r.indicatorCode, naam: r.indicatorNaam, eenheid: r.indicatorEenheid },
    periode: m.periode,
    periodeLabel: periodeLabel(m.periode),
    gemeente: m.gemeenteId ? { id: m.gemeenteId, code: r.gemeentecode!, naam: r.gemeenteNaam! } : null,
    waarde: Number(m.waarde),
    bron: m.bron,
    peildatum: m.peildatum,
    toelichting: m.toelichting,
    status: m.status as MetingStatus,
    vergrendeld: r.vergrendeld,
    ingevoerdDoor: m.ingevoerdDoor,
    goedgekeurdDoor: m.goedgekeurdDoor,
    goedgekeurdOp: m.goedgekeurdOp?.toISOString() ?? null,
    gewijzigdOp: m.gewijzigdOp.toISOString(),
  };
}

export async function metingen(db: Db, regioId: string, filter: repo.MetingFilter) {
  return (await repo.metingen(db, regioId, filter)).map(alsMeting);
}

export async function haalMeting(db: Db, regioId: string, id: string) {
  const [r] = await repo.metingen(db, regioId, { id });
  if (!r) throw nietGevonden('Deze meting');
  return alsMeting(r);
}

const metingOmschrijving = (m: Meting) => `${m.indicator.code} ${m.periodeLabel}${m.gemeente ? ` ${m.gemeente.naam}` : ''}: ${m.waarde} ${m.indicator.eenheid}`;
const metingVoorAudit = ({ id: _i, gewijzigdOp: _g, vergrendeld: _v, ...m }: Meting) => ({ ...m, indicator: m.indicator.code, gemeente: m.gemeente?.naam ?? null });

/** A municipal officer enters the values of its own municipality; the region's own, only the coordinator. */
function controleerInvoerRecht(actor: Actor, regioId: string, gemeente: { id: string; naam: string } | null) {
  if (heeftRecht(actor, regioId, 'metingen.invoeren', { gemeenteId: gemeente?.id ?? null })) return;
  throw new DomainError(
    'geen-toegang',
    gemeente
      ? `U kunt geen metingen voor ${gemeente.naam} invoeren of wijzigen: dat kan de regiocoördinator en de beleidsadviseur van ${gemeente.naam}.`
      : 'U kunt geen metingen voor de hele regio invoeren of wijzigen: dat kan de regiocoördinator.',
  );
}

async function weigerAlsVergrendeld(tx: Db, regioId: string, indicatorId: string, periode: string) {
  if (await repo.isVergrendeld(tx, regioId, indicatorId, periode)) {
    throw conflict('periode', 'vergrendeld', `${periodeLabel(periode)} is vergrendeld: de metingen van deze periode liggen vast. Laat de regiocoördinator de periode eerst ontgrendelen (met een reden)`);
  }
}

export async function maakMeting(db: Db, actor: Actor, regioId: string, invoer: MetingInvoer, vandaag = vandaagInNederland()) {
  const id = await db.transaction(async (tx) => {
    const i = await repo.vergrendelIndicator(tx, regioId, invoer.indicatorId);
    if (!i) throw ongeldig([{ name: 'indicatorId', code: 'niet-in-regio', reason: 'Deze indicator bestaat niet in de regio; kies een indicator van de regio' }]);
    const fouten: InvalidParam[] = [];
    const periodeFout = meetperiodeFout(invoer.periode, i.meetfrequentie as Periodesoort);
    if (periodeFout) fouten.push({ name: 'periode', code: 'periode-past-niet', reason: periodeFout });
    else if (!isBegonnen(leesPeriode(invoer.periode)!, vandaag)) {
      fouten.push({
        name: 'periode',
        code: 'nog-niet-begonnen',
        reason: `${periodeLabel(invoer.periode)} is een periode die nog niet is begonnen; een meting is voor een periode die loopt of voorbij is`,
      });
    }
    const gemeente = await controleerGeografie(tx, regioId, i.geografie, invoer.gemeenteId, fouten);
    if (fouten.length) throw ongeldig(fouten);
    controleerInvoerRecht(actor, regioId, gemeente);
    await weigerAlsVergrendeld(tx, regioId, i.id, invoer.periode);
    if (await repo.bestaandeMeting(tx, regioId, i.id, invoer.periode, gemeente?.id ?? null)) {
      throw conflict('periode', 'dubbel', `Voor deze periode is al een meting${gemeente ? ` van ${gemeente.naam}` : ''}; wijzig die`);
    }
    const p = leesPeriode(invoer.periode)!;
    const id = await repo.voegMetingToe(tx, regioId, {
      indicatorId: i.id,
      periode: invoer.periode,
      periodeBegin: p.begin,
      periodeEind: p.eind,
      gemeenteId: gemeente?.id ?? null,
      waarde: alsDecimaal(invoer.waarde),
      bron: invoer.bron,
      peildatum: invoer.peildatum,
      toelichting: invoer.toelichting ?? '',
      status: 'concept',
      ingevoerdDoorId: actor.gebruikerId,
      ingevoerdDoor: actor.naam,
    });
    const na = await haalMeting(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'meting', itemId: id, omschrijving: metingOmschrijving(na), na: metingVoorAudit(na) });
    return id;
  });
  return haalMeting(db, regioId, id);
}

/**
 * A measurement to change: its indicator locked, the actor's right on its municipality, its period
 * open. Locks are taken indicator first, then the measurement, in every write (deleting an indicator
 * locks it and then cascades to its measurements): the other order could deadlock.
 */
async function metingVoorSchrijven(tx: Db, actor: Actor, regioId: string, id: string, recht: 'metingen.invoeren' | 'monitoring.bewerken') {
  const indicatorId = await repo.indicatorVanMeting(tx, regioId, id);
  if (!indicatorId || !(await repo.vergrendelIndicator(tx, regioId, indicatorId))) throw nietGevonden('Deze meting');
  const bestaand = await repo.vergrendelMeting(tx, regioId, id);
  if (!bestaand) throw nietGevonden('Deze meting');
  const voor = await haalMeting(tx, regioId, id);
  if (recht === 'metingen.invoeren') controleerInvoerRecht(actor, regioId, voor.gemeente);
  await weigerAlsVergrendeld(tx, regioId, bestaand.indicatorId, bestaand.periode);
  return { bestaand, voor };
}

/** A change of an approved value sends it back to concept: the approval was of the old value. */
export async function wijzigMeting(db: Db, actor: Actor, regioId: string, id: string, invoer: MetingPatch) {
  await db.transaction(async (tx) => {
    const { bestaand, voor } = await metingVoorSchrijven(tx, actor, regioId, id, 'metingen.invoeren');
    const waarden: Partial<repo.MetingWaarden> = {
      ...(invoer.bron !== undefined && { bron: invoer.bron }),
      ...(invoer.peildatum !== undefined && { peildatum: invoer.peildatum }),
      ...(invoer.toelichting !== undefined && { toelichting: invoer.toelichting }),
      ...(invoer.waarde !== undefined && { waarde: alsDecimaal(invoer.waarde) }),
    };
    const gewijzigd =
      (invoer.waarde !== undefined && invoer.waarde !== voor.waarde) ||
      (invoer.bron !== undefined && invoer.bron !== voor.bron) ||
      (invoer.peildatum !== undefined && invoer.peildatum !== voor.peildatum) ||
      (invoer.toelichting !== undefined && invoer.toelichting !== voor.toelichting);
    if (!gewijzigd) return;
    if (bestaand.status === 'goedgekeurd') Object.assign(waarden, { status: 'concept', goedgekeurdDoor: null, goedgekeurdDoorId: null, goedgekeurdOp: null });
    await repo.wijzigMeting(tx, regioId, id, waarden);
    const na = await haalMeting(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'meting', itemId: id, omschrijving: metingOmschrijving(na), voor: metingVoorAudit(voor), na: metingVoorAudit(na) });
  });
  return haalMeting(db, regioId, id);
}

/** A concept goes with the right to enter it; an approved value is accounted for, so only the coordinator removes it. */
export async function verwijderMeting(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const { voor } = await metingVoorSchrijven(tx, actor, regioId, id, 'metingen.invoeren');
    if (voor.status === 'goedgekeurd' && !heeftRecht(actor, regioId, 'monitoring.bewerken')) {
      throw new DomainError(
        'geen-toegang',
        `Deze meting is goedgekeurd (door ${voor.goedgekeurdDoor ?? 'onbekend'}); alleen de regiocoördinator verwijdert een goedgekeurde meting. Wijzigen kan wel: dan gaat zij terug naar concept.`,
      );
    }
    await repo.verwijderMeting(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'meting', itemId: id, omschrijving: metingOmschrijving(voor), voor: metingVoorAudit(voor) });
  });
}

export async function keurGoed(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const { bestaand, voor } = await metingVoorSchrijven(tx, actor, regioId, id, 'monitoring.bewerken');
    if (bestaand.status === 'goedgekeurd') {
      throw new DomainError('conflict', `Deze meting is al goedgekeurd door ${bestaand.goedgekeurdDoor ?? 'onbekend'}.`);
    }
    await repo.wijzigMeting(tx, regioId, id, { status: 'goedgekeurd', goedgekeurdDoorId: actor.gebruikerId, goedgekeurdDoor: actor.naam, goedgekeurdOp: new Date() });
    const na = await haalMeting(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'meting', itemId: id, omschrijving: `${metingOmschrijving(na)} goedgekeurd`, voor: metingVoorAudit(voor), na: metingVoorAudit(na) });
  });
  return haalMeting(db, regioId, id);
}

// --- locking periods ----------------------------------------------------------------------------

async function haalMeetperiode(db: Db, regioId: string, indicatorId: string, periode: string): Promise<Meetperiode> {
  const lijst = await periodes(db, regioId, indicatorId);
  return (
    lijst.find((p) => p.periode === periode) ?? {
      periode,
      periodeLabel: periodeLabel(periode),
      concepten: 0,
      goedgekeurd: 0,
      vergrendeld: false,
      vergrendeldOp: null,
      vergrendeldDoor: null,
    }
  );
}

/** The period must be one of the indicator's measurements (named as `periode` otherwise). */
async function periodeVoorSlot(tx: Db, regioId: string, indicatorId: string, periode: string) {
  const i = await indicatorVoorSchrijven(tx, regioId, indicatorId);
  const fout = meetperiodeFout(periode, i.meetfrequentie as Periodesoort);
  if (fout) throw ongeldig([{ name: 'periode', code: 'periode-past-niet', reason: fout }]);
  return { i, voor: await haalMeetperiode(tx, regioId, indicatorId, periode) };
}

const slotVoorAudit = (p: Meetperiode) => ({ periode: p.periode, vergrendeld: p.vergrendeld, concepten: p.concepten, goedgekeurd: p.goedgekeurd });

/**
 * Locks a period once all its values are approved: they are then final, for reports and the
 * accountability. The audit row is kept under the indicator's id, so its history shows every lock.
 */
export async function vergrendel(db: Db, actor: Actor, regioId: string, indicatorId: string, periode: string) {
  await db.transaction(async (tx) => {
    const { i, voor } = await periodeVoorSlot(tx, regioId, indicatorId, periode);
    if (voor.vergrendeld) throw conflict('periode', 'al-vergrendeld', `${voor.periodeLabel} is al vergrendeld (door ${voor.vergrendeldDoor ?? 'onbekend'})`);
    const fout = vergrendelFout(voor, periode);
    if (fout) throw conflict('periode', voor.concepten > 0 ? 'concepten' : 'geen-metingen', fout);
    await repo.zetVergrendeling(tx, regioId, indicatorId, periode, actor.naam);
    const na = await haalMeetperiode(tx, regioId, indicatorId, periode);
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'meetperiode', itemId: indicatorId, omschrijving: `${i.code} ${na.periodeLabel} vergrendeld`, voor: slotVoorAudit(voor), na: slotVoorAudit(na) });
  });
  return haalMeetperiode(db, regioId, indicatorId, periode);
}

/** Unlocks a period; why is required and kept in the history. */
export async function ontgrendel(db: Db, actor: Actor, regioId: string, indicatorId: string, periode: string, reden: string) {
  await db.transaction(async (tx) => {
    const { i, voor } = await periodeVoorSlot(tx, regioId, indicatorId, periode);
    if (!voor.vergrendeld) throw conflict('periode', 'niet-vergrendeld', `${voor.periodeLabel} is niet vergrendeld`);
    await repo.zetVergrendeling(tx, regioId, indicatorId, periode, null);
    const na = await haalMeetperiode(tx, regioId, indicatorId, periode);
    await schrijfAudit(tx, {
      regioId,
      actor,
      actie: 'gewijzigd',
      soort: 'meetperiode',
      itemId: indicatorId,
      omschrijving: `${i.code} ${na.periodeLabel} ontgrendeld: ${reden}`,
      voor: slotVoorAudit(voor),
      na: { ...slotVoorAudit(na), reden },
    });
  });
  return haalMeetperiode(db, regioId, indicatorId, periode);
}
