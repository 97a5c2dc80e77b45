import { useParams } from 'react-router';
import { HistorieSectie } from '../../components/historie';
import { DetailActies, Gegevenslijst, MetGegevens, RegioKop, useOnderdeel } from '../../components/regio-pagina';
import { formatGetal } from '../../format';
import { gemeenteRolLabels, label } from '../../i18n/nl';
import { useGemeente, useGemeenteVerwijderen } from './gemeenten.api';

/** The municipality of a region: its data, the actions the person may take, and its history. */
export function GemeentePagina() {
  const { regioId, rechten, pad: lijstPad, kruimels } = useOnderdeel('gemeenten');
  const { gemeentecode = '' } = useParams();
  const gemeente = useGemeente(regioId, gemeentecode);
  const verwijderen = useGemeenteVerwijderen(regioId, gemeentecode);
  const pad = `${lijstPad}/${gemeentecode}`;
  const naam = gemeente.data?.naam ?? gemeentecode;

  return (
    <>
      <RegioKop titel={`Gemeente ${naam}`} kruimels={[...kruimels, { label: naam, to: pad }]} />
      <MetGegevens query={gemeente} wat="de gemeente">
        {(g) => (
          <>
            <Gegevenslijst
              className="sectie"
              gegevens={[
                { label: 'Gemeentecode', waarde: g.gemeentecode },
                { label: 'Naam', waarde: g.naam },
                { label: 'Inwoners', waarde: formatGetal(g.inwoners) },
                { label: 'Rol in de regio', waarde: label(gemeenteRolLabels, g.rol) },
                { label: 'Portefeuillehouder', waarde: g.portefeuillehouder || 'Niet ingevuld' },
                { label: 'Toelichting', waarde: g.toelichting || 'Geen toelichting', multiline: true },
              ]}
            />
            <DetailActies
              bewerken={
                rechten.magGemeenteBewerken(g.gemeentecode)
                  ? { tekst: `Gemeente ${g.naam} bewerken`, naar: `${pad}/bewerken` }
                  : null
              }
              verwijderen={
                rechten.magRegioBewerken
                  ? {
                      knopTekst: 'Uit de regio halen',
                      vraag:
                        `Weet u zeker dat u ${g.naam} uit de regio wilt halen? De gemeente blijft in het ` +
                        'gemeenteregister staan, maar haar rol, portefeuillehouder en toelichting in deze regio vervallen.',
                      bevestigTekst: 'Ja, uit de regio halen',
                      mutatie: verwijderen,
                      naar: lijstPad,
                      melding: `${g.naam} is uit de regio gehaald.`,
                      mislukt: 'Uit de regio halen is niet gelukt',
                    }
                  : null
              }
            />
            <HistorieSectie regioId={regioId} soort="gemeente" itemId={g.gemeentecode} />
          </>
        )}
      </MetGegevens>
    </>
  );
}
