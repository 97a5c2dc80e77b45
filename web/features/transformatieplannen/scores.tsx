import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { Toetsvraag } from '../../../common/contracts/transformatieplannen';
import { KeuzeVeld, TekstvakVeld } from '../../components/formulier';

/** One question's input: the score as chosen (text from the select) and the reason or answer. */
export interface ScoreInvoer {
  score: string;
  tekst: string;
}

export function beginScores(vragen: Toetsvraag[], bestaand: { vraagId: string; score: number; tekst: string }[] = []): ScoreInvoer[] {
  return vragen.map((v) => {
    const b = bestaand.find((x) => x.vraagId === v.id);
    return { score: b ? String(b.score) : '', tekst: b?.tekst ?? '' };
  });
}

/** Labels of the score fields by wire name, so server problems ("scores.2.score") land on their field. */
export function scoreLabels(vragen: Toetsvraag[], tekstVeld: string, tekstLabel: string): Record<string, string> {
  return Object.fromEntries(
    vragen.flatMap((v, i) => [
      [`scores.${i}.score`, `Vraag ${v.volgorde}: score`],
      [`scores.${i}.${tekstVeld}`, `Vraag ${v.volgorde}: ${tekstLabel.toLowerCase()}`],
    ]),
  );
}

/** The wire shape: every question with its score (a missing score stays missing, so the check names it). */
export function scoresVoorVerzenden<V extends string, T extends string>(vragen: Toetsvraag[], rijen: ScoreInvoer[], vraagVeld: V, tekstVeld: T) {
  return vragen.map((v, i) => ({ [vraagVeld]: v.id, score: rijen[i]!.score === '' ? undefined : Number(rijen[i]!.score), [tekstVeld]: rijen[i]!.tekst }) as Record<V | T, string> & { score: number | undefined });
}

/** Each question with its scale (UI.md "Forms"): the score is chosen within the scale, with a reason or answer. */
export function ScoreVelden({
  vragen,
  rijen,
  onWijzig,
  fouten,
  tekstVeld,
  tekstLabel,
}: {
  vragen: Toetsvraag[];
  rijen: ScoreInvoer[];
  onWijzig: (rijen: ScoreInvoer[]) => void;
  fouten: Record<string, string>;
  tekstVeld: string;
  tekstLabel: string;
}) {
  const zet = (i: number, veld: keyof ScoreInvoer) => (waarde: string) => onWijzig(rijen.map((r, j) => (j === i ? { ...r, [veld]: waarde } : r)));
  if (vragen.length === 0) return <Paragraph>De regio heeft nog geen vragen vastgelegd om op te scoren.</Paragraph>;
  return (
    <>
      {vragen.map((v, i) => {
        const schaal = Array.from({ length: v.schaalMax - v.schaalMin + 1 }, (_, k) => String(v.schaalMin + k));
        return (
          <Fieldset key={v.id} className="scorevraag">
            <FieldsetLegend>
              Vraag {v.volgorde}: {v.vraag}
            </FieldsetLegend>
            {v.toelichting ? <Paragraph appearance="small">{v.toelichting}</Paragraph> : null}
            <KeuzeVeld
              name={`scores.${i}.score`}
              label={`Score (schaal ${v.schaalMin} tot en met ${v.schaalMax})`}
              verplicht
              value={rijen[i]!.score}
              onChange={zet(i, 'score')}
              fout={fouten[`scores.${i}.score`]}
              keuzes={[{ waarde: '', label: 'Kies een score' }, ...schaal.map((s) => ({ waarde: s, label: s }))]}
            />
            <TekstvakVeld name={`scores.${i}.${tekstVeld}`} label={tekstLabel} verplicht value={rijen[i]!.tekst} onChange={zet(i, 'tekst')} fout={fouten[`scores.${i}.${tekstVeld}`]} rows={2} />
          </Fieldset>
        );
      })}
    </>
  );
}
