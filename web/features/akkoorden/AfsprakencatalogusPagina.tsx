import { Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { afspraakThemas, type Afspraak } from '../../../common/contracts/afspraken';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppButtonLink, AppLink } from '../../components/links';
import { MetGegevens, RegioKop, Tabel, useMelding } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { aantal, formatDatum } from '../../format';
import { useCatalogus } from './catalogus';

const themaKop = (thema: string) => thema.charAt(0).toUpperCase() + thema.slice(1);

/**
 * The catalogue of one accord (`organisatie/akkoorden/:akkoordId/afspraken`): the agreements that
 * ask municipalities to act, by theme. National data: everyone reads it, the beheerder keeps it.
 */
export function AfsprakencatalogusPagina() {
  const { akkoord, catalogus, titel, catalogusPad, catalogusKruimels, rechten } = useCatalogus();
  const melding = useMelding();
  const beheerder = rechten.isBeheerder;
  return (
    <>
      <RegioKop titel={titel} kruimels={catalogusKruimels}>
        <Paragraph>
          De afspraken uit {akkoord ? `het ${akkoord.naam}` : 'dit akkoord'} die gemeenten vragen iets te doen, per thema, met de verantwoordelijke partij, de rol
          van de gemeente en de deadline. Elke regio houdt onder Monitoring › Afspraken de eigen stand van deze afspraken bij.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      {beheerder ? (
        <Paragraph>
          <AppButtonLink to={`${catalogusPad}/nieuw`} appearance="primary-action-button">
            Afspraak toevoegen
          </AppButtonLink>
        </Paragraph>
      ) : null}
      <MetGegevens query={catalogus} wat="de afsprakencatalogus">
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>
              Dit akkoord heeft nog geen afsprakencatalogus. Een nieuw akkoord begint leeg: de eigen afspraken worden hier toegevoegd,
              {beheerder ? ' door u als beheerder' : ' door de landelijk beheerder'}, elk met een thema, de verantwoordelijke partij, de rol van de gemeente en
              eventueel een deadline. Daarna verschijnen ze in de afsprakenmonitor van elke regio.
            </Paragraph>
          ) : (
            <>
              <Paragraph role="status" className="telling">
                {aantal(items.length, 'afspraak', 'afspraken')}
              </Paragraph>
              <ExcelKnop
                bestandsnaam={excelBestandsnaam('afsprakencatalogus', akkoord?.code)}
                bladen={[
                  {
                    naam: 'Afspraken',
                    kolommen: [
                      { kop: 'Thema' },
                      { kop: 'Code' },
                      { kop: 'Titel' },
                      { kop: 'Omschrijving' },
                      { kop: 'Verantwoordelijke partij' },
                      { kop: 'Gemeentelijke rol' },
                      { kop: 'Deadline', soort: 'datum' },
                      { kop: 'Volgorde', soort: 'getal' },
                    ],
                    rijen: items.map((a) => [a.thema, a.code, a.titel, a.omschrijving, a.verantwoordelijkePartij, a.gemeentelijkeRol, a.deadline, a.volgorde]),
                  },
                ]}
              />
              {afspraakThemas.map((thema) => {
                const vanThema = items.filter((a) => a.thema === thema);
                return vanThema.length ? <ThemaSectie key={thema} thema={thema} items={vanThema} pad={catalogusPad} bewerken={beheerder} /> : null;
              })}
            </>
          )
        }
      </MetGegevens>
    </>
  );
}

function ThemaSectie({ thema, items, pad, bewerken }: { thema: string; items: Afspraak[]; pad: string; bewerken: boolean }) {
  const id = `thema-${thema.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <section aria-labelledby={id} className="sectie">
      <Heading2 id={id}>{themaKop(thema)}</Heading2>
      <Tabel label={`Afspraken over ${thema}`} koppen={['Code', 'Titel', 'Verantwoordelijke partij', 'Gemeentelijke rol', 'Deadline', bewerken && 'Acties']}>
        {items.map((a) => (
          <TableRow key={a.id}>
            <TableCell className="geen-afbreking">{a.code}</TableCell>
            <TableCell>{a.titel}</TableCell>
            <TableCell>{a.verantwoordelijkePartij || 'Niet vastgelegd'}</TableCell>
            <TableCell>{a.gemeentelijkeRol || 'Niet vastgelegd'}</TableCell>
            <TableCell>{a.deadline ? <span className="geen-afbreking">{formatDatum(a.deadline)}</span> : 'Geen'}</TableCell>
            {bewerken ? (
              <TableCell>
                <AppLink to={`${pad}/${a.id}/bewerken`}>
                  Bewerken<span className="visueel-verborgen"> {a.titel}</span>
                </AppLink>
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </Tabel>
    </section>
  );
}
