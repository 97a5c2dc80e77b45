import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { activiteitCreateSchema, doorbetalingCreateSchema, sisaIndicatorSetSchema, sisaOpgaveSchema } from '../../../common/contracts/financien';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { activiteit, boeking, doorbetaling, gemeente, sisaIndicator, sisaOpgave, uitkering } from '../../db/schema/index';
import { DomainError, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import type { Actor } from '../toegang/rechten.rules';
import { gemeentenVanRegio } from '../regios/regios.repository';
import { uitkeringen } from '../uitkeringen/uitkeringen.service';
import { zoekDubbeleFinanciering } from './dubbele-financiering.rules';

type In<T extends z.ZodType> = z.output<T>;
const som = (kolom: unknown) => sql<string>`coalesce(sum(${kolom}), 0)`;

// --- doorbetalingen ----------------------------------------------------------------------------

export async function doorbetalingen(db: Db, regioId: string) {
  const rijen = await db
    .select({ d: doorbetaling, uitkeringNaam: uitkering.naam, gemeentecode: gemeente.gemeentecode, gemeenteNaam: gemeente.naam })
    .from(doorbetaling)
    .innerJoin(uitkering, eq(uitkering.id, doorbetaling.uitkeringId))
    .innerJoin(gemeente, eq(gemeente.id, doorbetaling.ontvangerGemeenteId))
    .where(eq(doorbetaling.regioId, regioId))
    .orderBy(asc(doorbetaling.datum), asc(gemeente.naam));
  return rijen.map((r) => ({
    id: r.d.id,
    uitkering: { id: r.d.uitkeringId, naam: r.uitkeringNaam },
    ontvanger: { gemeentecode: r.gemeentecode, naam: r.gemeenteNaam },
    datum: r.d.datum,
    bedragCenten: r.d.bedragCenten,
    kenmerk: r.d.kenmerk,
    toelichting: r.d.toelichting,
  }));
}

/** Per municipality and grant: passed on, and spent by that municipality (its own SiSa). */
export async function doorbetalingStand(db: Db, regioId: string, jaar: number) {
  const van = `${jaar}-01-01`;
  const tot = `${jaar}-12-31`;
  const doorbetaald = await db
    .select({ gemeenteId: doorbetaling.ontvangerGemeenteId, uitkeringId: doorbetaling.uitkeringId, centen: som(doorbetaling.bedragCenten) })
    .from(doorbetaling)
    .where(and(eq(doorbetaling.regioId, regioId), gte(doorbetaling.datum, van), lte(doorbetaling.datum, tot)))
    .groupBy(doorbetaling.ontvangerGemeenteId, doorbetaling.uitkeringId);
  const besteed = await db
    .select({ gemeenteId: boeking.gemeenteId, uitkeringId: boeking.uitkeringId, centen: som(boeking.bedragCenten) })
    .from(boeking)
    .where(and(eq(boeking.regioId, regioId), eq(boeking.soort, 'uitgave'), gte(boeking.datum, van), lte(boeking.datum, tot)))
    .groupBy(boeking.gemeenteId, boeking.uitkeringId);
  const gemeenten = await gemeentenVanRegio(db, regioId);
  const alle = await uitkeringen(db, regioId);
  return doorbetaald
    .map((d) => {
      const g = gemeenten.find((x) => x.gemeenteId === d.gemeenteId);
      const u = alle.find((x) => x.id === d.uitkeringId);
      const uitgegeven = Number(besteed.find((b) => b.gemeenteId === d.gemeenteId && b.uitkeringId === d.uitkeringId)?.centen ?? 0);
      return {
        ontvanger: { gemeentecode: g?.gemeentecode ?? '', naam: g?.naam ?? '' },
        uitkering: { id: d.uitkeringId, naam: u?.naam ?? '' },
        doorbetaaldCenten: Number(d.centen),
        uitgegevenCenten: uitgegeven,
        saldoCenten: Number(d.centen) - uitgegeven,
      };
    })
    .sort((a, b) => a.ontvanger.naam.localeCompare(b.ontvanger.naam, 'nl'));
}

export async function maakDoorbetaling(db: Db, actor: Actor, regioId: string, invoer: In<typeof doorbetalingCreateSchema>) {
  const gemeenten = await gemeentenVanRegio(db, regioId);
  const alle = await uitkeringen(db, regioId);
  const ontvanger = gemeenten.find((g) => g.gemeentecode === invoer.ontvangerGemeentecode);
  const u = alle.find((x) => x.id === invoer.uitkeringId);
  const fouten = [];
  if (!u) fouten.push({ name: 'uitkeringId', code: 'onbekend', reason: 'Geen uitkering van deze regio' });
  if (!ontvanger) fouten.push({ name: 'ontvangerGemeentecode', code: 'onbekend', reason: `${invoer.ontvangerGemeentecode} is geen gemeente van deze regio` });
  else if (ontvanger.rol === 'mandaatgemeente') {
    fouten.push({ name: 'ontvangerGemeentecode', code: 'mandaatgemeente', reason: `${ontvanger.naam} is de mandaatgemeente: die betaalt door, niet aan zichzelf` });
  }
  const jaar = Number(invoer.datum.slice(0, 4));
  if (u && (jaar < u.eersteJaar || jaar > u.laatsteJaar)) {
    fouten.push({ name: 'datum', code: 'buiten-looptijd', reason: `${invoer.datum} valt buiten de jaren van ${u.naam} (${u.eersteJaar}–${u.laatsteJaar})` });
  }
  if (fouten.length) throw ongeldig(fouten);
  return db.transaction(async (tx) => {
    const [d] = await tx
      .insert(doorbetaling)
      .values({ regioId, uitkeringId: invoer.uitkeringId, ontvangerGemeenteId: ontvanger!.gemeenteId, datum: invoer.datum, bedragCenten: invoer.bedragCenten, kenmerk: invoer.kenmerk ?? '', toelichting: invoer.toelichting ?? '' })
      .returning();
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'doorbetaling', itemId: d!.id, na: invoer });
    return { id: d!.id, uitkering: { id: u!.id, naam: u!.naam }, ontvanger: { gemeentecode: ontvanger!.gemeentecode, naam: ontvanger!.naam }, datum: d!.datum, bedragCenten: d!.bedragCenten, kenmerk: d!.kenmerk, toelichting: d!.toelichting };
  });
}

export async function verwijderDoorbetaling(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const [voor] = await tx.select().from(doorbetaling).where(and(eq(doorbetaling.regioId, regioId), eq(doorbetaling.id, id)));
    if (!voor) throw nietGevonden('Deze doorbetaling');
    await tx.delete(doorbetaling).where(and(eq(doorbetaling.regioId, regioId), eq(doorbetaling.id, id)));
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'doorbetaling', itemId: id, voor });
  });
}

// --- activiteiten en dubbele financiering ------------------------------------------------------------

export const activiteiten = (db: Db, regioId: string) =>
  db.select({ id: activiteit.id, naam: activiteit.naam, kostenCenten: activiteit.kostenCenten }).from(activiteit).where(eq(activiteit.regioId, regioId)).orderBy(asc(activiteit.naam));

export async function bewaarActiviteit(db: Db, actor: Actor, regioId: string, invoer: In<typeof activiteitCreateSchema>) {
  return db.transaction(async (tx) => {
    const [a] = await tx
      .insert(activiteit)
      .values({ regioId, naam: invoer.naam, kostenCenten: invoer.kostenCenten })
      .onConflictDoUpdate({ target: [activiteit.regioId, activiteit.naam], set: { kostenCenten: invoer.kostenCenten } })
      .returning({ id: activiteit.id, naam: activiteit.naam, kostenCenten: activiteit.kostenCenten });
    await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'activiteit', itemId: a!.id, na: invoer });
    return a!;
  });
}

/** The double-funding report of a year: every signal with its trace per grant. */
export async function dubbeleFinanciering(db: Db, regioId: string, jaar: number) {
  const uitgaven = await db
    .select({
      id: boeking.id,
      uitkeringId: boeking.uitkeringId,
      uitkeringNaam: uitkering.naam,
      documentreferentie: boeking.documentreferentie,
      documentbedragCenten: boeking.documentbedragCenten,
      activiteit: boeking.activiteit,
      bedragCenten: boeking.bedragCenten,
    })
    .from(boeking)
    .innerJoin(uitkering, eq(uitkering.id, boeking.uitkeringId))
    .where(
      and(
        eq(boeking.regioId, regioId),
        eq(boeking.soort, 'uitgave'),
        gte(boeking.datum, `${jaar}-01-01`),
        lte(boeking.datum, `${jaar}-12-31`),
        // Only documents or activities that could be double: charged to more than one grant or with a known cost.
        sql`(${boeking.documentreferentie} <> '' or ${boeking.activiteit} <> '')`,
      ),
    );
  const kosten = new Map((await activiteiten(db, regioId)).map((a) => [a.naam, a.kostenCenten] as const));
  return zoekDubbeleFinanciering(uitgaven, kosten);
}

// --- SiSa --------------------------------------------------------------------------------------

export async function sisaIndicatoren(db: Db, regeling: string, jaar: number) {
  return db
    .select({ code: sisaIndicator.code, label: sisaIndicator.label, controle: sisaIndicator.controle, grootheid: sisaIndicator.grootheid })
    .from(sisaIndicator)
    .where(and(eq(sisaIndicator.regeling, regeling), eq(sisaIndicator.jaar, jaar)))
    .orderBy(asc(sisaIndicator.volgorde));
}

export async function zetSisaIndicatoren(db: Db, actor: Actor, regeling: string, jaar: number, invoer: In<typeof sisaIndicatorSetSchema>) {
  const codes = invoer.indicatoren.map((i) => i.code);
  const fouten = codes.flatMap((c, i) => (codes.indexOf(c) !== i ? [{ name: `indicatoren.${i}.code`, code: 'dubbel', reason: `De code ${c} staat er twee keer in` }] : []));
  if (fouten.length) throw ongeldig(fouten);
  await db.transaction(async (tx) => {
    const voor = await sisaIndicatoren(tx, regeling, jaar);
    await tx.delete(sisaIndicator).where(and(eq(sisaIndicator.regeling, regeling), eq(sisaIndicator.jaar, jaar)));
    await tx.insert(sisaIndicator).values(invoer.indicatoren.map((i, volgorde) => ({ ...i, regeling, jaar, volgorde })));
    await schrijfAudit(tx, { regioId: null, actor, actie: 'gewijzigd', soort: 'sisa-indicatoren', itemId: `${regeling}/${jaar}`, voor, na: invoer.indicatoren });
  });
  return sisaIndicatoren(db, regeling, jaar);
}

/**
 * SiSa per municipality, grant and year (DOMAIN.md §5): spending charged to the grant in year T
 * (computed from the ledger), other spending, cumulative to T, explanation and final accounting.
 * Spending without a municipality counts for the grant's recipient (the mandaatgemeente).
 */
export async function sisa(db: Db, regioId: string, jaar: number) {
  const alle = await uitkeringen(db, regioId);
  const gemeenten = await gemeentenVanRegio(db, regioId);
  const mandaat = gemeenten.find((g) => g.rol === 'mandaatgemeente');
  const perJaar = await db
    .select({
      gemeenteId: boeking.gemeenteId,
      uitkeringId: boeking.uitkeringId,
      ditJaar: sql<string>`coalesce(sum(${boeking.bedragCenten}) filter (where ${boeking.datum} >= ${`${jaar}-01-01`}), 0)`,
      totNu: som(boeking.bedragCenten),
    })
    .from(boeking)
    .where(and(eq(boeking.regioId, regioId), eq(boeking.soort, 'uitgave'), lte(boeking.datum, `${jaar}-12-31`)))
    .groupBy(boeking.gemeenteId, boeking.uitkeringId);
  const opgaven = await db.select().from(sisaOpgave).where(and(eq(sisaOpgave.regioId, regioId), eq(sisaOpgave.jaar, jaar)));
  const regels = [];
  for (const u of alle.filter((x) => x.eersteJaar <= jaar && jaar <= x.laatsteJaar)) {
    for (const g of gemeenten) {
      const eigen = perJaar.filter((p) => p.uitkeringId === u.id && (p.gemeenteId === g.gemeenteId || (p.gemeenteId === null && (u.ontvanger?.gemeentecode ?? mandaat?.gemeentecode) === g.gemeentecode)));
      const opgave = opgaven.find((o) => o.uitkeringId === u.id && o.gemeenteId === g.gemeenteId);
      const ditJaar = eigen.reduce((s, p) => s + Number(p.ditJaar), 0);
      const cumulatief = eigen.reduce((s, p) => s + Number(p.totNu), 0);
      const isOntvanger = u.ontvanger?.gemeentecode === g.gemeentecode;
      if (!isOntvanger && ditJaar === 0 && cumulatief === 0 && !opgave) continue;
      regels.push({
        gemeente: { gemeentecode: g.gemeentecode, naam: g.naam },
        uitkering: { id: u.id, naam: u.naam, soort: u.soort as string },
        jaar,
        bestedingJaarCenten: ditJaar,
        overigeBestedingCenten: opgave?.overigeBestedingCenten ?? 0,
        cumulatiefCenten: cumulatief,
        toelichtingAfwijking: opgave?.toelichtingAfwijking ?? '',
        eindverantwoording: opgave?.eindverantwoording ?? (u.laatsteJaar === jaar),
      });
    }
  }
  return regels.sort((a, b) => a.uitkering.naam.localeCompare(b.uitkering.naam, 'nl') || a.gemeente.naam.localeCompare(b.gemeente.naam, 'nl'));
}

export async function zetSisaOpgave(db: Db, actor: Actor, regioId: string, jaar: number, uitkeringId: string, gemeentecode: string, invoer: In<typeof sisaOpgaveSchema>) {
  const g = (await gemeentenVanRegio(db, regioId)).find((x) => x.gemeentecode === gemeentecode);
  const u = (await uitkeringen(db, regioId)).find((x) => x.id === uitkeringId);
  if (!g || !u) throw nietGevonden('Deze gemeente of uitkering in deze regio');
  if (jaar < u.eersteJaar || jaar > u.laatsteJaar) {
    throw ongeldig([{ name: 'jaar', code: 'buiten-looptijd', reason: `${jaar} valt buiten de looptijd van ${u.naam} (${u.eersteJaar}–${u.laatsteJaar})` }]);
  }
  await db
    .transaction(async (tx) => {
      const [voor] = await tx.select().from(sisaOpgave).where(and(eq(sisaOpgave.uitkeringId, uitkeringId), eq(sisaOpgave.gemeenteId, g.gemeenteId), eq(sisaOpgave.jaar, jaar)));
      const waarden = {
        overigeBestedingCenten: invoer.overigeBestedingCenten ?? voor?.overigeBestedingCenten ?? 0,
        toelichtingAfwijking: invoer.toelichtingAfwijking ?? voor?.toelichtingAfwijking ?? '',
        eindverantwoording: invoer.eindverantwoording ?? voor?.eindverantwoording ?? u.laatsteJaar === jaar,
      };
      await tx
        .insert(sisaOpgave)
        .values({ regioId, uitkeringId, gemeenteId: g.gemeenteId, jaar, ...waarden })
        .onConflictDoUpdate({ target: [sisaOpgave.uitkeringId, sisaOpgave.gemeenteId, sisaOpgave.jaar], set: waarden });
      await schrijfAudit(tx, { regioId, actor, actie: voor ? 'gewijzigd' : 'aangemaakt', soort: 'sisa-opgave', itemId: `${uitkeringId}/${gemeentecode}/${jaar}`, voor, na: waarden });
    })
    .catch((error: unknown) => {
      if (isUniekeSchending(error)) throw new DomainError('conflict', 'Deze opgave werd tegelijk door iemand anders gewijzigd; probeer het opnieuw.');
      throw error;
    });
  return (await sisa(db, regioId, jaar)).find((r) => r.uitkering.id === uitkeringId && r.gemeente.gemeentecode === gemeentecode)!;
}
