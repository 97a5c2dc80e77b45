import { Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import type { AfspraakMetStatus } from '../../../common/contracts/afspraken';
import { HistorieSectie } from '../../components/historie';
import { DetailActies, Gegevenslijst, MetGegevens, RegioKop, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { formatDatum, formatDatumTijd } from '../../format';
import { useAfspraak } from './afspraken.api';
import { eigenaarTekst, StatusBadge, VerlopenTekst } from './afspraken';

function AfspraakDetail({ afspraak: a }: { afspraak: AfspraakMetStatus }) {
  const { regioId, pad, rechten } = useOnderdeel('afspraken');
  return (
    <>
      <DetailActies bewerken={rechten.magMonitoringBewerken ? { tekst: 'Stand bijwerken', naar: `${pad}/${a.id}/bewerken` } : null} />
      <section aria-labelledby="stand-kop" className="sectie">
        <Heading2 id="stand-kop">Stand in de regio</Heading2>
        <Gegevenslijst
          gegevens={[
            { label: 'Status', waarde: <StatusBadge afspraak={a} /> },
            {
              label: 'Deadline',
              waarde: a.deadline ? (
                <>
                  {formatDatum(a.deadline)} {a.verlopenTekst ? <VerlopenTekst afspraak={a} /> : null}
                </>
              ) : (
                'Geen deadline'
              ),
            },
            { label: 'Eigenaar', waarde: eigenaarTekst(a) || 'Niet vastgelegd' },
            { label: 'Bewijs', waarde: a.bewijs || 'Niet vastgelegd', multiline: true },
            {
              label: 'Links naar bewijs',
              waarde: a.bewijsLinks.length ? (
                <UnorderedList>
                  {a.bewijsLinks.map((l) => (
                    <UnorderedListItem key={l}>
                      <Link href={l} rel="noopener noreferrer">
                        {l}
                      </Link>
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              ) : (
                'Geen'
              ),
            },
            { label: 'Toelichting', waarde: a.toelichting || 'Geen', multiline: true },
            { label: 'Laatst gewijzigd', waarde: a.gewijzigdOp ? formatDatumTijd(a.gewijzigdOp) : 'Nog niets vastgelegd: de afspraak geldt als niet gestart' },
          ]}
        />
      </section>
      <section aria-labelledby="afspraak-kop" className="sectie">
        <Heading2 id="afspraak-kop">De afspraak</Heading2>
        <Gegevenslijst
          gegevens={[
            { label: 'Akkoord', waarde: `${a.akkoordCode} (${a.code})` },
            { label: 'Thema', waarde: a.thema },
            { label: 'Omschrijving', waarde: a.omschrijving || 'Geen', multiline: true },
            { label: 'Verantwoordelijke partij', waarde: a.verantwoordelijkePartij || 'Niet vastgelegd' },
            { label: 'Gemeentelijke rol', waarde: a.gemeentelijkeRol || 'Niet vastgelegd' },
          ]}
        />
      </section>
      <HistorieSectie regioId={regioId} soort="afspraakstatus" itemId={a.id} />
    </>
  );
}

export function AfspraakPagina() {
  const { regioId, pad, kruimels } = useOnderdeel('afspraken');
  const { afspraakId } = useParams();
  const afspraak = useAfspraak(regioId, afspraakId);
  const melding = useMelding();
  const titel = afspraak.data?.titel ?? 'Afspraak';
  return (
    <>
      <RegioKop titel={titel} kruimels={[...kruimels, { label: titel, to: `${pad}/${afspraakId}` }]}>
        <Paragraph>De stand van deze afspraak in de regio, met bewijs en historie.</Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      <MetGegevens query={afspraak} wat="de afspraak">
        {(a) => <AfspraakDetail afspraak={a} />}
      </MetGegevens>
    </>
  );
}
