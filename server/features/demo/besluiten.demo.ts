import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  aanwezigheid,
  agendapunt,
  begroting,
  begrotingsversie,
  besluit,
  overlegorgaan,
  overlegorgaanLid,
  standpunt,
  stem,
  uitvoeringsplan,
  vergadering,
} from '../../db/schema/index';
import { besluitnummer, besluitReferentie, orgaanAfkorting } from '../besluiten/stemming.rules';
import { schrijfAudit } from '../historie/historie.repository';

const datum = '2024-03-20';
const illustratief =
  'Het PHO stelde op 20 maart 2024 het uitvoeringsplan 2024 met zijn begroting vast; de aanwezigheid en de stemmen per gemeente hier zijn ter illustratie.';

/**
 * The PHO meeting of 20 March 2024 (DOMAIN.md §5, §6, §10), held: the implementation plan 2024
 * "Samen sterk voor gezondheid" and the budget 2024, both adopted by consensus. Venray's college
 * position is real (its college agreed to the plan and mandated its alderman); the rest is
 * illustrative and says so. The decisions link to the adopted budget version 1 and the plan.
 * Runs inside the demo transaction, once, when the region is created.
 */
export async function laadBesluitenDemo(tx: Db, regioId: string, gemeenteIds: Map<string, string>): Promise<void> {
  const [pho] = await tx.select().from(overlegorgaan).where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.soort, 'pho')));
  const [b] = await tx.select({ id: begroting.id }).from(begroting).where(and(eq(begroting.regioId, regioId), eq(begroting.jaar, 2024)));
  if (!pho || !b) return;
  const [versie1] = await tx
    .select({ id: begrotingsversie.id })
    .from(begrotingsversie)
    .where(and(eq(begrotingsversie.regioId, regioId), eq(begrotingsversie.begrotingId, b.id), eq(begrotingsversie.versie, 1)));
  const [plan] = await tx
    .select({ id: uitvoeringsplan.id })
    .from(uitvoeringsplan)
    .where(and(eq(uitvoeringsplan.regioId, regioId), eq(uitvoeringsplan.jaar, 2024), eq(uitvoeringsplan.status, 'vastgesteld')));
  const zetels = await tx
    .select({ lidId: overlegorgaanLid.id, gemeenteId: overlegorgaanLid.gemeenteId })
    .from(overlegorgaanLid)
    .where(and(eq(overlegorgaanLid.regioId, regioId), eq(overlegorgaanLid.overlegorgaanId, pho.id), eq(overlegorgaanLid.stemgerechtigd, true)));

  const [v] = await tx
    .insert(vergadering)
    .values({ regioId, overlegorgaanId: pho.id, datum, titel: 'PHO IZA 20 maart 2024: uitvoeringsplan en begroting 2024', status: 'gehouden' })
    .returning({ id: vergadering.id });
  await tx.insert(aanwezigheid).values(zetels.map((z) => ({ regioId, vergaderingId: v!.id, overlegorgaanLidId: z.lidId, aanwezig: true })));

  const regels = { consensusEerst: pho.consensusEerst, quorumBasispunten: pho.quorumBasispunten, meerderheidBasispunten: pho.meerderheidBasispunten };
  const punten = [
    {
      titel: 'Uitvoeringsplan 2024 "Samen sterk voor gezondheid"',
      toelichting: 'Het uitvoeringsplan van de veertien gemeenten voor 2024, per taak van de werkagenda.',
      // Without the plan (another part of the demo) the item stays a proposal in words.
      voorstel: plan
        ? { voorstelSoort: 'uitvoeringsplan-vaststellen', uitvoeringsplanId: plan.id, beslispunt: 'Het PHO stelt het uitvoeringsplan 2024 "Samen sterk voor gezondheid" vast.' }
        : { voorstelSoort: 'overig', beslispunt: 'Het PHO stelt het uitvoeringsplan 2024 "Samen sterk voor gezondheid" vast.' },
    },
    {
      titel: 'Begroting 2024',
      toelichting: 'De begroting van € 4.747.850 uit de SPUK-IZA 2024, over de onderdelen van het uitvoeringsplan.',
      voorstel: { voorstelSoort: 'begroting-vaststellen', begrotingId: b.id, begrotingsversieId: versie1!.id, beslispunt: 'Het PHO stelt versie 1 van de begroting 2024 vast.' },
    },
  ];
  const afkorting = orgaanAfkorting(pho.naam);
  const besluitIds: string[] = [];
  for (const [i, p] of punten.entries()) {
    const [a] = await tx
      .insert(agendapunt)
      .values({ regioId, vergaderingId: v!.id, volgorde: i + 1, titel: p.titel, toelichting: p.toelichting, status: 'besloten', ...p.voorstel, ...regels, stemmingGeopendOp: new Date(`${datum}T10:00:00+01:00`) })
      .returning({ id: agendapunt.id });
    await tx.insert(stem).values(
      zetels.map((z) => ({ regioId, agendapuntId: a!.id, gemeenteId: z.gemeenteId!, aanwezig: true, keuze: 'voor', uitgebrachtOp: new Date(`${datum}T10:05:00+01:00`) })),
    );
    const [rij] = await tx
      .insert(besluit)
      .values({
        regioId,
        overlegorgaanId: pho.id,
        vergaderingId: v!.id,
        agendapuntId: a!.id,
        jaar: 2024,
        volgnummer: i + 1,
        nummer: besluitnummer(afkorting, 2024, i + 1),
        datum,
        uitkomst: 'aangenomen',
        wijze: 'consensus',
        aantalVoor: zetels.length,
        referentie: besluitReferentie(afkorting, datum, 2024, i + 1),
        toelichting: `Aangenomen bij consensus. ${illustratief}`,
      })
      .returning({ id: besluit.id });
    besluitIds.push(rij!.id);
    if (i === 0) {
      const venray = gemeenteIds.get('GM0984');
      if (venray) {
        await tx.insert(standpunt).values({
          regioId,
          agendapuntId: a!.id,
          gemeenteId: venray,
          standpunt: 'akkoord',
          collegebesluitOp: '2024-03-05',
          referentie: 'Collegebesluit Venray over het uitvoeringsplan IZA 2024 (datum en kenmerk ter illustratie)',
          toelichting: 'Het college van Venray stemt in met het uitvoeringsplan 2024 en geeft de wethouder mandaat dit standpunt in het PHO in te brengen.',
        });
      }
    }
  }
  // What the decisions changed points back to them.
  await tx.update(begrotingsversie).set({ besluitId: besluitIds[1]! }).where(and(eq(begrotingsversie.regioId, regioId), eq(begrotingsversie.id, versie1!.id)));
  if (plan) await tx.update(uitvoeringsplan).set({ besluitId: besluitIds[0]! }).where(and(eq(uitvoeringsplan.regioId, regioId), eq(uitvoeringsplan.id, plan.id)));
  await schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort: 'vergadering', itemId: v!.id, omschrijving: 'demo geladen', na: { datum, besluiten: besluitIds.length } });
}
