import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { scenarioCreateSchema, verplichtingCreateSchema } from '../../../common/contracts/financien';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { scenario, scenarioAanname, structureleVerplichting } from '../../db/schema/index';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import type { Actor } from '../toegang/rechten.rules';
import { uitkeringen } from '../uitkeringen/uitkeringen.service';
import { type Aanname, maakRaming } from './meerjarenraming.rules';

type In<T extends z.ZodType> = z.output<T>;

export const verplichtingen = (db: Db, regioId: string) =>
  db
    .select({ id: structureleVerplichting.id, omschrijving: structureleVerplichting.omschrijving, bedragPerJaarCenten: structureleVerplichting.bedragPerJaarCenten, vanafJaar: structureleVerplichting.vanafJaar, totJaar: structureleVerplichting.totJaar })
    .from(structureleVerplichting)
    .where(eq(structureleVerplichting.regioId, regioId))
    .orderBy(asc(structureleVerplichting.vanafJaar), asc(structureleVerplichting.omschrijving));

export async function maakVerplichting(db: Db, actor: Actor, regioId: string, invoer: In<typeof verplichtingCreateSchema>) {
  if (invoer.totJaar != null && invoer.totJaar < invoer.vanafJaar) {
    throw ongeldig([{ name: 'totJaar', code: 'voor-vanaf', reason: `Het laatste jaar (${invoer.totJaar}) ligt vóór het eerste (${invoer.vanafJaar})` }]);
  }
  return db.transaction(async (tx) => {
    const [v] = await tx
      .insert(structureleVerplichting)
      .values({ regioId, omschrijving: invoer.omschrijving, bedragPerJaarCenten: invoer.bedragPerJaarCenten, vanafJaar: invoer.vanafJaar, totJaar: invoer.totJaar ?? null })
      .returning();
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'structurele-verplichting', itemId: v!.id, na: invoer });
    return { id: v!.id, omschrijving: v!.omschrijving, bedragPerJaarCenten: v!.bedragPerJaarCenten, vanafJaar: v!.vanafJaar, totJaar: v!.totJaar };
  });
}

export async function verwijderVerplichting(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const [voor] = await tx.select().from(structureleVerplichting).where(and(eq(structureleVerplichting.regioId, regioId), eq(structureleVerplichting.id, id)));
    if (!voor) throw nietGevonden('Deze verplichting');
    await tx.delete(structureleVerplichting).where(eq(structureleVerplichting.id, id));
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'structurele-verplichting', itemId: id, voor });
  });
}

export async function scenarios(db: Db, regioId: string, id?: string) {
  const s = await db.select().from(scenario).where(and(eq(scenario.regioId, regioId), id ? eq(scenario.id, id) : undefined)).orderBy(asc(scenario.naam));
  if (s.length === 0) return [];
  const aannames = await db.select().from(scenarioAanname).where(inArray(scenarioAanname.scenarioId, s.map((x) => x.id))).orderBy(asc(scenarioAanname.vanafJaar));
  return s.map((x) => ({
    id: x.id,
    naam: x.naam,
    toelichting: x.toelichting,
    aannames: aannames
      .filter((a) => a.scenarioId === x.id)
      .map((a) => ({ uitkeringId: a.uitkeringId, soort: a.soort as Aanname['soort'], vanafJaar: a.vanafJaar, basispunten: a.basispunten, bedragCenten: a.bedragCenten })),
  }));
}

export async function maakScenario(db: Db, actor: Actor, regioId: string, invoer: In<typeof scenarioCreateSchema>) {
  const bekend = new Set((await uitkeringen(db, regioId)).map((u) => u.id));
  const fouten: InvalidParam[] = [];
  invoer.aannames.forEach((a, i) => {
    if (!bekend.has(a.uitkeringId)) fouten.push({ name: `aannames.${i}.uitkeringId`, code: 'onbekend', reason: 'Geen uitkering van deze regio' });
    if (a.soort === 'korting' && (a.basispunten == null || a.basispunten === 0)) fouten.push({ name: `aannames.${i}.basispunten`, code: 'verplicht', reason: 'Een korting heeft een percentage (in basispunten)' });
    if (a.soort === 'nieuw-bedrag' && a.bedragCenten == null) fouten.push({ name: `aannames.${i}.bedragCenten`, code: 'verplicht', reason: 'Een nieuw bedrag heeft een bedrag' });
  });
  if (fouten.length) throw ongeldig(fouten);
  const id = await db
    .transaction(async (tx) => {
      const [s] = await tx.insert(scenario).values({ regioId, naam: invoer.naam, toelichting: invoer.toelichting ?? '' }).returning({ id: scenario.id });
      if (invoer.aannames.length) {
        await tx.insert(scenarioAanname).values(
          invoer.aannames.map((a) => ({ regioId, scenarioId: s!.id, uitkeringId: a.uitkeringId, soort: a.soort, vanafJaar: a.vanafJaar, basispunten: a.basispunten ?? null, bedragCenten: a.bedragCenten ?? null })),
        );
      }
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'scenario', itemId: s!.id, na: invoer });
      return s!.id;
    })
    .catch((error: unknown) => {
      if (isUniekeSchending(error)) throw new DomainError('conflict', `Er bestaat al een scenario "${invoer.naam}".`);
      throw error;
    });
  return (await scenarios(db, regioId, id))[0]!;
}

export async function verwijderScenario(db: Db, actor: Actor, regioId: string, id: string) {
  const [voor] = await scenarios(db, regioId, id);
  if (!voor) throw nietGevonden('Dit scenario');
  await db.transaction(async (tx) => {
    await tx.delete(scenario).where(and(eq(scenario.regioId, regioId), eq(scenario.id, id)));
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'scenario', itemId: id, voor });
  });
}

export async function meerjarenraming(db: Db, regioId: string, van: number, tot: number, scenarioId?: string) {
  if (tot < van) throw ongeldig([{ name: 'tot', code: 'voor-van', reason: 'Het laatste jaar ligt vóór het eerste' }]);
  if (tot - van > 30) throw ongeldig([{ name: 'tot', code: 'te-lang', reason: 'Hoogstens 30 jaar vooruit' }]);
  const gekozen = scenarioId ? (await scenarios(db, regioId, scenarioId))[0] : undefined;
  if (scenarioId && !gekozen) throw ongeldig([{ name: 'scenarioId', code: 'onbekend', reason: 'Geen scenario van deze regio' }]);
  const aannames = (gekozen?.aannames ?? []) as Aanname[];
  const raming = maakRaming(
    van,
    tot,
    (await uitkeringen(db, regioId)).map((u) => ({ id: u.id, naam: u.naam, laatsteJaar: u.laatsteJaar, bedragen: u.bedragen })),
    await verplichtingen(db, regioId),
    aannames,
  );
  return { van, tot, scenario: gekozen ? { id: gekozen.id, naam: gekozen.naam } : null, jaren: raming };
}
