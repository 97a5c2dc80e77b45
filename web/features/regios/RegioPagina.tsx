import { HistorieSectie } from '../../components/historie';
import { accentIsBruikbaar } from '../../components/kleur';
import { DetailActies, Gegevenslijst, RegioKop, useOnderdeel } from '../../components/regio-pagina';
import { Laden } from '../../components/status';
import { formatGetal } from '../../format';
import { useOrganisaties } from '../organisaties/organisaties.api';

/** The name of a partner organisation of the region by id, with the words for "none" and "still loading". */
function useOrganisatieNaam(regioId: string) {
  const organisaties = useOrganisaties(regioId);
  return (id: string | null | undefined) => {
    if (!id) return 'Nog niet vastgelegd';
    return (
      organisaties.data?.items.find((o) => o.id === id)?.naam ??
      (organisaties.isPending ? 'Bezig met laden…' : 'Onbekende organisatie')
    );
  };
}

export function RegioPagina() {
  const { regioId, regio, rechten, pad, kruimels } = useOnderdeel('regio');
  const naamVan = useOrganisatieNaam(regioId);

  return (
    <>
      <RegioKop titel="Regio" kruimels={kruimels} />
      {!regio ? (
        <Laden wat="de regio" />
      ) : (
        <>
          <Gegevenslijst
            className="sectie"
            gegevens={[
              { label: 'Naam', waarde: regio.naam },
              { label: 'Omschrijving', waarde: regio.omschrijving || 'Geen omschrijving', multiline: true },
              { label: 'Mandaatgemeente', waarde: regio.mandaatgemeente?.naam ?? 'Nog niet vastgelegd' },
              { label: 'Preferente zorgverzekeraar', waarde: naamVan(regio.preferenteZorgverzekeraarId) },
              { label: 'Tweede zorgverzekeraar', waarde: naamVan(regio.tweedeZorgverzekeraarId) },
              {
                label: 'Accentkleur',
                waarde: regio.accentkleur ? (
                  <>
                    <span className="kleurstaal" style={{ backgroundColor: regio.accentkleur }} aria-hidden="true" />{' '}
                    {regio.accentkleur}
                    {accentIsBruikbaar(regio.accentkleur) ? '' : ' (niet gebruikt: te weinig contrast met witte tekst)'}
                  </>
                ) : (
                  'Standaardkleur van het thema'
                ),
              },
              { label: 'Aantal gemeenten', waarde: formatGetal(regio.aantalGemeenten) },
              { label: 'Inwoners', waarde: formatGetal(regio.inwoners) },
            ]}
          />
          <DetailActies bewerken={rechten.magRegioBewerken ? { tekst: 'Regio bewerken', naar: `${pad}/bewerken` } : null} />
          <HistorieSectie regioId={regioId} soort="regio" itemId={regioId} />
        </>
      )}
    </>
  );
}
