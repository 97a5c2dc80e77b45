import { useCallback, useState } from 'react';
import { geenFouten, type Formulierfouten } from './formulier';

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
