import type { ReactNode } from 'react';

/**
 * A table that scrolls horizontally inside its own focusable, labelled region, so the page itself
 * never scrolls sideways at 320 px (WCAG 1.4.10) and keyboard users can scroll it too.
 */
export function TabelContainer({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="tabel-container" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
