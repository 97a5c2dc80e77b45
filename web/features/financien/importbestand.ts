/**
 * Reading a ledger export in the browser, only as far as the import wizard needs: the column
 * names of the first row and the number of data rows. The server reads the whole file again.
 */

export interface Bestandskop {
  kolommen: string[];
  /** Data rows (without the header); for CSV counted from the line breaks. */
  aantalRegels: number;
  xlsx: boolean;
  scheidingsteken?: ';' | ',';
}

/** ";" or ",", whichever occurs more often outside quotes in the header line. */
export function scheidingstekenVan(regel: string): ';' | ',' {
  let puntkomma = 0;
  let komma = 0;
  let inAanhalingstekens = false;
  for (const teken of regel) {
    if (teken === '"') inAanhalingstekens = !inAanhalingstekens;
    else if (!inAanhalingstekens && teken === ';') puntkomma++;
    else if (!inAanhalingstekens && teken === ',') komma++;
  }
  return komma > puntkomma ? ',' : ';';
}

/** One CSV line split into cells, with "quoted; cells" and "" as an escaped quote. */
export function splitsRegel(regel: string, scheiding: string): string[] {
  const cellen: string[] = [];
  let huidig = '';
  let inAanhalingstekens = false;
  for (let i = 0; i < regel.length; i++) {
    const teken = regel[i]!;
    if (inAanhalingstekens) {
      if (teken === '"' && regel[i + 1] === '"') {
        huidig += '"';
        i++;
      } else if (teken === '"') inAanhalingstekens = false;
      else huidig += teken;
    } else if (teken === '"') inAanhalingstekens = true;
    else if (teken === scheiding) {
      cellen.push(huidig.trim());
      huidig = '';
    } else huidig += teken;
  }
  cellen.push(huidig.trim());
  return cellen;
}

export function isXlsx(bestand: File): boolean {
  return /\.xlsx$/i.test(bestand.name) || bestand.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
}

export function leesCsvKop(tekst: string): Bestandskop {
  const zonderBom = tekst.replace(/^\uFEFF/, '');
  const regels = zonderBom.split(/\r?\n/);
  const kop = regels[0] ?? '';
  const scheidingsteken = scheidingstekenVan(kop);
  const kolommen = splitsRegel(kop, scheidingsteken).filter((k) => k !== '');
  const aantalRegels = regels.slice(1).filter((r) => r.trim() !== '').length;
  return { kolommen, aantalRegels, xlsx: false, scheidingsteken };
}

export async function leesKop(bestand: File): Promise<Bestandskop> {
  if (isXlsx(bestand)) {
    const { default: ExcelJS } = await import('exceljs');
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(await bestand.arrayBuffer());
    const blad = boek.worksheets[0];
    if (!blad) return { kolommen: [], aantalRegels: 0, xlsx: true };
    const kolommen: string[] = [];
    blad.getRow(1).eachCell({ includeEmpty: false }, (cel) => {
      const tekst = cel.text.trim();
      if (tekst) kolommen.push(tekst);
    });
    return { kolommen, aantalRegels: Math.max(0, blad.actualRowCount - 1), xlsx: true };
  }
  return leesCsvKop(await bestand.text());
}
