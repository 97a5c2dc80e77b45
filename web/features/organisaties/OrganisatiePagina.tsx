import { Link } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { HistorieSectie } from '../../components/historie';
import { DetailActies, Gegevenslijst, MetGegevens, RegioKop, useOnderdeel } from '../../components/regio-pagina';
import { label, organisatieSoortLabels } from '../../i18n/nl';
import { useOrganisatie, useOrganisatieVerwijderen } from './organisaties.api';

export function OrganisatiePagina() {
  const { regioId, rechten, pad: lijstPad, kruimels } = useOnderdeel('organisaties');
  const { organisatieId = '' } = useParams();
  const organisatie = useOrganisatie(regioId, organisatieId);
  const verwijderen = useOrganisatieVerwijderen(regioId, organisatieId);
  const pad = `${lijstPad}/${organisatieId}`;
  const naam = organisatie.data?.naam ?? 'Organisatie';

  return (
    <>
      <RegioKop titel={naam} kruimels={[...kruimels, { label: naam, to: pad }]} />
      <MetGegevens query={organisatie} wat="de organisatie">
        {(o) => (
          <>
            <Gegevenslijst
              className="sectie"
              gegevens={[
                { label: 'Naam', waarde: o.naam },
                { label: 'Soort', waarde: label(organisatieSoortLabels, o.soort) },
                {
                  label: 'Website',
                  className: 'breekbaar',
                  waarde: o.website ? (
                    <Link href={o.website} external rel="noopener noreferrer">
                      {o.website}
                    </Link>
                  ) : (
                    'Geen website'
                  ),
                },
                { label: 'Omschrijving', waarde: o.omschrijving || 'Geen omschrijving', multiline: true },
              ]}
            />
            {rechten.magRegioBewerken ? (
              <DetailActies
                bewerken={{ tekst: 'Organisatie bewerken', naar: `${pad}/bewerken` }}
                verwijderen={{
                  knopTekst: 'Organisatie verwijderen',
                  vraag: `Weet u zeker dat u ${o.naam} wilt verwijderen? Dit kan niet ongedaan worden gemaakt.`,
                  mutatie: verwijderen,
                  naar: lijstPad,
                  melding: `${o.naam} is verwijderd.`,
                }}
              />
            ) : null}
            <HistorieSectie regioId={regioId} soort="organisatie" itemId={o.id} />
          </>
        )}
      </MetGegevens>
    </>
  );
}
