import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controleerScores, schaalPastBijScores } from './venster.rules';

const vragen = [
  { id: 'a', vraag: 'Tevreden?', schaalMin: 1, schaalMax: 10 },
  { id: 'b', vraag: 'Betrokken?', schaalMin: 1, schaalMax: 5 },
];

describe('the scores of a Venster response', () => {
  it('accept a score for every question within its scale, the bounds included', () => {
    expect(controleerScores(vragen, { a: 1, b: 5 }, 2024)).toEqual([]);
    expect(controleerScores(vragen, { a: 10, b: 1 }, 2024)).toEqual([]);
  });

  it('name the question of a score outside its scale, with the scale in the reason', () => {
    const fouten = controleerScores(vragen, { a: 11, b: 0 }, 2024);
    expect(fouten.map((f) => [f.name, f.code])).toEqual([
      ['scores.a', 'buiten-schaal'],
      ['scores.b', 'buiten-schaal'],
    ]);
    expect(fouten[0]!.reason).toContain('1 tot en met 10');
  });

  it('name a missing question and a question of another year or region', () => {
    const fouten = controleerScores(vragen, { a: 5, x: 3 }, 2024);
    expect(fouten.map((f) => [f.name, f.code])).toEqual([
      ['scores.b', 'ontbreekt'],
      ['scores.x', 'onbekende-vraag'],
    ]);
  });

  it('accept exactly the scores within [min, max]', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 99 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: -300, max: 300 }), (min, breedte, score) => {
        const max = Math.min(100, min + breedte);
        const fouten = controleerScores([{ id: 'v', vraag: 'v', schaalMin: min, schaalMax: max }], { v: score }, 2024);
        expect(fouten.length === 0).toBe(score >= min && score <= max);
      }),
    );
  });
});

describe('changing a scale', () => {
  it('is allowed while the given scores still fit', () => {
    expect(schaalPastBijScores(1, 5, null, null)).toBe(true);
    expect(schaalPastBijScores(1, 5, 2, 5)).toBe(true);
    expect(schaalPastBijScores(1, 5, 2, 7)).toBe(false);
    expect(schaalPastBijScores(3, 10, 2, 7)).toBe(false);
  });
});
