import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';

/**
 * Warns before leaving a form with unsaved changes (UI.md "nothing saves without an explicit
 * action; unsaved changes warn before leaving"): the browser's own dialog on reload or close, and
 * an in-page question on navigation inside the application.
 *
 * Call `markeerOpgeslagen()` right before navigating away after a successful save.
 */
export function useOnopgeslagenWijzigingen(gewijzigd: boolean) {
  const gewijzigdRef = useRef(gewijzigd);
  gewijzigdRef.current = gewijzigd;

  useEffect(() => {
    if (!gewijzigd) return;
    const handler = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the dialog.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', handler);
    return () => window.removeEventListener('beforeunload', handler);
  }, [gewijzigd]);

  const moetBlokkeren = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      gewijzigdRef.current && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(moetBlokkeren);

  const markeerOpgeslagen = useCallback(() => {
    gewijzigdRef.current = false;
  }, []);

  return { blocker, markeerOpgeslagen };
}

export function VerlatenVraag({ blocker }: { blocker: ReturnType<typeof useBlocker> }) {
  const ref = useRef<HTMLDivElement>(null);
  const geblokkeerd = blocker.state === 'blocked';
  useEffect(() => {
    if (geblokkeerd) ref.current?.focus();
  }, [geblokkeerd]);
  if (!geblokkeerd) return null;
  return (
    <div ref={ref} tabIndex={-1} className="verlaten-vraag" role="alertdialog" aria-labelledby="verlaten-vraag-tekst">
      <Alert type="warning" role="none">
        <Paragraph id="verlaten-vraag-tekst">
          U heeft wijzigingen die nog niet zijn opgeslagen. Als u de pagina verlaat, gaan ze verloren.
        </Paragraph>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => blocker.reset?.()}>
            Blijven en verder bewerken
          </Button>
          <Button appearance="secondary-action-button" hint="danger" onClick={() => blocker.proceed?.()}>
            Verlaten zonder opslaan
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}
