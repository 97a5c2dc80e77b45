import {
  type KetenaanpakCel,
  type KetenaanpakCelUpdate,
  ketenaanpakNiveauLabels,
  type KetenaanpakkenMatrix,
} from '../../../common/contracts/ketenaanpakken';
import type { Db } from '../../db/client';
import { DomainError, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import { type Actor, heeftRecht } from '../toegang/rechten.rules';
import { bouwMatrix, celVan, ketenaanpakkenVanHetIza } from './ketenaanpak.rules';
import * as repo from './ketenaanpakken.repository';

/**
 * Makes sure the five IZA approaches exist (national reference data). Idempotent: run at start and
 * by the demo; only what it adds is written, and audited as the system's.
 */
export async function zorgVoorKetenaanpakken(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const a of await repo.voegOntbrekendeToe(tx, ketenaanpakkenVanHetIza)) {
      await schrijfAudit(tx, { regioId: null, actor: null, actie: 'aangemaakt', soort: 'ketenaanpak', itemId: a.id, omschrijving: a.naam, na: a });
    }
  });
}

export async function matrix(db: Db, regioId: string): Promise<KetenaanpakkenMatrix> {
  const [aanpakken, rijen] = await Promise.all([repo.ketenaanpakken(db), repo.matrixRijen(db, regioId)]);
  const gemeenten = new Map(rijen.map((r) => [r.gemeentecode, { gemeentecode: r.gemeentecode, naam: r.gemeenteNaam }]));
  return {
    ketenaanpakken: aanpakken,
    gemeenten: bouwMatrix(
      aanpakken.map((a) => a.id),
      [...gemeenten.values()],
      rijen,
    ),
  };
}

/**
 * Sets one municipality's row of one approach. Who may: the coordinator for every row; a
 * municipality's officer for its own municipality; a partner for rows it coordinates — before and
 * after the change, so a partner can neither take over another's row nor hand its own away.
 */
export async function zetCel(
  db: Db,
  actor: Actor,
  regioId: string,
  ketenaanpakId: string,
  gemeentecode: string,
  invoer: KetenaanpakCelUpdate,
): Promise<KetenaanpakCel> {
  return db.transaction(async (tx) => {
    const aanpak = await repo.vindKetenaanpak(tx, ketenaanpakId);
    if (!aanpak) throw nietGevonden('Deze ketenaanpak');
    const gemeente = await repo.vindGemeenteInRegio(tx, regioId, gemeentecode);
    if (!gemeente) throw new DomainError('niet-gevonden', `Gemeente ${gemeentecode} hoort niet bij deze regio.`);
    const voor = await repo.vergrendelRij(tx, regioId, ketenaanpakId, gemeente.gemeenteId);

    const recht = (organisatieId: string | null) =>
      heeftRecht(actor, regioId, 'ketenaanpakken.bewerken', { gemeenteId: gemeente.gemeenteId, organisatieId });
    if (!recht(voor?.coordinatorOrganisatieId ?? null)) {
      throw new DomainError(
        'geen-toegang',
        `U kunt ${aanpak.naam} in ${gemeente.naam} niet wijzigen: dat kan de regiocoördinator, de beleidsadviseur van ${gemeente.naam} en de organisatie die deze aanpak daar coördineert.`,
      );
    }

    const coordinatorOrganisatieId = invoer.coordinatorOrganisatieId ?? null;
    const coordinator = coordinatorOrganisatieId === null ? undefined : await repo.vindOrganisatie(tx, regioId, coordinatorOrganisatieId);
    if (coordinatorOrganisatieId !== null && !coordinator) {
      throw ongeldig([{ name: 'coordinatorOrganisatieId', code: 'onbekend', reason: 'Deze organisatie hoort niet bij de regio; kies een organisatie van de regio' }]);
    }
    if (!recht(coordinatorOrganisatieId)) {
      throw new DomainError(
        'geen-toegang',
        `U coördineert ${aanpak.naam} in ${gemeente.naam} en kunt de coördinatie niet aan een andere organisatie overdragen; dat kan de regiocoördinator of de beleidsadviseur van ${gemeente.naam}.`,
      );
    }

    const rij = await repo.zetRij(tx, regioId, ketenaanpakId, gemeente.gemeenteId, {
      niveau: invoer.niveau,
      coordinatorOrganisatieId,
      coordinatorNaam: invoer.coordinatorNaam ?? '',
      interventie: invoer.interventie ?? '',
      verwijsroutes: invoer.verwijsroutes ?? '',
      notities: invoer.notities ?? '',
    });
    const cel = celVan({
      ...rij,
      gemeentecode: gemeente.gemeentecode,
      gemeenteNaam: gemeente.naam,
      coordinatorId: coordinator?.id ?? null,
      coordinatorOrganisatie: coordinator?.naam ?? null,
    });
    const vastleggen = (r: typeof voor, org: string | null) =>
      r && {
        ketenaanpak: aanpak.naam,
        gemeente: gemeente.naam,
        niveau: ketenaanpakNiveauLabels[r.niveau as keyof typeof ketenaanpakNiveauLabels] ?? r.niveau,
        coordinator: org,
        coordinatorNaam: r.coordinatorNaam,
        interventie: r.interventie,
        verwijsroutes: r.verwijsroutes,
        notities: r.notities,
      };
    const voorOrganisatie = voor?.coordinatorOrganisatieId ? ((await repo.vindOrganisatie(tx, regioId, voor.coordinatorOrganisatieId))?.naam ?? null) : null;
    await schrijfAudit(tx, {
      regioId,
      actor,
      actie: voor ? 'gewijzigd' : 'aangemaakt',
      soort: 'ketenaanpak-gemeente',
      itemId: rij.id,
      omschrijving: `${aanpak.naam} in ${gemeente.naam}: ${ketenaanpakNiveauLabels[invoer.niveau]}`,
      voor: vastleggen(voor, voorOrganisatie) ?? undefined,
      na: vastleggen(rij, coordinator?.naam ?? null),
    });
    return cel;
  });
}
