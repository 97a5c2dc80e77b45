import ExcelJS from 'exceljs';
import type { Cel } from '../boekingen/boekingen-import.rules';

/**
 * Reads the first worksheet of an XLSX file as a table with line numbers. Formulas are kept as
 * formulas (not their cached results) so that the import can refuse a formula where a number
 * belongs: a cached value may be stale, and the user should see which cell it is.
 */
export async function leesXlsx(inhoud: Buffer): Promise<{ kop: string[]; rijen: { regel: number; cellen: Cel[] }[] } | { fout: string }> {
  const boek = new ExcelJS.Workbook();
  try {
    await boek.xlsx.load(inhoud as unknown as ArrayBuffer);
  } catch (error) {
    return { fout: `Geen leesbaar Excel-bestand (.xlsx): ${(error as Error).message}` };
  }
  const blad = boek.worksheets[0];
  if (!blad || blad.rowCount === 0) return { fout: 'Het eerste werkblad is leeg' };
  const waarde = (cel: ExcelJS.Cell): Cel => {
    const v = cel.value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'object' && v !== null && !(v instanceof Date)) {
      if ('formula' in v || 'sharedFormula' in v) return { formule: String((v as { formula?: string; sharedFormula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula) };
      if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
      if ('text' in v) return String((v as { text: unknown }).text);
      if ('error' in v) return { formule: String((v as { error: unknown }).error) };
      return String(v);
    }
    return v as Cel;
  };
  const kopRij = blad.getRow(1);
  const kop: string[] = [];
  for (let k = 1; k <= blad.columnCount; k++) kop.push(String(waarde(kopRij.getCell(k)) ?? '').trim());
  const rijen: { regel: number; cellen: Cel[] }[] = [];
  blad.eachRow({ includeEmpty: false }, (rij, regel) => {
    if (regel === 1) return;
    const cellen: Cel[] = [];
    for (let k = 1; k <= kop.length; k++) cellen.push(waarde(rij.getCell(k)));
    if (cellen.every((c) => c === null || c === '')) return;
    rijen.push({ regel, cellen });
  });
  return { kop, rijen };
}
