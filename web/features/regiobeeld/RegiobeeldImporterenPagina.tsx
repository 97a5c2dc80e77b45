import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import type { RegiobeeldImportResultaat, RegiobeeldVersie } from '../../../common/contracts/plannen';
import { isApiError } from '../../api';
import { AfgekeurdeRegels } from '../../components/afgekeurde-regels';
import { BestandVeld } from '../../components/formulier';
import { FormulierPagina } from '../../components/formulier-pagina';
import { AppButtonLink } from '../../components/links';
import { useOnderdeel } from '../../components/regio-pagina';
import { formatGetal } from '../../format';
import { geenRechtPlannen } from './IndicatorFormulierPagina';
import { useVersies, useWaardenImporteren } from './regiobeeld.api';
import { versieTekst } from './regiobeeld';

/** Importing values from a CSV in long format (`regiobeeld/importeren`): check first, then import. */
export function RegiobeeldImporterenPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('regiobeeld');
  const versies = useVersies(regioId);
  return (
    <FormulierPagina
      titel="Waarden importeren"
      kruimels={[...kruimels, { label: 'Importeren', to: `${pad}/importeren` }]}
      mag={rechten.magPlannenBewerken}
      geenRecht={geenRechtPlannen}
      laden={versies.isPending}
      wat="de versies"
    >
      {() => <ImportFormulier regioId={regioId} pad={pad} huidig={versies.data?.items.find((v) => v.huidig) ?? null} />}
    </FormulierPagina>
  );
}

function ImportFormulier({ regioId, pad, huidig }: { regioId: string; pad: string; huidig: RegiobeeldVersie | null }) {
  const [bestand, setBestand] = useState<File | null>(null);
  const [bestandFout, setBestandFout] = useState<string | undefined>();
  const [resultaat, setResultaat] = useState<RegiobeeldImportResultaat | null>(null);
  const [fout, setFout] = useState<unknown>(null);
  const importeren = useWaardenImporteren(regioId);
  const uitkomst = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (resultaat || fout) uitkomst.current?.focus();
  }, [resultaat, fout]);

  if (!huidig) {
    return (
      <>
        <Paragraph>Er is nog geen versie van het regiobeeld om waarden in te importeren. Maak eerst een versie, met een naam en peildatum.</Paragraph>
        <Paragraph>
          <AppButtonLink to={`${pad}/versies/nieuw`} appearance="primary-action-button">
            Nieuwe versie
          </AppButtonLink>
        </Paragraph>
      </>
    );
  }

  function verstuur(proef: boolean) {
    setResultaat(null);
    setFout(null);
    if (!bestand) {
      setBestandFout('Kies een CSV-bestand');
      return;
    }
    setBestandFout(undefined);
    importeren.mutate({ bestand, versieId: huidig!.id, proef }, { onSuccess: setResultaat, onError: setFout });
  }

  const probleem = isApiError(fout) ? fout.probleem : null;
  const regels = probleem?.invalidParams ?? [];
  return (
    <>
      <div ref={uitkomst} tabIndex={-1} className="probleem">
        {resultaat ? (
          <Alert type={resultaat.proef ? 'info' : 'ok'} role="status">
            <Heading2 className="alert-kop">{resultaat.proef ? 'Het bestand is in orde' : 'De waarden zijn geïmporteerd'}</Heading2>
            <Paragraph>
              {formatGetal(resultaat.aantalRegels)} regels gelezen voor versie {resultaat.versie.versie}: {formatGetal(resultaat.toegevoegd)} nieuw,{' '}
              {formatGetal(resultaat.gewijzigd)} gewijzigd, {formatGetal(resultaat.ongewijzigd)} ongewijzigd.
              {resultaat.proef ? ' Er is nog niets opgeslagen; kies Importeren om ze op te slaan.' : ''}
            </Paragraph>
          </Alert>
        ) : null}
        {fout ? (
          <>
            <Alert type="error">
              <Heading2 className="alert-kop">{regels.length ? 'Het bestand is niet geïmporteerd' : 'Het importeren is niet gelukt'}</Heading2>
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
          verstuur(false);
        }}
      >
        <Paragraph>De waarden gaan naar {versieTekst(huidig)}. Wilt u het regiobeeld herijken en het vorige beeld bewaren? Maak dan eerst een nieuwe versie.</Paragraph>
        <Paragraph>
          Een CSV-bestand met de kolomnamen op de eerste regel: <strong>indicator</strong> (de code), <strong>geografie</strong> (leeg of “regio” voor de hele
          regio, anders de CBS-code van een gemeente van de regio, zoals GM0984), <strong>jaar</strong>, <strong>scenario</strong> (leeg bij een waarneming) en{' '}
          <strong>waarde</strong>, en eventueel <strong>soort</strong> (waargenomen of prognose). Een komma en een punt zijn allebei een decimaalteken (10,5 en 10.5
          zijn gelijk); gebruik geen scheidingsteken voor duizendtallen. Scheid kolommen met ; of ,. Alles of niets: bij één foute regel wordt niets opgeslagen.
          Hetzelfde bestand nog eens importeren verandert niets.
        </Paragraph>
        <BestandVeld fout={bestandFout} beschrijving="Een CSV-bestand in lange vorm: één waarde per regel." accept=".csv,.txt,text/csv" onKies={setBestand} />
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" busy={importeren.isPending} disabled={importeren.isPending} onClick={() => verstuur(true)}>
            Controleren
          </Button>
          <Button type="submit" appearance="primary-action-button" busy={importeren.isPending} disabled={importeren.isPending}>
            Importeren
          </Button>
          <AppButtonLink to={pad} appearance="secondary-action-button">
            Naar het regiobeeld
          </AppButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
