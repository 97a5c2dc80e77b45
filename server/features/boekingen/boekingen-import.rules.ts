import type { Centen } from '../../../common/geld';

/**
 * Reading a ledger export of a municipal financial system (DOMAIN.md §5 "Spending"): a table of
 * cells, a column mapping chosen by the user, and the region's budget lines, grants and
 * municipalities to check against. Pure: everything arrives as parameters. Every bad row is
 * reported with its line number and reason; only a file without any bad row may be imported.
 */
export type Cel = string | number | Date | null | undefined | { formule: string };

export interface Toewijzing {
  datum: string;
  bedrag: string;
  begrotingsregel: string;
  /** A column with the grant's name, or a fixed grant for the whole file. */
  uitkering?: string;
  vasteUitkeringId?: string;
  /** A column with "verplichting"/"uitgave", or a fixed kind for the whole file. */
  soort?: string;
  vasteSoort?: 'verplichting' | 'uitgave';
  gemeente?: string;
  organisatie?: string;
  activiteit?: string;
  documentreferentie?: string;
  /** The document's total (e.g. the invoice amount), for the double-funding check. */
  documentbedrag?: string;
  omschrijving?: string;
}

export interface Context {
  /** Budget lines of the year's budget, by code. */
  regels: Map<string, { id: string; jaar: number }>;
  /** Grants of the region by id and by name (lower case), with their years. */
  uitkeringenOpId: Map<string, { id: string; naam: string; eersteJaar: number; laatsteJaar: number }>;
  uitkeringenOpNaam: Map<string, { id: string; naam: string; eersteJaar: number; laatsteJaar: number }>;
  /** Municipalities of the region by CBS code and by name (lower case). */
  gemeenten: Map<string, string>;
  /** Organisations of the region by name (lower case). */
  organisaties: Map<string, string>;
}

export interface Boekingsrij {
  regel: number;
  soort: 'verplichting' | 'uitgave';
  datum: string;
  bedragCenten: Centen;
  begrotingsregelId: string;
  uitkeringId: string;
  gemeenteId: string | null;
  organisatieId: string | null;
  activiteit: string;
  documentreferentie: string;
  documentbedragCenten: Centen | null;
  omschrijving: string;
}

export interface RijFout {
  regel: number;
  kolom: string;
  reden: string;
}

const BEDRAG_KOMMA = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const BEDRAG_PUNT = /^-?\d+(?:\.\d{1,2})?$/;

/**
 * A Dutch amount in euros to cents: "1.234,56", "1234,5", "-12", or a plain "1234.56" from
 * systems that export with a decimal point. More than two decimals is an error, not a rounding.
 */
export function leesBedrag(cel: Cel): { centen: Centen } | { fout: string } {
  if (typeof cel === 'number') {
    const centen = Math.round(cel * 100);
    if (!Number.isSafeInteger(centen)) return { fout: `${cel} is te groot` };
    if (Math.abs(centen - cel * 100) > 1e-6) return { fout: `${cel} heeft meer dan twee decimalen` };
    return { centen };
  }
  if (cel && typeof cel === 'object' && 'formule' in cel) return { fout: `een formule (${cel.formule}) waar een getal hoort` };
  if (cel instanceof Date) return { fout: 'een datum waar een bedrag hoort' };
  const tekst = String(cel ?? '').trim().replace(/^€\s*/, '').replace(/\s/g, '');
  if (tekst === '') return { fout: 'het bedrag ontbreekt' };
  let euros: string;
  let decimalen: string;
  if (tekst.includes(',')) {
    if (!BEDRAG_KOMMA.test(tekst)) return { fout: `"${tekst}" is geen bedrag` };
    [euros, decimalen = ''] = tekst.replace(/\./g, '').split(',') as [string, string?];
  } else if (/^-?\d{1,3}(?:\.\d{3})+$/.test(tekst)) {
    // "1.234" can only be thousands: as euros with decimals it would hold a tenth of a cent.
    euros = tekst.replace(/\./g, '');
    decimalen = '';
  } else if (BEDRAG_PUNT.test(tekst)) {
    [euros, decimalen = ''] = tekst.split('.') as [string, string?];
  } else if (/^-?\d+\.\d{3,}$/.test(tekst)) {
    return { fout: `"${tekst}" heeft meer dan twee decimalen` };
  } else {
    return { fout: `"${tekst}" is geen bedrag` };
  }
  if (decimalen.length > 2) return { fout: `"${tekst}" heeft meer dan twee decimalen` };
  const negatief = euros.startsWith('-');
  const centen = Number(euros.replace('-', '')) * 100 + Number(decimalen.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(centen)) return { fout: `"${tekst}" is te groot` };
  return { centen: negatief ? -centen : centen };
}

/** 2024-03-20, 20-03-2024, 20/03/2024, 20-3-2024, or a spreadsheet date. */
export function leesDatum(cel: Cel): { datum: string } | { fout: string } {
  if (cel instanceof Date) {
    if (Number.isNaN(cel.getTime())) return { fout: 'geen geldige datum' };
    return { datum: cel.toISOString().slice(0, 10) };
  }
  if (cel && typeof cel === 'object' && 'formule' in cel) return { fout: `een formule (${cel.formule}) waar een datum hoort` };
  const tekst = String(cel ?? '').trim();
  if (tekst === '') return { fout: 'de datum ontbreekt' };
  let j: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(tekst);
  if (match) [j, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(tekst))) [d, m, j] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return { fout: `"${tekst}" is geen datum (verwacht: 20-03-2024 of 2024-03-20)` };
  const datum = new Date(Date.UTC(j, m - 1, d));
  if (datum.getUTCFullYear() !== j || datum.getUTCMonth() !== m - 1 || datum.getUTCDate() !== d) {
    return { fout: `"${tekst}" bestaat niet als datum` };
  }
  return { datum: datum.toISOString().slice(0, 10) };
}

const tekstVan = (cel: Cel) =>
  cel === null || cel === undefined ? '' : cel instanceof Date ? cel.toISOString().slice(0, 10) : typeof cel === 'object' ? '' : String(cel).trim();

/** The mapped columns must exist in the header; returns their indexes or the missing ones. */
export function kolomIndexen(kop: string[], toewijzing: Toewijzing): { indexen: Partial<Record<keyof Toewijzing, number>> } | { ontbrekend: string[] } {
  const kolommen = kop.map((k) => k.trim().toLowerCase());
  const indexen: Partial<Record<keyof Toewijzing, number>> = {};
  const ontbrekend: string[] = [];
  const velden = ['datum', 'bedrag', 'begrotingsregel', 'uitkering', 'soort', 'gemeente', 'organisatie', 'activiteit', 'documentreferentie', 'documentbedrag', 'omschrijving'] as const;
  for (const veld of velden) {
    const naam = toewijzing[veld];
    if (!naam) continue;
    const i = kolommen.indexOf(naam.trim().toLowerCase());
    if (i < 0) ontbrekend.push(`${naam} (voor ${veld})`);
    else indexen[veld] = i;
  }
  return ontbrekend.length ? { ontbrekend } : { indexen };
}

export function leesBoekingen(
  kop: string[],
  rijen: { regel: number; cellen: Cel[] }[],
  toewijzing: Toewijzing,
  ctx: Context,
): { rijen: Boekingsrij[]; fouten: RijFout[] } {
  const fouten: RijFout[] = [];
  const kolommen = kolomIndexen(kop, toewijzing);
  if ('ontbrekend' in kolommen) {
    return { rijen: [], fouten: [{ regel: 1, kolom: 'kolommen', reden: `Kolom(men) niet gevonden: ${kolommen.ontbrekend.join(', ')}` }] };
  }
  if (!toewijzing.uitkering && !toewijzing.vasteUitkeringId) {
    fouten.push({ regel: 1, kolom: 'uitkering', reden: 'Kies een kolom met de uitkering of één uitkering voor het hele bestand' });
  }
  if (toewijzing.vasteUitkeringId && !ctx.uitkeringenOpId.has(toewijzing.vasteUitkeringId)) {
    fouten.push({ regel: 1, kolom: 'uitkering', reden: 'De gekozen uitkering hoort niet bij deze regio' });
  }
  if (!toewijzing.soort && !toewijzing.vasteSoort) {
    fouten.push({ regel: 1, kolom: 'soort', reden: 'Kies een kolom met de soort (verplichting of uitgave) of één soort voor het hele bestand' });
  }
  if (fouten.length) return { rijen: [], fouten };
  const ix = kolommen.indexen;
  const cel = (r: Cel[], veld: keyof Toewijzing) => (ix[veld] === undefined ? undefined : r[ix[veld]!]);

  const goed: Boekingsrij[] = [];
  for (const { regel, cellen } of rijen) {
    const fout = (kolom: string, reden: string) => fouten.push({ regel, kolom, reden });
    const aantal = fouten.length;
    const datum = leesDatum(cel(cellen, 'datum'));
    if ('fout' in datum) fout(toewijzing.datum, datum.fout);
    const bedrag = leesBedrag(cel(cellen, 'bedrag'));
    if ('fout' in bedrag) fout(toewijzing.bedrag, bedrag.fout);

    const code = tekstVan(cel(cellen, 'begrotingsregel'));
    const regelInfo = ctx.regels.get(code);
    if (!code) fout(toewijzing.begrotingsregel, 'de begrotingsregel ontbreekt');
    else if (!regelInfo) fout(toewijzing.begrotingsregel, `onbekende begrotingsregel "${code}"`);

    const uitkering = toewijzing.vasteUitkeringId
      ? ctx.uitkeringenOpId.get(toewijzing.vasteUitkeringId)
      : ctx.uitkeringenOpNaam.get(tekstVan(cel(cellen, 'uitkering')).toLowerCase());
    if (!uitkering) fout(toewijzing.uitkering ?? 'uitkering', `onbekende uitkering "${tekstVan(cel(cellen, 'uitkering'))}"`);

    const soortTekst = toewijzing.vasteSoort ?? tekstVan(cel(cellen, 'soort')).toLowerCase();
    const soort = soortTekst === 'verplichting' || soortTekst === 'uitgave' ? soortTekst : undefined;
    if (!soort) fout(toewijzing.soort ?? 'soort', `"${soortTekst}" is geen soort (verplichting of uitgave)`);

    let gemeenteId: string | null = null;
    const gemeenteTekst = tekstVan(cel(cellen, 'gemeente'));
    if (gemeenteTekst) {
      gemeenteId = ctx.gemeenten.get(gemeenteTekst.toUpperCase()) ?? ctx.gemeenten.get(gemeenteTekst.toLowerCase()) ?? null;
      if (!gemeenteId) fout(toewijzing.gemeente!, `"${gemeenteTekst}" is geen gemeente van deze regio`);
    }
    let organisatieId: string | null = null;
    const organisatieTekst = tekstVan(cel(cellen, 'organisatie'));
    if (organisatieTekst) {
      organisatieId = ctx.organisaties.get(organisatieTekst.toLowerCase()) ?? null;
      if (!organisatieId) fout(toewijzing.organisatie!, `"${organisatieTekst}" is geen organisatie van deze regio`);
    }

    if ('datum' in datum && uitkering) {
      const jaar = Number(datum.datum.slice(0, 4));
      if (jaar < uitkering.eersteJaar || jaar > uitkering.laatsteJaar) {
        fout(toewijzing.datum, `${datum.datum} valt buiten de jaren van ${uitkering.naam} (${uitkering.eersteJaar}–${uitkering.laatsteJaar})`);
      } else if (regelInfo && jaar !== regelInfo.jaar) {
        fout(toewijzing.datum, `${datum.datum} valt niet in ${regelInfo.jaar}, het jaar van begrotingsregel "${code}"`);
      }
    }
    let documentbedragCenten: Centen | null = null;
    const documentbedragCel = cel(cellen, 'documentbedrag');
    if (documentbedragCel !== undefined && documentbedragCel !== null && documentbedragCel !== '') {
      const d = leesBedrag(documentbedragCel);
      if ('fout' in d) fout(toewijzing.documentbedrag!, d.fout);
      else documentbedragCenten = d.centen;
    }
    if (fouten.length > aantal) continue;
    goed.push({
      regel,
      soort: soort!,
      datum: (datum as { datum: string }).datum,
      bedragCenten: (bedrag as { centen: Centen }).centen,
      begrotingsregelId: regelInfo!.id,
      uitkeringId: uitkering!.id,
      gemeenteId,
      organisatieId,
      activiteit: tekstVan(cel(cellen, 'activiteit')),
      documentreferentie: tekstVan(cel(cellen, 'documentreferentie')),
      documentbedragCenten,
      omschrijving: tekstVan(cel(cellen, 'omschrijving')),
    });
  }
  if (rijen.length === 0) fouten.push({ regel: 2, kolom: 'bestand', reden: 'Het bestand bevat geen boekingen' });
  return { rijen: fouten.length ? [] : goed, fouten };
}
