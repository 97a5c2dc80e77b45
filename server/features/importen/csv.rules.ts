import { parse } from 'csv-parse/sync';

/**
 * Reading a CSV export as a table with line numbers: ";" or "," (whichever the header uses
 * more), UTF-8 with or without BOM, quoted fields. Line numbers are those of the file, so a
 * user finds the row in their own editor.
 */
export interface Tabel {
  kop: string[];
  rijen: { regel: number; cellen: string[] }[];
}

export function raadScheidingsteken(eersteRegel: string): ',' | ';' {
  const puntkomma = (eersteRegel.match(/;/g) ?? []).length;
  const komma = (eersteRegel.match(/,/g) ?? []).length;
  return puntkomma > komma ? ';' : ',';
}

export function leesCsv(tekst: string): { tabel: Tabel } | { regel: number; fout: string } {
  const zonderBom = tekst.replace(/^\uFEFF/, '');
  if (zonderBom.trim() === '') return { regel: 1, fout: 'Het bestand is leeg' };
  const eersteRegel = zonderBom.split(/\r?\n/, 1)[0] ?? '';
  try {
    const records = parse(zonderBom, {
      delimiter: raadScheidingsteken(eersteRegel),
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const [kop, ...rest] = records;
    return {
      tabel: {
        kop: kop?.record ?? [],
        rijen: rest.map((r) => ({ regel: r.info.lines, cellen: r.record })),
      },
    };
  } catch (error) {
    return { regel: (error as { lines?: number }).lines ?? 1, fout: `Geen geldige CSV: ${(error as Error).message}` };
  }
}
