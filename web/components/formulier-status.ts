import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { foutenUitFout, foutenUitZod, geenFouten, type Formulierfouten, type Veldfouten } from './formulier';
import { useOnopgeslagenWijzigingen } from './wijzigingen';

/** Errors of a form plus a counter, so the error summary takes focus after every failed submit. */
export function useFormulierFouten() {
  const [fouten, setFouten] = useState<Formulierfouten>(geenFouten);
  const [poging, setPoging] = useState(0);
  const toon = useCallback((nieuw: Formulierfouten) => {
    setFouten(nieuw);
    setPoging((p) => p + 1);
  }, []);
  const wis = useCallback(() => setFouten(geenFouten), []);
  return { fouten, poging, toon, wis };
}

/** Only the fields that differ from the stored item are sent in a PATCH. */
export function alleenGewijzigd<T extends Record<string, unknown>>(nieuw: T, oud: Partial<Record<keyof T, unknown>>): Partial<T> {
  const result: Partial<T> = {};
  for (const key of Object.keys(nieuw) as Array<keyof T>) {
    if (JSON.stringify(nieuw[key] ?? null) !== JSON.stringify(oud[key] ?? null)) result[key] = nieuw[key];
  }
  return result;
}

/** The part of a TanStack mutation a form needs to save. */
interface Mutatie<V, R> {
  mutate: (variabelen: V, opties: { onSuccess: (resultaat: R) => void; onError: (fout: Error) => void }) => void;
}

export interface FormulierOpties<T> {
  /** The values the form starts with; changes against these warn before leaving. */
  begin: T | (() => T);
  /** Labels by wire field name, for the error summary; server problems map onto these fields. */
  labels: Record<string, string>;
  /** The field a 409 conflict belongs to when the problem names none ("already in this region"). */
  conflictVeld?: string;
}

/**
 * The state every edit form shares (UI.md "Forms"): the input, the errors with their summary
 * (client checks with the contract's zod schema, server problems onto the fields they name), the
 * unsaved-changes warning, and saving followed by navigation.
 */
export function useFormulier<T extends object>({ begin, labels, conflictVeld }: FormulierOpties<T>) {
  const [beginwaarden] = useState<T>(begin);
  const [invoer, setInvoer] = useState<T>(beginwaarden);
  const { fouten, poging, toon } = useFormulierFouten();
  const { blocker, markeerOpgeslagen } = useOnopgeslagenWijzigingen(JSON.stringify(invoer) !== JSON.stringify(beginwaarden));
  const navigate = useNavigate();

  const zet =
    <K extends keyof T>(veld: K) =>
    (waarde: T[K]) =>
      setInvoer((i) => ({ ...i, [veld]: waarde }));

  /** Checks the values against a contract schema plus extra field errors; shows them and returns null on failure. */
  function controleer<S extends z.ZodType>(schema: S, waarden: unknown, extra: Veldfouten = {}): z.output<S> | null {
    const controle = schema.safeParse(waarden);
    if (!controle.success || Object.keys(extra).length > 0) {
      toon({ velden: { ...(controle.success ? {} : foutenUitZod(controle.error)), ...extra }, algemeen: [] });
      return null;
    }
    return controle.data;
  }

  /** Leaves the form on purpose: no unsaved-changes question. */
  function klaar(pad: string, state?: unknown) {
    markeerOpgeslagen();
    navigate(pad, state === undefined ? undefined : { state });
  }

  function opslaan<V, R>(mutatie: Mutatie<V, R>, variabelen: V, naar: string | ((resultaat: R) => string), state?: unknown) {
    mutatie.mutate(variabelen, {
      onSuccess: (resultaat) => klaar(typeof naar === 'function' ? naar(resultaat) : naar, state),
      onError: (fout) => toon(foutenUitFout(fout, Object.keys(labels), conflictVeld)),
    });
  }

  /** The common props of a text or select field bound to `naam` (with its wire name for errors). */
  function veld<K extends keyof T & string>(naam: K, draadnaam: string = naam) {
    return {
      name: draadnaam,
      label: labels[draadnaam] ?? naam,
      value: invoer[naam],
      onChange: zet(naam),
      fout: fouten.velden[draadnaam],
    };
  }

  return { invoer, setInvoer, zet, fouten, poging, toon, labels, blocker, controleer, klaar, opslaan, veld };
}
