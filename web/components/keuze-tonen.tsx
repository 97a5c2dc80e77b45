import { Button, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import type { Keuze } from './formulier';

/**
 * Choosing what a page shows (a year, a version): a select and a "Tonen" button, so changing the
 * select alone does not move the page (WCAG 3.2.2).
 */
export function KeuzeTonen({
  id,
  label,
  formulierLabel,
  waarde,
  keuzes,
  onKies,
  selectClassName,
}: {
  id: string;
  label: string;
  /** The accessible name of the small form ("Jaar kiezen"). */
  formulierLabel: string;
  waarde: string;
  keuzes: Keuze[];
  onKies: (waarde: string) => void;
  selectClassName?: string;
}) {
  const [keuze, setKeuze] = useState(waarde);
  useEffect(() => setKeuze(waarde), [waarde]);
  return (
    <form
      className="jaarkeuze"
      aria-label={formulierLabel}
      onSubmit={(event) => {
        event.preventDefault();
        onKies(keuze);
      }}
    >
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} value={keuze} onChange={(e) => setKeuze(e.target.value)} className={selectClassName}>
        {keuzes.map((k) => (
          <SelectOption key={k.waarde} value={k.waarde}>
            {k.label}
          </SelectOption>
        ))}
      </Select>
      <Button type="submit" appearance="secondary-action-button">
        Tonen
      </Button>
    </form>
  );
}
