import type { PlanStatus, PvaStatus } from '../../../common/contracts/plannen';
import { type Centen, formatEuro } from '../../../common/geld';

/**
 * The life of a yearly implementation plan (DOMAIN.md §5, §6, §10): a concept is worked on; the
 * PHO adopts it by decision; half-yearly it can be adjusted (bijstelling) as a new concept based
 * on the adopted version, which again needs a PHO decision while the adopted one stays in force.
 * Adopted versions never change; the execution status of their components is progress, not plan
 * content, so that may change.
 */

export type PlanActie =
  /** Name, explanation and components of a version. */
  | 'inhoud-wijzigen'
  /** The execution status of a component. */
  | 'onderdeel-status'
  /** A new concept version from the adopted one. */
  | 'bijstellen'
  /** Concept → vastgesteld, by a PHO decision. */
  | 'vaststellen'
  /** Throwing away a concept (a draft plan or a bijstelling not wanted after all). */
  | 'verwijderen';

export interface Planversie {
  versie: number;
  status: PlanStatus;
}

export type Oordeel = { toegestaan: true } | { toegestaan: false; reden: string };

const ja: Oordeel = { toegestaan: true };
const nee = (reden: string): Oordeel => ({ toegestaan: false, reden });

/**
 * Whether an action on a version is allowed, given all versions of the plan of that year.
 * The reasons say what would make it possible.
 */
export function toetsPlanActie(versie: Planversie, alle: readonly Planversie[], actie: PlanActie): Oordeel {
  const concept = alle.find((v) => v.status === 'concept');
  const inWerking = alle.find((v) => v.status === 'vastgesteld');
  switch (actie) {
    case 'inhoud-wijzigen':
      if (versie.status === 'concept') return ja;
      return versie.status === 'vastgesteld'
        ? nee(`Versie ${versie.versie} is vastgesteld en verandert niet meer; alleen de status van een onderdeel kan nog wijzigen. Maak een bijstelling om de inhoud te wijzigen.`)
        : nee(`Versie ${versie.versie} is vervallen en verandert niet meer.`);
    case 'onderdeel-status':
      return versie.status === 'vervallen'
        ? nee(`Versie ${versie.versie} is vervallen${inWerking ? `; versie ${inWerking.versie} is in werking` : ''}. Wijzig de status daar.`)
        : ja;
    case 'bijstellen':
      if (versie.status !== 'vastgesteld') {
        return nee(
          versie.status === 'concept'
            ? `Versie ${versie.versie} is nog een concept; een bijstelling gaat uit van de vastgestelde versie. Wijzig het concept rechtstreeks.`
            : `Versie ${versie.versie} is vervallen; een bijstelling gaat uit van de versie die in werking is${inWerking ? ` (versie ${inWerking.versie})` : ''}.`,
        );
      }
      if (concept) return nee(`Er is al een bijstelling in concept (versie ${concept.versie}); werk die af of verwijder haar eerst.`);
      return ja;
    case 'vaststellen':
      if (versie.status === 'concept') return ja;
      return nee(
        versie.status === 'vastgesteld'
          ? `Versie ${versie.versie} is al vastgesteld; alleen een concept kan worden vastgesteld.`
          : `Versie ${versie.versie} is vervallen; alleen een concept kan worden vastgesteld.`,
      );
    case 'verwijderen':
      return versie.status === 'concept' ? ja : nee(`Versie ${versie.versie} is ${versie.status} en blijft bewaard; alleen een concept kan worden verwijderd.`);
  }
}

/** After a PHO decision: what happens to each status (the adopted one before it is kept as vervallen). */
export function naVaststelling(alle: readonly (Planversie & { id: string })[], vastTeStellenId: string): { id: string; status: PlanStatus }[] {
  return alle.flatMap((v): { id: string; status: PlanStatus }[] => {
    if (v.id === vastTeStellenId) return [{ id: v.id, status: 'vastgesteld' }];
    if (v.status === 'vastgesteld') return [{ id: v.id, status: 'vervallen' }];
    return [];
  });
}

// --- onderdelen ----------------------------------------------------------------------------------

export interface OnderdeelPositie {
  code: string;
  bovenliggendeCode: string | null;
}

/**
 * Sub-items (each chain approach under onderdeel 3) hang under a main component, one level deep:
 * the parent must exist in the same version and not be a sub-item itself, and a component with
 * sub-items cannot become one.
 */
export function toetsPositie(onderdeel: OnderdeelPositie, anderen: readonly OnderdeelPositie[]): string | null {
  if (onderdeel.bovenliggendeCode === null) return null;
  if (onderdeel.bovenliggendeCode === onderdeel.code) return 'Een onderdeel kan niet onder zichzelf hangen';
  const ouder = anderen.find((o) => o.code === onderdeel.bovenliggendeCode);
  if (!ouder) return `Er is geen onderdeel met code "${onderdeel.bovenliggendeCode}" in deze versie`;
  if (ouder.bovenliggendeCode !== null) return `Onderdeel ${ouder.code} is zelf een subonderdeel (van ${ouder.bovenliggendeCode}); subonderdelen hebben één niveau`;
  const kinderen = anderen.filter((o) => o.bovenliggendeCode === onderdeel.code);
  if (kinderen.length) return `Onderdeel ${onderdeel.code} heeft zelf subonderdelen (${kinderen.map((k) => k.code).join(', ')}) en kan dus geen subonderdeel worden`;
  return null;
}

// --- plan van aanpak -----------------------------------------------------------------------------

const pvaOvergangen: Record<PvaStatus, readonly PvaStatus[]> = {
  concept: ['ingediend'],
  ingediend: ['goedgekeurd', 'afgewezen'],
  goedgekeurd: [],
  afgewezen: [],
};

const pvaStap: Record<PvaStatus, string> = {
  concept: 'een concept',
  ingediend: 'ingediend bij de Kerngroep',
  goedgekeurd: 'goedgekeurd',
  afgewezen: 'afgewezen',
};

/** concept → ingediend bij de Kerngroep → goedgekeurd | afgewezen; no step skipped, none back. */
export function toetsPvaOvergang(van: PvaStatus, naar: PvaStatus): Oordeel {
  if (pvaOvergangen[van].includes(naar)) return ja;
  if (van === 'concept') return nee(`Dit plan van aanpak is nog ${pvaStap[van]}: dien het eerst in bij de Kerngroep, daarna kan het ${pvaStap[naar]} worden.`);
  if (pvaOvergangen[van].length === 0) return nee(`Dit plan van aanpak is al ${pvaStap[van]}; dat is definitief.`);
  return nee(`Dit plan van aanpak is al ${pvaStap[van]}; het kan alleen nog ${pvaOvergangen[van].map((s) => pvaStap[s]).join(' of ')} worden.`);
}

export interface PvaBudgettoets {
  regel: { code: string; omschrijving: string; bedragCenten: Centen };
  /** What other plans of approach on the same line (not rejected) already hold. */
  anderenCenten: Centen;
  budgetCenten: Centen;
}

/**
 * A plan of approach may not ask more than its component's budget line has, counting what the
 * other plans of approach on that line already hold (DOMAIN.md §5: the budget line is the limit).
 */
export function toetsPvaBudget(t: PvaBudgettoets): { binnen: true } | { binnen: false; nogCenten: Centen; melding: string } {
  const nog = Math.max(0, t.regel.bedragCenten - t.anderenCenten);
  if (t.budgetCenten <= nog) return { binnen: true };
  const anderen = t.anderenCenten > 0 ? `; andere plannen van aanpak op deze regel houden al ${formatEuro(t.anderenCenten)}` : '';
  return {
    binnen: false,
    nogCenten: nog,
    melding:
      `Begrotingsregel ${t.regel.code} (${t.regel.omschrijving}) heeft ${formatEuro(t.regel.bedragCenten)}${anderen}. ` +
      `Er is nog ${formatEuro(nog)}; dit plan van aanpak vraagt ${formatEuro(t.budgetCenten)}, ${formatEuro(t.budgetCenten - nog)} te veel.`,
  };
}
