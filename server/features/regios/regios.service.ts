import { z } from 'zod';
import type {
  GemeenteRol,
  gemeenteToevoegenSchema,
  gemeenteUpdateSchema,
  organisatieCreateSchema,
  organisatieUpdateSchema,
  overlegorgaanCreateSchema,
  overlegorgaanLidCreateSchema,
  overlegorgaanUpdateSchema,
  regioCreateSchema,
  RegioUpdate,
} from '../../../common/contracts/regios';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { DomainError, type InvalidParam, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import { type Actor, heeftRecht } from '../toegang/rechten.rules';
import * as repo from './regios.repository';

type In<T extends z.ZodType> = z.output<T>;

/** Only the fields that really change, for a readable history ("voor" → "na"). */
export function verschil<T extends Record<string, unknown>>(voor: T, na: T) {
  const v: Record<string, unknown> = {};
  const n: Record<string, unknown> = {};
  for (const key of Object.keys(na)) {
    if (JSON.stringify(voor[key]) !== JSON.stringify(na[key])) {
      v[key] = voor[key];
      n[key] = na[key];
    }
  }
  return { voor: v, na: n, gewijzigd: Object.keys(n).length > 0 };
}

function conflictBijUniek<T>(melding: string) {
  return (error: unknown): T => {
    if (isUniekeSchending(error)) throw new DomainError('conflict', melding);
    throw error;
  };
}

// --- regio -----------------------------------------------------------------------------------

export const regiosVoor = (db: Db, actor: Actor) =>
  repo.lijstRegios(db, actor.isBeheerder ? 'alle' : [...new Set(actor.lidmaatschappen.map((l) => l.regioId))]);

export async function haalRegio(db: Db, regioId: string) {
  const r = await repo.vindRegioWeergave(db, regioId);
  if (!r) throw nietGevonden('Deze regio');
  return r;
}

export async function maakRegio(db: Db, actor: Actor, invoer: In<typeof regioCreateSchema>) {
  return db
    .transaction(async (tx) => {
      const r = await repo.maakRegio(tx, {
        naam: invoer.naam,
        omschrijving: invoer.omschrijving ?? '',
        accentkleur: invoer.accentkleur ?? null,
      });
      await schrijfAudit(tx, { regioId: r.id, actor, actie: 'aangemaakt', soort: 'regio', itemId: r.id, na: r });
      return r.id;
    })
    .catch(conflictBijUniek<string>(`Er bestaat al een regio met de naam "${invoer.naam}".`));
}

export async function wijzigRegio(db: Db, actor: Actor, regioId: string, invoer: RegioUpdate) {
  await db
    .transaction(async (tx) => {
      const voor = await repo.vindRegio(tx, regioId);
      if (!voor) throw nietGevonden('Deze regio');
      const fouten: InvalidParam[] = [];
      for (const veld of ['preferenteZorgverzekeraarId', 'tweedeZorgverzekeraarId'] as const) {
        const id = invoer[veld];
        if (!id) continue;
        const o = await repo.vindOrganisatie(tx, regioId, id);
        if (!o) fouten.push({ name: veld, code: 'onbekend', reason: 'Geen organisatie van deze regio' });
        else if (o.soort !== 'zorgverzekeraar') {
          fouten.push({ name: veld, code: 'geen-zorgverzekeraar', reason: `${o.naam} is geen zorgverzekeraar` });
        }
      }
      const pref = invoer.preferenteZorgverzekeraarId !== undefined ? invoer.preferenteZorgverzekeraarId : voor.preferenteZorgverzekeraarId;
      const tweede = invoer.tweedeZorgverzekeraarId !== undefined ? invoer.tweedeZorgverzekeraarId : voor.tweedeZorgverzekeraarId;
      if (pref && tweede && pref === tweede) {
        fouten.push({ name: 'tweedeZorgverzekeraarId', code: 'gelijk', reason: 'De tweede zorgverzekeraar moet een andere zijn dan de preferente' });
      }
      if (fouten.length) throw ongeldig(fouten);
      const na = await repo.wijzigRegio(tx, regioId, invoer);
      const d = verschil(voor, na!);
      if (d.gewijzigd) {
        await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'regio', itemId: regioId, voor: d.voor, na: d.na });
      }
    })
    .catch(conflictBijUniek<void>(`Er bestaat al een regio met de naam "${invoer.naam}".`));
  return haalRegio(db, regioId);
}

export async function verwijderRegio(db: Db, actor: Actor, regioId: string) {
  await db.transaction(async (tx) => {
    const voor = await repo.vindRegio(tx, regioId);
    if (!voor) throw nietGevonden('Deze regio');
    await repo.verwijderRegio(tx, regioId);
    await schrijfAudit(tx, { regioId: null, actor, actie: 'verwijderd', soort: 'regio', itemId: regioId, voor });
  });
}

// --- gemeenten in de regio ---------------------------------------------------------------------

const toonGemeente = (g: Awaited<ReturnType<typeof repo.vindGemeenteInRegio>> & object) => ({
  id: g.gemeenteId,
  gemeentecode: g.gemeentecode,
  naam: g.naam,
  inwoners: g.inwoners,
  rol: g.rol as GemeenteRol,
  portefeuillehouder: g.portefeuillehouder,
  toelichting: g.toelichting,
});

export async function gemeenten(db: Db, regioId: string) {
  return (await repo.gemeentenVanRegio(db, regioId)).map(toonGemeente);
}

export async function haalGemeente(db: Db, regioId: string, gemeentecode: string) {
  const g = await repo.vindGemeenteInRegio(db, regioId, gemeentecode);
  if (!g) throw nietGevonden(`Gemeente ${gemeentecode} in deze regio`);
  return toonGemeente(g);
}

async function bewaakEenMandaatgemeente(tx: Db, regioId: string, gemeentecode: string) {
  const huidige = await repo.vindMandaatgemeente(tx, regioId);
  if (huidige && huidige.gemeentecode !== gemeentecode) {
    throw new DomainError(
      'conflict',
      `Deze regio heeft al een mandaatgemeente: ${huidige.naam} (${huidige.gemeentecode}). ` +
        'Een regio heeft precies één mandaatgemeente; geef eerst die gemeente een andere rol.',
      [{ name: 'rol', code: 'tweede-mandaatgemeente', reason: `${huidige.naam} is al mandaatgemeente` }],
    );
  }
}

export async function voegGemeenteToe(db: Db, actor: Actor, regioId: string, invoer: In<typeof gemeenteToevoegenSchema>) {
  await db.transaction(async (tx) => {
    const register = await repo.vindRegisterGemeente(tx, invoer.gemeentecode);
    if (!register) {
      throw ongeldig([
        { name: 'gemeentecode', code: 'onbekend', reason: `${invoer.gemeentecode} staat niet in het gemeenteregister; importeer eerst de CBS-lijst` },
      ]);
    }
    if (await repo.vindGemeenteInRegio(tx, regioId, invoer.gemeentecode)) {
      throw new DomainError('conflict', `${register.naam} (${invoer.gemeentecode}) hoort al bij deze regio.`);
    }
    if (invoer.rol === 'mandaatgemeente') await bewaakEenMandaatgemeente(tx, regioId, invoer.gemeentecode);
    await repo.voegGemeenteToe(tx, regioId, {
      gemeenteId: register.id,
      rol: invoer.rol,
      portefeuillehouder: invoer.portefeuillehouder ?? '',
      toelichting: invoer.toelichting ?? '',
    });
    const na = await repo.vindGemeenteInRegio(tx, regioId, invoer.gemeentecode);
    await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'gemeente', itemId: invoer.gemeentecode, na: toonGemeente(na!) });
  });
  return haalGemeente(db, regioId, invoer.gemeentecode);
}

export async function wijzigGemeente(
  db: Db,
  actor: Actor,
  regioId: string,
  gemeentecode: string,
  invoer: In<typeof gemeenteUpdateSchema>,
) {
  await db.transaction(async (tx) => {
    const voor = await repo.vindGemeenteInRegio(tx, regioId, gemeentecode);
    if (!voor) throw nietGevonden(`Gemeente ${gemeentecode} in deze regio`);
    // A municipal officer edits its own municipality only (DOMAIN.md §1).
    if (!heeftRecht(actor, regioId, 'gemeente.bewerken', { gemeenteId: voor.gemeenteId })) {
      throw new DomainError('geen-toegang', `U mag alleen de gegevens van uw eigen gemeente bewerken, niet die van ${voor.naam}.`);
    }
    if (invoer.rol !== undefined && invoer.rol !== voor.rol) {
      if (!heeftRecht(actor, regioId, 'gemeente.rol-bewerken', { gemeenteId: voor.gemeenteId })) {
        throw new DomainError('geen-toegang', 'Alleen de regiocoördinator wijzigt de rol van een gemeente in de regio.');
      }
      if (invoer.rol === 'mandaatgemeente') await bewaakEenMandaatgemeente(tx, regioId, gemeentecode);
    }
    await repo.wijzigGemeenteInRegio(tx, regioId, voor.id, invoer);
    const na = await repo.vindGemeenteInRegio(tx, regioId, gemeentecode);
    const d = verschil(toonGemeente(voor), toonGemeente(na!));
    if (d.gewijzigd) {
      await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'gemeente', itemId: gemeentecode, voor: d.voor, na: d.na });
    }
  });
  return haalGemeente(db, regioId, gemeentecode);
}

export async function verwijderGemeente(db: Db, actor: Actor, regioId: string, gemeentecode: string) {
  await db.transaction(async (tx) => {
    const voor = await repo.vindGemeenteInRegio(tx, regioId, gemeentecode);
    if (!voor) throw nietGevonden(`Gemeente ${gemeentecode} in deze regio`);
    const verwijzingen = await repo.verwijzingenNaarGemeente(tx, regioId, voor.gemeenteId);
    if (verwijzingen.length) {
      throw new DomainError('conflict', `${voor.naam} kan niet uit de regio: er verwijzen nog ${verwijzingen.join(', ')} naar deze gemeente.`);
    }
    await repo.verwijderGemeenteUitRegio(tx, regioId, voor.id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'gemeente', itemId: gemeentecode, voor: toonGemeente(voor) });
  });
}

// --- organisaties ----------------------------------------------------------------------------

export async function organisaties(db: Db, regioId: string) {
  return (await repo.organisatiesVanRegio(db, regioId)).map((o) => ({ ...o, soort: o.soort as never }));
}

export async function haalOrganisatie(db: Db, regioId: string, id: string) {
  const o = await repo.vindOrganisatie(db, regioId, id);
  if (!o) throw nietGevonden('Deze organisatie');
  return o;
}

export async function maakOrganisatie(db: Db, actor: Actor, regioId: string, invoer: In<typeof organisatieCreateSchema>) {
  return db
    .transaction(async (tx) => {
      const o = await repo.maakOrganisatie(tx, regioId, {
        naam: invoer.naam,
        soort: invoer.soort,
        website: invoer.website ?? null,
        omschrijving: invoer.omschrijving ?? '',
      });
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'organisatie', itemId: o.id, na: o });
      return o;
    })
    .catch(conflictBijUniek<never>(`Er bestaat in deze regio al een organisatie met de naam "${invoer.naam}".`));
}

export async function wijzigOrganisatie(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof organisatieUpdateSchema>) {
  return db
    .transaction(async (tx) => {
      const voor = await repo.vindOrganisatie(tx, regioId, id);
      if (!voor) throw nietGevonden('Deze organisatie');
      if (!heeftRecht(actor, regioId, 'organisaties.bewerken', { organisatieId: id })) {
        throw new DomainError('geen-toegang', 'Als partner bewerkt u alleen uw eigen organisatie.');
      }
      const na = (await repo.wijzigOrganisatie(tx, regioId, id, invoer))!;
      const d = verschil(voor, na);
      if (d.gewijzigd) {
        await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'organisatie', itemId: id, voor: d.voor, na: d.na });
      }
      return na;
    })
    .catch(conflictBijUniek<never>(`Er bestaat in deze regio al een organisatie met de naam "${invoer.naam}".`));
}

export async function verwijderOrganisatie(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const voor = await repo.vindOrganisatie(tx, regioId, id);
    if (!voor) throw nietGevonden('Deze organisatie');
    const verwijzingen = await repo.verwijzingenNaarOrganisatie(tx, regioId, id);
    if (verwijzingen.length) throw new DomainError('conflict', `${voor.naam} kan niet worden verwijderd: er verwijzen nog ${verwijzingen.join(' en ')} naar.`);
    await repo.verwijderOrganisatie(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'organisatie', itemId: id, voor });
  });
}

// --- overlegorganen --------------------------------------------------------------------------

type OrgaanRij = NonNullable<Awaited<ReturnType<typeof repo.vindOverlegorgaan>>>;

const toonOrgaan = (o: OrgaanRij, aantalLeden: number) => ({
  id: o.id,
  naam: o.naam,
  soort: o.soort as never,
  omschrijving: o.omschrijving,
  besluitregels: {
    consensusEerst: o.consensusEerst,
    quorumBasispunten: o.quorumBasispunten,
    meerderheidBasispunten: o.meerderheidBasispunten,
    bronBesluitregels: o.bronBesluitregels,
    herverdelingsmandaatBasispunten: o.herverdelingsmandaatBasispunten,
  },
  aantalLeden,
});

export async function overlegorganen(db: Db, regioId: string) {
  return (await repo.overlegorganenVanRegio(db, regioId)).map((o) => toonOrgaan(o, o.aantalLeden));
}

export async function haalOverlegorgaan(db: Db, regioId: string, id: string) {
  const o = await repo.vindOverlegorgaan(db, regioId, id);
  if (!o) throw nietGevonden('Dit overlegorgaan');
  const leden = await repo.ledenVanOverlegorgaan(db, regioId, id);
  return {
    ...toonOrgaan(o, leden.length),
    leden: leden.map((l) => ({
      id: l.id,
      naam: l.naam,
      functie: l.functie,
      rol: l.rol as never,
      stemgerechtigd: l.stemgerechtigd,
      gemeente: l.gemeentecode ? { gemeentecode: l.gemeentecode, naam: l.gemeenteNaam! } : null,
      organisatie: l.organisatieId ? { id: l.organisatieId, naam: l.organisatieNaam! } : null,
    })),
  };
}

const orgaanWaarden = (invoer: In<typeof overlegorgaanUpdateSchema>) => ({
  ...(invoer.naam !== undefined && { naam: invoer.naam }),
  ...(invoer.soort !== undefined && { soort: invoer.soort }),
  ...(invoer.omschrijving !== undefined && { omschrijving: invoer.omschrijving }),
  ...invoer.besluitregels,
});

export async function maakOverlegorgaan(db: Db, actor: Actor, regioId: string, invoer: In<typeof overlegorgaanCreateSchema>) {
  const id = await db
    .transaction(async (tx) => {
      const o = await repo.maakOverlegorgaan(tx, regioId, { ...orgaanWaarden(invoer), naam: invoer.naam, soort: invoer.soort });
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'overlegorgaan', itemId: o.id, na: toonOrgaan(o, 0) });
      return o.id;
    })
    .catch(conflictBijUniek<string>(`Er bestaat in deze regio al een overlegorgaan met de naam "${invoer.naam}".`));
  return haalOverlegorgaan(db, regioId, id);
}

export async function wijzigOverlegorgaan(db: Db, actor: Actor, regioId: string, id: string, invoer: In<typeof overlegorgaanUpdateSchema>) {
  await db
    .transaction(async (tx) => {
      const voor = await repo.vindOverlegorgaan(tx, regioId, id);
      if (!voor) throw nietGevonden('Dit overlegorgaan');
      const na = (await repo.wijzigOverlegorgaan(tx, regioId, id, orgaanWaarden(invoer)))!;
      const d = verschil(toonOrgaan(voor, 0), toonOrgaan(na, 0));
      if (d.gewijzigd) {
        await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'overlegorgaan', itemId: id, voor: d.voor, na: d.na });
      }
    })
    .catch(conflictBijUniek<void>(`Er bestaat in deze regio al een overlegorgaan met de naam "${invoer.naam}".`));
  return haalOverlegorgaan(db, regioId, id);
}

export async function verwijderOverlegorgaan(db: Db, actor: Actor, regioId: string, id: string) {
  await db.transaction(async (tx) => {
    const voor = await repo.vindOverlegorgaan(tx, regioId, id);
    if (!voor) throw nietGevonden('Dit overlegorgaan');
    // Its decisions stay traceable (DOMAIN.md §5: every budget change refers to its decision).
    const verwijzingen = await repo.verwijzingenNaarOverlegorgaan(tx, regioId, id);
    if (verwijzingen.length) throw new DomainError('conflict', `${voor.naam} heeft besluiten genomen (${verwijzingen.join(' en ')}) en blijft daarom bewaard.`);
    await repo.verwijderOverlegorgaan(tx, regioId, id);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'overlegorgaan', itemId: id, voor: toonOrgaan(voor, 0) });
  });
}

async function lidWaarden(tx: Db, regioId: string, invoer: In<typeof overlegorgaanLidCreateSchema>) {
  const fouten: InvalidParam[] = [];
  let gemeenteId: string | null | undefined;
  if (invoer.gemeentecode !== undefined) {
    if (invoer.gemeentecode === null) gemeenteId = null;
    else {
      const g = await repo.vindGemeenteInRegio(tx, regioId, invoer.gemeentecode);
      if (!g) fouten.push({ name: 'gemeentecode', code: 'onbekend', reason: `${invoer.gemeentecode} is geen gemeente van deze regio` });
      else gemeenteId = g.gemeenteId;
    }
  }
  if (invoer.organisatieId) {
    if (!(await repo.vindOrganisatie(tx, regioId, invoer.organisatieId))) {
      fouten.push({ name: 'organisatieId', code: 'onbekend', reason: 'Geen organisatie van deze regio' });
    }
  }
  if (fouten.length) throw ongeldig(fouten);
  return {
    ...(invoer.naam !== undefined && { naam: invoer.naam }),
    ...(invoer.functie !== undefined && { functie: invoer.functie }),
    ...(invoer.rol !== undefined && { rol: invoer.rol }),
    ...(invoer.stemgerechtigd !== undefined && { stemgerechtigd: invoer.stemgerechtigd }),
    ...(gemeenteId !== undefined && { gemeenteId }),
    ...(invoer.organisatieId !== undefined && { organisatieId: invoer.organisatieId }),
  };
}

const geenLeegLid = () =>
  ongeldig([
    { name: 'naam', code: 'verplicht', reason: 'Een lid is een persoon (naam) of de zetel van een gemeente (gemeentecode)' },
    { name: 'gemeentecode', code: 'verplicht', reason: 'Een lid is een persoon (naam) of de zetel van een gemeente (gemeentecode)' },
  ]);

export async function voegLidToe(db: Db, actor: Actor, regioId: string, orgaanId: string, invoer: In<typeof overlegorgaanLidCreateSchema>) {
  await db
    .transaction(async (tx) => {
      if (!(await repo.vindOverlegorgaan(tx, regioId, orgaanId))) throw nietGevonden('Dit overlegorgaan');
      const waarden = await lidWaarden(tx, regioId, invoer);
      if (!waarden.gemeenteId && !waarden.naam) throw geenLeegLid();
      const lid = await repo.maakLid(tx, regioId, { ...waarden, overlegorgaanId: orgaanId });
      await schrijfAudit(tx, { regioId, actor, actie: 'aangemaakt', soort: 'overlegorgaan-lid', itemId: lid.id, na: lid });
    })
    .catch(conflictBijUniek<void>('Deze gemeente heeft al een zetel in dit overlegorgaan.'));
  return haalOverlegorgaan(db, regioId, orgaanId);
}

export async function wijzigLid(db: Db, actor: Actor, regioId: string, orgaanId: string, lidId: string, invoer: In<typeof overlegorgaanLidCreateSchema>) {
  await db
    .transaction(async (tx) => {
      const voor = await repo.vindLid(tx, regioId, orgaanId, lidId);
      if (!voor) throw nietGevonden('Dit lid');
      const waarden = await lidWaarden(tx, regioId, invoer);
      const nieuw = { ...voor, ...waarden };
      if (!nieuw.gemeenteId && !nieuw.naam) throw geenLeegLid();
      const na = (await repo.wijzigLid(tx, regioId, lidId, waarden))!;
      const d = verschil(voor, na);
      if (d.gewijzigd) {
        await schrijfAudit(tx, { regioId, actor, actie: 'gewijzigd', soort: 'overlegorgaan-lid', itemId: lidId, voor: d.voor, na: d.na });
      }
    })
    .catch(conflictBijUniek<void>('Deze gemeente heeft al een zetel in dit overlegorgaan.'));
  return haalOverlegorgaan(db, regioId, orgaanId);
}

export async function verwijderLid(db: Db, actor: Actor, regioId: string, orgaanId: string, lidId: string) {
  await db.transaction(async (tx) => {
    const voor = await repo.vindLid(tx, regioId, orgaanId, lidId);
    if (!voor) throw nietGevonden('Dit lid');
    const verwijzingen = await repo.verwijzingenNaarLid(tx, regioId, lidId);
    if (verwijzingen.length) throw new DomainError('conflict', `Deze zetel kan niet worden verwijderd: er verwijzen nog ${verwijzingen.join(' en ')} naar.`);
    await repo.verwijderLid(tx, regioId, lidId);
    await schrijfAudit(tx, { regioId, actor, actie: 'verwijderd', soort: 'overlegorgaan-lid', itemId: lidId, voor });
  });
}
