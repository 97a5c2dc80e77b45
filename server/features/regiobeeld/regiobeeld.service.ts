import type { z } from 'zod';
import type {
  indicatorCreateSchema,
  indicatorUpdateSchema,
  RegiobeeldImportResultaat,
  regiobeeldVersieCreateSchema,
  WaardeSoort,
  waardenVervangenSchema,
} from '../../../common/contracts/plannen';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import { leesCsv } from '../importen/csv.rules';
import type { Actor } from '../toegang/rechten.rules';
import * as repo from './regiobeeld.repository';
import {
  type BestaandeWaarde,
  controleerWaarde,
  decimaalVanGetal,
  type GelezenWaarde,
  leesWaardenTabel,
  sleutel,
  toetsSchrijfbaar,
  vergelijk,
} from './regiobeeld.rules';

type In<T extends z.ZodType> = z.output<T>;
type Versierij = NonNullable<Awaited<ReturnType<typeof repo.vindVersie>>>;

// --- versies -------------------------------------------------------------------------------------

function toonVersie(v: Versierij & { aantalWaarden: number }, huidigId: string | undefined) {
  return {
    id: v.id,
    versie: v.versie,
    naam: v.naam,
    peildatum: v.peildatum,
    toelichting: v.toelichting,
    huidig: v.id === huidigId,
    aantalWaarden: v.aantalWaarden,
    aangemaaktOp: v.aangemaaktOp.toISOString(),
  };
}

export async function versies(db: Db, regioId: string) {
  const rijen = await repo.versies(db, regioId);
  return rijen.map((v) => toonVersie(v, rijen[0]?.id));
}

/** The version asked for, or the current one; null when the region has no regiobeeld yet. */
async function kiesVersie(db: Db, regioId: string, versieId: string | undefined) {
  const alle = await versies(db, regioId);
  if (versieId === undefined) return alle[0] ?? null;
  const v = alle.find((x) => x.id === versieId);
  if (!v) throw nietGevonden('Deze versie van het regiobeeld');
  return v;
}

/** A recalibration: a new version that starts as a copy of the current one. */
export async function maakVersie(db: Db, actor: Actor, regioId: string, invoer: In<typeof regiobeeldVersieCreateSchema>) {
  const id = await db
    .transaction(async (tx) => {
      await repo.vergrendelVersies(tx, regioId);
      const vorige = await repo.huidigeVersie(tx, regioId);
      const v = await repo.maakVersie(tx, regioId, {
        versie: (vorige?.versie ?? 0) + 1,
        naam: invoer.naam,
        peildatum: invoer.peildatum,
        toelichting: invoer.toelichting ?? '',
      });
      if (vorige) await repo.kopieerWaarden(tx, regioId, vorige.id, v.id);
      await schrijfAudit(tx, {
        regioId,
        actor,
        actie: 'aangemaakt',
        soort: 'regiobeeld-versie',
        itemId: v.id,
        omschrijving: vorige ? `versie ${v.versie}, gekopieerd van versie ${vorige.versie}` : `versie ${v.versie}`,
        na: invoer,
      });
      return v.id;
    })
    .catch((error: unknown) => {
      if (isUniekeSchending(error)) throw new DomainError('conflict', 'Tegelijk werd een andere versie aangemaakt; probeer het opnieuw.');
      throw error;
    });
  return (await versies(db, regioId)).find((v) => v.id === id)!;
}

// --- indicatoren ---------------------------------------------------------------------------------

export async function indicatoren(db: Db, regioId: string, versieId?: string) {
  const versie = await kiesVersie(db, regioId, versieId);
  const [rijen, cijfers] = await Promise.all([
    repo.indicatoren(db, regioId),
    versie ? repo.kerncijfers(db, regioId, versie.id) : Promise.resolve({ aantallen: new Map<string, number>(), laatste: new Map<string, { jaar: number; waarde: number }>() }),
  ]);
  const items = rijen.map((i) => ({
    id: i.id,
    code: i.code,
    naam: i.naam,
    eenheid: i.eenheid,
    bron: i.bron,
    omschrijving: i.omschrijving,
    aantalWaarden: cijfers.aantallen.get(i.id) ?? 0,
    laatsteWaarneming: cijfers.laatste.get(i.id) ?? null,
  }));
  return { versie, items, totaal: items.length };
}

export async function haalIndicator(db: Db, regioId: string, id: string, versieId?: string) {
  const [indicator, versie, themas] = await Promise.all([repo.vindIndicator(db, regioId, id), kiesVersie(db, regioId, versieId), repo.themasVanIndicator(db, regioId, id)]);
  if (!indicator) throw nietGevonden('Deze indicator');
  if (!versie) throw new DomainError('conflict', 'Deze regio heeft nog geen versie van het regiobeeld; maak er eerst een.');
  const rijen = await repo.waarden(db, regioId, versie.id, [id]);
  const waarden = rijen.map((w) => ({
    gemeente: w.gemeentecode ? { gemeentecode: w.gemeentecode, naam: w.gemeenteNaam! } : null,
    jaar: w.jaar,
    soort: w.soort as WaardeSoort,
    scenario: w.scenario,
    waarde: Number(w.waarde),
  }));
  const laatste = waarden.filter((w) => w.soort === 'waargenomen' && w.gemeente === null).at(-1);
  return {
    id: indicator.id,
    code: indicator.code,
    naam: indicator.naam,
    eenheid: indicator.eenheid,
    bron: indicator.bron,
    omschrijving: indicator.omschrijving,
    aantalWaarden: waarden.length,
    laatsteWaarneming: laatste ? { jaar: laatste.jaar, waarde: laatste.waarde } : null,
    versie,
    waarden,
    regioplan: themas.map((t) => ({ ...t, soort: t.soort as 'opgave' | 'pijler' })),
  };
}

const codeBestaat = (code: string) => new DomainError('conflict', `Er is al een indicator met code "${code}" in deze regio.`, [{ name: 'code', code: 'bestaat-al', reason: `De code "${code}" is al in gebruik` }]);

export async function maakIndicator(db: Db, actor: Actor, regioId: string, invoer: In<typeof indicatorCreateSchema>) {
  const id = await db
    .transaction(async (tx) => {
      const i = await repo.maakIndicator(tx, regioId, { ...invoer, bron: invoer.bron ?? '', omschrijving: invoer.omschrijving ?? '' });
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'regiobeeld-indicator', itemId: i.id, na: invoer });
      return i.id;
    })
    .catch((error: unknown) => {
      if (isUniekeSchending(error)) throw codeBestaat(invoer.code);
      throw error;
    });
  return haalIndicatorOfKaal(db, regioId, id);
}

/** The indicator with its values when the region has a regiobeeld version, else without. */
async function haalIndicatorOfKaal(db: Db, regioId: string, id: string) {
  const { items } = await indicatoren(db, regioId);
  return items.find((i) => i.id === id)!;
}

export async function wijzigIndicator(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof indicatorUpdateSchema>) {
  await db
    .transaction(async (tx) => {
      const voor = await repo.vindIndicator(tx, regioId, id);
      if (!voor) throw nietGevonden('Deze indicator');
      if (Object.keys(invoer).length === 0) return;
      await repo.wijzigIndicator(tx, regioId, id, invoer);
      await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'regiobeeld-indicator', itemId: id, voor, na: invoer });
    })
    .catch((error: unknown) => {
      if (isUniekeSchending(error) && invoer.code) throw codeBestaat(invoer.code);
      throw error;
    });
  return haalIndicatorOfKaal(db, regioId, id);
}

/**
 * An indicator goes only while nothing points at it: its values in earlier versions must stay
 * readable, and the regioplan's links would silently disappear.
 */
export async function verwijderIndicator(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const voor = await repo.vindIndicator(tx, regioId, id);
    if (!voor) throw nietGevonden('Deze indicator');
    const { waarden, themas } = await repo.verwijzingenNaarIndicator(tx, regioId, id);
    const redenen = [
      waarden > 0 ? `${waarden} ${waarden === 1 ? 'waarde' : 'waarden'} in het regiobeeld (ook eerdere versies blijven leesbaar)` : null,
      themas.length ? `de koppeling met ${themas.map((t) => `${t.soort} ${t.nummer} (${t.naam})`).join(', ')}` : null,
    ].filter(Boolean);
    if (redenen.length) throw new DomainError('conflict', `Indicator ${voor.code} kan niet weg: er hangen nog ${redenen.join(' en ')} aan.`);
    await repo.verwijderIndicator(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'regiobeeld-indicator', itemId: id, voor });
  });
}

// --- waarden -------------------------------------------------------------------------------------

async function context(db: Db, regioId: string) {
  const [alle, gemeenten] = await Promise.all([repo.indicatoren(db, regioId), repo.gemeentenVanRegio(db, regioId)]);
  return {
    indicatoren: new Map(alle.map((i) => [i.code, i] as const)),
    gemeenten,
    regels: { indicatorcodes: new Set(alle.map((i) => i.code)), gemeentecodes: new Set(gemeenten.keys()) },
  };
}

async function bestaandeWaarden(db: Db, regioId: string, versieId: string, codeVan: (indicatorId: string) => string, indicatorIds?: string[]) {
  const rijen = await repo.waarden(db, regioId, versieId, indicatorIds);
  return new Map(
    rijen.map((w) => [
      sleutel({ indicatorcode: codeVan(w.indicatorId), gemeentecode: w.gemeentecode, jaar: w.jaar, scenario: w.scenario }),
      { id: w.id, soort: w.soort as WaardeSoort, waarde: w.waarde } satisfies BestaandeWaarde & { id: string },
    ]),
  );
}

/** The version a write goes into: the one asked for, which must be the current one. */
async function schrijfversie(db: Db, regioId: string, versieId: string | undefined, veld: string) {
  const alle = await repo.versies(db, regioId);
  const huidig = alle[0];
  if (!huidig) throw new DomainError('conflict', 'Deze regio heeft nog geen versie van het regiobeeld; maak eerst een versie (naam en peildatum).');
  const versie = versieId === undefined ? huidig : alle.find((v) => v.id === versieId);
  if (!versie) throw ongeldig([{ name: veld, code: 'onbekend', reason: 'Geen versie van het regiobeeld van deze regio' }]);
  const bezwaar = toetsSchrijfbaar(versie, huidig);
  if (bezwaar) throw new DomainError('conflict', bezwaar);
  return versie;
}

/** All values of one indicator in the current version, replaced at once (the form). */
export async function vervangWaarden(db: Db, actor: Actor, regioId: string, indicatorId: string, invoer: In<typeof waardenVervangenSchema>) {
  await db.transaction(async (tx) => {
    await repo.vergrendelVersies(tx, regioId);
    const indicator = await repo.vindIndicator(tx, regioId, indicatorId);
    if (!indicator) throw nietGevonden('Deze indicator');
    const versie = await schrijfversie(tx, regioId, invoer.versieId, 'versieId');
    const ctx = await context(tx, regioId);
    const fouten: InvalidParam[] = [];
    const rijen: GelezenWaarde[] = [];
    const gezien = new Map<string, number>();
    invoer.waarden.forEach((w, i) => {
      const uitkomst = controleerWaarde(
        { indicator: indicator.code, geografie: w.geografie, jaar: String(w.jaar), scenario: w.scenario, soort: w.soort ?? '', waarde: decimaalVanGetal(w.waarde) ?? String(w.waarde) },
        ctx.regels,
      );
      if ('fouten' in uitkomst) {
        fouten.push(...uitkomst.fouten.map((f) => ({ name: `waarden.${i}.${f.kolom}`, code: 'ongeldig', reason: f.reden })));
        return;
      }
      const k = sleutel(uitkomst.waarde);
      const eerder = gezien.get(k);
      if (eerder !== undefined) {
        fouten.push({ name: `waarden.${i}.jaar`, code: 'dubbel', reason: `Dezelfde geografie, hetzelfde jaar en scenario staan al in rij ${eerder + 1}` });
        return;
      }
      gezien.set(k, i);
      rijen.push(uitkomst.waarde);
    });
    if (fouten.length) throw ongeldig(fouten);
    const bestaand = await bestaandeWaarden(tx, regioId, versie.id, () => indicator.code, [indicatorId]);
    const verschil = vergelijk(bestaand, rijen);
    const weg = bestaand.size - verschil.gewijzigd.length - verschil.ongewijzigd;
    if (verschil.nieuw.length === 0 && verschil.gewijzigd.length === 0 && weg === 0) return;
    await repo.verwijderWaardenVan(tx, regioId, versie.id, indicatorId);
    await repo.voegWaardenToe(tx, regioId, versie.id, rijen.map((r) => naarRij(r, indicatorId, ctx.gemeenten)));
    await schrijfAudit(tx, {
      regioId,
      actor,
      actie: 'gewijzigd',
      soort: 'regiobeeld-indicator',
      itemId: indicatorId,
      omschrijving: `waarden in versie ${versie.versie}: ${verschil.nieuw.length} toegevoegd, ${verschil.gewijzigd.length} gewijzigd, ${weg} verwijderd`,
      na: invoer.waarden,
    });
  });
  return haalIndicator(db, regioId, indicatorId, invoer.versieId);
}

function naarRij(r: GelezenWaarde, indicatorId: string, gemeenten: ReadonlyMap<string, string>) {
  return {
    indicatorId,
    gemeenteId: r.gemeentecode ? gemeenten.get(r.gemeentecode)! : null,
    jaar: r.jaar,
    soort: r.soort,
    scenario: r.scenario,
    waarde: r.waarde,
  };
}

/**
 * Imports values in long format into a version (by default the current one). All or nothing;
 * idempotent: an upsert by indicator, geography, year and scenario, reporting what changed.
 */
export async function importeer(
  db: Db,
  actor: Actor,
  regioId: string,
  tekst: string,
  opties: { versieId?: string | undefined; proef?: boolean | undefined },
): Promise<RegiobeeldImportResultaat> {
  const gelezen = leesCsv(tekst);
  if ('fout' in gelezen) throw ongeldig([{ name: `regel ${gelezen.regel}: bestand`, code: 'ongeldige-regel', reason: gelezen.fout }], 'Het bestand is geen leesbare CSV; er is niets geïmporteerd.');
  return db.transaction(async (tx) => {
    await repo.vergrendelVersies(tx, regioId);
    const versie = await schrijfversie(tx, regioId, opties.versieId, 'versieId');
    const ctx = await context(tx, regioId);
    const tabel = leesWaardenTabel(gelezen.tabel, ctx.regels);
    if ('fouten' in tabel) {
      throw ongeldig(
        tabel.fouten.map((f) => ({ name: `regel ${f.regel}: ${f.kolom}`, code: 'ongeldige-regel', reason: f.reden })),
        `${tabel.fouten.length} ${tabel.fouten.length === 1 ? 'fout' : 'fouten'}; er is niets geïmporteerd.`,
      );
    }
    const codeVan = new Map([...ctx.indicatoren.values()].map((i) => [i.id, i.code] as const));
    const bestaand = await bestaandeWaarden(tx, regioId, versie.id, (id) => codeVan.get(id)!);
    const verschil = vergelijk(bestaand, tabel.rijen);
    const resultaat = {
      versie: { id: versie.id, versie: versie.versie, naam: versie.naam },
      proef: opties.proef ?? false,
      aantalRegels: tabel.rijen.length,
      toegevoegd: verschil.nieuw.length,
      gewijzigd: verschil.gewijzigd.length,
      ongewijzigd: verschil.ongewijzigd,
    };
    if (opties.proef || (verschil.nieuw.length === 0 && verschil.gewijzigd.length === 0)) return resultaat;
    await repo.voegWaardenToe(tx, regioId, versie.id, verschil.nieuw.map((r) => naarRij(r, ctx.indicatoren.get(r.indicatorcode)!.id, ctx.gemeenten)));
    for (const r of verschil.gewijzigd) await repo.wijzigWaarde(tx, regioId, bestaand.get(sleutel(r))!.id, { soort: r.soort, waarde: r.waarde });
    await schrijfAudit(tx, {
      regioId,
      actor,
      actie: 'geimporteerd',
      soort: 'regiobeeld-versie',
      itemId: versie.id,
      omschrijving: `${resultaat.toegevoegd} toegevoegd, ${resultaat.gewijzigd} gewijzigd, ${resultaat.ongewijzigd} ongewijzigd`,
      na: resultaat,
    });
    return resultaat;
  });
}
