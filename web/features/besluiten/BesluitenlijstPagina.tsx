import { ButtonLink, TableCell, TableRow } from '@utrecht/component-library-react';
import { excelBestandsnaam } from '../../components/excel';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { formatDatum } from '../../format';
import { besluitenlijstExportPad, besluitPad, useBesluiten, vergaderingPad } from './besluiten.api';
import { GefilterdeLijst, labelVan, tellingTekst, Uitkomst, useOrgaanJaarFilter, wijzeLabels } from './besluiten';

/** The decision list per body and year (DOMAIN.md §6), exportable with the votes per municipality. */
export function BesluitenlijstPagina() {
  const { regioId } = useOnderdeel('besluitenlijst');
  const filterstaat = useOrgaanJaarFilter();
  const { filter } = filterstaat;
  const besluiten = useBesluiten(regioId, filter);
  return (
    <LijstPagina
      onderdeel="besluitenlijst"
      inleiding="Elk besluit van het PHO, de Kerngroep en de andere overlegorganen: genummerd per orgaan en jaar, met de uitkomst, hoe die tot stand kwam, de stemmen per gemeente en wat het besluit veranderde."
      query={besluiten}
      wat="de besluitenlijst"
      isLeeg={() => false}
      leeg=""
    >
      {({ items }) => (
        <GefilterdeLijst
          regioId={regioId}
          label="Besluitenlijst filteren"
          filter={filterstaat}
          aantal={items.length}
          enkelvoud="besluit"
          meervoud="besluiten"
          leeg="Hier komen de besluiten zodra een overlegorgaan over een voorstel heeft besloten. Er zijn nog geen besluiten."
        >
          <div className="excel-knop">
            <ButtonLink href={besluitenlijstExportPad(regioId, filter)} download={excelBestandsnaam('besluitenlijst', filter.jaar)} appearance="secondary-action-button">
              Exporteren naar Excel
            </ButtonLink>
          </div>
          <Tabel label="Besluitenlijst" koppen={['Nummer', 'Datum', 'Onderwerp', 'Uitkomst', 'Wijze en stemmen', 'Gevolg']}>
            {items.map((b) => (
              <TableRow key={b.id}>
                <TableCell className="geen-afbreking">
                  <AppLink to={besluitPad(regioId, b.id)}>{b.nummer}</AppLink>
                </TableCell>
                <TableCell className="geen-afbreking">{formatDatum(b.datum)}</TableCell>
                <TableCell>
                  {b.agendapunt.titel}
                  <span className="bijzin">
                    {' '}
                    (<AppLink to={vergaderingPad(regioId, b.vergadering.id)}>{b.vergadering.titel}</AppLink>)
                  </span>
                </TableCell>
                <TableCell>
                  <Uitkomst uitkomst={b.uitkomst} />
                </TableCell>
                <TableCell>
                  {labelVan(wijzeLabels, b.wijze)}
                  {b.wijze !== 'zonder-stemming' ? <span className="bijzin"> ({tellingTekst(b)})</span> : null}
                </TableCell>
                <TableCell>{b.gevolg.omschrijving}</TableCell>
              </TableRow>
            ))}
          </Tabel>
        </GefilterdeLijst>
      )}
    </LijstPagina>
  );
}
