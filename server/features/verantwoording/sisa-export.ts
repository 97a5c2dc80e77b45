import ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import { sisa, sisaIndicatoren } from './verantwoording.service';

/**
 * The SiSa figures as the finance officers deliver them: one row per municipality and grant, one
 * column per indicator of the grant's regulation and year (codes are data: the ministry renumbers
 * them yearly). Without an indicator set the columns carry Regiekamer's own names.
 */
const standaard = [
  { code: '', label: 'Besteding ten laste van de uitkering in het jaar', controle: '', grootheid: 'besteding-jaar' },
  { code: '', label: 'Overige besteding', controle: '', grootheid: 'overige-besteding' },
  { code: '', label: 'Cumulatieve besteding tot en met het jaar', controle: '', grootheid: 'cumulatief' },
  { code: '', label: 'Toelichting op afwijkingen', controle: '', grootheid: 'toelichting-afwijking' },
  { code: '', label: 'Eindverantwoording', controle: '', grootheid: 'eindverantwoording' },
];

export async function sisaTabel(db: Db, regioId: string, jaar: number) {
  const regels = await sisa(db, regioId, jaar);
  const sets = new Map<string, Awaited<ReturnType<typeof sisaIndicatoren>>>();
  for (const soort of new Set(regels.map((r) => r.uitkering.soort))) {
    const set = await sisaIndicatoren(db, soort, jaar);
    sets.set(soort, set.length ? set : standaard);
  }
  const kolommen = [...new Map([...sets.values()].flat().map((i) => [`${i.code}|${i.label}`, i] as const)).values()];
  const rijen = regels.map((r) => {
    const set = sets.get(r.uitkering.soort)!;
    const waarden = kolommen.map((k) => {
      if (!set.some((i) => i.code === k.code && i.label === k.label)) return null;
      switch (k.grootheid) {
        case 'besteding-jaar':
          return r.bestedingJaarCenten / 100;
        case 'overige-besteding':
          return r.overigeBestedingCenten / 100;
        case 'cumulatief':
          return r.cumulatiefCenten / 100;
        case 'toelichting-afwijking':
          return r.toelichtingAfwijking;
        default:
          return r.eindverantwoording ? 'Ja' : 'Nee';
      }
    });
    return [r.gemeente.naam, r.gemeente.gemeentecode, r.uitkering.naam, r.jaar, ...waarden];
  });
  const kop = ['Gemeente', 'CBS-code', 'Uitkering', 'Jaar', ...kolommen.map((k) => (k.code ? `${k.code} ${k.label}` : k.label))];
  return { kop, rijen, kolommen };
}

export async function sisaXlsx(db: Db, regioId: string, jaar: number): Promise<Buffer> {
  const { kop, rijen, kolommen } = await sisaTabel(db, regioId, jaar);
  const boek = new ExcelJS.Workbook();
  const blad = boek.addWorksheet(`SiSa ${jaar}`);
  blad.addRow(kop).font = { bold: true };
  for (const rij of rijen) blad.addRow(rij);
  blad.columns.forEach((kolom, i) => {
    kolom.width = i < 3 ? 28 : 22;
    const grootheid = kolommen[i - 4]?.grootheid;
    if (grootheid === 'besteding-jaar' || grootheid === 'overige-besteding' || grootheid === 'cumulatief') kolom.numFmt = '€ #,##0.00';
  });
  blad.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await boek.xlsx.writeBuffer());
}

const csvCel = (v: unknown) => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v.toFixed(2).replace('.', ',');
  const s = String(v);
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV for Dutch spreadsheet programs: ";" separated, decimal comma, with BOM. */
export async function sisaCsv(db: Db, regioId: string, jaar: number): Promise<string> {
  const { kop, rijen } = await sisaTabel(db, regioId, jaar);
  return '\uFEFF' + [kop, ...rijen].map((r) => r.map((v, i) => (i === 3 ? String(v) : csvCel(v))).join(';')).join('\r\n') + '\r\n';
}
