import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';

/**
 * "Exporteren naar Excel" (UI.md "List → detail → edit"): a real .xlsx with real numbers and
 * dates, so the figures can be added up and sorted in Excel. exceljs loads only on first use.
 */

export type Excelsoort = 'tekst' | 'getal' | 'euro' | 'datum' | 'datumtijd' | 'percentage';

export interface Excelkolom {
  kop: string;
  /**
   * How the values of the column are written: euro takes integer cents, percentage basis points,
   * datum "2024-03-20", datumtijd an ISO timestamp ("2026-11-22T11:26:00.000Z").
   */
  soort?: Excelsoort;
  /** Width in characters; by default from the header and the values. */
  breedte?: number;
}

export type Excelwaarde = string | number | null | undefined;

export interface Excelblad {
  naam: string;
  kolommen: Excelkolom[];
  rijen: Excelwaarde[][];
  /** A last row in bold (totals). */
  totaal?: Excelwaarde[];
}

const euroFormaat = '"€" #,##0.00;-"€" #,##0.00';
const euroHeelFormaat = '"€" #,##0;-"€" #,##0';

/** "Noord- en Midden-Limburg" → "noord-en-midden-limburg", for file names. */
export function bestandsdeel(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "boekingen", "Noord- en Midden-Limburg", 2024 → "boekingen-noord-en-midden-limburg-2024.xlsx". */
export function excelBestandsnaam(...delen: Array<string | number | null | undefined>): string {
  const naam = delen
    .filter((d) => d !== null && d !== undefined && d !== '')
    .map((d) => bestandsdeel(String(d)))
    .filter(Boolean)
    .join('-');
  return `${naam || 'export'}.xlsx`;
}

const klokNederland = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

function celwaarde(soort: Excelsoort, waarde: Excelwaarde): string | number | Date | null {
  if (waarde === null || waarde === undefined || waarde === '') return null;
  switch (soort) {
    case 'euro':
      // Integer cents → euros; dividing an integer below 2^53 by 100 gives the nearest double.
      return typeof waarde === 'number' ? waarde / 100 : waarde;
    case 'percentage':
      return typeof waarde === 'number' ? waarde / 10000 : waarde;
    case 'datum': {
      const m = typeof waarde === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(waarde) : null;
      if (!m) return waarde;
      return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    }
    case 'datumtijd': {
      const moment = typeof waarde === 'string' ? new Date(waarde) : null;
      if (!moment || Number.isNaN(moment.getTime())) return waarde;
      // Excel has no time zones: write the clock time in the Netherlands, as the pages show it.
      const deel = Object.fromEntries(klokNederland.formatToParts(moment).map((p) => [p.type, Number(p.value)]));
      return new Date(Date.UTC(deel.year!, deel.month! - 1, deel.day!, deel.hour!, deel.minute!, deel.second!));
    }
    default:
      return waarde;
  }
}

function tekstbreedte(waarde: Excelwaarde, soort: Excelsoort): number {
  if (waarde === null || waarde === undefined) return 0;
  if (soort === 'euro' && typeof waarde === 'number') return String(Math.round(waarde / 100)).length + 7;
  if (soort === 'datum') return 11;
  if (soort === 'datumtijd') return 17;
  return String(waarde).length;
}

/** Builds the workbook; exported for tests and for pages that need more than one sheet. */
export async function maakWerkboek(bladen: Excelblad[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const boek = new ExcelJS.Workbook();
  boek.creator = 'Regiekamer';
  boek.created = new Date();
  for (const blad of bladen) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const werkblad = boek.addWorksheet(blad.naam.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Blad1', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const centenHeel = (kolom: number) =>
      [...blad.rijen, ...(blad.totaal ? [blad.totaal] : [])].every((r) => {
        const w = r[kolom];
        return typeof w !== 'number' || w % 100 === 0;
      });
    werkblad.columns = blad.kolommen.map((k, i) => {
      const soort = k.soort ?? 'tekst';
      const breedste = Math.max(k.kop.length, ...blad.rijen.slice(0, 500).map((r) => tekstbreedte(r[i], soort)));
      return {
        header: k.kop,
        key: `k${i}`,
        width: k.breedte ?? Math.min(60, Math.max(8, breedste + 2)),
        style:
          soort === 'euro'
            ? { numFmt: centenHeel(i) ? euroHeelFormaat : euroFormaat }
            : soort === 'datum'
              ? { numFmt: 'd-m-yyyy' }
              : soort === 'datumtijd'
                ? { numFmt: 'd-m-yyyy hh:mm' }
              : soort === 'percentage'
                ? { numFmt: '0.##%' }
                : soort === 'getal'
                  ? { numFmt: '#,##0' }
                  : {},
      };
    });
    werkblad.getRow(1).font = { bold: true };
    for (const rij of blad.rijen) {
      werkblad.addRow(blad.kolommen.map((k, i) => celwaarde(k.soort ?? 'tekst', rij[i])));
    }
    if (blad.totaal) {
      const rij = werkblad.addRow(blad.kolommen.map((k, i) => celwaarde(k.soort ?? 'tekst', blad.totaal![i])));
      rij.font = { bold: true };
    }
  }
  const buffer = await boek.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

function download(blob: Blob, bestandsnaam: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = bestandsnaam;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The "Exporteren naar Excel" button of a table. `bladen` may be a function, for exports that first
 * fetch everything (all pages of a paged list).
 */
export function ExcelKnop({
  bestandsnaam,
  bladen,
  tekst = 'Exporteren naar Excel',
}: {
  bestandsnaam: string;
  bladen: Excelblad[] | (() => Promise<Excelblad[]>);
  tekst?: string;
}) {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  return (
    <div className="excel-knop">
      <Button
        appearance="secondary-action-button"
        busy={bezig}
        disabled={bezig}
        onClick={async () => {
          setBezig(true);
          setFout(null);
          try {
            const inhoud = typeof bladen === 'function' ? await bladen() : bladen;
            download(await maakWerkboek(inhoud), bestandsnaam);
          } catch {
            setFout('Het Excel-bestand kon niet worden gemaakt. Probeer het opnieuw.');
          } finally {
            setBezig(false);
          }
        }}
      >
        {bezig ? 'Bezig met exporteren…' : tekst}
      </Button>
      {fout ? (
        <Paragraph role="alert" className="foutregel">
          {fout}
        </Paragraph>
      ) : null}
    </div>
  );
}
