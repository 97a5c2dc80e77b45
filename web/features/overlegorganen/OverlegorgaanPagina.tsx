import { Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import type { OverlegorgaanLid } from '../../../common/contracts/regios';
import { VerwijderKnop } from '../../components/bevestiging';
import { HistorieSectie } from '../../components/historie';
import { AppButtonLink, AppLink } from '../../components/links';
import {
  Actiefout,
  DetailActies,
  Gegevenslijst,
  MetGegevens,
  RegioKop,
  Tabel,
  useMelding,
  useOnderdeel,
} from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { formatPercentage } from '../../format';
import { label, lidRolLabels, overlegorgaanSoortLabels } from '../../i18n/nl';
import { lidNaam, useLidVerwijderen, useOverlegorgaan, useOverlegorgaanVerwijderen } from './overlegorganen.api';

export function OverlegorgaanPagina() {
  const { regioId, rechten, pad: lijstPad, kruimels } = useOnderdeel('overlegorganen');
  const { overlegorgaanId = '' } = useParams();
  const orgaan = useOverlegorgaan(regioId, overlegorgaanId);
  const verwijderen = useOverlegorgaanVerwijderen(regioId, overlegorgaanId);
  const lidVerwijderen = useLidVerwijderen(regioId, overlegorgaanId);
  const melding = useMelding();
  const pad = `${lijstPad}/${overlegorgaanId}`;
  const naam = orgaan.data?.naam ?? 'Overlegorgaan';
  const magBewerken = rechten.magRegioBewerken;

  return (
    <>
      <RegioKop titel={naam} kruimels={[...kruimels, { label: naam, to: pad }]} />
      <Melding tekst={melding} />
      <MetGegevens query={orgaan} wat="het overlegorgaan">
        {(o) => (
          <>
            <Gegevenslijst
              className="sectie"
              gegevens={[
                { label: 'Soort', waarde: label(overlegorgaanSoortLabels, o.soort) },
                { label: 'Omschrijving', waarde: o.omschrijving || 'Geen omschrijving', multiline: true },
              ]}
            />

            <section aria-labelledby="besluitregels-kop" className="sectie">
              <Heading2 id="besluitregels-kop">Besluitregels</Heading2>
              <Gegevenslijst
                gegevens={[
                  { label: 'Eerst consensus zoeken', waarde: o.besluitregels.consensusEerst ? 'ja' : 'nee' },
                  {
                    label: 'Quorum',
                    waarde: `${formatPercentage(o.besluitregels.quorumBasispunten)} van de stemgerechtigde leden aanwezig`,
                  },
                  {
                    label: 'Meerderheid',
                    waarde: `meer dan ${formatPercentage(o.besluitregels.meerderheidBasispunten)} van de uitgebrachte stemmen`,
                  },
                  { label: 'Bron', waarde: o.besluitregels.bronBesluitregels || 'Niet vastgelegd' },
                ]}
              />
            </section>

            {magBewerken ? (
              <DetailActies
                bewerken={{ tekst: 'Overlegorgaan bewerken', naar: `${pad}/bewerken` }}
                verwijderen={{
                  knopTekst: 'Overlegorgaan verwijderen',
                  vraag: `Weet u zeker dat u ${o.naam} en zijn leden wilt verwijderen? Dit kan niet ongedaan worden gemaakt.`,
                  mutatie: verwijderen,
                  naar: lijstPad,
                  melding: `${o.naam} is verwijderd.`,
                }}
              />
            ) : null}

            <section aria-labelledby="leden-kop" className="sectie">
              <Heading2 id="leden-kop">Leden</Heading2>
              {magBewerken ? (
                <Paragraph>
                  <AppButtonLink to={`${pad}/leden/nieuw`} appearance="secondary-action-button">
                    Lid toevoegen
                  </AppButtonLink>
                </Paragraph>
              ) : null}
              <Actiefout fout={lidVerwijderen.error} tekst="Het lid verwijderen is niet gelukt" />
              {o.leden.length === 0 ? (
                <Paragraph>
                  Hier staan de leden van het overlegorgaan: personen en zetels van gemeenten, en wie er mag stemmen.
                  Er zijn nog geen leden vastgelegd.
                </Paragraph>
              ) : (
                <Tabel
                  label={`Leden van ${o.naam}`}
                  koppen={['Naam', 'Functie', 'Rol', 'Namens', 'Stemgerechtigd', magBewerken && 'Acties']}
                >
                  {o.leden.map((lid) => (
                    <LidRij
                      key={lid.id}
                      lid={lid}
                      regioId={regioId}
                      lidPad={magBewerken ? `${pad}/leden/${lid.id}` : null}
                      bezig={lidVerwijderen.isPending}
                      onVerwijder={() => lidVerwijderen.mutate(lid.id)}
                    />
                  ))}
                </Tabel>
              )}
            </section>

            <HistorieSectie regioId={regioId} soort="overlegorgaan" itemId={o.id} />
          </>
        )}
      </MetGegevens>
    </>
  );
}

function LidRij({
  lid,
  regioId,
  lidPad,
  bezig,
  onVerwijder,
}: {
  lid: OverlegorgaanLid;
  regioId: string;
  /** The member's own path, when the person may edit and remove members. */
  lidPad: string | null;
  bezig: boolean;
  onVerwijder: () => void;
}) {
  const naam = lidNaam(lid);
  return (
    <TableRow>
      <TableCell>{naam}</TableCell>
      <TableCell>{lid.functie || '–'}</TableCell>
      <TableCell>{label(lidRolLabels, lid.rol)}</TableCell>
      <TableCell>
        {lid.gemeente ? (
          <AppLink to={`/regios/${regioId}/organisatie/gemeenten/${lid.gemeente.gemeentecode}`}>
            Gemeente {lid.gemeente.naam}
          </AppLink>
        ) : lid.organisatie ? (
          <AppLink to={`/regios/${regioId}/organisatie/organisaties/${lid.organisatie.id}`}>{lid.organisatie.naam}</AppLink>
        ) : (
          '–'
        )}
      </TableCell>
      <TableCell>{lid.stemgerechtigd ? 'ja' : 'nee'}</TableCell>
      {lidPad ? (
        <TableCell>
          <div className="rij-acties">
            <AppLink to={`${lidPad}/bewerken`}>
              Bewerken<span className="visueel-verborgen"> {naam}</span>
            </AppLink>
            <VerwijderKnop
              knopTekst="Verwijderen"
              toevoeging={naam}
              klein
              vraag={`Weet u zeker dat u ${naam} uit dit overlegorgaan wilt verwijderen?`}
              bezig={bezig}
              onBevestig={onVerwijder}
            />
          </div>
        </TableCell>
      ) : null}
    </TableRow>
  );
}
