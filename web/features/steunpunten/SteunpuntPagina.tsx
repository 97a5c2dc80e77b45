import { useParams } from 'react-router';
import type { Steunpunt } from '../../../common/contracts/steunpunten';
import { HistorieSectie } from '../../components/historie';
import { DetailActies, Gegevenslijst, MetGegevens, RegioKop, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { formatDatum } from '../../format';
import { useSteunpunt, useSteunpuntVerwijderen } from './steunpunten.api';
import { adresTekst, exploitantTekst, jaNee, OpenBadge } from './steunpunten';

/** One support point: its data, edit and remove for those who may, and its history. */
export function SteunpuntPagina() {
  const { regioId, pad, kruimels } = useOnderdeel('steunpunten');
  const { steunpuntId = '' } = useParams();
  const query = useSteunpunt(regioId, steunpuntId);
  const melding = useMelding();
  const naam = query.data?.naam ?? 'Steunpunt';
  return (
    <>
      <RegioKop titel={naam} kruimels={[...kruimels, { label: naam, to: `${pad}/${steunpuntId}` }]} />
      <Melding tekst={melding} />
      <MetGegevens query={query} wat="het steunpunt">
        {(s) => <SteunpuntDetail steunpunt={s} />}
      </MetGegevens>
    </>
  );
}

function SteunpuntDetail({ steunpunt: s }: { steunpunt: Steunpunt }) {
  const { regioId, pad, rechten } = useOnderdeel('steunpunten');
  const verwijderen = useSteunpuntVerwijderen(regioId, s.id);
  const mag = rechten.magSteunpuntBewerken(s.gemeente.gemeentecode);
  return (
    <>
      <DetailActies
        bewerken={mag ? { tekst: 'Bewerken', naar: `${pad}/${s.id}/bewerken` } : null}
        verwijderen={
          mag
            ? { knopTekst: 'Verwijderen', vraag: `Steunpunt ${s.naam} verwijderen? De dekking van ${s.gemeente.naam} wordt opnieuw berekend.`, mutatie: verwijderen, naar: pad, melding: `Steunpunt ${s.naam} is verwijderd.` }
            : null
        }
      />
      <Gegevenslijst
        gegevens={[
          { label: 'Gemeente', waarde: `${s.gemeente.naam} (${s.gemeente.gemeentecode})` },
          { label: 'Adres', waarde: adresTekst(s) },
          { label: 'Exploitant', waarde: exploitantTekst(s) },
          { label: 'Doelgroepen', waarde: s.doelgroepen.join(', ') || 'Niet vastgelegd' },
          { label: 'Open voor iedereen zonder verwijzing', waarde: <OpenBadge open={s.openVoorIedereen} /> },
          { label: 'Openingstijden', waarde: s.openingstijden || 'Niet vastgelegd', multiline: true },
          { label: 'Telefoon', waarde: s.contact.telefoon ?? 'Niet vastgelegd' },
          { label: 'E-mail', waarde: s.contact.email ? <a href={`mailto:${s.contact.email}`}>{s.contact.email}</a> : 'Niet vastgelegd' },
          { label: 'Website', waarde: s.contact.website ? <a href={s.contact.website}>{s.contact.website}</a> : 'Niet vastgelegd' },
          { label: 'Openbaar (in de wegwijzer)', waarde: jaNee(s.openbaar) },
          { label: 'Laatst gewijzigd', waarde: formatDatum(s.bijgewerktOp) },
        ]}
      />
      <HistorieSectie regioId={regioId} soort="steunpunt" itemId={s.id} />
    </>
  );
}
