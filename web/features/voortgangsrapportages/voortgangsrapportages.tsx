import { TableCell, TableRow } from '@utrecht/component-library-react';
import type { IndicatorStand } from '../../../common/contracts/overzicht';
import type { Excelblad } from '../../components/excel';
import { AppLink } from '../../components/links';
import { Tabel } from '../../components/regio-pagina';
import { formatIndicatorWaarde, niveauLabels, UitkomstBadge, uitkomstLabels } from '../indicatoren/indicatoren';

/** Pieces shared by the overview and the progress reports: indicators against their targets. */

const indicatorPad = (regioId: string, id: string) => `/regios/${regioId}/monitoring/indicatoren/${id}`;

/**
 * The evaluated targets as one table: indicator, period, target against the actual value, and the
 * outcome in words. `filter` picks which evaluations of an indicator to show.
 */
export function EvaluatiesTabel({
  regioId,
  indicatoren,
  label,
  filter = () => true,
}: {
  regioId: string;
  indicatoren: IndicatorStand[];
  label: string;
  filter?: (e: IndicatorStand['evaluaties'][number]) => boolean;
}) {
  const rijen = indicatoren.flatMap((i) => i.evaluaties.filter(filter).map((e) => ({ i, e })));
  const perGemeente = rijen.some(({ e }) => e.gemeente !== null);
  return (
    <Tabel
      label={label}
      koppen={['Indicator', perGemeente && 'Gemeente', 'Periode', { tekst: 'Streefwaarde', numeriek: true }, { tekst: 'Werkelijk', numeriek: true }, 'Uitkomst']}
    >
      {rijen.map(({ i, e }) => (
        <TableRow key={e.streefwaardeId}>
          <TableCell>
            <AppLink to={indicatorPad(regioId, i.id)}>{i.naam}</AppLink>
          </TableCell>
          {perGemeente ? <TableCell>{e.gemeente?.naam ?? 'Regio'}</TableCell> : null}
          <TableCell>{e.periodeLabel}</TableCell>
          <TableCell className="numeriek">{formatIndicatorWaarde(e.streefwaarde, i.eenheid)}</TableCell>
          <TableCell className="numeriek">{formatIndicatorWaarde(e.werkelijk, i.eenheid)}</TableCell>
          <TableCell>
            <UitkomstBadge uitkomst={e.uitkomst} />
            {e.uitkomst === 'onvolledig' ? <span className="bijzin">{`${e.gemeten} van ${e.verwacht} perioden gemeten`}</span> : null}
          </TableCell>
        </TableRow>
      ))}
    </Tabel>
  );
}

/** The same evaluations as an Excel sheet, values as numbers. */
export function evaluatiesBlad(indicatoren: IndicatorStand[]): Excelblad {
  return {
    naam: 'Indicatoren',
    kolommen: [
      { kop: 'Code' },
      { kop: 'Indicator' },
      { kop: 'Niveau' },
      { kop: 'Gemeente' },
      { kop: 'Periode' },
      { kop: 'Streefwaarde' },
      { kop: 'Werkelijk' },
      { kop: 'Eenheid' },
      { kop: 'Gemeten perioden' },
      { kop: 'Uitkomst' },
    ],
    rijen: indicatoren.flatMap((i) =>
      i.evaluaties.map((e) => [i.code, i.naam, niveauLabels[i.niveau], e.gemeente?.naam ?? 'Regio', e.periodeLabel, e.streefwaarde, e.werkelijk, i.eenheid, `${e.gemeten} van ${e.verwacht}`, uitkomstLabels[e.uitkomst]]),
    ),
  };
}
