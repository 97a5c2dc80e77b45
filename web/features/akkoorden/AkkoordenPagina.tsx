import { Heading2, Heading3, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import type { Akkoord } from '../../../common/contracts/regios';
import { AppLink } from '../../components/links';
import { Gegevenslijst, LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { formatDatum } from '../../format';
import { deelnameStatusLabels, label } from '../../i18n/nl';
import { useAkkoorden, useCatalogusAantallen } from './akkoorden.api';

export function AkkoordenPagina() {
  const akkoorden = useAkkoorden();
  const { pad } = useOnderdeel('akkoorden');
  const aantallen = useCatalogusAantallen(akkoorden.data?.items.map((a) => a.id) ?? []);
  return (
    <LijstPagina
      onderdeel="akkoorden"
      inleiding="De landelijke akkoorden waaronder de regio werkt (zoals IZA, GALA en AZWA), met de taken die gemeenten eraan hebben (de werkagenda) en wie wanneer meedeed."
      query={akkoorden}
      wat="de akkoorden"
      leeg="Hier komen de landelijke akkoorden en hun werkagenda te staan. Er zijn nog geen akkoorden geladen."
    >
      {(data) => data.items.map((akkoord) => <AkkoordSectie key={akkoord.id} akkoord={akkoord} catalogusPad={`${pad}/${akkoord.id}/afspraken`} aantal={aantallen[akkoord.id]} />)}
    </LijstPagina>
  );
}

function AkkoordSectie({ akkoord, catalogusPad, aantal }: { akkoord: Akkoord; catalogusPad: string; aantal: number | undefined }) {
  const kopId = `akkoord-${akkoord.code}`;
  return (
    <section aria-labelledby={kopId} className="sectie akkoord">
      <Heading2 id={kopId}>
        {akkoord.naam} ({akkoord.code})
      </Heading2>
      {akkoord.omschrijving ? <Paragraph>{akkoord.omschrijving}</Paragraph> : null}
      <Gegevenslijst
        gegevens={[
          { label: 'Ondertekend op', waarde: akkoord.ondertekendOp ? formatDatum(akkoord.ondertekendOp) : 'Onbekend' },
          { label: 'Looptijd tot', waarde: akkoord.looptijdTot ? formatDatum(akkoord.looptijdTot) : 'Niet vastgelegd' },
        ]}
      />
      <Paragraph>
        <AppLink to={catalogusPad}>
          Afsprakencatalogus{aantal === undefined ? '' : ` (${aantal})`}
          <span className="visueel-verborgen"> van {akkoord.code}</span>
        </AppLink>
      </Paragraph>

      <Heading3>Werkagenda</Heading3>
      {akkoord.taken.length === 0 ? (
        <Paragraph>Voor dit akkoord is geen werkagenda voor gemeenten vastgelegd.</Paragraph>
      ) : (
        <Tabel label={`Werkagenda ${akkoord.code}`} koppen={['Nr.', 'Taak', 'Omschrijving']}>
          {akkoord.taken.map((taak) => (
            <TableRow key={taak.nummer}>
              <TableCell>{taak.nummer}</TableCell>
              <TableCell>{taak.titel}</TableCell>
              <TableCell>{taak.omschrijving}</TableCell>
            </TableRow>
          ))}
        </Tabel>
      )}

      <Heading3>Deelname</Heading3>
      {akkoord.deelnames.length === 0 ? (
        <Paragraph>Er is nog geen deelname vastgelegd.</Paragraph>
      ) : (
        <Tabel
          label={`Deelname ${akkoord.code}`}
          bijschrift={`Deelname aan ${akkoord.code}`}
          koppen={['Datum', 'Partij', 'Status', 'Toelichting']}
        >
          {[...akkoord.deelnames]
            .sort((a, b) => a.datum.localeCompare(b.datum))
            .map((d, index) => (
              <TableRow key={`${d.partij}-${d.datum}-${index}`}>
                <TableCell className="geen-afbreking">{formatDatum(d.datum)}</TableCell>
                <TableCell>{d.partij}</TableCell>
                <TableCell>{label(deelnameStatusLabels, d.status)}</TableCell>
                <TableCell>{d.toelichting}</TableCell>
              </TableRow>
            ))}
        </Tabel>
      )}
    </section>
  );
}
