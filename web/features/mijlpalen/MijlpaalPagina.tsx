import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import type { Mijlpaal } from '../../../common/contracts/mijlpalen';
import { HistorieSectie } from '../../components/historie';
import { DetailActies, Gegevenslijst, MetGegevens, RegioKop, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { formatDatum, formatDatumTijd } from '../../format';
import { eigenaarTekst, useMijlpaal, useMijlpaalVerwijderen } from './mijlpalen.api';
import { StatusBadge, VerlopenTekst } from './mijlpalen';

function MijlpaalDetail({ mijlpaal: m }: { mijlpaal: Mijlpaal }) {
  const { regioId, pad, rechten } = useOnderdeel('mijlpalen');
  const verwijderen = useMijlpaalVerwijderen(regioId, m.id);
  const mag = rechten.magMonitoringBewerken;
  return (
    <>
      <DetailActies
        bewerken={mag ? { tekst: 'Mijlpaal bewerken', naar: `${pad}/${m.id}/bewerken` } : null}
        verwijderen={
          mag
            ? { knopTekst: 'Mijlpaal verwijderen', vraag: `Weet u zeker dat u de mijlpaal “${m.titel}” wilt verwijderen?`, mutatie: verwijderen, naar: pad, melding: `De mijlpaal “${m.titel}” is verwijderd.` }
            : null
        }
      />
      <Gegevenslijst
        gegevens={[
          {
            label: 'Datum',
            waarde: (
              <>
                {formatDatum(m.datum)} <VerlopenTekst mijlpaal={m} />
              </>
            ),
          },
          { label: 'Status', waarde: <StatusBadge mijlpaal={m} /> },
          { label: 'Eigenaar', waarde: eigenaarTekst(m) || 'Niet vastgelegd' },
          { label: 'Omschrijving', waarde: m.omschrijving || 'Geen', multiline: true },
          { label: 'Laatst gewijzigd', waarde: formatDatumTijd(m.gewijzigdOp) },
        ]}
      />
      <HistorieSectie regioId={regioId} soort="mijlpaal" itemId={m.id} />
    </>
  );
}

export function MijlpaalPagina() {
  const { regioId, pad, kruimels } = useOnderdeel('mijlpalen');
  const { mijlpaalId } = useParams();
  const mijlpaal = useMijlpaal(regioId, mijlpaalId);
  const melding = useMelding();
  const titel = mijlpaal.data?.titel ?? 'Mijlpaal';
  return (
    <>
      <RegioKop titel={titel} kruimels={[...kruimels, { label: titel, to: `${pad}/${mijlpaalId}` }]}>
        <Paragraph>Een mijlpaal van de regio, met eigenaar, status en historie.</Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      <MetGegevens query={mijlpaal} wat="de mijlpaal">
        {(m) => <MijlpaalDetail mijlpaal={m} />}
      </MetGegevens>
    </>
  );
}
