/**
 * Scoring a plan against toetsvragen that are data of the region (DOMAIN.md §8): the insurers'
 * criteria for transformation plans, the six questions of the afwegingskader for supplementary
 * initiatives. Each question has its own scale; every question must be scored, once, within it.
 */
export interface Vraag {
  id: string;
  volgorde: number;
  vraag: string;
  schaalMin: number;
  schaalMax: number;
}

export interface Score {
  vraagId: string;
  score: number;
}

export interface Scoreprobleem {
  veld: string;
  code: 'onbekend' | 'dubbel' | 'buiten-schaal' | 'onbeantwoord';
  reden: string;
}

/**
 * Every problem with a set of scores at once, named by wire field: `scores.<i>.<vraagVeld>` for a
 * question that is unknown or scored twice, `scores.<i>.score` for a score outside its scale, and
 * `scores` for the questions left unanswered.
 */
export function controleerScores(vragen: readonly Vraag[], scores: readonly Score[], vraagVeld: string): Scoreprobleem[] {
  const problemen: Scoreprobleem[] = [];
  scores.forEach((s, i) => {
    const vraag = vragen.find((v) => v.id === s.vraagId);
    if (!vraag) {
      problemen.push({ veld: `scores.${i}.${vraagVeld}`, code: 'onbekend', reden: 'Geen vraag van het kader van deze regio' });
      return;
    }
    if (scores.findIndex((x) => x.vraagId === s.vraagId) !== i) {
      problemen.push({ veld: `scores.${i}.${vraagVeld}`, code: 'dubbel', reden: `Vraag ${vraag.volgorde} «${vraag.vraag}» is al eerder gescoord` });
    }
    if (s.score < vraag.schaalMin || s.score > vraag.schaalMax) {
      problemen.push({
        veld: `scores.${i}.score`,
        code: 'buiten-schaal',
        reden: `Vraag ${vraag.volgorde} «${vraag.vraag}» wordt gescoord van ${vraag.schaalMin} tot en met ${vraag.schaalMax}; ${s.score} valt buiten die schaal`,
      });
    }
  });
  const open = vragen.filter((v) => !scores.some((s) => s.vraagId === v.id));
  if (open.length) {
    problemen.push({
      veld: 'scores',
      code: 'onbeantwoord',
      reden: `Elke vraag krijgt een score; nog niet gescoord: ${open.map((v) => `vraag ${v.volgorde} «${v.vraag}»`).join(', ')}`,
    });
  }
  return problemen;
}

/** The scale of a question: at least two points. */
export function controleerSchaal(schaalMin: number, schaalMax: number): string | null {
  return schaalMin < schaalMax ? null : `De schaal loopt van laag naar hoog: het maximum (${schaalMax}) moet groter zijn dan het minimum (${schaalMin})`;
}
