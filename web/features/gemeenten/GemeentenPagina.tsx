import { FormField, FormLabel, Paragraph, TableCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import type { Gemeente } from '../../../common/contracts/regios';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { sorteer, type Richting } from '../../components/sorteren';
import { aantal, formatGetal } from '../../format';
import { gemeenteRolLabels, label } from '../../i18n/nl';
import { useGemeenten } from './gemeenten.api';

const kolommen: Record<string, (g: Gemeente) => string | number> = {
  gemeentecode: (g) => g.gemeentecode,
  naam: (g) => g.naam,
  inwoners: (g) => g.inwoners,
  rol: (g) => label(gemeenteRolLabels, g.rol),
  portefeuillehouder: (g) => g.portefeuillehouder,
};

export function GemeentenPagina() {
  const { regioId, regio, pad } = useOnderdeel('gemeenten');
  const gemeenten = useGemeenten(regioId);
  const [zoek, setZoek] = useSearchParams();

  const naamFilter = zoek.get('naam') ?? '';
  const sorteerKolom = zoek.get('sorteer') && zoek.get('sorteer')! in kolommen ? zoek.get('sorteer')! : 'naam';
  const richting: Richting = zoek.get('richting') === 'aflopend' ? 'aflopend' : 'oplopend';

  function zet(wijziging: Record<string, string | null>) {
    const nieuw = new URLSearchParams(zoek);
    for (const [k, v] of Object.entries(wijziging)) {
      if (v === null || v === '') nieuw.delete(k);
      else nieuw.set(k, v);
    }
    setZoek(nieuw, { replace: true });
  }

  return (
    <LijstPagina
      onderdeel="gemeenten"
      inleiding="De gemeenten die samenwerken in deze regio, met hun rol en hun portefeuillehouder in het portefeuillehoudersoverleg."
      toevoegen='Gemeente toevoegen'
      query={gemeenten}
      wat="de gemeenten"
      leeg="Hier staan de gemeenten van de regio met hun rol (mandaatgemeente, centrumgemeente of regiogemeente). Er zijn nog geen gemeenten aan deze regio toegevoegd."
    >
      {({ items: alle }) => {
        const gefilterd = alle.filter((g) =>
          g.naam.toLocaleLowerCase('nl').includes(naamFilter.trim().toLocaleLowerCase('nl')),
        );
        const zichtbaar = sorteer(gefilterd, kolommen[sorteerKolom] ?? kolommen.naam!, richting);
        return (
          <>
            <form role="search" aria-label="Gemeenten filteren" className="filter" onSubmit={(e) => e.preventDefault()}>
              <FormField type="text">
                <FormLabel htmlFor="filter-naam">Zoek op naam</FormLabel>
                <Textbox
                  id="filter-naam"
                  type="search"
                  value={naamFilter}
                  onChange={(e) => zet({ naam: e.target.value })}
                  className="invoer-kort"
                />
              </FormField>
            </form>
            <Paragraph role="status" className="telling">
              {naamFilter
                ? `${formatGetal(zichtbaar.length)} van ${aantal(alle.length, 'gemeente', 'gemeenten')}`
                : aantal(alle.length, 'gemeente', 'gemeenten')}
            </Paragraph>
            {zichtbaar.length > 0 ? (
              <ExcelKnop
                bestandsnaam={excelBestandsnaam('gemeenten', regio?.naam)}
                bladen={[
                  {
                    naam: 'Gemeenten',
                    kolommen: [{ kop: 'Gemeentecode' }, { kop: 'Naam' }, { kop: 'Inwoners', soort: 'getal' }, { kop: 'Rol' }, { kop: 'Portefeuillehouder' }],
                    rijen: zichtbaar.map((g) => [g.gemeentecode, g.naam, g.inwoners, label(gemeenteRolLabels, g.rol), g.portefeuillehouder]),
                  },
                ]}
              />
            ) : null}
            {zichtbaar.length === 0 ? (
              <Paragraph>Geen gemeente gevonden met “{naamFilter}” in de naam.</Paragraph>
            ) : (
              <Tabel
                label="Gemeenten van de regio"
                sortering={{ kolom: sorteerKolom, richting, onSorteer: (kolom, r) => zet({ sorteer: kolom, richting: r }) }}
                koppen={[
                  { tekst: 'Gemeentecode', sorteer: 'gemeentecode' },
                  { tekst: 'Naam', sorteer: 'naam' },
                  { tekst: 'Inwoners', sorteer: 'inwoners', numeriek: true },
                  { tekst: 'Rol', sorteer: 'rol' },
                  { tekst: 'Portefeuillehouder', sorteer: 'portefeuillehouder' },
                ]}
              >
                {zichtbaar.map((g) => (
                  <TableRow key={g.gemeentecode}>
                    <TableCell>{g.gemeentecode}</TableCell>
                    <TableCell>
                      <AppLink to={`${pad}/${g.gemeentecode}`}>{g.naam}</AppLink>
                    </TableCell>
                    <TableCell className="numeriek">{formatGetal(g.inwoners)}</TableCell>
                    <TableCell>{label(gemeenteRolLabels, g.rol)}</TableCell>
                    <TableCell>{g.portefeuillehouder || 'Niet ingevuld'}</TableCell>
                  </TableRow>
                ))}
              </Tabel>
            )}
          </>
        );
      }}
    </LijstPagina>
  );
}
