import { Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { afspraakStatussen, afspraakThemas, type AfspraakMetStatus } from '../../../common/contracts/afspraken';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { KeuzeVeld, VinkVeld } from '../../components/formulier';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { aantal, formatDatum, formatGetal } from '../../format';
import { useRegios } from '../regios/regios.api';
import { statusLabel, useAfspraken } from './afspraken.api';
import { eigenaarTekst, StatusBadge, VerlopenTekst } from './afspraken';

/** The agreements monitor of a region: the accords' catalogue with the region's status, by theme. */
export function AfsprakenPagina() {
  const { regioId, regio, pad, rechten } = useOnderdeel('afspraken');
  const afspraken = useAfspraken(regioId);
  const regios = useRegios();
  const [zoek, setZoek] = useSearchParams();
  const status = zoek.get('status') ?? '';
  const thema = zoek.get('thema') ?? '';
  const alleenVerlopen = zoek.get('verlopen') === 'ja';
  const zet = (veld: string, waarde: string) => {
    const nieuw = new URLSearchParams(zoek);
    if (waarde) nieuw.set(veld, waarde);
    else nieuw.delete(veld);
    setZoek(nieuw, { replace: true });
  };
  const meerdereRegios = rechten.isBeheerder || (regios.data?.items.length ?? 0) > 1;
  return (
    <LijstPagina
      onderdeel="afspraken"
      inleiding="De afspraken uit de akkoorden die gemeenten vragen iets te doen, per thema, met de stand in deze regio: status, eigenaar, bewijs en of de deadline voorbij is."
      query={afspraken}
      wat="de afspraken"
      leeg="Hier komen de afspraken van de akkoorden (zoals het IZA) met de stand van de regio. Er is nog geen afsprakencatalogus geladen."
    >
      {({ items }) => {
        const zichtbaar = items.filter((a) => (!status || a.status === status) && (!thema || a.thema === thema) && (!alleenVerlopen || a.verlopen));
        const verlopen = items.filter((a) => a.verlopen).length;
        return (
          <>
            {meerdereRegios ? (
              <Paragraph>
                <AppLink to={`${pad}/landelijk-beeld`}>Landelijk beeld: de stand over al uw regio’s</AppLink>
              </Paragraph>
            ) : null}
            <form role="search" aria-label="Afspraken filteren" className="filter" onSubmit={(e) => e.preventDefault()}>
              <KeuzeVeld
                name="filter-status"
                label="Status"
                value={status}
                onChange={(w) => zet('status', w)}
                keuzes={[{ waarde: '', label: 'Alle statussen' }, ...afspraakStatussen.map((s) => ({ waarde: s, label: statusLabel(s) }))]}
              />
              <KeuzeVeld
                name="filter-thema"
                label="Thema"
                value={thema}
                onChange={(w) => zet('thema', w)}
                keuzes={[{ waarde: '', label: 'Alle thema’s' }, ...afspraakThemas.map((t) => ({ waarde: t, label: t }))]}
              />
              <VinkVeld name="filter-verlopen" label="Alleen verlopen afspraken" checked={alleenVerlopen} onChange={(v) => zet('verlopen', v ? 'ja' : '')} />
            </form>
            <Paragraph role="status" className="telling">
              {zichtbaar.length === items.length ? aantal(items.length, 'afspraak', 'afspraken') : `${formatGetal(zichtbaar.length)} van ${aantal(items.length, 'afspraak', 'afspraken')}`}
              {verlopen ? `, waarvan ${formatGetal(verlopen)} over de deadline` : ''}
            </Paragraph>
            {zichtbaar.length > 0 ? (
              <ExcelKnop
                bestandsnaam={excelBestandsnaam('afspraken', regio?.naam)}
                bladen={[
                  {
                    naam: 'Afspraken',
                    kolommen: [
                      { kop: 'Akkoord' },
                      { kop: 'Code' },
                      { kop: 'Afspraak' },
                      { kop: 'Thema' },
                      { kop: 'Status' },
                      { kop: 'Deadline', soort: 'datum' },
                      { kop: 'Verlopen' },
                      { kop: 'Eigenaar' },
                      { kop: 'Bewijs' },
                      { kop: 'Links' },
                      { kop: 'Toelichting' },
                    ],
                    rijen: zichtbaar.map((a) => [
                      a.akkoordCode,
                      a.code,
                      a.titel,
                      a.thema,
                      statusLabel(a.status),
                      a.deadline,
                      a.verlopenTekst ?? '',
                      eigenaarTekst(a),
                      a.bewijs,
                      a.bewijsLinks.join(' '),
                      a.toelichting,
                    ]),
                  },
                ]}
              />
            ) : (
              <Paragraph>Geen afspraken met deze filters.</Paragraph>
            )}
            {afspraakThemas.map((t) => {
              const vanThema = zichtbaar.filter((a) => a.thema === t);
              if (vanThema.length === 0) return null;
              return <ThemaSectie key={t} thema={t} items={vanThema} pad={pad} />;
            })}
          </>
        );
      }}
    </LijstPagina>
  );
}

function ThemaSectie({ thema, items, pad }: { thema: string; items: AfspraakMetStatus[]; pad: string }) {
  const id = `thema-${thema.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <section aria-labelledby={id} className="sectie">
      <Heading2 id={id}>{thema.charAt(0).toUpperCase() + thema.slice(1)}</Heading2>
      <Tabel label={`Afspraken over ${thema}`} koppen={['Afspraak', 'Status', 'Deadline', 'Eigenaar']}>
        {items.map((a) => (
          <TableRow key={a.id}>
            <TableCell>
              <AppLink to={`${pad}/${a.id}`}>{a.titel}</AppLink> <span className="bijschrift">({a.akkoordCode} {a.code})</span>
            </TableCell>
            <TableCell>
              <StatusBadge afspraak={a} />
            </TableCell>
            <TableCell>
              {a.deadline ? <span className="geen-afbreking">{formatDatum(a.deadline)}</span> : 'Geen'}
              {a.verlopenTekst ? (
                <>
                  <br />
                  <VerlopenTekst afspraak={a} />
                </>
              ) : null}
            </TableCell>
            <TableCell>{eigenaarTekst(a) || 'Niet vastgelegd'}</TableCell>
          </TableRow>
        ))}
      </Tabel>
    </section>
  );
}
