import ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import * as repo from './besluiten.repository';
import { besluiten } from './besluiten.service';

const uitkomstTekst = { aangenomen: 'aangenomen', verworpen: 'verworpen' } as const;
const wijzeTekst = { consensus: 'consensus', meerderheid: 'meerderheid', 'zonder-stemming': 'zonder stemming' } as const;

/** "2024-03-20" as a date cell (UTC midnight, so Excel shows the same day everywhere). */
const datumCel = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The decision list (besluitenlijst) as a real workbook: one sheet with a row per decision and one
 * with every municipality's vote, so councils can see how their alderman voted (DOMAIN.md §6, §11).
 */
export async function besluitenlijstXlsx(db: Db, regioId: string, filter: { overlegorgaanId?: string | undefined; jaar?: number | undefined }): Promise<Buffer> {
  const lijst = await besluiten(db, regioId, filter);
  const stemmen = await repo.stemmenVan(db, regioId, lijst.map((b) => b.agendapunt.id));
  const boek = new ExcelJS.Workbook();
  boek.creator = 'Regiekamer';

  const blad = boek.addWorksheet('Besluitenlijst', { views: [{ state: 'frozen', ySplit: 1 }] });
  blad.columns = [
    { header: 'Nummer', width: 18 },
    { header: 'Datum', width: 12, style: { numFmt: 'd-m-yyyy' } },
    { header: 'Overlegorgaan', width: 34 },
    { header: 'Agendapunt', width: 40 },
    { header: 'Voorstel', width: 50 },
    { header: 'Uitkomst', width: 12 },
    { header: 'Wijze', width: 16 },
    { header: 'Voor', width: 7, style: { numFmt: '0' } },
    { header: 'Tegen', width: 7, style: { numFmt: '0' } },
    { header: 'Onthouding', width: 11, style: { numFmt: '0' } },
    { header: 'Afwezig', width: 8, style: { numFmt: '0' } },
    { header: 'Gevolg', width: 50 },
    { header: 'Referentie', width: 36 },
  ];
  blad.getRow(1).font = { bold: true };
  for (const b of lijst) {
    blad.addRow([
      b.nummer,
      datumCel(b.datum),
      b.overlegorgaan.naam,
      b.agendapunt.titel,
      b.voorstel?.omschrijving ?? '',
      uitkomstTekst[b.uitkomst],
      wijzeTekst[b.wijze],
      b.aantalVoor,
      b.aantalTegen,
      b.aantalOnthouding,
      b.aantalAfwezig,
      b.gevolg.omschrijving,
      b.referentie,
    ]);
  }

  const perGemeente = boek.addWorksheet('Stemmen per gemeente', { views: [{ state: 'frozen', ySplit: 1 }] });
  perGemeente.columns = [
    { header: 'Nummer', width: 18 },
    { header: 'Gemeente', width: 24 },
    { header: 'CBS-code', width: 10 },
    { header: 'Aanwezig', width: 10 },
    { header: 'Stem', width: 12 },
  ];
  perGemeente.getRow(1).font = { bold: true };
  for (const b of lijst) {
    for (const s of stemmen.filter((x) => x.s.agendapuntId === b.agendapunt.id)) {
      perGemeente.addRow([b.nummer, s.gemeenteNaam, s.gemeentecode, s.s.aanwezig ? 'ja' : 'nee', s.s.keuze ?? 'afwezig']);
    }
  }
  return Buffer.from(await boek.xlsx.writeBuffer());
}
