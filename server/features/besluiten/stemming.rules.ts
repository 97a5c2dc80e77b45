import { datumTekst } from '../../../common/datum';

/**
 * How a body decides (DOMAIN.md §6, docs/decisions/0005-stemming-en-besluiten.md). The rules come
 * from the cooperation agreement and are data: consensus first or not, a quorum and a majority in
 * basis points. They are copied onto an agenda item when its vote opens and read from there.
 *
 * The reading, in order:
 * 1. Quorum: the voting seats present, against all voting seats of the body, must reach at least
 *    the quorum share (5000 of 14 seats: 7 present). Without quorum nothing is decided.
 * 2. Every present voting seat must have voted (an abstention is a vote you cast on purpose).
 * 3. Consensus (when the body decides consensus-first): every present seat votes for. An abstention
 *    breaks consensus: a college that abstains did not agree, and the record must not say it did.
 * 4. Otherwise the majority of votes cast: "for" must be MORE than the majority share of
 *    for + against. Abstentions are not votes cast (as with blank votes in Dutch municipal law);
 *    a tie fails; when nobody votes for or against, the proposal fails.
 * Outvoted: on adoption the seats that voted against, on rejection those that voted for.
 */

export interface Besluitregels {
  consensusEerst: boolean;
  /** Share of the voting seats that must be present, in basis points. */
  quorumBasispunten: number;
  /** A proposal passes with more than this share of the votes cast, in basis points. */
  meerderheidBasispunten: number;
}

export type StemKeuze = 'voor' | 'tegen' | 'onthouding';

export interface Gemeente {
  gemeentecode: string;
  naam: string;
}

/** A voting seat of the body in this vote: present or not, and its vote once cast. */
export interface Zetel {
  gemeente: Gemeente;
  aanwezig: boolean;
  keuze: StemKeuze | null;
}

export interface Uitslag {
  soort: 'besloten' | 'geen-quorum' | 'onvolledig';
  uitkomst: 'aangenomen' | 'verworpen' | null;
  wijze: 'consensus' | 'meerderheid' | null;
  voor: Gemeente[];
  tegen: Gemeente[];
  onthouding: Gemeente[];
  afwezig: Gemeente[];
  /** Present seats that have not voted yet. */
  nogNiet: Gemeente[];
  overstemd: Gemeente[];
  /** The outcome and the rule that decided it, with the numbers. */
  uitleg: string;
}

const pct = (basispunten: number) => `${String(basispunten / 100).replace('.', ',')}%`;

/** "Venlo", "Venlo en Weert", "Beesel, Venlo en Weert". */
export function opsomming(namen: string[]): string {
  if (namen.length <= 1) return namen.join('');
  return `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
}

/** The fewest present voting seats that reach the quorum. */
export function quorumNodig(totaal: number, quorumBasispunten: number): number {
  return Math.ceil((totaal * quorumBasispunten) / 10000);
}

/** Whether "for" is more than the majority share of the votes cast (integers only, no rounding). */
export function heeftMeerderheid(voor: number, tegen: number, meerderheidBasispunten: number): boolean {
  const uitgebracht = voor + tegen;
  return uitgebracht > 0 && voor * 10000 > meerderheidBasispunten * uitgebracht;
}

export function bepaalUitslag(regels: Besluitregels, zetels: Zetel[]): Uitslag {
  const aanwezig = zetels.filter((z) => z.aanwezig);
  const van = (k: StemKeuze) => aanwezig.filter((z) => z.keuze === k).map((z) => z.gemeente);
  const basis = {
    voor: van('voor'),
    tegen: van('tegen'),
    onthouding: van('onthouding'),
    afwezig: zetels.filter((z) => !z.aanwezig).map((z) => z.gemeente),
    nogNiet: aanwezig.filter((z) => z.keuze === null).map((z) => z.gemeente),
  };
  const totaal = zetels.length;
  const nodig = quorumNodig(totaal, regels.quorumBasispunten);
  if (totaal === 0 || aanwezig.length < nodig || aanwezig.length === 0) {
    return {
      ...basis,
      soort: 'geen-quorum',
      uitkomst: null,
      wijze: null,
      overstemd: [],
      uitleg:
        totaal === 0
          ? 'Dit orgaan heeft geen stemgerechtigde zetels; er kan niet worden gestemd.'
          : `Geen quorum: ${aanwezig.length} van de ${totaal} stemgerechtigde zetels aanwezig, minstens ${nodig} nodig (${pct(regels.quorumBasispunten)}). Er kan niet worden besloten.`,
    };
  }
  if (basis.nogNiet.length > 0) {
    return {
      ...basis,
      soort: 'onvolledig',
      uitkomst: null,
      wijze: null,
      overstemd: [],
      uitleg: `Nog niet gestemd: ${opsomming(basis.nogNiet.map((g) => g.naam))} (${basis.nogNiet.length} van ${aanwezig.length} aanwezigen).`,
    };
  }
  const telling = `${basis.voor.length} voor, ${basis.tegen.length} tegen, ${basis.onthouding.length} onthouding, ${basis.afwezig.length} afwezig`;
  if (regels.consensusEerst && basis.voor.length === aanwezig.length) {
    return { ...basis, soort: 'besloten', uitkomst: 'aangenomen', wijze: 'consensus', overstemd: [], uitleg: `Aangenomen bij consensus: alle ${aanwezig.length} aanwezige gemeenten stemden voor (${telling}).` };
  }
  const aangenomen = heeftMeerderheid(basis.voor.length, basis.tegen.length, regels.meerderheidBasispunten);
  const uitgebracht = basis.voor.length + basis.tegen.length;
  const waarom = regels.consensusEerst ? 'Geen consensus; ' : '';
  const zin = (tekst: string) => (waarom ? `${waarom}${tekst}` : tekst.charAt(0).toUpperCase() + tekst.slice(1));
  const regel = `meer dan ${pct(regels.meerderheidBasispunten)} van de ${uitgebracht} uitgebrachte stemmen (onthoudingen tellen niet mee)`;
  return {
    ...basis,
    soort: 'besloten',
    uitkomst: aangenomen ? 'aangenomen' : 'verworpen',
    wijze: 'meerderheid',
    overstemd: aangenomen ? basis.tegen : basis.voor,
    uitleg: aangenomen
      ? zin(`aangenomen bij meerderheid: ${basis.voor.length} stemmen voor is ${regel} (${telling}).`)
      : zin(`verworpen: ${basis.voor.length} stemmen voor is niet ${regel}${uitgebracht > 0 && basis.voor.length === basis.tegen.length ? '; bij staking van stemmen is een voorstel verworpen' : ''} (${telling}).`),
  };
}

export interface CollegeStandpunt {
  gemeente: Gemeente;
  standpunt: 'akkoord' | 'niet-akkoord' | 'onthouding';
}

/**
 * The college positions of the voting seats before the meeting, and the risk of being outvoted:
 * a municipality whose college disagrees is outvoted if the proposal is adopted anyway.
 */
export function overstemmingsrisico(standpunten: CollegeStandpunt[], zetels: Gemeente[]) {
  const van = (s: CollegeStandpunt['standpunt']) => standpunten.filter((x) => x.standpunt === s).map((x) => x.gemeente);
  const nietAkkoord = van('niet-akkoord');
  const onbekend = zetels.filter((g) => !standpunten.some((s) => s.gemeente.gemeentecode === g.gemeentecode));
  const akkoord = van('akkoord');
  let risico: string | null = null;
  if (nietAkkoord.length > 0) {
    const namen = opsomming(nietAkkoord.map((g) => g.naam));
    risico =
      `${namen} ${nietAkkoord.length === 1 ? 'kan' : 'kunnen'} worden overstemd: ${nietAkkoord.length === 1 ? 'het college is' : 'hun colleges zijn'} niet akkoord, ` +
      `${akkoord.length} van de ${zetels.length} colleges wel${onbekend.length ? ` (${onbekend.length} nog onbekend)` : ''}. Zonder consensus beslist de meerderheid.`;
  }
  return { akkoord, nietAkkoord, onthouding: van('onthouding'), onbekend, risico };
}

/** "Portefeuillehoudersoverleg (PHO) IZA" → "PHO"; a name without an abbreviation stays whole. */
export function orgaanAfkorting(naam: string): string {
  return /\(([^)]+)\)/.exec(naam)?.[1]?.trim() || naam.trim();
}

/** "PHO 2024-03": per body and year, numbered in order. */
export function besluitnummer(afkorting: string, jaar: number, volgnummer: number): string {
  return `${afkorting} ${jaar}-${String(volgnummer).padStart(2, '0')}`;
}

/** The reference an item changed by a decision carries: "PHO 20 maart 2024, besluit 2024-03". */
export function besluitReferentie(afkorting: string, datum: string, jaar: number, volgnummer: number): string {
  return `${afkorting} ${datumTekst(datum)}, besluit ${jaar}-${String(volgnummer).padStart(2, '0')}`;
}
