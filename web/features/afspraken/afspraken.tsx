import type { AfspraakMetStatus } from '../../../common/contracts/afspraken';
import { Badge } from '../../components/status';
import { statusLabel, statusToon } from './afspraken.api';

/** Who owns the agreement in the region: the free text and the municipality or organisation. */
export function eigenaarTekst(a: AfspraakMetStatus): string {
  return [a.eigenaar, a.eigenaarGemeente?.naam, a.eigenaarOrganisatie?.naam].filter(Boolean).join(', ');
}

export function StatusBadge({ afspraak }: { afspraak: Pick<AfspraakMetStatus, 'status'> }) {
  return (
    <Badge toon={statusToon[afspraak.status]} voorvoegsel="Status">
      {statusLabel(afspraak.status)}
    </Badge>
  );
}

/** Overdue in words, never by colour alone (UI.md). */
export function VerlopenTekst({ afspraak }: { afspraak: Pick<AfspraakMetStatus, 'verlopenTekst'> }) {
  if (!afspraak.verlopenTekst) return null;
  return (
    <Badge toon="fout" voorvoegsel="Verlopen">
      {afspraak.verlopenTekst}
    </Badge>
  );
}
