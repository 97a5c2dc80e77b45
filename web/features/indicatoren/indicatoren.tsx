import type {
  Evaluatie,
  Indicator,
  IndicatorGeografie,
  IndicatorNiveau,
  IndicatorRichting,
  MetingStatus,
  Uitkomst,
} from '../../../common/contracts/indicatoren';
import type { Periodesoort } from '../../../common/periode';
import { Badge, type Toon } from '../../components/status';
import { formatGetal } from '../../format';

/** Screen words of the indicator values (DOMAIN.md §9); the wire value stays. */

export const niveauLabels: Record<IndicatorNiveau, string> = {
  proces: 'Proces',
  beweging: 'Beweging',
  doelgroepen: 'Doelgroepen',
};

/** What each monitoring level is about, shown above its group. */
export const niveauUitleg: Record<IndicatorNiveau, string> = {
  proces: 'Wat de regio doet: afspraken, plannen en voorzieningen die er komen.',
  beweging: 'Wat er in beweging komt: deelname, verwijzingen en gebruik.',
  doelgroepen: 'Wat het betekent voor de inwoners en doelgroepen.',
};

export const richtingLabels: Record<IndicatorRichting, string> = {
  'hoger-is-beter': 'hoger is beter',
  'lager-is-beter': 'lager is beter',
};

export const frequentieLabels: Record<Periodesoort, string> = {
  kwartaal: 'per kwartaal',
  halfjaar: 'per halfjaar',
  jaar: 'per jaar',
};

/** The plural of a period kind: "3 van 4 kwartalen gemeten". */
const periodesMeervoud: Record<Periodesoort, [string, string]> = {
  kwartaal: ['kwartaal', 'kwartalen'],
  halfjaar: ['halfjaar', 'halfjaren'],
  jaar: ['jaar', 'jaren'],
};

/** Example period codes for a measurement (exactly the frequency) and for a target (the frequency or longer). */
export const metingperiodeVoorbeeld: Record<Periodesoort, string> = { kwartaal: '2024-K1', halfjaar: '2024-H1', jaar: '2024' };
export const streefperiodeVoorbeelden: Record<Periodesoort, string> = { kwartaal: '2024-K1, 2024-H1 of 2024', halfjaar: '2024-H1 of 2024', jaar: '2024' };

export const geografieLabels: Record<IndicatorGeografie, string> = {
  regio: 'De regio als geheel',
  gemeente: 'Per gemeente',
};

export const cumulatiefUitleg =
  'Cumulatief: de stand aan het eind van de periode telt (een lopend totaal of een niveau). Per periode: wat in die periode gebeurde; een langere periode telt de som.';

export const uitkomstLabels: Record<Uitkomst, string> = {
  gehaald: 'Gehaald',
  'niet-gehaald': 'Niet gehaald',
  onvolledig: 'Onvolledig',
  'geen-meting': 'Geen meting',
};

const uitkomstToon: Record<Uitkomst, Toon> = {
  gehaald: 'goed',
  'niet-gehaald': 'fout',
  onvolledig: 'waarschuwing',
  'geen-meting': 'inactief',
};

export const metingStatusLabels: Record<MetingStatus, string> = {
  concept: 'Concept',
  goedgekeurd: 'Goedgekeurd',
};

export function UitkomstBadge({ uitkomst, aantal }: { uitkomst: Uitkomst; aantal?: number }) {
  const woord = uitkomstLabels[uitkomst];
  return (
    <Badge toon={uitkomstToon[uitkomst]} voorvoegsel="Uitkomst">
      {aantal === undefined ? woord : `${formatGetal(aantal)} ${woord.toLowerCase()}`}
    </Badge>
  );
}

export function MetingStatusBadges({ status, vergrendeld }: { status: MetingStatus; vergrendeld: boolean }) {
  return (
    <>
      <Badge toon={status === 'goedgekeurd' ? 'goed' : 'waarschuwing'} voorvoegsel="Status">
        {metingStatusLabels[status]}
      </Badge>
      {vergrendeld ? (
        <>
          {' '}
          <Badge toon="inactief" voorvoegsel="Periode">
            Vergrendeld
          </Badge>
        </>
      ) : null}
    </>
  );
}

type Stand = NonNullable<Indicator['laatsteStand']>;

/** The outcomes of a stand that occur, with their counts, and whether there is more than one geography. */
function tellingen(stand: Stand) {
  const alle: Array<[Uitkomst, number]> = [
    ['gehaald', stand.gehaald],
    ['niet-gehaald', stand.nietGehaald],
    ['onvolledig', stand.onvolledig],
    ['geen-meting', stand.geenMeting],
  ];
  const meerdere = alle.reduce((som, [, n]) => som + n, 0) > 1;
  return alle.filter(([, n]) => n > 0).map(([uitkomst, n]) => ({ uitkomst, aantal: meerdere ? n : undefined }));
}

/** The outcome of the latest ended target period: one badge for the region, counts per outcome for municipalities. */
export function LaatsteStand({ stand }: { stand: Indicator['laatsteStand'] }) {
  if (!stand) return <>Nog geen afgelopen periode met een streefwaarde</>;
  return (
    <>
      <span className="geen-afbreking">{stand.periodeLabel}:</span>{' '}
      {tellingen(stand).map(({ uitkomst, aantal }) => (
        <span key={uitkomst}>
          <UitkomstBadge uitkomst={uitkomst} aantal={aantal} />{' '}
        </span>
      ))}
    </>
  );
}

/** The stand in words, for Excel: "1e kwartaal 2024: niet gehaald" or "2024: 2 gehaald, 1 niet gehaald". */
export function laatsteStandTekst(stand: Indicator['laatsteStand']): string {
  if (!stand) return '';
  const delen = tellingen(stand).map(({ uitkomst, aantal }) => `${aantal === undefined ? '' : `${aantal} `}${uitkomstLabels[uitkomst].toLowerCase()}`);
  return `${stand.periodeLabel}: ${delen.join(', ')}`;
}

// Indicator values may be small fractions (a rate per inhabitant): four decimals, not the usual three.
const decimalen = 4;

/** 12.5 → "12,5"; with the unit: "12,5%" or "120 deelnemers". */
export function formatIndicatorWaarde(waarde: number | null, eenheid?: string): string {
  if (waarde === null) return '–';
  const tekst = formatGetal(waarde, decimalen);
  if (!eenheid) return tekst;
  return eenheid === '%' ? `${tekst}%` : `${tekst} ${eenheid}`;
}

/** The deviation with its sign: "+12,5" or "−3". */
export function formatAfwijking(afwijking: number | null): string {
  if (afwijking === null) return '–';
  if (afwijking === 0) return '0';
  return afwijking > 0 ? `+${formatGetal(afwijking, decimalen)}` : `−${formatGetal(-afwijking, decimalen)}`;
}

/** "3 van 4 kwartalen gemeten". */
export function gemetenTekst(e: Pick<Evaluatie, 'gemeten' | 'verwacht'>, frequentie: Periodesoort): string {
  const [een, meer] = periodesMeervoud[frequentie];
  return `${e.gemeten} van ${e.verwacht} ${e.verwacht === 1 ? een : meer} gemeten`;
}

/** "1e kwartaal 2024" → "1e kwartaal 2024"; "hoger is beter" → "Hoger is beter". */
export const metHoofdletter = (tekst: string) => tekst.charAt(0).toUpperCase() + tekst.slice(1);
