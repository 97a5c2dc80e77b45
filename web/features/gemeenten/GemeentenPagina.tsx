import {
  FormField,
  FormLabel,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import type { Gemeente } from '../../../common/contracts/regios';
import { useHuidigeRegio } from '../../components/layout';
import { AppLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { sorteer, SorteerKop, type Richting } from '../../components/sorteren';
import { Laadfout, Laden } from '../../components/status';
import { TabelContainer } from '../../components/tabel';
import { aantal, formatGetal } from '../../format';
import { gemeenteRolLabels, label } from '../../i18n/nl';
import { organisatieKruimels } from '../regios/RegioPagina';
import { useGemeenten } from './gemeenten.api';

const kolommen: Record<string, (g: Gemeente) => string | number> = {
  gemeentecode: (g) => g.gemeentecode,
  naam: (g) => g.naam,
  inwoners: (g) => g.inwoners,
  rol: (g) => label(gemeenteRolLabels, g.rol),
  portefeuillehouder: (g) => g.portefeuillehouder,
};

export function GemeentenPagina() {
  const { regioId, regio } = useHuidigeRegio();
  const gemeenten = useGemeenten(regioId);
  const [zoek, setZoek] = useSearchParams();
  const pad = `/regios/${regioId}/organisatie/gemeenten`;

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

  const alle = gemeenten.data?.items ?? [];
  const gefilterd = alle.filter((g) => g.naam.toLocaleLowerCase('nl').includes(naamFilter.trim().toLocaleLowerCase('nl')));
  const zichtbaar = sorteer(gefilterd, kolommen[sorteerKolom] ?? kolommen.naam!, richting);
  const onSorteer = (kolom: string, r: Richting) => zet({ sorteer: kolom, richting: r });

  return (
    <>
      <PaginaKop
        titel="Gemeenten"
        documentTitel={[regio?.naam]}
        kruimels={[...organisatieKruimels(regioId, regio?.naam), { label: 'Gemeenten', to: pad }]}
      >
        <Paragraph>
          De gemeenten die samenwerken in deze regio, met hun rol en hun portefeuillehouder in het
          portefeuillehoudersoverleg.
        </Paragraph>
      </PaginaKop>
      {gemeenten.isPending ? (
        <Laden wat="de gemeenten" />
      ) : gemeenten.isError ? (
        <Laadfout fout={gemeenten.error} wat="de gemeenten" />
      ) : alle.length === 0 ? (
        <Paragraph>
          Hier staan de gemeenten van de regio met hun rol (mandaatgemeente, centrumgemeente of regiogemeente).
          Er zijn nog geen gemeenten aan deze regio toegevoegd.
        </Paragraph>
      ) : (
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
          {zichtbaar.length === 0 ? (
            <Paragraph>Geen gemeente gevonden met “{naamFilter}” in de naam.</Paragraph>
          ) : (
            <TabelContainer label="Gemeenten van de regio">
              <Table>
                <TableCaption className="visueel-verborgen">Gemeenten van de regio</TableCaption>
                <TableHeader>
                  <TableRow>
                    <SorteerKop kolom="gemeentecode" huidig={sorteerKolom} richting={richting} onSorteer={onSorteer}>
                      Gemeentecode
                    </SorteerKop>
                    <SorteerKop kolom="naam" huidig={sorteerKolom} richting={richting} onSorteer={onSorteer}>
                      Naam
                    </SorteerKop>
                    <SorteerKop kolom="inwoners" huidig={sorteerKolom} richting={richting} onSorteer={onSorteer} numeriek>
                      Inwoners
                    </SorteerKop>
                    <SorteerKop kolom="rol" huidig={sorteerKolom} richting={richting} onSorteer={onSorteer}>
                      Rol
                    </SorteerKop>
                    <SorteerKop kolom="portefeuillehouder" huidig={sorteerKolom} richting={richting} onSorteer={onSorteer}>
                      Portefeuillehouder
                    </SorteerKop>
                  </TableRow>
                </TableHeader>
                <TableBody>
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
                </TableBody>
              </Table>
            </TabelContainer>
          )}
        </>
      )}
    </>
  );
}
