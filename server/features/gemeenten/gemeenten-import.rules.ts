import { leesCsv } from '../importen/csv.rules';

/**
 * Reading a CBS-layout municipality CSV (columns gemeentecode, gemeentenaam, inwoners…; other
 * columns ignored), e.g. ../shared/data/gemeenten-2025.csv. Pure: text in, rows or problems out.
 * Every bad row is reported with its line number so the whole file can be fixed in one go.
 */
export interface RegisterRij {
  regel: number;
  gemeentecode: string;
  naam: string;
  inwoners: number;
}

export interface ImportFout {
  regel: number;
  veld: string;
  reden: string;
}

export type ImportUitkomst = { soort: 'goed'; rijen: RegisterRij[] } | { soort: 'fout'; fouten: ImportFout[] };

const GEMEENTECODE = /^GM[0-9]{4}$/;
// Whole numbers, optionally with Dutch thousands separators: 12345 or 12.345.
const AANTAL = /^(?:[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+)$/;

export function leesGemeentenCsv(tekst: string): ImportUitkomst {
  const gelezen = leesCsv(tekst);
  if ('fout' in gelezen) return { soort: 'fout', fouten: [{ regel: gelezen.regel, veld: 'bestand', reden: gelezen.fout }] };
  const { kop, rijen: rest } = gelezen.tabel;
  const kolommen = kop.map((k) => k.toLowerCase());
  const codeKolom = kolommen.indexOf('gemeentecode');
  const naamKolom = kolommen.indexOf('gemeentenaam');
  const inwonersKolom = kolommen.findIndex((k) => k.startsWith('inwoners'));
  const ontbrekend = [
    codeKolom < 0 && 'gemeentecode',
    naamKolom < 0 && 'gemeentenaam',
    inwonersKolom < 0 && 'inwoners… (bijvoorbeeld inwoners_2026_01_01)',
  ].filter(Boolean);
  if (ontbrekend.length) {
    return {
      soort: 'fout',
      fouten: [{ regel: 1, veld: 'kolommen', reden: `Ontbrekende kolom(men): ${ontbrekend.join(', ')}` }],
    };
  }

  const fouten: ImportFout[] = [];
  const rijen: RegisterRij[] = [];
  const eerderGezien = new Map<string, number>();
  for (const { cellen: record, regel } of rest) {
    const code = (record[codeKolom] ?? '').toUpperCase();
    const naam = record[naamKolom] ?? '';
    const inwonersTekst = (record[inwonersKolom] ?? '').replace(/\s/g, '');
    let goed = true;
    if (!GEMEENTECODE.test(code)) {
      fouten.push({ regel, veld: 'gemeentecode', reden: `"${code}" is geen CBS-gemeentecode (GM gevolgd door vier cijfers)` });
      goed = false;
    } else if (eerderGezien.has(code)) {
      fouten.push({ regel, veld: 'gemeentecode', reden: `${code} staat ook al op regel ${eerderGezien.get(code)}` });
      goed = false;
    } else {
      eerderGezien.set(code, regel);
    }
    if (naam === '') {
      fouten.push({ regel, veld: 'gemeentenaam', reden: 'De naam ontbreekt' });
      goed = false;
    }
    if (!AANTAL.test(inwonersTekst)) {
      fouten.push({ regel, veld: 'inwoners', reden: `"${record[inwonersKolom] ?? ''}" is geen geheel aantal inwoners` });
      goed = false;
    }
    if (goed) rijen.push({ regel, gemeentecode: code, naam, inwoners: Number(inwonersTekst.replace(/\./g, '')) });
  }
  if (rest.length === 0) fouten.push({ regel: 2, veld: 'bestand', reden: 'Het bestand bevat geen gemeenten' });
  return fouten.length ? { soort: 'fout', fouten } : { soort: 'goed', rijen };
}
