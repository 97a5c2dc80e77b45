import { createHash, randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { boekingImportQuerySchema } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { csvVeld, inRuweTransactie } from '../../db/bulk';
import type { Database, Db } from '../../db/client';
import { organisatie } from '../../db/schema/index';
import { DomainError, nietGevonden, ongeldig } from '../../errors';
import { begrotingen } from '../begroting/begroting.service';
import { schrijfAudit } from '../historie/historie.repository';
import { leesCsv } from '../importen/csv.rules';
import { leesXlsx } from '../importen/xlsx';
import type { Actor } from '../toegang/rechten.rules';
import { gemeentenVanRegio } from '../regios/regios.repository';
import { uitkeringen } from '../uitkeringen/uitkeringen.service';
import { type Boekingsrij, type Cel, leesBoekingen, type Toewijzing } from './boekingen-import.rules';
import * as repo from './boekingen.repository';

export async function boekingen(db: Db, regioId: string, filter: repo.BoekingFilter, pagina: number, paginaGrootte: number) {
  const { rijen, totaal } = await repo.zoekBoekingen(db, regioId, filter, pagina, paginaGrootte);
  return {
    items: rijen.map((r) => ({
      id: r.b.id,
      soort: r.b.soort as 'verplichting' | 'uitgave',
      datum: r.b.datum,
      bedragCenten: r.b.bedragCenten,
      begrotingsregel: { id: r.b.begrotingsregelId, code: r.regelCode, omschrijving: r.regelOmschrijving },
      uitkering: { id: r.b.uitkeringId, naam: r.uitkeringNaam },
      gemeente: r.gemeentecode ? { gemeentecode: r.gemeentecode, naam: r.gemeenteNaam! } : null,
      organisatie: r.b.organisatieId && r.organisatieNaam ? { id: r.b.organisatieId, naam: r.organisatieNaam } : null,
      activiteit: r.b.activiteit,
      documentreferentie: r.b.documentreferentie,
      omschrijving: r.b.omschrijving,
      importId: r.b.importId,
    })),
    totaal,
    pagina,
    paginaGrootte,
    totaalPaginas: Math.ceil(totaal / paginaGrootte),
  };
}

type ImportQuery = z.output<typeof boekingImportQuerySchema>;

/** At most this many problems are listed; the detail says how many more there are. */
const MAX_GEMELDE_FOUTEN = 1000;

export const BOEKING_KOLOMMEN = [
  'regio_id', 'soort', 'datum', 'bedrag_centen', 'begrotingsregel_id', 'uitkering_id', 'gemeente_id',
  'organisatie_id', 'activiteit', 'documentreferentie', 'documentbedrag_centen', 'omschrijving', 'import_id', 'import_regel',
];

function* alsCsv(regioId: string, importId: string, rijen: Boekingsrij[]) {
  const blok: string[] = [];
  for (const r of rijen) {
    blok.push(
      [
        csvVeld(regioId), csvVeld(r.soort), csvVeld(r.datum), csvVeld(r.bedragCenten), csvVeld(r.begrotingsregelId), csvVeld(r.uitkeringId),
        r.gemeenteId ? csvVeld(r.gemeenteId) : '', r.organisatieId ? csvVeld(r.organisatieId) : '', csvVeld(r.activiteit),
        csvVeld(r.documentreferentie), csvVeld(r.documentbedragCenten), csvVeld(r.omschrijving), csvVeld(importId), csvVeld(r.regel),
      ].join(',') + '\n',
    );
    if (blok.length === 5000) yield blok.splice(0).join('');
  }
  if (blok.length) yield blok.join('');
}

/**
 * Imports a ledger export (CSV or XLSX) with the user's column mapping. All or nothing: any bad
 * row refuses the whole file, every bad row named by line number. The same file twice is refused
 * as a duplicate (its SHA-256 is kept), so it never adds anything the second time. Rows are
 * written with COPY, in one transaction with the import record and its audit row.
 */
export async function importeerBoekingen(
  database: Database,
  actor: Actor,
  regioId: string,
  inhoud: string | Buffer,
  soortBestand: 'csv' | 'xlsx',
  q: ImportQuery,
) {
  const db = database.db;
  const sha256 = createHash('sha256').update(inhoud).digest('hex');
  const eerder = await repo.vindImportOpHash(db, regioId, sha256);
  if (eerder) {
    throw new DomainError(
      'conflict',
      `Dit bestand is al geïmporteerd als "${eerder.bestandsnaam}" op ${eerder.aangemaaktOp.toISOString().slice(0, 10)} ` +
        `(${eerder.aantalRegels} boekingen); er is niets toegevoegd.`,
    );
  }

  let tabel: { kop: string[]; rijen: { regel: number; cellen: Cel[] }[] };
  if (soortBestand === 'xlsx') {
    const x = await leesXlsx(Buffer.isBuffer(inhoud) ? inhoud : Buffer.from(inhoud));
    if ('fout' in x) throw ongeldig([{ name: 'bestand', code: 'onleesbaar', reason: x.fout }]);
    tabel = x;
  } else {
    const c = leesCsv(typeof inhoud === 'string' ? inhoud : inhoud.toString('utf8'));
    if ('fout' in c) throw ongeldig([{ name: `regel ${c.regel}: bestand`, code: 'onleesbaar', reason: c.fout }]);
    tabel = c.tabel;
  }

  const begrotingenVanJaar = await begrotingen(db, regioId, q.jaar);
  const begroting = q.begrotingId ? begrotingenVanJaar.find((b) => b.id === q.begrotingId) : begrotingenVanJaar.length === 1 ? begrotingenVanJaar[0] : undefined;
  if (!begroting) {
    throw ongeldig([
      {
        name: q.begrotingId ? 'begrotingId' : 'jaar',
        code: 'geen-begroting',
        reason: begrotingenVanJaar.length > 1 ? `Er zijn ${begrotingenVanJaar.length} begrotingen voor ${q.jaar}: kies er een met begrotingId` : `Geen begroting van deze regio voor ${q.jaar}`,
      },
    ]);
  }
  const alleUitkeringen = await uitkeringen(db, regioId);
  const gemeenten = await gemeentenVanRegio(db, regioId);
  const organisaties = await db.select({ id: organisatie.id, naam: organisatie.naam }).from(organisatie).where(eq(organisatie.regioId, regioId)).orderBy(asc(organisatie.naam));
  const ctx = {
    regels: new Map(begroting.alleRegels.map((r) => [r.code, { id: r.id, jaar: begroting.jaar }] as const)),
    uitkeringenOpId: new Map(alleUitkeringen.map((u) => [u.id, u] as const)),
    uitkeringenOpNaam: new Map(alleUitkeringen.map((u) => [u.naam.toLowerCase(), u] as const)),
    gemeenten: new Map(gemeenten.flatMap((g) => [[g.gemeentecode, g.gemeenteId] as const, [g.naam.toLowerCase(), g.gemeenteId] as const])),
    organisaties: new Map(organisaties.map((o) => [o.naam.toLowerCase(), o.id] as const)),
  };
  const toewijzing: Toewijzing = {
    datum: q.kolomDatum,
    bedrag: q.kolomBedrag,
    begrotingsregel: q.kolomBegrotingsregel,
    uitkering: q.kolomUitkering,
    vasteUitkeringId: q.uitkeringId,
    soort: q.kolomSoort,
    vasteSoort: q.soort,
    gemeente: q.kolomGemeente,
    organisatie: q.kolomOrganisatie,
    activiteit: q.kolomActiviteit,
    documentreferentie: q.kolomDocumentreferentie,
    documentbedrag: q.kolomDocumentbedrag,
    omschrijving: q.kolomOmschrijving,
  };
  const { rijen, fouten } = leesBoekingen(tabel.kop, tabel.rijen, toewijzing, ctx);
  if (fouten.length) {
    const regels = new Set(fouten.map((f) => f.regel)).size;
    throw ongeldig(
      fouten.slice(0, MAX_GEMELDE_FOUTEN).map((f) => ({ name: `regel ${f.regel}: ${f.kolom}`, code: 'ongeldige-regel', reason: f.reden })),
      `${regels} van de ${tabel.rijen.length} regels afgekeurd; er is niets geïmporteerd.` +
        (fouten.length > MAX_GEMELDE_FOUTEN ? ` De eerste ${MAX_GEMELDE_FOUTEN} van ${fouten.length} meldingen staan hieronder.` : ''),
    );
  }
  const totaalCenten = rijen.reduce((s, r) => s + r.bedragCenten, 0);
  const voorbeeld = rijen.slice(0, 10).map((r) => ({ regel: r.regel, datum: r.datum, bedragCenten: r.bedragCenten, soort: r.soort, documentreferentie: r.documentreferentie }));
  if (q.proef) return { id: null, bestandsnaam: q.bestandsnaam, aantalRegels: rijen.length, totaalCenten, proef: true, voorbeeld };

  const importId = randomUUID();
  await inRuweTransactie(database, async (tx) => {
    await tx.query(
      'insert into boekingimport (id, regio_id, bestandsnaam, sha256, aantal_regels, totaal_centen, gebruiker_id) values ($1, $2, $3, $4, $5, $6, $7)',
      [importId, regioId, q.bestandsnaam, sha256, rijen.length, totaalCenten, actor.gebruikerId],
    );
    await tx.kopieer('boeking', BOEKING_KOLOMMEN, alsCsv(regioId, importId, rijen));
    await tx.query(
      'insert into auditregel (regio_id, gebruiker_id, gebruiker_naam, actie, soort, item_id, omschrijving, na) values ($1, $2, $3, $4, $5, $6, $7, $8)',
      [regioId, actor.gebruikerId, actor.naam, 'geimporteerd', 'boekingimport', importId, `${rijen.length} boekingen, ${formatEuro(totaalCenten)}`, JSON.stringify({ bestandsnaam: q.bestandsnaam, sha256, aantalRegels: rijen.length, totaalCenten })],
    );
  }).catch((error: unknown) => {
    // Two uploads of one file at the same moment: the unique hash lets only one through.
    if ((error as { code?: string }).code === '23505') throw new DomainError('conflict', 'Dit bestand wordt of is al geïmporteerd; er is niets toegevoegd.');
    throw error;
  });
  return { id: importId, bestandsnaam: q.bestandsnaam, aantalRegels: rijen.length, totaalCenten, proef: false, voorbeeld };
}

export async function importen(db: Db, regioId: string) {
  return (await repo.importenVanRegio(db, regioId)).map((i) => ({
    id: i.id,
    bestandsnaam: i.bestandsnaam,
    aantalRegels: i.aantalRegels,
    totaalCenten: i.totaalCenten,
    aangemaaktOp: i.aangemaaktOp.toISOString(),
  }));
}

/** Undoes an import: its ledger rows go with it, in one transaction with the audit row. */
export async function verwijderImport(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const i = await repo.vindImport(tx, regioId, id);
    if (!i) throw nietGevonden('Deze import');
    await repo.verwijderImport(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'boekingimport', itemId: id, voor: { bestandsnaam: i.bestandsnaam, aantalRegels: i.aantalRegels, totaalCenten: i.totaalCenten } });
  });
}

// --- importprofielen: saved column mappings ------------------------------------------------------

export async function importprofielen(db: Db, regioId: string) {
  return (await repo.profielenVanRegio(db, regioId)).map((p) => ({ id: p.id, naam: p.naam, toewijzing: p.toewijzing as never, bijgewerktOp: p.bijgewerktOp.toISOString() }));
}

export async function bewaarImportprofiel(db: Db, actor: Actor, regioId: string, naam: string, toewijzing: Record<string, unknown>) {
  const p = await db.transaction(async (tx) => {
    const rij = await repo.bewaarProfiel(tx, regioId, naam, toewijzing);
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'importprofiel', itemId: rij.id, na: { naam, toewijzing } });
    return rij;
  });
  return { id: p.id, naam: p.naam, toewijzing: p.toewijzing as never, bijgewerktOp: p.bijgewerktOp.toISOString() };
}

export async function verwijderImportprofiel(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const voor = await repo.verwijderProfiel(tx, regioId, id);
    if (!voor) throw nietGevonden('Dit importprofiel');
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'importprofiel', itemId: id, voor });
  });
}
