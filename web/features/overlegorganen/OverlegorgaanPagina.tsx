import {
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { OverlegorgaanLid } from '../../../common/contracts/regios';
import { isApiError } from '../../api';
import { VerwijderKnop } from '../../components/bevestiging';
import { HistorieSectie } from '../../components/historie';
import { useHuidigeRegio } from '../../components/layout';
import { AppButtonLink, AppLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { Laadfout, Laden, Melding } from '../../components/status';
import { TabelContainer } from '../../components/tabel';
import { formatPercentage } from '../../format';
import { label, lidRolLabels, overlegorgaanSoortLabels } from '../../i18n/nl';
import { organisatieKruimels } from '../regios/RegioPagina';
import { useLidVerwijderen, useOverlegorgaan, useOverlegorgaanVerwijderen } from './overlegorganen.api';

function foutTekst(fout: unknown): string {
  return isApiError(fout) ? (fout.probleem.detail ?? fout.probleem.title) : 'probeer het opnieuw.';
}

export function OverlegorgaanPagina() {
  const { regioId, regio, rechten } = useHuidigeRegio();
  const { overlegorgaanId = '' } = useParams();
  const orgaan = useOverlegorgaan(regioId, overlegorgaanId);
  const verwijderen = useOverlegorgaanVerwijderen(regioId, overlegorgaanId);
  const lidVerwijderen = useLidVerwijderen(regioId, overlegorgaanId);
  const navigate = useNavigate();
  const melding = (useLocation().state as { melding?: string } | null)?.melding;
  const lijstPad = `/regios/${regioId}/organisatie/overlegorganen`;
  const pad = `${lijstPad}/${overlegorgaanId}`;
  const naam = orgaan.data?.naam ?? 'Overlegorgaan';
  const magBewerken = rechten.magRegioBewerken;

  return (
    <>
      <PaginaKop
        titel={naam}
        documentTitel={[regio?.naam]}
        kruimels={[
          ...organisatieKruimels(regioId, regio?.naam),
          { label: 'Overlegorganen', to: lijstPad },
          { label: naam, to: pad },
        ]}
      />
      <Melding tekst={melding} />
      {orgaan.isPending ? (
        <Laden wat="het overlegorgaan" />
      ) : orgaan.isError ? (
        <Laadfout fout={orgaan.error} wat="het overlegorgaan" />
      ) : (
        <>
          <DataList className="sectie">
            <DataListItem>
              <DataListKey>Soort</DataListKey>
              <DataListValue>{label(overlegorgaanSoortLabels, orgaan.data.soort)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Omschrijving</DataListKey>
              <DataListValue multiline>{orgaan.data.omschrijving || 'Geen omschrijving'}</DataListValue>
            </DataListItem>
          </DataList>

          <section aria-labelledby="besluitregels-kop" className="sectie">
            <Heading2 id="besluitregels-kop">Besluitregels</Heading2>
            <DataList>
              <DataListItem>
                <DataListKey>Eerst consensus zoeken</DataListKey>
                <DataListValue>{orgaan.data.besluitregels.consensusEerst ? 'ja' : 'nee'}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Quorum</DataListKey>
                <DataListValue>
                  {formatPercentage(orgaan.data.besluitregels.quorumBasispunten)} van de stemgerechtigde leden aanwezig
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Meerderheid</DataListKey>
                <DataListValue>
                  meer dan {formatPercentage(orgaan.data.besluitregels.meerderheidBasispunten)} van de uitgebrachte
                  stemmen
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Bron</DataListKey>
                <DataListValue>{orgaan.data.besluitregels.bronBesluitregels || 'Niet vastgelegd'}</DataListValue>
              </DataListItem>
            </DataList>
          </section>

          {magBewerken ? (
            <>
              <ButtonGroup className="acties">
                <AppButtonLink to={`${pad}/bewerken`} appearance="primary-action-button">
                  Overlegorgaan bewerken
                </AppButtonLink>
                <VerwijderKnop
                  knopTekst="Overlegorgaan verwijderen"
                  vraag={`Weet u zeker dat u ${orgaan.data.naam} en zijn leden wilt verwijderen? Dit kan niet ongedaan worden gemaakt.`}
                  bezig={verwijderen.isPending}
                  onBevestig={() =>
                    verwijderen.mutate(undefined, {
                      onSuccess: () => navigate(lijstPad, { state: { melding: `${orgaan.data.naam} is verwijderd.` } }),
                    })
                  }
                />
              </ButtonGroup>
              {verwijderen.isError ? (
                <Paragraph role="alert" className="foutregel">
                  Verwijderen is niet gelukt: {foutTekst(verwijderen.error)}
                </Paragraph>
              ) : null}
            </>
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
            {lidVerwijderen.isError ? (
              <Paragraph role="alert" className="foutregel">
                Het lid verwijderen is niet gelukt: {foutTekst(lidVerwijderen.error)}
              </Paragraph>
            ) : null}
            {orgaan.data.leden.length === 0 ? (
              <Paragraph>
                Hier staan de leden van het overlegorgaan: personen en zetels van gemeenten, en wie er mag stemmen. Er
                zijn nog geen leden vastgelegd.
              </Paragraph>
            ) : (
              <TabelContainer label={`Leden van ${orgaan.data.naam}`}>
                <Table>
                  <TableCaption className="visueel-verborgen">Leden van {orgaan.data.naam}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Naam</TableHeaderCell>
                      <TableHeaderCell scope="col">Functie</TableHeaderCell>
                      <TableHeaderCell scope="col">Rol</TableHeaderCell>
                      <TableHeaderCell scope="col">Namens</TableHeaderCell>
                      <TableHeaderCell scope="col">Stemgerechtigd</TableHeaderCell>
                      {magBewerken ? <TableHeaderCell scope="col">Acties</TableHeaderCell> : null}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {orgaan.data.leden.map((lid) => (
                      <LidRij
                        key={lid.id}
                        lid={lid}
                        regioId={regioId}
                        magBewerken={magBewerken}
                        bezig={lidVerwijderen.isPending}
                        onVerwijder={() => lidVerwijderen.mutate(lid.id)}
                      />
                    ))}
                  </TableBody>
                </Table>
              </TabelContainer>
            )}
          </section>

          <HistorieSectie regioId={regioId} soort="overlegorgaan" itemId={orgaan.data.id} />
        </>
      )}
    </>
  );
}

export function lidNaam(lid: OverlegorgaanLid): string {
  return lid.naam || (lid.gemeente ? `Zetel gemeente ${lid.gemeente.naam}` : 'Naamloos lid');
}

function LidRij({
  lid,
  regioId,
  magBewerken,
  bezig,
  onVerwijder,
}: {
  lid: OverlegorgaanLid;
  regioId: string;
  magBewerken: boolean;
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
      {magBewerken ? (
        <TableCell>
          <VerwijderKnop
            knopTekst="Verwijderen"
            toevoeging={naam}
            klein
            vraag={`Weet u zeker dat u ${naam} uit dit overlegorgaan wilt verwijderen?`}
            bezig={bezig}
            onBevestig={onVerwijder}
          />
        </TableCell>
      ) : null}
    </TableRow>
  );
}
