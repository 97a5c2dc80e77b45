import type {
  Respondent,
  VensterAntwoord,
  VensterAntwoordInvoer,
  VensterRespondent,
  VensterVraagInvoer,
  VensterVraagPatch,
} from '../../../common/contracts/venster';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import { type Actor, heeftRecht } from '../toegang/rechten.rules';
import * as repo from './venster.repository';
import { controleerScores, schaalPastBijScores } from './venster.rules';

// --- the questions (the coordinator's, per year) -------------------------------------------------------

export const vragen = (db: Db, regioId: string, jaar?: number) => repo.vragen(db, regioId, { jaar });

export async function haalVraag(db: Db, regioId: string, id: string) {
  const [v] = await repo.vragen(db, regioId, { id });
  if (!v) throw nietGevonden('Deze vraag');
  return v;
}

const dubbeleVraag = (jaar?: number) => (error: unknown): never => {
  if (isUniekeSchending(error)) throw new DomainError('conflict', `Het Venster${jaar ? ` ${jaar}` : ''} van deze regio heeft deze vraag al.`);
  throw error;
};

const vraagVoorAudit = ({ aantalAntwoorden: _a, id: _i, ...v }: Awaited<ReturnType<typeof haalVraag>>) => v;

export async function maakVraag(db: Db, actor: Actor, regioId: string, invoer: VensterVraagInvoer) {
  const id = await db
    .transaction(async (tx) => {
      const id = await repo.voegVraagToe(tx, regioId, { ...invoer, volgorde: invoer.volgorde ?? 0 });
      const na = await haalVraag(tx, regioId, id);
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'venstervraag', itemId: id, omschrijving: `Venster ${na.jaar}: ${na.vraag}`, na: vraagVoorAudit(na) });
      return id;
    })
    .catch(dubbeleVraag(invoer.jaar));
  return haalVraag(db, regioId, id);
}

/**
 * A question can be reworded and rescaled, but a scale that would leave given scores outside it is
 * refused: the results would then average scores from different scales.
 */
export async function wijzigVraag(db: Db, actor: Actor, regioId: string, id: string, invoer: VensterVraagPatch) {
  await db
    .transaction(async (tx) => {
      const voor = await haalVraag(tx, regioId, id);
      const schaalMin = invoer.schaalMin ?? voor.schaalMin;
      const schaalMax = invoer.schaalMax ?? voor.schaalMax;
      if (schaalMin >= schaalMax) {
        throw ongeldig([{ name: 'schaalMax', code: 'schaal', reason: `De schaal tot (${schaalMax}) moet groter zijn dan de schaal van (${schaalMin})` }]);
      }
      const { laagste, hoogste } = await repo.scoreBereik(tx, regioId, id);
      if (!schaalPastBijScores(schaalMin, schaalMax, laagste, hoogste)) {
        throw new DomainError(
          'conflict',
          `Er zijn al scores van ${laagste} tot en met ${hoogste} gegeven op deze vraag; een schaal van ${schaalMin} tot en met ${schaalMax} laat die erbuiten.`,
        );
      }
      if (Object.keys(invoer).length) await repo.wijzigVraag(tx, regioId, id, invoer);
      const na = await haalVraag(tx, regioId, id);
      await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'venstervraag', itemId: id, omschrijving: `Venster ${na.jaar}: ${na.vraag}`, voor: vraagVoorAudit(voor), na: vraagVoorAudit(na) });
    })
    .catch(dubbeleVraag());
  return haalVraag(db, regioId, id);
}

export async function verwijderVraag(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const voor = await haalVraag(tx, regioId, id);
    if (voor.aantalAntwoorden > 0) {
      throw new DomainError('conflict', `Deze vraag is al ${voor.aantalAntwoorden} keer beantwoord; een beantwoorde vraag blijft staan, zodat de resultaten kloppen.`);
    }
    await repo.verwijderVraag(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'venstervraag', itemId: id, omschrijving: `Venster ${voor.jaar}: ${voor.vraag}`, voor: vraagVoorAudit(voor) });
  });
}

// --- respondents and responses ----------------------------------------------------------------------------

export async function respondenten(db: Db, regioId: string, jaar: number): Promise<VensterRespondent[]> {
  const { gemeenten, verzekeraars } = await repo.respondenten(db, regioId, jaar);
  const ingevuld = (d: Date | null) => (d ? d.toISOString() : null);
  return [
    ...gemeenten.map((g) => ({ soort: 'gemeente' as const, gemeentecode: g.gemeentecode, organisatieId: null, naam: g.naam, antwoordId: g.antwoordId, ingevuldOp: ingevuld(g.ingevuldOp) })),
    ...verzekeraars.map((o) => ({ soort: 'zorgverzekeraar' as const, gemeentecode: null, organisatieId: o.id, naam: o.naam, antwoordId: o.antwoordId, ingevuldOp: ingevuld(o.ingevuldOp) })),
  ];
}

export async function antwoorden(db: Db, regioId: string, filter: { jaar?: number; id?: string }): Promise<VensterAntwoord[]> {
  const { rijen, scores } = await repo.antwoorden(db, regioId, filter);
  return rijen.map((r) => ({
    id: r.id,
    jaar: r.jaar,
    respondent: r.gemeentecode
      ? { soort: 'gemeente', gemeentecode: r.gemeentecode, organisatieId: null, naam: r.gemeenteNaam! }
      : { soort: 'zorgverzekeraar', gemeentecode: null, organisatieId: r.organisatieId, naam: r.organisatieNaam ?? '' },
    scores: Object.fromEntries(scores.filter((s) => s.antwoordId === r.id).map((s) => [s.vraagId, s.score])),
    opmerking: r.opmerking,
    ingevuldOp: r.ingevuldOp.toISOString(),
  }));
}

/** The respondent named in a response: a member municipality or an insurer of the region, exactly one. */
async function bepaalRespondent(db: Db, regioId: string, invoer: VensterAntwoordInvoer) {
  if (!!invoer.gemeentecode === !!invoer.organisatieId) {
    const reason = 'Geef óf een gemeentecode óf een organisatieId (een zorgverzekeraar) op';
    throw ongeldig([
      { name: 'gemeentecode', code: 'een-respondent', reason },
      { name: 'organisatieId', code: 'een-respondent', reason },
    ]);
  }
  if (invoer.gemeentecode) {
    const g = await repo.gemeenteVanRegio(db, regioId, invoer.gemeentecode);
    if (!g) throw ongeldig([{ name: 'gemeentecode', code: 'niet-in-regio', reason: `Gemeente ${invoer.gemeentecode} hoort niet bij de regio` }]);
    const respondent: Respondent = { soort: 'gemeente', gemeentecode: g.gemeentecode, organisatieId: null, naam: g.naam };
    return { respondent, doel: { gemeenteId: g.id }, gemeenteId: g.id, organisatieId: null };
  }
  const o = await repo.organisatieVanRegio(db, regioId, invoer.organisatieId!);
  if (!o) throw ongeldig([{ name: 'organisatieId', code: 'niet-in-regio', reason: 'Deze organisatie hoort niet bij de regio' }]);
  const respondent: Respondent = { soort: 'zorgverzekeraar', gemeentecode: null, organisatieId: o.id, naam: o.naam };
  return { respondent, doel: { organisatieId: o.id }, gemeenteId: null, organisatieId: o.id, soort: o.soort };
}

/**
 * Records (or replaces) a respondent's response of a year. Who may: the coordinator for anyone, a
 * municipality's officer for its own municipality, a partner for its own organisation — and only an
 * insurer answers for an organisation: the Venster asks municipalities and insurers.
 */
export async function vulIn(db: Db, actor: Actor, regioId: string, invoer: VensterAntwoordInvoer) {
  const { id, nieuw } = await db.transaction(async (tx) => {
    const r = await bepaalRespondent(tx, regioId, invoer);
    if (!heeftRecht(actor, regioId, 'venster.invullen', r.doel)) {
      throw new DomainError(
        'geen-toegang',
        `U kunt het Venster niet invullen voor ${r.respondent.naam}: dat kan de regiocoördinator, en een gemeente of zorgverzekeraar alleen voor zichzelf.`,
      );
    }
    const fouten: InvalidParam[] = [];
    if (r.soort !== undefined && r.soort !== 'zorgverzekeraar') {
      fouten.push({ name: 'organisatieId', code: 'geen-zorgverzekeraar', reason: `${r.respondent.naam} is geen zorgverzekeraar; het Venster vullen de gemeenten en zorgverzekeraars van de regio in` });
    }
    const vragenVanJaar = await repo.vragen(tx, regioId, { jaar: invoer.jaar });
    if (vragenVanJaar.length === 0) fouten.push({ name: 'jaar', code: 'geen-vragen', reason: `Het Venster ${invoer.jaar} van deze regio heeft nog geen vragen` });
    else fouten.push(...controleerScores(vragenVanJaar, invoer.scores, invoer.jaar));
    if (fouten.length) throw ongeldig(fouten);

    const bestaand = await repo.vindAntwoord(tx, regioId, invoer.jaar, r.doel);
    const voor = bestaand ? (await antwoorden(tx, regioId, { id: bestaand }))[0] : undefined;
    const id = await repo.zetAntwoord(tx, regioId, bestaand, { jaar: invoer.jaar, gemeenteId: r.gemeenteId, organisatieId: r.organisatieId, opmerking: invoer.opmerking ?? '' }, invoer.scores);
    const [na] = await antwoorden(tx, regioId, { id });
    // The audit names the questions, not their ids, so the history reads without the question list.
    const tekst = new Map(vragenVanJaar.map((v) => [v.id, v.vraag]));
    const leesbaar = (a: VensterAntwoord) => ({
      respondent: a.respondent.naam,
      jaar: a.jaar,
      scores: Object.fromEntries(Object.entries(a.scores).map(([v, s]) => [tekst.get(v) ?? v, s])),
      opmerking: a.opmerking,
    });
    await schrijfAudit(tx, {
      regioId,
      actor,
      actie: voor ? 'gewijzigd' : 'aangemaakt',
      soort: 'vensterantwoord',
      itemId: id,
      omschrijving: `Venster ${invoer.jaar}: ${r.respondent.naam}`,
      voor: voor ? leesbaar(voor) : undefined,
      na: leesbaar(na!),
    });
    return { id, nieuw: !voor };
  });
  const [antwoord] = await antwoorden(db, regioId, { id });
  return { antwoord: antwoord!, nieuw };
}

export async function overzicht(db: Db, regioId: string) {
  const [jaren, resultaten] = await Promise.all([repo.jaren(db, regioId), repo.resultaten(db, regioId)]);
  return { jaren, resultaten };
}
