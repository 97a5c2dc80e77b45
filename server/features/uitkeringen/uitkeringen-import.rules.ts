import type { Centen } from '../../../common/geld';
import type { Tabel } from '../importen/csv.rules';

/**
 * Grant amounts from the published lists (VWS letter of 12 September 2025, Bijlage 2A and 2B), in
 * the layouts of ../shared/data: SPUK-IZA per mandaatgemeente (columns spuk_iza_JJJJ_eur) and
 * Brede SPUK per municipality (columns brede_spuk_JJJJ_eur), in whole euros.
 */
export interface BedragPerJaar {
  jaar: number;
  bedragCenten: Centen;
}

export interface GelezenUitkering {
  regel: number;
  gemeentecode: string;
  naam: string;
  bedragen: BedragPerJaar[];
}

export interface UitkeringImportFout {
  regel: number;
  kolom: string;
  reden: string;
}

const layouts = {
  'spuk-iza': { code: 'mandaatgemeentecode', naam: 'iza_regio', bedrag: /^spuk_iza_(\d{4})_eur$/ },
  'brede-spuk': { code: 'gemeentecode', naam: 'gemeentenaam_cbs', bedrag: /^brede_spuk_(\d{4})_eur$/ },
} as const;

export type UitkeringLayout = keyof typeof layouts;

export function leesUitkeringenTabel(soort: UitkeringLayout, tabel: Tabel): { rijen: GelezenUitkering[] } | { fouten: UitkeringImportFout[] } {
  const layout = layouts[soort];
  const kop = tabel.kop.map((k) => k.trim().toLowerCase());
  const codeKolom = kop.indexOf(layout.code);
  const naamKolom = kop.indexOf(layout.naam);
  const jaarKolommen = kop.flatMap((k, i) => {
    const m = layout.bedrag.exec(k);
    return m ? [{ i, jaar: Number(m[1]) }] : [];
  });
  const ontbrekend = [codeKolom < 0 && layout.code, naamKolom < 0 && layout.naam, jaarKolommen.length === 0 && `een bedragkolom als ${layout.bedrag.source.replace(/\\d\{4\}/, 'JJJJ').replace(/[()^$]/g, '')}`].filter(Boolean);
  if (ontbrekend.length) return { fouten: [{ regel: 1, kolom: 'kolommen', reden: `Ontbrekende kolom(men): ${ontbrekend.join(', ')}` }] };
  const fouten: UitkeringImportFout[] = [];
  const rijen: GelezenUitkering[] = [];
  for (const { regel, cellen } of tabel.rijen) {
    const code = (cellen[codeKolom] ?? '').trim().toUpperCase();
    // SamenTwente is an openbaar lichaam without a CBS code: not importable per municipality.
    if (soort === 'spuk-iza' && code === '') continue;
    if (!/^GM\d{4}$/.test(code)) {
      fouten.push({ regel, kolom: layout.code, reden: `"${code}" is geen CBS-gemeentecode` });
      continue;
    }
    const bedragen: BedragPerJaar[] = [];
    for (const { i, jaar } of jaarKolommen) {
      const tekst = (cellen[i] ?? '').trim().replace(/\.(?=\d{3}\b)/g, '').replace(/,00$/, '');
      if (tekst === '') continue;
      if (!/^\d+$/.test(tekst)) {
        fouten.push({ regel, kolom: tabel.kop[i]!, reden: `"${cellen[i]}" is geen bedrag in hele euro's` });
        continue;
      }
      const bedragCenten = Number(tekst) * 100;
      if (!Number.isSafeInteger(bedragCenten)) {
        fouten.push({ regel, kolom: tabel.kop[i]!, reden: `"${cellen[i]}" is te groot` });
        continue;
      }
      bedragen.push({ jaar, bedragCenten });
    }
    if (bedragen.length === 0) {
      fouten.push({ regel, kolom: 'bedragen', reden: 'Deze regel heeft geen enkel bedrag' });
      continue;
    }
    rijen.push({ regel, gemeentecode: code, naam: (cellen[naamKolom] ?? '').trim(), bedragen });
  }
  return fouten.length ? { fouten } : { rijen };
}
