import { Button, ButtonGroup, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

export interface Keuzefilter {
  naam: string;
  label: string;
  opties: { waarde: string; label: string }[];
}

/**
 * Choice filters of a list, kept in the query string (UI.md: filters in the URL, so a
 * filtered list can be shared). Returns the active values and the form.
 */
export function useKeuzefilters(namen: readonly string[]) {
  const [zoek, setZoek] = useSearchParams();
  const waarden = Object.fromEntries(namen.map((n) => [n, zoek.get(n) || undefined])) as Record<string, string | undefined>;
  const actief = namen.some((n) => zoek.get(n));
  const zet = (nieuw: Record<string, string>) => {
    const query = new URLSearchParams();
    for (const n of namen) if (nieuw[n]) query.set(n, nieuw[n]);
    setZoek(query);
  };
  return { waarden, actief, zoek, zet };
}

export function Keuzefilters({ label, filters, zoek, onFilter }: { label: string; filters: Keuzefilter[]; zoek: URLSearchParams; onFilter: (waarden: Record<string, string>) => void }) {
  const uitQuery = () => Object.fromEntries(filters.map((f) => [f.naam, zoek.get(f.naam) ?? '']));
  const [waarden, setWaarden] = useState<Record<string, string>>(uitQuery);
  const queryTekst = zoek.toString();
  useEffect(() => setWaarden(uitQuery()), [queryTekst]);
  return (
    <form
      role="search"
      aria-label={label}
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onFilter(waarden);
      }}
    >
      <div className="filters__velden">
        {filters.map((f) => (
          <FormField key={f.naam} type="text" className="filters__veld">
            <FormLabel htmlFor={`filter-${f.naam}`}>{f.label}</FormLabel>
            <Select id={`filter-${f.naam}`} value={waarden[f.naam] ?? ''} onChange={(e) => setWaarden((w) => ({ ...w, [f.naam]: e.target.value }))}>
              {f.opties.map((o) => (
                <SelectOption key={o.waarde} value={o.waarde}>
                  {o.label}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        ))}
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button">
          Filteren
        </Button>
        {filters.some((f) => zoek.get(f.naam)) ? (
          <Button appearance="subtle-button" onClick={() => onFilter({})}>
            Filters wissen
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
