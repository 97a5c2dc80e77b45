import type { Mijlpaal } from '../../../common/contracts/mijlpalen';
import { Badge, voortgangsstatusToon } from '../../components/status';
import { statusLabel } from './mijlpalen.api';

export function StatusBadge({ mijlpaal }: { mijlpaal: Pick<Mijlpaal, 'status'> }) {
  return (
    <Badge toon={voortgangsstatusToon[mijlpaal.status]} voorvoegsel="Status">
      {statusLabel(mijlpaal.status)}
    </Badge>
  );
}

/** Overdue in words, never by colour alone (UI.md). */
export function VerlopenTekst({ mijlpaal }: { mijlpaal: Pick<Mijlpaal, 'verlopenTekst'> }) {
  if (!mijlpaal.verlopenTekst) return null;
  return (
    <Badge toon="fout" voorvoegsel="Verlopen">
      {mijlpaal.verlopenTekst}
    </Badge>
  );
}
