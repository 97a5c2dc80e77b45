import { useSearchParams } from 'react-router';
import type { RegiobeeldVersie, RegiobeeldWaarde } from '../../../common/contracts/plannen';
import { KeuzeTonen } from '../../components/keuze-tonen';
import { formatDatum, formatGetal } from '../../format';

/** Shared parts of the regiobeeld pages: the version in the query string, numbers with their unit. */

/** The version from `?versie=<id>`; none means the current one. */
export function useVersieUitQuery(): [string | undefined, (versieId: string | null) => void] {
  const [zoek, setZoek] = useSearchParams();
  const versieId = zoek.get('versie') ?? undefined;
  return [
    versieId,
    (id) => {
      const nieuw = new URLSearchParams(zoek);
      if (id) nieuw.set('versie', id);
      else nieuw.delete('versie');
      setZoek(nieuw, { replace: true });
    },
  ];
}

/** `?versie=<id>` for links that keep the chosen version; nothing for the current one. */
export const versieQuery = (versie: RegiobeeldVersie | null | undefined) => (versie && !versie.huidig ? `?versie=${encodeURIComponent(versie.id)}` : '');

export const versieTekst = (v: RegiobeeldVersie) => `Versie ${v.versie}: ${v.naam} (peildatum ${formatDatum(v.peildatum)})${v.huidig ? ', huidig' : ''}`;

/**
 * Choosing a version: a select and a button, so changing the select alone does not move the page
 * (WCAG 3.2.2). Earlier versions stay readable exactly as they were.
 */
export function VersieKeuze({ versies, gekozen, onKies }: { versies: RegiobeeldVersie[]; gekozen: RegiobeeldVersie; onKies: (versieId: string | null) => void }) {
  if (versies.length < 2) return null;
  return (
    <KeuzeTonen
      id="versie-keuze"
      label="Versie"
      formulierLabel="Versie van het regiobeeld kiezen"
      waarde={gekozen.id}
      keuzes={versies.map((v) => ({ waarde: v.id, label: versieTekst(v) }))}
      onKies={(id) => onKies(versies.find((v) => v.id === id)?.huidig === false ? id : null)}
    />
  );
}

/** "2.100 personen", "10%", "27,4 per 1.000 inwoners". */
export function formatWaarde(waarde: number, eenheid: string): string {
  const getal = formatGetal(waarde);
  if (eenheid === '%') return `${getal}%`;
  return eenheid ? `${getal} ${eenheid}` : getal;
}

export const geografieTekst = (w: Pick<RegiobeeldWaarde, 'gemeente'>) => (w.gemeente ? w.gemeente.naam : 'Regio');

/** The series a value belongs to: observed, or the projection under its scenario. */
export const reeksNaam = (w: Pick<RegiobeeldWaarde, 'soort' | 'scenario'>) =>
  w.soort === 'waargenomen' ? 'Waargenomen' : w.scenario ? `Prognose: ${w.scenario}` : 'Prognose';
