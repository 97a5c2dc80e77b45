import { Paragraph } from '@utrecht/component-library-react';
import { formatEuro } from '../../../common/geld';
import { TekstVeld, type Veldfouten } from '../../components/formulier';
import { RijenInvoer, rijLabels } from '../../components/rijen';
import { centenNaarInvoer, euroInvoerNaarCenten } from '../../format';

/** The budget lines of a form (a new budget, a new version): rows with a live total against the ceiling. */

export interface Regelinvoer {
  code: string;
  omschrijving: string;
  /** The number of the task in the regulation (1–99), or empty. */
  taak: string;
  bedrag: string;
}

export const nieuweRegel = (): Regelinvoer => ({ code: '', omschrijving: '', taak: '', bedrag: '' });

/** A stored line as the form edits it. */
export const regelInvoer = (r: { code: string; omschrijving: string; taakNummer: number | null; bedragCenten: number }): Regelinvoer => ({
  code: r.code,
  omschrijving: r.omschrijving,
  taak: r.taakNummer === null ? '' : String(r.taakNummer),
  bedrag: centenNaarInvoer(r.bedragCenten),
});

export const regelLabels = (): Record<string, string> => ({
  regels: 'Begrotingsregels',
  ...rijLabels('regels', 'Regel', { code: 'code', omschrijving: 'omschrijving', taakNummer: 'taak', bedragCenten: 'bedrag' }),
});

/** The lines as the API takes them, plus an error for every amount that is not one. */
export function regelsVoorApi(regels: Regelinvoer[]): { regels: Array<{ code: string; omschrijving: string; taakNummer: number | null; bedragCenten: number }>; fouten: Veldfouten } {
  const fouten: Veldfouten = {};
  const api = regels.map((r, i) => {
    const centen = euroInvoerNaarCenten(r.bedrag);
    if (centen === null) fouten[`regels.${i}.bedragCenten`] = 'Vul een bedrag in euro in, zoals 12.500 of 1.234,56 (hoogstens twee decimalen)';
    const taak = r.taak.trim();
    if (taak !== '' && !/^\d{1,2}$/.test(taak)) fouten[`regels.${i}.taakNummer`] = 'Vul het nummer van de taak in (1 tot en met 99), of laat het leeg';
    return { code: r.code, omschrijving: r.omschrijving, taakNummer: /^\d{1,2}$/.test(taak) ? Number(taak) : null, bedragCenten: centen ?? 0 };
  });
  return { regels: api, fouten };
}

export function Begrotingsregels({
  regels,
  onWijzig,
  fouten,
  plafondCenten,
}: {
  regels: Regelinvoer[];
  onWijzig: (regels: Regelinvoer[]) => void;
  fouten: Veldfouten;
  plafondCenten: number;
}) {
  const totaal = regels.reduce<number>((s, r) => s + (euroInvoerNaarCenten(r.bedrag) ?? 0), 0);
  return (
    <RijenInvoer
      legenda="Begrotingsregels"
      naam="regels"
      fout={fouten.regels}
      rijen={regels}
      onWijzig={onWijzig}
      nieuweRij={nieuweRegel}
      rijNaam={(i) => `Regel ${i + 1}`}
      toevoegTekst="Regel toevoegen"
      verwijderTekst="Regel verwijderen"
      voet={
        <Paragraph aria-live="polite" className="telling">
          Totaal {formatEuro(totaal)} van {formatEuro(plafondCenten)}
          {totaal > plafondCenten ? `: ${formatEuro(totaal - plafondCenten)} boven het plafond` : ''}
        </Paragraph>
      }
    >
      {(r, i, zet) => (
        <>
          <TekstVeld name={`regels.${i}.code`} label="Code" verplicht value={r.code} onChange={zet('code')} fout={fouten[`regels.${i}.code`]} className="invoer-code" />
          <TekstVeld name={`regels.${i}.omschrijving`} label="Omschrijving" verplicht value={r.omschrijving} onChange={zet('omschrijving')} fout={fouten[`regels.${i}.omschrijving`]} />
          <TekstVeld
            name={`regels.${i}.taakNummer`}
            label="Taak"
            inputMode="numeric"
            value={r.taak}
            onChange={zet('taak')}
            fout={fouten[`regels.${i}.taakNummer`]}
            beschrijving={i === 0 ? 'Het nummer van de taak in de regeling waaraan de regel bijdraagt, als dat er is.' : undefined}
            className="invoer-code"
          />
          <TekstVeld
            name={`regels.${i}.bedragCenten`}
            label="Bedrag in euro"
            verplicht
            inputMode="decimal"
            value={r.bedrag}
            onChange={zet('bedrag')}
            fout={fouten[`regels.${i}.bedragCenten`]}
            beschrijving={i === 0 ? 'Zoals 500.000 of 17.850,50.' : undefined}
            className="invoer-kort"
          />
        </>
      )}
    </RijenInvoer>
  );
}
