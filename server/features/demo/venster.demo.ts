import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisatie, vensterAntwoord, vensterScore, vensterVraag } from '../../db/schema/index';
import { schrijfAudit } from '../historie/historie.repository';

// The questions and all scores are illustrative: the real Venster is a survey of the regions whose
// answers are not public. Venray has not responded to 2024 yet, so it can be filled in.
const vragen = [
  { vraag: 'Hoe tevreden bent u over de samenwerking in de regio? (illustratief)', schaalMin: 1, schaalMax: 10 },
  { vraag: 'In hoeverre werken gemeenten en zorgverzekeraars aan gezamenlijke doelen? (illustratief)', schaalMin: 1, schaalMax: 5 },
  { vraag: 'Hoe goed bent u betrokken bij de besluitvorming in de regio? (illustratief)', schaalMin: 1, schaalMax: 5 },
];

/** Respondent (CBS code or insurer name) → scores on the three questions, per year. */
const antwoorden: Record<number, [string, number[], string?][]> = {
  2023: [
    ['GM0983', [7, 3, 4]],
    ['GM0957', [6, 3, 3]],
    ['GM0988', [6, 2, 3], 'Illustratief: de regio is nog zoekende naar de rolverdeling.'],
    ['VGZ', [7, 3, 3]],
  ],
  2024: [
    ['GM0983', [8, 4, 4]],
    ['GM0957', [7, 4, 4]],
    ['GM0988', [7, 3, 3]],
    ['VGZ', [8, 4, 3], 'Illustratief: de gezamenlijke agenda is duidelijker geworden.'],
    ['CZ', [6, 3, 3]],
  ],
};

/** The demo region's Venster questions and responses. Runs inside the demo transaction when the region is created. */
export async function laadVensterDemo(tx: Db, regioId: string, gemeenteIds: Map<string, string>): Promise<void> {
  const verzekeraars = new Map(
    (await tx.select({ id: organisatie.id, naam: organisatie.naam }).from(organisatie).where(and(eq(organisatie.regioId, regioId), inArray(organisatie.naam, ['VGZ', 'CZ'])))).map(
      (o) => [o.naam, o.id] as const,
    ),
  );
  for (const [jaarTekst, rijen] of Object.entries(antwoorden)) {
    const jaar = Number(jaarTekst);
    const vraagIds = await tx
      .insert(vensterVraag)
      .values(vragen.map((v, i) => ({ ...v, regioId, jaar, volgorde: i + 1 })))
      .returning({ id: vensterVraag.id });
    for (const [wie, scores, opmerking] of rijen) {
      const gemeenteId = gemeenteIds.get(wie) ?? null;
      const organisatieId = verzekeraars.get(wie) ?? null;
      if (!gemeenteId && !organisatieId) continue;
      const [a] = await tx.insert(vensterAntwoord).values({ regioId, jaar, gemeenteId, organisatieId, opmerking: opmerking ?? '' }).returning({ id: vensterAntwoord.id });
      await tx.insert(vensterScore).values(scores.map((score, i) => ({ regioId, antwoordId: a!.id, vraagId: vraagIds[i]!.id, score })));
      await schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort: 'vensterantwoord', itemId: a!.id, omschrijving: `Venster ${jaar}: demo geladen` });
    }
  }
}
