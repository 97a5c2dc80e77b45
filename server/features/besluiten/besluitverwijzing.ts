/**
 * What a decision (besluit) hands to the item it changes when it applies its effect in the same
 * transaction: the item records which decision changed it, when, by which body, and the reference
 * shown in the decision list. The item never decides itself; the decision register does.
 */
export interface BesluitVerwijzing {
  besluitId: string;
  /** The meeting's date, YYYY-MM-DD. */
  datum: string;
  overlegorgaanId: string;
  /** Human reference, e.g. "PHO 20 maart 2024, besluit 2024-03". */
  referentie: string;
}
