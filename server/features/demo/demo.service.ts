import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  akkoord,
  akkoordDeelname,
  boeking,
  scenario,
  scenarioAanname,
  structureleVerplichting,
  begroting,
  begrotingUitkering,
  begrotingsbedrag,
  begrotingsregel,
  begrotingsversie,
  uitkering,
  uitkeringBedrag,
  gebruiker,
  gemeente,
  gemeenteInRegio,
  lidmaatschap,
  organisatie,
  overlegorgaan,
  overlegorgaanLid,
  regio,
  taak,
} from '../../db/schema/index';
import { schrijfAudit } from '../historie/historie.repository';
import { genereerWachtwoord, hashWachtwoord } from '../sessies/wachtwoord';
import { demoAccounts, demoAkkoorden, demoBoekingen, demoFinancien, demoMeerjarenraming, demoRegios } from './demo.data';
import { laadAfsprakenDemo } from './afspraken.demo';
import { laadAfsprakencatalogi } from '../afspraken/afspraken.catalogus';
import { laadBesluitenDemo } from './besluiten.demo';
import { laadKetenaanpakkenDemo } from './ketenaanpakken.demo';
import { laadMijlpalenDemo } from './mijlpalen.demo';
import { laadSteunpuntenDemo } from './steunpunten.demo';
import { laadVensterDemo } from './venster.demo';
import { laadIndicatorenDemo } from './indicatoren.demo';
import { laadVoortgangsrapportagesDemo } from './voortgangsrapportages.demo';
import { laadPlannenDemo } from './plannen.demo';
import { laadTransformatieplannenDemo } from './transformatieplannen.demo';

export interface DemoUitkomst {
  akkoorden: number;
  regios: number;
  accounts: string[];
  /** Only when accounts were created now: the password to sign in with. */
  wachtwoord?: string;
}

/**
 * Loads the demo. Idempotent: what exists (by accord code, region name, e-mail) is left alone,
 * so running it twice adds nothing. One transaction: a failed load leaves no half demo.
 */
export async function laadDemo(db: Db, opties: { wachtwoord?: string } = {}): Promise<DemoUitkomst> {
  const wachtwoord = opties.wachtwoord ?? genereerWachtwoord();
  const wachtwoordHash = await hashWachtwoord(wachtwoord);
  return db.transaction(async (tx) => {
    const uitkomst: DemoUitkomst = { akkoorden: 0, regios: 0, accounts: [] };
    const audit = (regioId: string | null, soort: string, itemId: string, na: unknown) =>
      schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort, itemId, omschrijving: 'demo geladen', na });

    for (const a of demoAkkoorden) {
      const [bestaand] = await tx.select({ id: akkoord.id }).from(akkoord).where(eq(akkoord.code, a.code));
      if (bestaand) continue;
      const [nieuw] = await tx
        .insert(akkoord)
        .values({ code: a.code, naam: a.naam, omschrijving: a.omschrijving, ondertekendOp: a.ondertekendOp, looptijdTot: a.looptijdTot })
        .returning();
      if (a.taken.length) await tx.insert(taak).values(a.taken.map((t) => ({ ...t, akkoordId: nieuw!.id })));
      if (a.deelnames.length) await tx.insert(akkoordDeelname).values(a.deelnames.map((d) => ({ ...d, akkoordId: nieuw!.id })));
      await audit(null, 'akkoord', nieuw!.id, a);
      uitkomst.akkoorden++;
    }

    await laadAfsprakencatalogi(tx);

    // The register may already hold these municipalities from a CBS import: keep those rows.
    const alleGemeenten = demoRegios.flatMap((r) => r.gemeenten);
    await tx
      .insert(gemeente)
      .values(alleGemeenten.map((g) => ({ gemeentecode: g.gemeentecode, naam: g.naam, inwoners: g.inwoners })))
      .onConflictDoNothing();
    const gemeenteIds = new Map(
      (await tx.select({ id: gemeente.id, code: gemeente.gemeentecode }).from(gemeente).where(inArray(gemeente.gemeentecode, alleGemeenten.map((g) => g.gemeentecode)))).map(
        (g) => [g.code, g.id] as const,
      ),
    );

    for (const r of demoRegios) {
      const [bestaand] = await tx.select({ id: regio.id }).from(regio).where(eq(regio.naam, r.naam));
      if (bestaand) continue;
      const [nieuw] = await tx.insert(regio).values({ naam: r.naam, omschrijving: r.omschrijving }).returning();
      const regioId = nieuw!.id;
      await tx.insert(gemeenteInRegio).values(r.gemeenten.map((g) => ({ regioId, gemeenteId: gemeenteIds.get(g.gemeentecode)!, rol: g.rol })));
      const organisaties = new Map<string, string>();
      for (const o of r.organisaties) {
        const [rij] = await tx
          .insert(organisatie)
          .values({ regioId, naam: o.naam, soort: o.soort, website: o.website ?? null, omschrijving: o.omschrijving ?? '' })
          .returning({ id: organisatie.id });
        organisaties.set(o.naam, rij!.id);
      }
      await tx
        .update(regio)
        .set({
          preferenteZorgverzekeraarId: r.preferent ? organisaties.get(r.preferent)! : null,
          tweedeZorgverzekeraarId: r.tweede ? organisaties.get(r.tweede)! : null,
        })
        .where(eq(regio.id, regioId));
      for (const o of r.overlegorganen) {
        const { leden, ...velden } = o;
        const [orgaan] = await tx.insert(overlegorgaan).values({ ...velden, regioId }).returning({ id: overlegorgaan.id });
        if (leden.length) {
          await tx.insert(overlegorgaanLid).values(
            leden.map((l) => ({
              regioId,
              overlegorgaanId: orgaan!.id,
              gemeenteId: l.gemeentecode ? gemeenteIds.get(l.gemeentecode)! : null,
              organisatieId: l.organisatie ? organisaties.get(l.organisatie)! : null,
              naam: l.naam ?? '',
              functie: l.functie ?? '',
              rol: l.rol ?? 'lid',
              stemgerechtigd: l.stemgerechtigd ?? false,
            })),
          );
        }
      }
      if (r.naam === demoFinancien.regio) {
        await laadFinancien(tx, regioId, gemeenteIds);
        // In this order: decisions link to the plans and the budget loaded before them.
        await laadPlannenDemo(tx, regioId, gemeenteIds);
        await laadTransformatieplannenDemo(tx, regioId, gemeenteIds);
        await laadBesluitenDemo(tx, regioId, gemeenteIds);
        await laadAfsprakenDemo(tx, regioId, gemeenteIds);
        await laadKetenaanpakkenDemo(tx, regioId, gemeenteIds);
        await laadSteunpuntenDemo(tx, regioId, gemeenteIds);
        await laadMijlpalenDemo(tx, regioId, gemeenteIds);
        await laadVensterDemo(tx, regioId, gemeenteIds);
        await laadIndicatorenDemo(tx, regioId, gemeenteIds);
        // Last: a progress report freezes the state of everything loaded above.
        await laadVoortgangsrapportagesDemo(tx, regioId, gemeenteIds);
      }
      await audit(regioId, 'regio', regioId, { naam: r.naam, gemeenten: r.gemeenten.length, organisaties: r.organisaties.length, overlegorganen: r.overlegorganen.length });
      uitkomst.regios++;
    }

    const regioIds = new Map((await tx.select({ id: regio.id, naam: regio.naam }).from(regio)).map((r) => [r.naam, r.id] as const));
    for (const account of demoAccounts) {
      const [bestaand] = await tx.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, account.email));
      if (bestaand) continue;
      const [g] = await tx
        .insert(gebruiker)
        .values({
          email: account.email,
          naam: account.naam,
          wachtwoordHash,
          isBeheerder: account.rollen.some((r) => r.rol === 'beheerder'),
        })
        .returning({ id: gebruiker.id });
      for (const rol of account.rollen) {
        if (rol.rol === 'beheerder' || !rol.regio) continue;
        const regioId = regioIds.get(rol.regio)!;
        const [org] = rol.organisatie
          ? await tx.select({ id: organisatie.id }).from(organisatie).where(and(eq(organisatie.regioId, regioId), eq(organisatie.naam, rol.organisatie)))
          : [];
        await tx.insert(lidmaatschap).values({
          gebruikerId: g!.id,
          regioId,
          rol: rol.rol,
          gemeenteId: rol.gemeentecode ? gemeenteIds.get(rol.gemeentecode)! : null,
          organisatieId: org?.id ?? null,
        });
      }
      await audit(null, 'gebruiker', g!.id, { email: account.email, rollen: account.rollen });
      uitkomst.accounts.push(account.email);
    }
    if (uitkomst.accounts.length) uitkomst.wachtwoord = wachtwoord;
    return uitkomst;
  });
}

/** Whether the database holds no region and no account yet: then the first start loads the demo. */
export async function isLeeg(db: Db): Promise<boolean> {
  const [r] = await db.select({ id: regio.id }).from(regio).limit(1);
  const [g] = await db.select({ id: gebruiker.id }).from(gebruiker).limit(1);
  return !r && !g;
}

/** The grant and the adopted 2024 budget of the demo region (DOMAIN.md §5). */
async function laadFinancien(tx: Db, regioId: string, gemeenteIds: Map<string, string>) {
  const f = demoFinancien;
  const [pho] = await tx
    .select({ id: overlegorgaan.id })
    .from(overlegorgaan)
    .where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.soort, 'pho')));
  const { bedragen, ontvanger, ...u } = f.uitkering;
  const [spuk] = await tx
    .insert(uitkering)
    .values({ ...u, regioId, ontvangerGemeenteId: gemeenteIds.get(ontvanger)! })
    .returning({ id: uitkering.id });
  await tx.insert(uitkeringBedrag).values(bedragen.map((b) => ({ ...b, regioId, uitkeringId: spuk!.id })));
  const [b] = await tx.insert(begroting).values({ regioId, jaar: f.begroting.jaar, naam: f.begroting.naam }).returning({ id: begroting.id });
  await tx.insert(begrotingUitkering).values({ regioId, begrotingId: b!.id, uitkeringId: spuk!.id });
  const regels = await tx
    .insert(begrotingsregel)
    .values(f.begroting.regels.map((r, volgorde) => ({ regioId, begrotingId: b!.id, code: r.code, omschrijving: r.omschrijving, taakNummer: r.taakNummer, volgorde })))
    .returning({ id: begrotingsregel.id, code: begrotingsregel.code });
  const [v] = await tx
    .insert(begrotingsversie)
    .values({
      regioId,
      begrotingId: b!.id,
      versie: 1,
      status: 'vastgesteld',
      vastgesteldOp: f.begroting.vastgesteldOp,
      vastgesteldDoorId: pho?.id ?? null,
      besluitReferentie: f.begroting.besluitReferentie,
    })
    .returning({ id: begrotingsversie.id });
  await tx.insert(begrotingsbedrag).values(
    f.begroting.regels.map((r) => ({ regioId, versieId: v!.id, regelId: regels.find((x) => x.code === r.code)!.id, bedragCenten: r.bedragCenten })),
  );
  await tx.insert(boeking).values(
    demoBoekingen.map((b) => ({
      regioId,
      soort: b.soort,
      datum: b.datum,
      bedragCenten: b.bedragCenten,
      begrotingsregelId: regels.find((x) => x.code === b.code)!.id,
      uitkeringId: spuk!.id,
      documentreferentie: b.document,
      omschrijving: b.omschrijving,
    })),
  );
  const m = demoMeerjarenraming;
  await tx.insert(structureleVerplichting).values(m.verplichtingen.map((x) => ({ ...x, regioId })));
  for (const s of m.scenarios) {
    const [rij] = await tx.insert(scenario).values({ regioId, naam: s.naam, toelichting: s.toelichting }).returning({ id: scenario.id });
    await tx.insert(scenarioAanname).values(
      s.aannames.map((a) => ({ regioId, scenarioId: rij!.id, uitkeringId: spuk!.id, soort: a.soort, vanafJaar: a.vanafJaar, basispunten: 'basispunten' in a ? a.basispunten : null })),
    );
  }
}
