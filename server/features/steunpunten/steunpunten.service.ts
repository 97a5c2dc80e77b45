import type { z } from 'zod';
import type {
  Dekking,
  Gemeentegrenzen,
  GrenzenImportResultaat,
  Steunpunt,
  steunpuntCreateSchema,
  steunpuntUpdateSchema,
} from '../../../common/contracts/steunpunten';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import { type Actor, heeftRecht } from '../toegang/rechten.rules';
import { berekenDekking } from './dekking.rules';
import { type Grens, leesGrenzen, leesGrenzenUitJson } from './grenzen.rules';
import * as repo from './steunpunten.repository';

type Nieuw = z.output<typeof steunpuntCreateSchema>;
type Wijziging = z.output<typeof steunpuntUpdateSchema>;

const toon = (r: repo.SteunpuntRij): Steunpunt => {
  const s = r.steunpunt;
  return {
    id: s.id,
    naam: s.naam,
    adres: { straat: s.straat, huisnummer: s.huisnummer, postcode: s.postcode, plaats: s.plaats },
    gemeente: { gemeentecode: r.gemeentecode, naam: r.gemeenteNaam },
    exploitant: {
      organisatie: s.exploitantOrganisatieId && r.organisatieNaam ? { id: s.exploitantOrganisatieId, naam: r.organisatieNaam } : null,
      naam: s.exploitantNaam,
    },
    doelgroepen: s.doelgroepen,
    openVoorIedereen: s.openVoorIedereen,
    openingstijden: s.openingstijden,
    contact: { telefoon: s.telefoon, email: s.email, website: s.website },
    openbaar: s.openbaar,
    bijgewerktOp: s.bijgewerktOp.toISOString(),
  };
};

export async function lijst(db: Db, regioId: string, filter: repo.SteunpuntFilter) {
  return (await repo.steunpunten(db, regioId, filter)).map(toon);
}

export async function haal(db: Db, regioId: string, id: string) {
  const [r] = await repo.steunpunten(db, regioId, { ids: [id] });
  if (!r) throw nietGevonden('Dit steunpunt');
  return toon(r);
}

const geenRecht = (gemeenteNaam: string) =>
  new DomainError(
    'geen-toegang',
    `U kunt geen steunpunten in ${gemeenteNaam} vastleggen of wijzigen: dat kan de regiocoördinator en de beleidsadviseur van ${gemeenteNaam}.`,
  );

/**
 * Looks up the municipality and operator named in the input within this region, naming every
 * field that does not belong to it; then checks that the actor may act for that municipality.
 */
async function controleer(tx: Db, actor: Actor, regioId: string, invoer: Wijziging) {
  const fouten: InvalidParam[] = [];
  let gemeente: Awaited<ReturnType<typeof repo.vindGemeenteInRegio>>;
  if (invoer.gemeentecode !== undefined) {
    gemeente = await repo.vindGemeenteInRegio(tx, regioId, invoer.gemeentecode);
    if (!gemeente) fouten.push({ name: 'gemeentecode', code: 'buiten-regio', reason: `${invoer.gemeentecode} is geen gemeente van deze regio; kies een van de gemeenten van de regio` });
  }
  if (invoer.exploitantOrganisatieId && !(await repo.vindOrganisatie(tx, regioId, invoer.exploitantOrganisatieId))) {
    fouten.push({ name: 'exploitantOrganisatieId', code: 'onbekend', reason: 'Deze organisatie hoort niet bij de regio; kies een organisatie van de regio of vul alleen een naam in' });
  }
  if (fouten.length) throw ongeldig(fouten);
  if (gemeente && !heeftRecht(actor, regioId, 'steunpunten.bewerken', { gemeenteId: gemeente.gemeenteId })) throw geenRecht(gemeente.naam);
  return gemeente;
}

const dubbel = (naam: string | undefined) => (error: unknown): never => {
  if (isUniekeSchending(error)) {
    throw new DomainError('conflict', `Er is in deze gemeente al een steunpunt met de naam "${naam}".`, [
      { name: 'naam', code: 'dubbel', reason: 'Deze gemeente heeft al een steunpunt met deze naam' },
    ]);
  }
  throw error;
};

function waarden(invoer: Wijziging): Partial<repo.SteunpuntWaarden> {
  const { gemeentecode: _g, ...rest } = invoer;
  // Only what was sent: a PATCH leaves the other fields as they are.
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<repo.SteunpuntWaarden>;
}

export async function maak(db: Db, actor: Actor, regioId: string, invoer: Nieuw) {
  const id = await db
    .transaction(async (tx) => {
      const gemeente = (await controleer(tx, actor, regioId, invoer))!;
      const id = await repo.maak(tx, regioId, {
        ...(waarden(invoer) as repo.SteunpuntWaarden),
        exploitantOrganisatieId: invoer.exploitantOrganisatieId ?? null,
        gemeenteId: gemeente.gemeenteId,
      });
      const na = await haal(tx, regioId, id);
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'steunpunt', itemId: id, omschrijving: `${na.naam} (${na.gemeente.naam})`, na });
      return id;
    })
    .catch(dubbel(invoer.naam));
  return haal(db, regioId, id);
}

/** A change is checked against both the old and the new municipality: an officer cannot move a point away, nor take one in. */
export async function wijzig(db: Db, actor: Actor, regioId: string, id: string, invoer: Wijziging) {
  await db
    .transaction(async (tx) => {
      const bestaand = await repo.vergrendel(tx, regioId, id);
      if (!bestaand) throw nietGevonden('Dit steunpunt');
      const voor = await haal(tx, regioId, id);
      if (!heeftRecht(actor, regioId, 'steunpunten.bewerken', { gemeenteId: bestaand.gemeenteId })) throw geenRecht(voor.gemeente.naam);
      const gemeente = await controleer(tx, actor, regioId, invoer);
      await repo.wijzig(tx, regioId, id, { ...waarden(invoer), ...(gemeente && { gemeenteId: gemeente.gemeenteId }) });
      const na = await haal(tx, regioId, id);
      await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'steunpunt', itemId: id, omschrijving: `${na.naam} (${na.gemeente.naam})`, voor, na });
    })
    .catch(dubbel(invoer.naam));
  return haal(db, regioId, id);
}

export async function verwijder(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const bestaand = await repo.vergrendel(tx, regioId, id);
    if (!bestaand) throw nietGevonden('Dit steunpunt');
    const voor = await haal(tx, regioId, id);
    if (!heeftRecht(actor, regioId, 'steunpunten.bewerken', { gemeenteId: bestaand.gemeenteId })) throw geenRecht(voor.gemeente.naam);
    await repo.verwijder(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'steunpunt', itemId: id, omschrijving: `${voor.naam} (${voor.gemeente.naam})`, voor });
  });
}

export async function dekking(db: Db, regioId: string): Promise<Dekking> {
  const [tellingen, gemeentenMetGrens] = await Promise.all([repo.tellingen(db, regioId), repo.aantalGrenzenVanRegio(db, regioId)]);
  return { ...berekenDekking(tellingen), gemeentenMetGrens };
}

export async function grenzenVanRegio(db: Db, regioId: string): Promise<Gemeentegrenzen> {
  const rijen = await repo.grenzenVanRegio(db, regioId);
  return {
    type: 'FeatureCollection',
    features: rijen.map((r) => ({
      type: 'Feature' as const,
      id: r.gemeentecode,
      properties: { gemeentecode: r.gemeentecode, naam: r.naam },
      geometry: r.geometrie as Gemeentegrenzen['features'][number]['geometry'],
    })),
  };
}

/** JSON with its object keys sorted: jsonb does not keep the order of the file, so compare like this. */
function vast(v: unknown): string {
  return JSON.stringify(v, (_k, w: unknown) =>
    w && typeof w === 'object' && !Array.isArray(w) ? Object.fromEntries(Object.entries(w).sort(([a], [b]) => a.localeCompare(b))) : w,
  );
}

/**
 * Imports municipal boundaries (national reference data), all or nothing: a file with any invalid
 * feature, or with no code the register knows, writes nothing. Codes the register does not know
 * are skipped and reported. Idempotent: an unchanged boundary is not rewritten.
 */
export async function importeerGrenzen(db: Db, actor: Actor | null, bestand: string | unknown, bestandsnaam = 'upload'): Promise<GrenzenImportResultaat> {
  const gelezen = typeof bestand === 'string' ? leesGrenzen(bestand) : leesGrenzenUitJson(bestand);
  if ('fouten' in gelezen) {
    throw ongeldig(
      gelezen.fouten.slice(0, 50).map((f) => ({ name: f.plaats, code: f.code, reason: f.reden })),
      `${gelezen.fouten.length} fout(en) in het bestand; er is niets geïmporteerd. ` +
        gelezen.fouten
          .slice(0, 3)
          .map((f) => `${f.plaats}: ${f.reden}.`)
          .join(' '),
    );
  }
  return db.transaction(async (tx) => {
    const register = await repo.registercodes(tx);
    const bekend = gelezen.grenzen.filter((g) => register.has(g.gemeentecode));
    const onbekend = gelezen.grenzen.filter((g) => !register.has(g.gemeentecode)).map((g) => g.gemeentecode);
    if (bekend.length === 0) {
      throw ongeldig(
        [{ name: 'bestand', code: 'geen-bekende-gemeenten', reason: `Geen van de ${gelezen.grenzen.length} gemeentecodes (zoals ${onbekend.slice(0, 3).join(', ')}) staat in het gemeenteregister; importeer eerst de gemeenten` }],
      );
    }
    const bestaand = new Map((await repo.alleGrenzen(tx)).map((g) => [g.gemeentecode, vast(g.geometrie)]));
    const nieuw: Grens[] = bekend.filter((g) => !bestaand.has(g.gemeentecode));
    const gewijzigd: Grens[] = bekend.filter((g) => bestaand.has(g.gemeentecode) && bestaand.get(g.gemeentecode) !== vast(g.geometrie));
    await repo.zetGrenzen(tx, [...nieuw, ...gewijzigd]);
    const resultaat = {
      aantalFeatures: gelezen.grenzen.length,
      toegevoegd: nieuw.length,
      bijgewerkt: gewijzigd.length,
      ongewijzigd: bekend.length - nieuw.length - gewijzigd.length,
      onbekend: { aantal: onbekend.length, eerste: onbekend.slice(0, 5) },
    };
    if (nieuw.length + gewijzigd.length > 0) {
      await schrijfAudit(tx, {
        regioId: null,
        actor,
        actie: 'geimporteerd',
        soort: 'gemeentegrenzen',
        itemId: bestandsnaam,
        omschrijving: `${resultaat.toegevoegd} toegevoegd, ${resultaat.bijgewerkt} bijgewerkt`,
        // The codes, not the geometry: the history stays readable and small.
        na: { toegevoegd: nieuw.map((g) => g.gemeentecode), bijgewerkt: gewijzigd.map((g) => g.gemeentecode) },
      });
    }
    return resultaat;
  });
}
