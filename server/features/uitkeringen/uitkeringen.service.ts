import type { z } from 'zod';
import type {
  uitkeringCreateSchema,
  uitkeringUpdateSchema,
  verdeelsleutelCreateSchema,
  verdeelsleutelUpdateSchema,
} from '../../../common/contracts/financien';
import type { Db } from '../../db/client';
import { isUniekeSchending, isVerwijzingSchending } from '../../db/fouten';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { bewaakPlafondsVanUitkering } from '../begroting/begroting.service';
import { schrijfAudit } from '../historie/historie.repository';
import { leesCsv } from '../importen/csv.rules';
import type { Actor } from '../toegang/rechten.rules';
import { leesUitkeringenTabel, type UitkeringLayout } from './uitkeringen-import.rules';
import * as repo from './uitkeringen.repository';
import { controleerVerdeelsleutel, pasVerdeelsleutelToe } from './verdeling.rules';

type In<T extends z.ZodType> = z.output<T>;

const toon = (u: repo.UitkeringRij) => ({
  id: u.id,
  soort: u.soort as never,
  naam: u.naam,
  ontvanger: u.ontvanger,
  regeling: u.regeling,
  eersteJaar: u.eersteJaar,
  laatsteJaar: u.laatsteJaar,
  voorwaarden: u.voorwaarden,
  bedragen: u.bedragen,
});

export async function uitkeringen(db: Db, regioId: string) {
  return (await repo.uitkeringenVanRegio(db, regioId)).map(toon);
}

export async function haalUitkering(db: Db, regioId: string, id: string) {
  const [u] = await repo.uitkeringenVanRegio(db, regioId, [id]);
  if (!u) throw nietGevonden('Deze uitkering');
  return toon(u);
}

async function controleer(db: Db, regioId: string, invoer: In<typeof uitkeringUpdateSchema>, bestaand?: { eersteJaar: number; laatsteJaar: number }) {
  const fouten: InvalidParam[] = [];
  const eerste = invoer.eersteJaar ?? bestaand?.eersteJaar;
  const laatste = invoer.laatsteJaar ?? bestaand?.laatsteJaar;
  if (eerste !== undefined && laatste !== undefined && eerste > laatste) {
    fouten.push({ name: 'laatsteJaar', code: 'voor-eerste-jaar', reason: `Het laatste jaar (${laatste}) ligt vóór het eerste (${eerste})` });
  }
  (invoer.bedragen ?? []).forEach((b, i) => {
    if (eerste !== undefined && laatste !== undefined && (b.jaar < eerste || b.jaar > laatste)) {
      fouten.push({ name: `bedragen.${i}.jaar`, code: 'buiten-looptijd', reason: `${b.jaar} valt buiten de looptijd ${eerste}–${laatste}` });
    }
    if ((invoer.bedragen ?? []).findIndex((x) => x.jaar === b.jaar) !== i) {
      fouten.push({ name: `bedragen.${i}.jaar`, code: 'dubbel', reason: `${b.jaar} staat er twee keer in` });
    }
  });
  let ontvangerGemeenteId: string | null | undefined;
  if (invoer.ontvangerGemeentecode !== undefined) {
    if (invoer.ontvangerGemeentecode === null) ontvangerGemeenteId = null;
    else {
      const g = (await repo.gemeentenVanRegio(db, regioId)).find((x) => x.gemeentecode === invoer.ontvangerGemeentecode);
      if (!g) fouten.push({ name: 'ontvangerGemeentecode', code: 'onbekend', reason: `${invoer.ontvangerGemeentecode} is geen gemeente van deze regio` });
      else ontvangerGemeenteId = g.gemeenteId;
    }
  }
  if (fouten.length) throw ongeldig(fouten);
  return ontvangerGemeenteId;
}

const dubbeleNaam = (naam?: string) => (error: unknown): never => {
  if (isUniekeSchending(error)) throw new DomainError('conflict', `Er bestaat in deze regio al een uitkering met de naam "${naam}".`);
  throw error;
};

export async function maakUitkering(db: Db, actor: Actor, regioId: string, invoer: In<typeof uitkeringCreateSchema>) {
  const ontvangerGemeenteId = await controleer(db, regioId, invoer);
  const id = await db
    .transaction(async (tx) => {
      const u = await repo.maakUitkering(tx, regioId, {
        soort: invoer.soort,
        naam: invoer.naam,
        ontvangerGemeenteId: ontvangerGemeenteId ?? null,
        regeling: invoer.regeling ?? '',
        eersteJaar: invoer.eersteJaar,
        laatsteJaar: invoer.laatsteJaar,
        voorwaarden: invoer.voorwaarden ?? '',
      });
      await repo.zetBedragen(tx, regioId, u.id, invoer.bedragen ?? []);
      const [na] = await repo.uitkeringenVanRegio(tx, regioId, [u.id]);
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'uitkering', itemId: u.id, na: toon(na!) });
      return u.id;
    })
    .catch(dubbeleNaam(invoer.naam));
  return haalUitkering(db, regioId, id);
}

export async function wijzigUitkering(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof uitkeringUpdateSchema>) {
  await db
    .transaction(async (tx) => {
      const [voor] = await repo.uitkeringenVanRegio(tx, regioId, [id]);
      if (!voor) throw nietGevonden('Deze uitkering');
      const ontvangerGemeenteId = await controleer(tx, regioId, { ...invoer, bedragen: invoer.bedragen ?? voor.bedragen }, voor);
      const { bedragen, ontvangerGemeentecode: _o, ...velden } = invoer;
      await repo.wijzigUitkering(tx, regioId, id, { ...velden, ...(ontvangerGemeenteId !== undefined && { ontvangerGemeenteId }) });
      if (bedragen) {
        await repo.zetBedragen(tx, regioId, id, bedragen);
        await bewaakPlafondsVanUitkering(tx, regioId, id);
      }
      const [na] = await repo.uitkeringenVanRegio(tx, regioId, [id]);
      await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'uitkering', itemId: id, voor: toon(voor), na: toon(na!) });
    })
    .catch(dubbeleNaam(invoer.naam));
  return haalUitkering(db, regioId, id);
}

export async function verwijderUitkering(db: Db, actor: Actor, regioId: string, id: string) {
  await db
    .transaction(async (tx) => {
      const [voor] = await repo.uitkeringenVanRegio(tx, regioId, [id]);
      if (!voor) throw nietGevonden('Deze uitkering');
      await repo.verwijderUitkering(tx, regioId, id);
      await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'uitkering', itemId: id, voor: toon(voor) });
    })
    .catch((error: unknown) => {
      if (isVerwijzingSchending(error)) {
        throw new DomainError('conflict', 'Deze uitkering financiert een begroting of heeft boekingen; verwijder die eerst.');
      }
      throw error;
    });
}

const layoutNamen: Record<UitkeringLayout, { soort: 'spuk-iza' | 'brede-spuk'; regeling: string; naam: (gemeente: string) => string }> = {
  'spuk-iza': { soort: 'spuk-iza', regeling: 'Regeling specifieke uitkering IZA-doelen 2023–2026', naam: () => 'SPUK-IZA' },
  'brede-spuk': { soort: 'brede-spuk', regeling: 'Brede SPUK (GALA)', naam: (gemeente) => `Brede SPUK ${gemeente}` },
};

/**
 * Imports the published amounts for this region: the SPUK-IZA row of its mandaatgemeente, or the
 * Brede SPUK row of each of its municipalities. Idempotent and all-or-nothing.
 */
export async function importeerUitkeringen(db: Db, actor: Actor, regioId: string, soort: UitkeringLayout, tekst: string) {
  const gelezen = leesCsv(tekst);
  if ('fout' in gelezen) throw ongeldig([{ name: `regel ${gelezen.regel}: bestand`, code: 'ongeldige-regel', reason: gelezen.fout }]);
  const tabel = leesUitkeringenTabel(soort, gelezen.tabel);
  if ('fouten' in tabel) {
    throw ongeldig(
      tabel.fouten.map((f) => ({ name: `regel ${f.regel}: ${f.kolom}`, code: 'ongeldige-regel', reason: f.reden })),
      `${tabel.fouten.length} fout(en); er is niets geïmporteerd.`,
    );
  }
  const gemeenten = await repo.gemeentenVanRegio(db, regioId);
  const layout = layoutNamen[soort];
  const teImporteren =
    soort === 'spuk-iza'
      ? tabel.rijen.filter((r) => gemeenten.some((g) => g.rol === 'mandaatgemeente' && g.gemeentecode === r.gemeentecode))
      : tabel.rijen.filter((r) => gemeenten.some((g) => g.gemeentecode === r.gemeentecode));
  if (teImporteren.length === 0) {
    throw ongeldig([
      {
        name: 'bestand',
        code: 'geen-regels-voor-regio',
        reason: soort === 'spuk-iza' ? 'Het bestand heeft geen regel voor de mandaatgemeente van deze regio' : 'Het bestand heeft geen regel voor een gemeente van deze regio',
      },
    ]);
  }
  return db.transaction(async (tx) => {
    const resultaat = { soort: layout.soort, aantalRegels: teImporteren.length, toegevoegd: 0, bijgewerkt: 0, ongewijzigd: 0 };
    for (const rij of teImporteren) {
      const gemeente = gemeenten.find((g) => g.gemeentecode === rij.gemeentecode)!;
      const naam = layout.naam(gemeente.naam);
      const bestaand = await repo.vindUitkeringOpNaam(tx, regioId, naam);
      const jaren = rij.bedragen.map((b) => b.jaar);
      if (!bestaand) {
        const u = await repo.maakUitkering(tx, regioId, {
          soort: layout.soort,
          naam,
          ontvangerGemeenteId: gemeente.gemeenteId,
          regeling: layout.regeling,
          eersteJaar: Math.min(...jaren),
          laatsteJaar: Math.max(...jaren),
        });
        await repo.zetBedragen(tx, regioId, u.id, rij.bedragen);
        await schrijfAudit(tx, { regioId, actor, actie: 'geimporteerd', soort: 'uitkering', itemId: u.id, na: { naam, bedragen: rij.bedragen } });
        resultaat.toegevoegd++;
        continue;
      }
      const [huidig] = await repo.uitkeringenVanRegio(tx, regioId, [bestaand.id]);
      // Years in the file replace those years; other known years stay.
      const samen = new Map(huidig!.bedragen.map((b) => [b.jaar, b.bedragCenten]));
      for (const b of rij.bedragen) samen.set(b.jaar, b.bedragCenten);
      const nieuw = [...samen.entries()].sort((a, b) => a[0] - b[0]).map(([jaar, bedragCenten]) => ({ jaar, bedragCenten }));
      if (JSON.stringify(nieuw) === JSON.stringify(huidig!.bedragen)) {
        resultaat.ongewijzigd++;
        continue;
      }
      await repo.wijzigUitkering(tx, regioId, bestaand.id, {
        eersteJaar: Math.min(bestaand.eersteJaar, ...jaren),
        laatsteJaar: Math.max(bestaand.laatsteJaar, ...jaren),
      });
      await repo.zetBedragen(tx, regioId, bestaand.id, nieuw);
      await bewaakPlafondsVanUitkering(tx, regioId, bestaand.id);
      await schrijfAudit(tx, { regioId, actor, actie: 'geimporteerd', soort: 'uitkering', itemId: bestaand.id, voor: { bedragen: huidig!.bedragen }, na: { bedragen: nieuw } });
      resultaat.bijgewerkt++;
    }
    return resultaat;
  });
}

// --- verdeelsleutels ---------------------------------------------------------------------------

export const verdeelsleutels = (db: Db, regioId: string) => repo.verdeelsleutelsVanRegio(db, regioId);

export async function haalVerdeelsleutel(db: Db, regioId: string, id: string) {
  const [s] = await repo.verdeelsleutelsVanRegio(db, regioId, id);
  if (!s) throw nietGevonden('Deze verdeelsleutel');
  return s;
}

async function sleutelWaarden(db: Db, regioId: string, invoer: In<typeof verdeelsleutelCreateSchema>) {
  const doelen = invoer.doelen.map((d) => ({ doel: d.doel, aandeelBasispunten: d.aandeelBasispunten, lokaal: d.lokaal ?? false }));
  const gemeenten = await repo.gemeentenVanRegio(db, regioId);
  const fouten: InvalidParam[] = controleerVerdeelsleutel({ doelen, lokaleVerdeling: invoer.lokaleVerdeling, gemeenten: invoer.gemeenten }).map((p) => ({
    name: p.veld,
    code: 'verdeelsleutel',
    reason: p.reden,
  }));
  const vast = (invoer.gemeenten ?? []).map((g, i) => {
    if ((invoer.gemeenten ?? []).findIndex((x) => x.gemeentecode === g.gemeentecode) !== i) {
      fouten.push({ name: `gemeenten.${i}.gemeentecode`, code: 'dubbel', reason: `${g.gemeentecode} staat er twee keer in` });
    }
    const gevonden = gemeenten.find((x) => x.gemeentecode === g.gemeentecode);
    if (!gevonden) fouten.push({ name: `gemeenten.${i}.gemeentecode`, code: 'onbekend', reason: `${g.gemeentecode} is geen gemeente van deze regio` });
    return { gemeenteId: gevonden?.gemeenteId ?? '', aandeelBasispunten: g.aandeelBasispunten };
  });
  if (fouten.length) throw ongeldig(fouten);
  return { doelen, vast: invoer.lokaleVerdeling === 'vast' ? vast : [] };
}

export async function bewaarVerdeelsleutel(db: Db, actor: Actor, regioId: string, id: string | undefined, invoer: In<typeof verdeelsleutelUpdateSchema>) {
  const voor = id ? await haalVerdeelsleutel(db, regioId, id) : undefined;
  const volledig = {
    naam: invoer.naam ?? voor?.naam ?? '',
    lokaleVerdeling: invoer.lokaleVerdeling ?? voor?.lokaleVerdeling ?? 'geen',
    toelichting: invoer.toelichting ?? voor?.toelichting ?? '',
    doelen: invoer.doelen ?? voor?.doelen ?? [],
    gemeenten: invoer.gemeenten ?? voor?.gemeenten ?? [],
  };
  const { doelen, vast } = await sleutelWaarden(db, regioId, volledig);
  const sleutelId = await db
    .transaction(async (tx) => {
      const nieuwId = await repo.schrijfVerdeelsleutel(
        tx,
        regioId,
        id,
        { naam: volledig.naam, lokaleVerdeling: volledig.lokaleVerdeling, toelichting: volledig.toelichting },
        doelen,
        vast,
      );
      const [na] = await repo.verdeelsleutelsVanRegio(tx, regioId, nieuwId);
      await schrijfAudit(tx, { regioId, actor, actie: id ? 'gewijzigd' : 'aangemaakt', soort: 'verdeelsleutel', itemId: nieuwId, voor, na });
      return nieuwId;
    })
    .catch((error: unknown) => {
      if (isUniekeSchending(error)) throw new DomainError('conflict', `Er bestaat in deze regio al een verdeelsleutel met de naam "${volledig.naam}".`);
      throw error;
    });
  return haalVerdeelsleutel(db, regioId, sleutelId);
}

export async function verwijderVerdeelsleutel(db: Db, actor: Actor, regioId: string, id: string) {
  const voor = await haalVerdeelsleutel(db, regioId, id);
  await db.transaction(async (tx) => {
    await repo.verwijderVerdeelsleutel(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'verdeelsleutel', itemId: id, voor });
  });
}

/** Applies a key to a grant's amount for one year: amounts in cents that add up to it exactly. */
export async function pasToe(db: Db, regioId: string, verdeelsleutelId: string, uitkeringId: string, jaar: number) {
  const sleutel = await haalVerdeelsleutel(db, regioId, verdeelsleutelId);
  const uitkering = await haalUitkering(db, regioId, uitkeringId);
  const bedrag = uitkering.bedragen.find((b) => b.jaar === jaar);
  if (!bedrag) {
    throw ongeldig([{ name: 'jaar', code: 'geen-bedrag', reason: `${uitkering.naam} heeft geen bedrag voor ${jaar}` }]);
  }
  const gemeenten = await repo.gemeentenVanRegio(db, regioId);
  const toepassen = () => pasVerdeelsleutelToe(bedrag.bedragCenten, {
    doelen: sleutel.doelen,
    lokaleVerdeling: sleutel.lokaleVerdeling,
    gemeenten: gemeenten.map((g) => ({
      gemeentecode: g.gemeentecode,
      naam: g.naam,
      inwoners: g.inwoners,
      aandeelBasispunten: sleutel.gemeenten.find((v) => v.gemeentecode === g.gemeentecode)?.aandeelBasispunten ?? 0,
    })),
  });
  try {
    return { verdeelsleutelId, uitkeringId, jaar, ...toepassen() };
  } catch (error) {
    // The key was valid when saved; the region's municipalities may have changed since.
    if (error instanceof RangeError) {
      throw new DomainError('conflict', `De verdeelsleutel "${sleutel.naam}" past niet op de huidige gemeenten van de regio: ${error.message}. Pas de sleutel aan.`);
    }
    throw error;
  }
}
