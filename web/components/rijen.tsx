import { Button, Fieldset, FieldsetLegend, FormFieldErrorMessage, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { veldId } from './formulier';

/**
 * Rows of a form that a person adds and removes (budget lines, amounts per year, assumptions):
 * a fieldset with a legend, an error for the list as a whole, each row a labelled group with its
 * remove button, and an add button at the end.
 */
export function RijenInvoer<R>({
  legenda,
  naam,
  fout,
  uitleg,
  rijen,
  onWijzig,
  nieuweRij,
  rijNaam,
  toevoegTekst,
  verwijderTekst,
  minimum = 0,
  voet,
  children,
}: {
  legenda: string;
  /** The wire name of the list ("regels"), for its error and the link from the error summary. */
  naam: string;
  fout?: string | undefined;
  uitleg?: ReactNode;
  rijen: R[];
  onWijzig: (rijen: R[]) => void;
  nieuweRij: () => R;
  /** "Regel 2": the accessible name of a row's group. */
  rijNaam: (index: number) => string;
  toevoegTekst: string;
  verwijderTekst: string;
  /** Rows that always stay (no remove button below this count). */
  minimum?: number;
  /** Below the add button: a running total, for instance. */
  voet?: ReactNode;
  children: (rij: R, index: number, zet: <K extends keyof R>(veld: K) => (waarde: R[K]) => void) => ReactNode;
}) {
  const zetIn =
    (index: number) =>
    <K extends keyof R>(veld: K) =>
    (waarde: R[K]) =>
      onWijzig(rijen.map((r, j) => (j === index ? { ...r, [veld]: waarde } : r)));
  return (
    <Fieldset>
      <FieldsetLegend>{legenda}</FieldsetLegend>
      {uitleg ? <Paragraph>{uitleg}</Paragraph> : null}
      {fout ? (
        <FormFieldErrorMessage id={veldId(naam)}>
          <span className="visueel-verborgen">Fout: </span>
          {fout}
        </FormFieldErrorMessage>
      ) : null}
      {rijen.map((rij, i) => (
        <div key={i} className="regelinvoer" role="group" aria-label={rijNaam(i)}>
          {children(rij, i, zetIn(i))}
          {rijen.length > minimum ? (
            <Button appearance="subtle-button" hint="danger" onClick={() => onWijzig(rijen.filter((_, j) => j !== i))}>
              {verwijderTekst}
              <span className="visueel-verborgen"> {rijNaam(i)}</span>
            </Button>
          ) : null}
        </div>
      ))}
      <Button appearance="secondary-action-button" onClick={() => onWijzig([...rijen, nieuweRij()])}>
        {toevoegTekst}
      </Button>
      {voet}
    </Fieldset>
  );
}

/** Labels of the fields of every row by wire name ("regels.3.bedragCenten" → "Regel 4: bedrag"), so server problems land on their field. */
export function rijLabels(naam: string, rijNaam: string, velden: Record<string, string>, aantal = 200): Record<string, string> {
  const labels: Record<string, string> = {};
  for (let i = 0; i < aantal; i++) {
    for (const [veld, tekst] of Object.entries(velden)) labels[`${naam}.${i}.${veld}`] = `${rijNaam} ${i + 1}: ${tekst}`;
  }
  return labels;
}
