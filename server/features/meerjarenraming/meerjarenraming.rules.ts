import type { Centen } from '../../../common/geld';

/**
 * The multi-year outlook and its "financial cliff" (DOMAIN.md §5): per year each grant's amount
 * next to the region's structural commitments, under a scenario of assumptions that are data.
 *
 * Per grant and year, in this order:
 * 1. the known amount for the year; after the last year of the grant nothing, unless a
 *    "voortzetting" assumption continues it at its last known amount;
 * 2. a "nieuw-bedrag" assumption replaces the amount from its year on (the latest one wins);
 * 3. a "beeindiging" assumption ends the grant from its year on;
 * 4. each "korting" assumption cuts the amount by its share from its year on. Cuts round down to
 *    the cent, so the outlook never counts on money that a cut would not leave.
 */
export interface RamingUitkering {
  id: string;
  naam: string;
  laatsteJaar: number;
  bedragen: { jaar: number; bedragCenten: Centen }[];
}

export type Aanname =
  | { uitkeringId: string; soort: 'voortzetting'; vanafJaar: number }
  | { uitkeringId: string; soort: 'beeindiging'; vanafJaar: number }
  | { uitkeringId: string; soort: 'nieuw-bedrag'; vanafJaar: number; bedragCenten: Centen }
  | { uitkeringId: string; soort: 'korting'; vanafJaar: number; basispunten: number };

export interface Verplichting {
  omschrijving: string;
  bedragPerJaarCenten: Centen;
  vanafJaar: number;
  totJaar: number | null;
}

export type Bron = 'bekend' | 'voortzetting' | 'nieuw-bedrag' | 'beeindigd' | 'geen';

export interface RamingJaar {
  jaar: number;
  uitkeringen: { uitkeringId: string; naam: string; bedragCenten: Centen; bron: Bron; kortingBasispunten: number }[];
  inkomstenCenten: Centen;
  verplichtingenCenten: Centen;
  /** Income minus commitments: negative is the gap the region must close. */
  saldoCenten: Centen;
}

export function bedragInJaar(u: RamingUitkering, jaar: number, aannames: Aanname[]) {
  const eigen = aannames.filter((a) => a.uitkeringId === u.id && a.vanafJaar <= jaar);
  const bekend = u.bedragen.find((b) => b.jaar === jaar);
  const laatsteBekend = [...u.bedragen].filter((b) => b.jaar <= jaar).sort((a, b) => b.jaar - a.jaar)[0];
  let bedrag = 0;
  let bron: Bron = 'geen';
  if (bekend) {
    bedrag = bekend.bedragCenten;
    bron = 'bekend';
  } else if (jaar > u.laatsteJaar && laatsteBekend && eigen.some((a) => a.soort === 'voortzetting')) {
    bedrag = laatsteBekend.bedragCenten;
    bron = 'voortzetting';
  }
  const nieuw = eigen.filter((a) => a.soort === 'nieuw-bedrag').sort((a, b) => b.vanafJaar - a.vanafJaar)[0];
  if (nieuw && nieuw.soort === 'nieuw-bedrag') {
    bedrag = nieuw.bedragCenten;
    bron = 'nieuw-bedrag';
  }
  if (eigen.some((a) => a.soort === 'beeindiging')) {
    bedrag = 0;
    bron = 'beeindigd';
  }
  let korting = 0;
  for (const a of eigen) {
    if (a.soort !== 'korting') continue;
    bedrag = Math.floor((bedrag * (10000 - a.basispunten)) / 10000);
    korting = 10000 - Math.round(((10000 - korting) * (10000 - a.basispunten)) / 10000);
  }
  return { bedragCenten: bedrag, bron, kortingBasispunten: korting };
}

export function maakRaming(van: number, tot: number, uitkeringen: RamingUitkering[], verplichtingen: Verplichting[], aannames: Aanname[]): RamingJaar[] {
  const jaren: RamingJaar[] = [];
  for (let jaar = van; jaar <= tot; jaar++) {
    const perUitkering = uitkeringen.map((u) => ({ uitkeringId: u.id, naam: u.naam, ...bedragInJaar(u, jaar, aannames) }));
    const inkomsten = perUitkering.reduce((s, u) => s + u.bedragCenten, 0);
    const lasten = verplichtingen
      .filter((v) => v.vanafJaar <= jaar && (v.totJaar === null || jaar <= v.totJaar))
      .reduce((s, v) => s + v.bedragPerJaarCenten, 0);
    jaren.push({ jaar, uitkeringen: perUitkering, inkomstenCenten: inkomsten, verplichtingenCenten: lasten, saldoCenten: inkomsten - lasten });
  }
  return jaren;
}
