import { Heading2, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ketenaanpakNiveauLabels, ketenaanpakNiveaus, type KetenaanpakCel, type KetenaanpakkenMatrix, type KetenaanpakNiveau } from '../../../common/contracts/ketenaanpakken';
import { AppLink } from '../../components/links';
import { Tabel } from '../../components/regio-pagina';
import { Badge, type Toon } from '../../components/status';

/** Colour supports the level's word, never replaces it (UI.md "Status"); wider uptake reads greener. */
const toonPerNiveau: Record<KetenaanpakNiveau, Toon> = {
  regionaal: 'goed',
  subregionaal: 'goed',
  lokaal: 'neutraal',
  'in-voorbereiding': 'waarschuwing',
  'niet-gestart': 'inactief',
};

const uitlegPerNiveau: Record<KetenaanpakNiveau, string> = {
  regionaal: 'in de hele regio, met één aanpak',
  subregionaal: 'samen met buurgemeenten in een deel van de regio',
  lokaal: 'door de gemeente zelf',
  'in-voorbereiding': 'besloten, maar nog niet gestart',
  'niet-gestart': 'niets vastgelegd of nog niet opgepakt',
};

export const niveauLabel = (n: KetenaanpakNiveau) => ketenaanpakNiveauLabels[n];

export function NiveauBadge({ niveau, voorvoegsel }: { niveau: KetenaanpakNiveau; voorvoegsel?: string }) {
  return (
    <Badge toon={toonPerNiveau[niveau]} voorvoegsel={voorvoegsel}>
      {niveauLabel(niveau)}
    </Badge>
  );
}

/** The legend in words: what each level means, with its badge. */
export function Legenda() {
  return (
    <section aria-labelledby="legenda-kop" className="sectie">
      <Heading2 id="legenda-kop">Legenda</Heading2>
      <ul className="legenda">
        {ketenaanpakNiveaus.map((n) => (
          <li key={n}>
            <NiveauBadge niveau={n} /> {uitlegPerNiveau[n]}
          </li>
        ))}
      </ul>
    </section>
  );
}

export const coordinatorTekst = (c: KetenaanpakCel) =>
  [c.coordinator?.naam, c.coordinatorNaam].filter(Boolean).join(' — ') || 'Niet vastgelegd';

export const celPad = (pad: string, ketenaanpakId: string, gemeentecode: string) => `${pad}/${ketenaanpakId}/gemeenten/${gemeentecode}`;

/**
 * The matrix: the municipalities as rows, the chain approaches as columns. With `pad` (the
 * ketenaanpakken page) every header and cell links to its page; without it (a frozen report) the
 * cells are text, each read as "<approach> in <municipality>: <level>".
 */
export function KetenaanpakkenMatrixTabel({ matrix: m, pad, label = 'Ketenaanpakken per gemeente' }: { matrix: KetenaanpakkenMatrix; pad?: string; label?: string }) {
  return (
    <Tabel
      label={label}
      koppen={['Gemeente', ...m.ketenaanpakken.map((a) => (pad ? { tekst: a.naam, inhoud: <AppLink to={`${pad}/${a.id}`}>{a.naam}</AppLink> } : a.naam))]}
    >
      {m.gemeenten.map((g) => (
        <TableRow key={g.gemeentecode}>
          <TableHeaderCell scope="row">{g.naam}</TableHeaderCell>
          {g.cellen.map((c, i) => {
            const naam = `${m.ketenaanpakken[i]?.naam} in ${g.naam}`;
            return (
              <TableCell key={c.ketenaanpakId}>
                {pad ? (
                  <AppLink to={celPad(pad, c.ketenaanpakId, g.gemeentecode)} aria-label={`${naam}: ${niveauLabel(c.niveau)}`}>
                    <NiveauBadge niveau={c.niveau} />
                  </AppLink>
                ) : (
                  <NiveauBadge niveau={c.niveau} voorvoegsel={naam} />
                )}
              </TableCell>
            );
          })}
        </TableRow>
      ))}
    </Tabel>
  );
}
