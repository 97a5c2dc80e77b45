import { Heading2, Paragraph, TableCell, TableFooter, TableRow } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import type { Uitkering } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { HistorieSectie } from '../../components/historie';
import { AppButtonLink, AppLink } from '../../components/links';
import { DetailActies, Gegevenslijst, LijstPagina, MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { aantal } from '../../format';
import { label, uitkeringSoortLabels } from '../../i18n/nl';
import { useUitkering, useUitkeringen } from './financien.api';

function jarenVan(items: Uitkering[]): number[] {
  const jaren = new Set<number>();
  for (const u of items) for (const b of u.bedragen) jaren.add(b.jaar);
  return [...jaren].sort((a, b) => a - b);
}

const bedragIn = (u: Uitkering, jaar: number) => u.bedragen.find((b) => b.jaar === jaar)?.bedragCenten;

export function UitkeringenPagina() {
  const { regioId, regio, pad, rechten } = useOnderdeel('uitkeringen');
  const uitkeringen = useUitkeringen(regioId);
  return (
    <LijstPagina
      onderdeel="uitkeringen"
      inleiding="De uitkeringen waaruit de regio haar plannen betaalt, zoals de SPUK-IZA via de mandaatgemeente, met hun bedragen per jaar."
      toevoegen="Uitkering toevoegen"
      magToevoegen={rechten.magFinancienBewerken}
      meerActies={
        <AppButtonLink to={`${pad}/importeren`} appearance="secondary-action-button">
          Importeren
        </AppButtonLink>
      }
      query={uitkeringen}
      wat="de uitkeringen"
      leeg="Hier staan de uitkeringen van de regio (SPUK-IZA, Brede SPUK, transformatiemiddelen) met hun bedragen per jaar. Er zijn nog geen uitkeringen vastgelegd."
    >
      {({ items }) => {
        const jaren = jarenVan(items);
        return (
          <>
            <Paragraph className="telling">{aantal(items.length, 'uitkering', 'uitkeringen')}</Paragraph>
            <ExcelKnop
              bestandsnaam={excelBestandsnaam('uitkeringen', regio?.naam)}
              bladen={[
                {
                  naam: 'Uitkeringen',
                  kolommen: [{ kop: 'Naam' }, { kop: 'Soort' }, { kop: 'Ontvanger' }, ...jaren.map((j) => ({ kop: String(j), soort: 'euro' as const }))],
                  rijen: items.map((u) => [u.naam, label(uitkeringSoortLabels, u.soort), u.ontvanger?.naam, ...jaren.map((j) => bedragIn(u, j))]),
                  totaal: ['Totaal', '', '', ...jaren.map((j) => items.reduce((s, u) => s + (bedragIn(u, j) ?? 0), 0))],
                },
              ]}
            />
            <Tabel
              label="Uitkeringen met bedragen per jaar"
              koppen={['Naam', 'Soort', 'Ontvanger', ...jaren.map((j) => ({ tekst: String(j), numeriek: true }))]}
              voet={
                <TableFooter>
                  <TableRow className="totaalrij">
                    <TableCell>Totaal</TableCell>
                    <TableCell />
                    <TableCell />
                    {jaren.map((j) => (
                      <TableCell key={j} className="numeriek geen-afbreking">
                        {formatEuro(items.reduce((s, u) => s + (bedragIn(u, j) ?? 0), 0))}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableFooter>
              }
            >
              {items.map((u) => (
                <TableRow key={u.id}>
                  <TableCell>
                    <AppLink to={`${pad}/${u.id}`}>{u.naam}</AppLink>
                  </TableCell>
                  <TableCell>{label(uitkeringSoortLabels, u.soort)}</TableCell>
                  <TableCell>{u.ontvanger?.naam ?? 'De regio'}</TableCell>
                  {jaren.map((j) => {
                    const c = bedragIn(u, j);
                    return (
                      <TableCell key={j} className="numeriek geen-afbreking">
                        {c === undefined ? <span aria-label="geen bedrag">–</span> : formatEuro(c)}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </Tabel>
          </>
        );
      }}
    </LijstPagina>
  );
}

export function UitkeringDetail({ uitkering: u }: { uitkering: Uitkering }) {
  const { regioId, pad, rechten } = useOnderdeel('uitkeringen');
  return (
    <>
      <DetailActies bewerken={rechten.magFinancienBewerken ? { tekst: 'Bewerken', naar: `${pad}/${u.id}/bewerken` } : null} />
      <Gegevenslijst
        gegevens={[
          { label: 'Soort', waarde: label(uitkeringSoortLabels, u.soort) },
          { label: 'Ontvanger', waarde: u.ontvanger ? `${u.ontvanger.naam} (${u.ontvanger.gemeentecode})` : 'De regio' },
          { label: 'Regeling', waarde: u.regeling || 'Niet vastgelegd' },
          { label: 'Looptijd', waarde: `${u.eersteJaar} tot en met ${u.laatsteJaar}` },
          { label: 'Voorwaarden', waarde: u.voorwaarden || 'Niet vastgelegd', multiline: true },
        ]}
      />
      <section aria-labelledby="bedragen-kop" className="sectie">
        <Heading2 id="bedragen-kop">Bedragen per jaar</Heading2>
        {u.bedragen.length === 0 ? (
          <Paragraph>Er zijn nog geen bedragen vastgelegd.</Paragraph>
        ) : (
          <Tabel label={`Bedragen van ${u.naam}`} koppen={['Jaar', { tekst: 'Bedrag', numeriek: true }, 'Begroting']}>
            {u.bedragen.map((b) => (
              <TableRow key={b.jaar}>
                <TableCell>{b.jaar}</TableCell>
                <TableCell className="numeriek geen-afbreking">{formatEuro(b.bedragCenten)}</TableCell>
                <TableCell>
                  <AppLink to={`/regios/${regioId}/financien/begroting/${b.jaar}`}>Begroting {b.jaar}</AppLink>
                </TableCell>
              </TableRow>
            ))}
          </Tabel>
        )}
      </section>
      <HistorieSectie regioId={regioId} soort="uitkering" itemId={u.id} />
    </>
  );
}

export function UitkeringPagina() {
  const { regioId, pad, kruimels } = useOnderdeel('uitkeringen');
  const { uitkeringId } = useParams();
  const uitkering = useUitkering(regioId, uitkeringId);
  const melding = useMelding();
  const naam = uitkering.data?.naam ?? 'Uitkering';
  return (
    <>
      <RegioKop titel={naam} kruimels={[...kruimels, { label: naam, to: `${pad}/${uitkeringId}` }]} />
      <Melding tekst={melding} />
      <MetGegevens query={uitkering} wat="de uitkering">
        {(u) => <UitkeringDetail uitkering={u} />}
      </MetGegevens>
    </>
  );
}
