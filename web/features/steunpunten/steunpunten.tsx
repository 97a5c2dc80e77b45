import type { Steunpunt } from '../../../common/contracts/steunpunten';
import { Badge } from '../../components/status';

/** Pieces shared by the support-point pages. */

export const jaNee = (waarde: boolean) => (waarde ? 'ja' : 'nee');

export const exploitantTekst = (s: Steunpunt) =>
  [s.exploitant.organisatie?.naam, s.exploitant.naam].filter(Boolean).join(' — ') || 'Niet vastgelegd';

export const adresTekst = (s: Steunpunt) => `${s.adres.straat} ${s.adres.huisnummer}, ${s.adres.postcode} ${s.adres.plaats}`;

export function OpenBadge({ open }: { open: boolean }) {
  return (
    <Badge toon={open ? 'goed' : 'neutraal'} voorvoegsel="Open voor iedereen">
      {open ? 'open voor iedereen' : 'met verwijzing of doelgroep'}
    </Badge>
  );
}

export function GedektBadge({ gedekt }: { gedekt: boolean }) {
  return (
    <Badge toon={gedekt ? 'goed' : 'waarschuwing'} voorvoegsel="Dekking">
      {gedekt ? 'gedekt' : 'niet gedekt'}
    </Badge>
  );
}
