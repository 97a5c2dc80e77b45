import {
  Alert,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import type { z } from 'zod';
import type { Probleem } from '../../common/contracts/algemeen';
import { isApiError } from '../api';

/** Field errors by field name; names are the wire paths ("besluitregels.quorumBasispunten"). */
export type Veldfouten = Record<string, string>;

export function veldId(name: string): string {
  return `veld-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

export function foutenUitZod(error: z.ZodError): Veldfouten {
  const fouten: Veldfouten = {};
  for (const issue of error.issues) {
    const naam = issue.path.map(String).join('.');
    if (!(naam in fouten)) fouten[naam] = issue.message;
  }
  return fouten;
}

export interface Formulierfouten {
  velden: Veldfouten;
  algemeen: string[];
}

export const geenFouten: Formulierfouten = { velden: {}, algemeen: [] };

export function heeftFouten(f: Formulierfouten): boolean {
  return f.algemeen.length > 0 || Object.keys(f.velden).length > 0;
}

/**
 * Map an RFC 9457 problem onto the fields it names; the rest is shown above the form. A conflict
 * (409) explains its rule in the detail, so a conflict on one field shows that whole explanation
 * at the field; one that names no field lands on `conflictVeld` when the form has one.
 */
export function foutenUitProbleem(probleem: Probleem, velden: readonly string[], conflictVeld?: string): Formulierfouten {
  const result: Formulierfouten = { velden: {}, algemeen: [] };
  const params = probleem.invalidParams ?? [];
  const conflict = probleem.status === 409 && Boolean(probleem.detail);
  for (const param of params) {
    if (velden.includes(param.name)) {
      if (!(param.name in result.velden)) {
        result.velden[param.name] = conflict && params.length === 1 ? probleem.detail! : param.reason;
      }
    } else {
      result.algemeen.push(param.name ? `${param.name}: ${param.reason}` : param.reason);
    }
  }
  if (params.length === 0 && conflict && conflictVeld && velden.includes(conflictVeld)) {
    result.velden[conflictVeld] = probleem.detail!;
  }
  if (result.algemeen.length === 0 && Object.keys(result.velden).length === 0) {
    result.algemeen.push(probleem.detail ? `${probleem.title}: ${probleem.detail}` : probleem.title);
  }
  return result;
}

export function foutenUitFout(fout: unknown, velden: readonly string[], conflictVeld?: string): Formulierfouten {
  if (isApiError(fout)) {
    if (fout.status === 403) {
      return { velden: {}, algemeen: [fout.probleem.detail ?? 'U heeft geen recht om dit te wijzigen.'] };
    }
    return foutenUitProbleem(fout.probleem, velden, conflictVeld);
  }
  return { velden: {}, algemeen: ['Er ging iets mis. Probeer het opnieuw.'] };
}

/**
 * The error summary at the top of a form (UI.md "Forms"): focus moves here after a failed
 * submit; each error links to its field.
 */
export function Foutoverzicht({
  fouten,
  labels,
  poging,
}: {
  fouten: Formulierfouten;
  labels: Record<string, string>;
  /** Increases with every failed submit, so focus moves here again. */
  poging: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const zichtbaar = heeftFouten(fouten);
  useEffect(() => {
    if (zichtbaar) ref.current?.focus();
  }, [poging, zichtbaar]);
  if (!zichtbaar) return null;
  const veldNamen = Object.keys(fouten.velden);
  return (
    <div ref={ref} tabIndex={-1} className="foutoverzicht" aria-labelledby="foutoverzicht-kop">
      <Alert type="error">
        <Heading2 id="foutoverzicht-kop" className="alert-kop">
          {veldNamen.length + fouten.algemeen.length === 1 ? 'Er is een probleem' : 'Er zijn problemen'}
        </Heading2>
        <ul className="foutoverzicht__lijst">
          {fouten.algemeen.map((tekst) => (
            <li key={tekst}>{tekst}</li>
          ))}
          {veldNamen.map((naam) => (
            <li key={naam}>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${veldId(naam)}`}
                onClick={(event) => {
                  const veld = document.getElementById(veldId(naam));
                  if (veld) {
                    event.preventDefault();
                    veld.focus();
                  }
                }}
              >
                {labels[naam] ?? naam}: {fouten.velden[naam]}
              </a>
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}

interface VeldBasisProps {
  name: string;
  label: string;
  fout?: string | undefined;
  beschrijving?: ReactNode;
  verplicht?: boolean;
}

function Label({ id, label, verplicht }: { id: string; label: string; verplicht?: boolean | undefined }) {
  return (
    <FormLabel htmlFor={id}>
      {label}
      {verplicht ? <span className="verplicht"> (verplicht)</span> : null}
    </FormLabel>
  );
}

function beschrijvingIds(id: string, beschrijving: ReactNode, fout: string | undefined): string | undefined {
  const ids = [beschrijving ? `${id}-beschrijving` : null, fout ? `${id}-fout` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function VeldExtra({ id, beschrijving, fout }: { id: string; beschrijving: ReactNode; fout: string | undefined }) {
  return (
    <>
      {beschrijving ? <FormFieldDescription id={`${id}-beschrijving`}>{beschrijving}</FormFieldDescription> : null}
      {fout ? (
        <FormFieldErrorMessage id={`${id}-fout`}>
          <span className="visueel-verborgen">Fout: </span>
          {fout}
        </FormFieldErrorMessage>
      ) : null}
    </>
  );
}

/** Label, description and error around one control; `invoer` gets the props every control needs. */
function Veld({
  name,
  label,
  fout,
  beschrijving,
  verplicht,
  children,
}: VeldBasisProps & {
  children: (invoer: {
    id: string;
    name: string;
    invalid: boolean;
    required: boolean | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}) {
  const id = veldId(name);
  return (
    <FormField invalid={Boolean(fout)} type="text">
      <Label id={id} label={label} verplicht={verplicht} />
      <VeldExtra id={id} beschrijving={beschrijving} fout={fout} />
      {children({
        id,
        name,
        invalid: Boolean(fout),
        required: verplicht,
        'aria-describedby': beschrijvingIds(id, beschrijving, fout),
      })}
    </FormField>
  );
}

export function TekstVeld({
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  disabled,
  className,
  ...basis
}: VeldBasisProps & {
  value: string;
  onChange: (waarde: string) => void;
  type?: string;
  autoComplete?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'url';
  disabled?: boolean;
  className?: string;
}) {
  return (
    <Veld {...basis}>
      {(invoer) => (
        <Textbox
          {...invoer}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete={autoComplete}
          inputMode={inputMode}
          disabled={disabled}
          className={className}
        />
      )}
    </Veld>
  );
}

export function TekstvakVeld({
  value,
  onChange,
  rows = 5,
  ...basis
}: VeldBasisProps & { value: string; onChange: (waarde: string) => void; rows?: number }) {
  return (
    <Veld {...basis}>
      {(invoer) => <Textarea {...invoer} value={value} rows={rows} onChange={(e) => onChange(e.target.value)} />}
    </Veld>
  );
}

export interface Keuze {
  waarde: string;
  label: string;
}

export function KeuzeVeld({
  value,
  onChange,
  keuzes,
  disabled,
  ...basis
}: VeldBasisProps & {
  value: string;
  onChange: (waarde: string) => void;
  keuzes: Keuze[];
  disabled?: boolean;
}) {
  return (
    <Veld {...basis}>
      {(invoer) => (
        <Select {...invoer} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
          {keuzes.map((k) => (
            <SelectOption key={k.waarde} value={k.waarde}>
              {k.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </Veld>
  );
}

export function VinkVeld({
  name,
  label,
  fout,
  beschrijving,
  checked,
  onChange,
}: VeldBasisProps & { checked: boolean; onChange: (waarde: boolean) => void }) {
  const id = veldId(name);
  return (
    <FormField invalid={Boolean(fout)} type="checkbox">
      <div className="vinkveld">
        <Checkbox
          id={id}
          name={name}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          invalid={Boolean(fout)}
          aria-describedby={beschrijvingIds(id, beschrijving, fout)}
        />
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      </div>
      <VeldExtra id={id} beschrijving={beschrijving} fout={fout} />
    </FormField>
  );
}

/** Choosing a file to upload; `onKies` gets the file (or null when the choice is cleared). */
export function BestandVeld({
  name = 'bestand',
  label = 'Bestand',
  beschrijving,
  fout,
  accept,
  onKies,
}: Partial<VeldBasisProps> & { accept: string; onKies: (bestand: File | null) => void }) {
  const id = veldId(name);
  return (
    <FormField invalid={Boolean(fout)} type="text">
      <Label id={id} label={label} verplicht />
      <VeldExtra id={id} beschrijving={beschrijving} fout={fout} />
      <input
        id={id}
        name={name}
        type="file"
        className="bestandskeuze"
        accept={accept}
        aria-describedby={beschrijvingIds(id, beschrijving, fout)}
        aria-invalid={fout ? true : undefined}
        required
        onChange={(e) => onKies(e.target.files?.[0] ?? null)}
      />
    </FormField>
  );
}

/** A read-only value inside a form, for fields the person may not change. */
export function AlleenLezenVeld({ label, waarde, uitleg }: { label: string; waarde: string; uitleg?: string }) {
  return (
    <div className="alleen-lezen-veld">
      <Paragraph>
        <strong>{label}:</strong> {waarde}
      </Paragraph>
      {uitleg ? <Paragraph appearance="small">{uitleg}</Paragraph> : null}
    </div>
  );
}
