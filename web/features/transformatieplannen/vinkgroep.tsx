import { Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { veldId, VinkVeld } from '../../components/formulier';

/**
 * A choice of several (domains, partners, municipalities) as a fieldset of checkboxes. The error
 * of the list as a whole carries the id the error summary links to; errors of one choice (the
 * server names "gemeentecodes.1") show at that checkbox.
 */
export function VinkGroep({
  naam,
  legenda,
  beschrijving,
  opties,
  gekozen,
  onChange,
  fouten,
}: {
  naam: string;
  legenda: string;
  beschrijving?: ReactNode;
  opties: { waarde: string; label: string }[];
  gekozen: string[];
  onChange: (gekozen: string[]) => void;
  fouten: Record<string, string>;
}) {
  const fout = fouten[naam];
  return (
    <Fieldset invalid={Boolean(fout)}>
      <FieldsetLegend>{legenda}</FieldsetLegend>
      {beschrijving ? <FormFieldDescription>{beschrijving}</FormFieldDescription> : null}
      {fout ? (
        <FormFieldErrorMessage id={veldId(naam)} tabIndex={-1}>
          <span className="visueel-verborgen">Fout: </span>
          {fout}
        </FormFieldErrorMessage>
      ) : null}
      <div className="register-keuzes">
        {opties.map((o) => {
          const index = gekozen.indexOf(o.waarde);
          return (
            <VinkVeld
              key={o.waarde}
              name={index >= 0 ? `${naam}.${index}` : `${naam}-${o.waarde}`}
              label={o.label}
              checked={index >= 0}
              fout={index >= 0 ? fouten[`${naam}.${index}`] : undefined}
              onChange={(aan) => onChange(aan ? [...gekozen, o.waarde] : gekozen.filter((w) => w !== o.waarde))}
            />
          );
        })}
      </div>
    </Fieldset>
  );
}

/** Labels for the error summary of every position in a list ("gemeentecodes.2" → "Betrokken gemeente 3"). */
export function lijstLabels(naam: string, tekst: string, aantal = 100): Record<string, string> {
  return Object.fromEntries(Array.from({ length: aantal }, (_, i) => [`${naam}.${i}`, `${tekst} ${i + 1}`]));
}
