import { Paragraph } from '@utrecht/component-library-react';
import type { KetenaanpakkenMatrix } from '../../../common/contracts/ketenaanpakken';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { LijstPagina, useOnderdeel } from '../../components/regio-pagina';
import { aantal } from '../../format';
import { useKetenaanpakken } from './ketenaanpakken.api';
import { coordinatorTekst, KetenaanpakkenMatrixTabel, Legenda, niveauLabel } from './ketenaanpakken';

/** Both sheets of the export: the matrix as on screen, and every cell with its details. */
function excelBladen(m: KetenaanpakkenMatrix) {
  return [
    {
      naam: 'Matrix',
      kolommen: [{ kop: 'Gemeente' }, ...m.ketenaanpakken.map((a) => ({ kop: a.naam }))],
      rijen: m.gemeenten.map((g) => [g.naam, ...g.cellen.map((c) => niveauLabel(c.niveau))]),
    },
    {
      naam: 'Details',
      kolommen: [{ kop: 'Gemeente' }, { kop: 'Ketenaanpak' }, { kop: 'Niveau' }, { kop: 'Coördinator' }, { kop: 'Interventie' }, { kop: 'Verwijsroutes' }, { kop: 'Notities' }],
      rijen: m.gemeenten.flatMap((g) =>
        g.cellen.map((c, i) => [g.naam, m.ketenaanpakken[i]?.naam, niveauLabel(c.niveau), coordinatorTekst(c), c.interventie, c.verwijsroutes, c.notities]),
      ),
    },
  ];
}

/** The matrix page: the region's municipalities as rows, the five chain approaches as columns. */
export function KetenaanpakkenPagina() {
  const { regioId, regio, pad } = useOnderdeel('ketenaanpakken');
  const query = useKetenaanpakken(regioId);
  return (
    <LijstPagina
      onderdeel="ketenaanpakken"
      inleiding="Welke gemeente welke ketenaanpak van het IZA uitvoert, en op welk niveau. Kies een cel voor de coördinator, de interventie en de verwijsroutes, of een aanpak voor het overzicht per gemeente."
      query={query}
      wat="de ketenaanpakken"
      isLeeg={(m) => m.gemeenten.length === 0}
      leeg="Hier staat per gemeente van de regio op welk niveau zij de vijf ketenaanpakken uitvoert. De regio heeft nog geen gemeenten; voeg die eerst toe onder Organisatie."
    >
      {(m) => (
        <>
          <Paragraph className="telling">
            {aantal(m.gemeenten.length, 'gemeente', 'gemeenten')} × {aantal(m.ketenaanpakken.length, 'ketenaanpak', 'ketenaanpakken')}
          </Paragraph>
          <ExcelKnop bestandsnaam={excelBestandsnaam('ketenaanpakken', regio?.naam)} bladen={excelBladen(m)} />
          <KetenaanpakkenMatrixTabel matrix={m} pad={pad} />
          <Legenda />
        </>
      )}
    </LijstPagina>
  );
}
