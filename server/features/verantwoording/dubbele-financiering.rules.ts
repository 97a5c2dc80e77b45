import type { Centen } from '../../../common/geld';

/**
 * Double funding (DOMAIN.md §5): each euro of an expense is charged to exactly one grant.
 * Two traces reveal a euro charged twice:
 * - a document (invoice) charged to more than one grant beyond its amount — when the financial
 *   system exports the document's total we compare with it; when it does not, a document charged
 *   to several grants for more than its largest single charge cannot be shown to be right and is
 *   flagged for checking;
 * - an activity charged, across all grants, beyond its cost.
 * Pure: the expenses and costs come in as data; every signal carries the trace per grant.
 */
export interface Uitgave {
  id: number;
  uitkeringId: string;
  uitkeringNaam: string;
  documentreferentie: string;
  documentbedragCenten: Centen | null;
  activiteit: string;
  bedragCenten: Centen;
}

export interface Spoor {
  uitkeringId: string;
  uitkeringNaam: string;
  bedragCenten: Centen;
  boekingIds: number[];
}

export interface Signaal {
  soort: 'document' | 'activiteit';
  sleutel: string;
  /** The amount it may carry: the document's total, or the activity's cost. */
  grensCenten: Centen | null;
  aangerekendCenten: Centen;
  teveelCenten: Centen | null;
  zekerheid: 'dubbel' | 'te-controleren';
  spoor: Spoor[];
}

function sporen(uitgaven: Uitgave[]): Spoor[] {
  const perUitkering = new Map<string, Spoor>();
  for (const u of uitgaven) {
    const s = perUitkering.get(u.uitkeringId) ?? { uitkeringId: u.uitkeringId, uitkeringNaam: u.uitkeringNaam, bedragCenten: 0, boekingIds: [] };
    s.bedragCenten += u.bedragCenten;
    s.boekingIds.push(u.id);
    perUitkering.set(u.uitkeringId, s);
  }
  return [...perUitkering.values()].sort((a, b) => a.uitkeringNaam.localeCompare(b.uitkeringNaam, 'nl'));
}

function groepeer<K>(uitgaven: Uitgave[], sleutel: (u: Uitgave) => K | '') {
  const groepen = new Map<K, Uitgave[]>();
  for (const u of uitgaven) {
    const k = sleutel(u);
    if (k === '') continue;
    groepen.set(k as K, [...(groepen.get(k as K) ?? []), u]);
  }
  return groepen;
}

export function zoekDubbeleFinanciering(uitgaven: Uitgave[], activiteitKosten: Map<string, Centen>): Signaal[] {
  const signalen: Signaal[] = [];
  for (const [document, groep] of groepeer(uitgaven, (u) => u.documentreferentie)) {
    const spoor = sporen(groep);
    if (spoor.length < 2) continue;
    const aangerekend = groep.reduce((s, u) => s + u.bedragCenten, 0);
    const bekend = groep.map((u) => u.documentbedragCenten).filter((b): b is Centen => b !== null);
    if (bekend.length) {
      const grens = Math.max(...bekend);
      if (aangerekend > grens) {
        signalen.push({ soort: 'document', sleutel: document, grensCenten: grens, aangerekendCenten: aangerekend, teveelCenten: aangerekend - grens, zekerheid: 'dubbel', spoor });
      }
      continue;
    }
    const grootste = Math.max(...groep.map((u) => u.bedragCenten));
    if (aangerekend > grootste) {
      signalen.push({ soort: 'document', sleutel: document, grensCenten: null, aangerekendCenten: aangerekend, teveelCenten: null, zekerheid: 'te-controleren', spoor });
    }
  }
  for (const [naam, groep] of groepeer(uitgaven, (u) => u.activiteit)) {
    const kosten = activiteitKosten.get(naam);
    if (kosten === undefined) continue;
    const aangerekend = groep.reduce((s, u) => s + u.bedragCenten, 0);
    if (aangerekend > kosten) {
      signalen.push({ soort: 'activiteit', sleutel: naam, grensCenten: kosten, aangerekendCenten: aangerekend, teveelCenten: aangerekend - kosten, zekerheid: 'dubbel', spoor: sporen(groep) });
    }
  }
  return signalen.sort((a, b) => a.soort.localeCompare(b.soort) || a.sleutel.localeCompare(b.sleutel, 'nl'));
}
