import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import type { GrenzenImportResultaat } from '../../../common/contracts/steunpunten';
import { isApiError } from '../../api';
import { AfgekeurdeRegels } from '../../components/afgekeurde-regels';
import { BestandVeld } from '../../components/formulier';
import { FormulierPagina } from '../../components/formulier-pagina';
import { AppButtonLink } from '../../components/links';
import { useOnderdeel } from '../../components/regio-pagina';
import { formatGetal } from '../../format';
import { useGrenzenImporteren } from './steunpunten.api';

/**
 * Importing municipal boundaries from a GeoJSON file (`steunpunten/grenzen`), the same import as
 * `regiekamer import grenzen BESTAND`: national reference data, so for the beheerder only.
 */
export function GrenzenImporterenPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('steunpunten');
  return (
    <FormulierPagina
      titel="Gemeentegrenzen importeren"
      kruimels={[...kruimels, { label: 'Gemeentegrenzen importeren', to: `${pad}/grenzen` }]}
      mag={rechten.isBeheerder}
      geenRecht="Gemeentegrenzen gelden voor het hele land; alleen de beheerder importeert ze."
      wat="de pagina"
    >
      {() => <GrenzenFormulier regioId={regioId} pad={pad} />}
    </FormulierPagina>
  );
}

function GrenzenFormulier({ regioId, pad }: { regioId: string; pad: string }) {
  const [bestand, setBestand] = useState<File | null>(null);
  const [bestandFout, setBestandFout] = useState<string | undefined>();
  const [resultaat, setResultaat] = useState<GrenzenImportResultaat | null>(null);
  const [fout, setFout] = useState<unknown>(null);
  const importeren = useGrenzenImporteren(regioId);
  const uitkomst = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (resultaat || fout) uitkomst.current?.focus();
  }, [resultaat, fout]);

  function verstuur() {
    setResultaat(null);
    setFout(null);
    if (!bestand) {
      setBestandFout('Kies een GeoJSON-bestand');
      return;
    }
    setBestandFout(undefined);
    importeren.mutate(bestand, { onSuccess: setResultaat, onError: setFout });
  }

  const probleem = isApiError(fout) ? fout.probleem : null;
  const regels = probleem?.invalidParams ?? [];
  return (
    <>
      <div ref={uitkomst} tabIndex={-1} className="probleem">
        {resultaat ? (
          <Alert type="ok" role="status">
            <Heading2 className="alert-kop">De gemeentegrenzen zijn geïmporteerd</Heading2>
            <Paragraph>
              {formatGetal(resultaat.aantalFeatures)} gemeenten in het bestand: {formatGetal(resultaat.toegevoegd)} nieuw, {formatGetal(resultaat.bijgewerkt)}{' '}
              bijgewerkt, {formatGetal(resultaat.ongewijzigd)} ongewijzigd.
              {resultaat.onbekend.aantal
                ? ` ${formatGetal(resultaat.onbekend.aantal)} codes staan niet in het gemeenteregister en zijn overgeslagen (${resultaat.onbekend.eerste.join(', ')}).`
                : ''}
            </Paragraph>
          </Alert>
        ) : null}
        {fout ? (
          <>
            <Alert type="error">
              <Heading2 className="alert-kop">De gemeentegrenzen zijn niet geïmporteerd</Heading2>
              <Paragraph>{probleem?.detail ?? probleem?.title ?? 'Er ging iets mis. Probeer het opnieuw.'}</Paragraph>
            </Alert>
            {regels.length ? <AfgekeurdeRegels params={regels} /> : null}
          </>
        ) : null}
      </div>
      <form
        noValidate
        className="formulier"
        onSubmit={(event) => {
          event.preventDefault();
          verstuur();
        }}
      >
        <Paragraph>
          Een GeoJSON-bestand (FeatureCollection, WGS84) met per gemeente een Polygon of MultiPolygon en de CBS-code in <strong>statcode</strong> of{' '}
          <strong>gemeentecode</strong>, zoals het bestand van het CBS. De grenzen gelden voor alle regio’s; de kaart van de steunpunten verschijnt zodra de
          gemeenten van een regio een grens hebben. Alles of niets: bij één foute gemeente wordt niets opgeslagen. Hetzelfde bestand nog eens importeren
          verandert niets.
        </Paragraph>
        <BestandVeld fout={bestandFout} beschrijving="Een .geojson- of .json-bestand." accept=".geojson,.json,application/geo+json,application/json" onKies={setBestand} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={importeren.isPending} disabled={importeren.isPending}>
            Importeren
          </Button>
          <AppButtonLink to={pad} appearance="secondary-action-button">
            Naar de steunpunten
          </AppButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
