// The scores of a Venster response against the questions of its year. Pure: the questions are given.

export interface VraagSchaal {
  id: string;
  vraag: string;
  schaalMin: number;
  schaalMax: number;
}

export interface ScoreFout {
  name: string;
  code: 'buiten-schaal' | 'ontbreekt' | 'onbekende-vraag';
  reason: string;
}

/**
 * Every question of the year needs a score within its own scale, and only those questions may be
 * scored. Each problem names the field of its question (`scores.<vraagId>`), so a form can put it
 * next to the right question.
 */
export function controleerScores(vragen: readonly VraagSchaal[], scores: Readonly<Record<string, number>>, jaar: number): ScoreFout[] {
  const fouten: ScoreFout[] = [];
  const bekend = new Set(vragen.map((v) => v.id));
  for (const v of vragen) {
    const score = scores[v.id];
    const name = `scores.${v.id}`;
    if (score === undefined) fouten.push({ name, code: 'ontbreekt', reason: `Geef een score van ${v.schaalMin} tot en met ${v.schaalMax} voor "${v.vraag}"` });
    else if (score < v.schaalMin || score > v.schaalMax) {
      fouten.push({ name, code: 'buiten-schaal', reason: `De score ${score} ligt buiten de schaal van ${v.schaalMin} tot en met ${v.schaalMax} van "${v.vraag}"` });
    }
  }
  for (const id of Object.keys(scores)) {
    if (!bekend.has(id)) fouten.push({ name: `scores.${id}`, code: 'onbekende-vraag', reason: `Geen vraag van het Venster ${jaar} van deze regio` });
  }
  return fouten;
}

/** A scale may only change when the scores already given still fit in it. */
export function schaalPastBijScores(schaalMin: number, schaalMax: number, laagste: number | null, hoogste: number | null): boolean {
  return laagste === null || hoogste === null || (laagste >= schaalMin && hoogste <= schaalMax);
}
