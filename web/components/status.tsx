import { Alert, Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import type { Voortgangsstatus } from '../../common/contracts/algemeen';
import { isApiError } from '../api';

export function Laden({ wat = 'de gegevens' }: { wat?: string }) {
  return (
    <Paragraph role="status" className="laden">
      Bezig met laden van {wat}…
    </Paragraph>
  );
}

/** Shows why data could not be loaded, in words a person can act on. */
export function Laadfout({ fout, wat = 'de gegevens' }: { fout: unknown; wat?: string }) {
  let detail = 'Probeer het later opnieuw.';
  let titel = `Het laden van ${wat} is niet gelukt`;
  if (isApiError(fout)) {
    if (fout.status === 403) {
      titel = 'Geen toegang';
      detail = fout.probleem.detail ?? 'U heeft geen toegang tot deze gegevens.';
    } else if (fout.status === 404) {
      titel = 'Niet gevonden';
      detail = fout.probleem.detail ?? 'Deze gegevens bestaan niet (meer).';
    } else {
      detail = fout.probleem.detail ?? fout.probleem.title;
    }
  }
  return (
    <Alert type="error">
      <Heading2 className="alert-kop">{titel}</Heading2>
      <Paragraph>{detail}</Paragraph>
    </Alert>
  );
}

/** A short-lived message after an action ("De organisatie is verwijderd."). */
export function Melding({ tekst }: { tekst: string | null | undefined }) {
  if (!tekst) return null;
  return (
    <Alert type="ok" role="status">
      <Paragraph>{tekst}</Paragraph>
    </Alert>
  );
}

export type Toon = 'neutraal' | 'goed' | 'waarschuwing' | 'fout' | 'inactief';

/** The colour that supports a progress status (the word carries the meaning; UI.md "Status"). */
export const voortgangsstatusToon: Record<Voortgangsstatus, Toon> = {
  'niet-gestart': 'neutraal',
  'in-uitvoering': 'neutraal',
  gerealiseerd: 'goed',
  vertraagd: 'waarschuwing',
  'niet-van-toepassing': 'inactief',
};

const badgeStatus: Record<Toon, string> = {
  neutraal: 'neutral',
  goed: 'success',
  waarschuwing: 'warning',
  fout: 'danger',
  inactief: 'inactive',
};

/**
 * A status as a labelled badge (UI.md "Status"): the word carries the meaning, the colour only
 * supports it; `voorvoegsel` is read by screen readers before it ("Status: vastgesteld").
 */
export function Badge({ toon = 'neutraal', voorvoegsel, children }: { toon?: Toon; voorvoegsel?: string; children: string }) {
  return (
    <StatusBadge status={badgeStatus[toon]} className="badge">
      {voorvoegsel ? <span className="visueel-verborgen">{voorvoegsel}: </span> : null}
      {children}
    </StatusBadge>
  );
}
