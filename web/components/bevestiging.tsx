import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A delete button that asks first, in the page itself: the question gets focus, "Annuleren"
 * returns focus to the button.
 */
export function VerwijderKnop({
  knopTekst,
  toevoeging,
  klein,
  vraag,
  bevestigTekst = 'Ja, verwijderen',
  onBevestig,
  bezig,
}: {
  knopTekst: string;
  /** Read only by screen readers after the visible text, to say which item ("Verwijderen Venlo"). */
  toevoeging?: string;
  /** A subtle button, for use inside table rows. */
  klein?: boolean;
  vraag: ReactNode;
  bevestigTekst?: string;
  onBevestig: () => void;
  bezig?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const vraagRef = useRef<HTMLDivElement>(null);
  const knopRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) vraagRef.current?.focus();
    else if (wasOpen.current) knopRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <Button
        ref={knopRef}
        appearance={klein ? 'subtle-button' : 'secondary-action-button'}
        hint="danger"
        onClick={() => setOpen(true)}
      >
        {knopTekst}
        {toevoeging ? <span className="visueel-verborgen"> {toevoeging}</span> : null}
      </Button>
    );
  }
  return (
    <div ref={vraagRef} tabIndex={-1} className="bevestiging" role="alertdialog" aria-label={toevoeging ? `${knopTekst} ${toevoeging}` : knopTekst}>
      <Alert type="warning" role="none">
        <Paragraph>{vraag}</Paragraph>
        <ButtonGroup>
          <Button appearance="primary-action-button" hint="danger" busy={bezig} disabled={bezig} onClick={onBevestig}>
            {bevestigTekst}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setOpen(false)}>
            Annuleren
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}
