import {
  type KetenaanpakCel,
  type KetenaanpakGemeente,
  type KetenaanpakNiveau,
} from '../../../common/contracts/ketenaanpakken';

/** The five chain approaches of the IZA (DOMAIN.md §9), in the accord's order. */
export const ketenaanpakkenVanHetIza = [
  { code: 'kansrijke-start', naam: 'Kansrijke start', omschrijving: 'Een goede start voor ieder kind: de eerste 1000 dagen, van kinderwens tot tweede verjaardag.' },
  { code: 'valpreventie', naam: 'Valpreventie bij ouderen', omschrijving: 'Valrisico van thuiswonende ouderen signaleren en verminderen met erkende valpreventieprogramma’s.' },
  { code: 'overgewicht-kinderen', naam: 'Aanpak overgewicht en obesitas bij kinderen', omschrijving: 'Integrale aanpak met een centrale zorgverlener rond kinderen met overgewicht of obesitas.' },
  { code: 'gli', naam: 'Gecombineerde leefstijlinterventie (GLI) bij volwassenen', omschrijving: 'Begeleiding naar een gezonde leefstijl voor volwassenen met overgewicht, vergoed uit het basispakket.' },
  { code: 'welzijn-op-recept', naam: 'Welzijn op recept', omschrijving: 'De huisarts of praktijkondersteuner verwijst mensen met psychosociale klachten naar welzijn.' },
] as const;

/** A matrix cell as stored, or only its coordinates when nothing was stored (a left join). */
export interface MatrixRij {
  ketenaanpakId: string;
  gemeentecode: string;
  gemeenteNaam: string;
  id: string | null;
  niveau: string | null;
  coordinatorId: string | null;
  coordinatorOrganisatie: string | null;
  coordinatorNaam: string | null;
  interventie: string | null;
  verwijsroutes: string | null;
  notities: string | null;
  bijgewerktOp: Date | string | null;
}

/** The coordinates of a pair nobody stored anything for. */
export const legeRij = (ketenaanpakId: string, gemeentecode: string, gemeenteNaam: string): MatrixRij => ({
  ketenaanpakId,
  gemeentecode,
  gemeenteNaam,
  id: null,
  niveau: null,
  coordinatorId: null,
  coordinatorOrganisatie: null,
  coordinatorNaam: null,
  interventie: null,
  verwijsroutes: null,
  notities: null,
  bijgewerktOp: null,
});

/** A cell: what was stored, or "niet gestart" with empty fields for a municipality nobody set yet. */
export function celVan(r: MatrixRij): KetenaanpakCel {
  const opgeslagen = r.id !== null;
  return {
    ketenaanpakId: r.ketenaanpakId,
    gemeentecode: r.gemeentecode,
    niveau: (r.niveau ?? 'niet-gestart') as KetenaanpakNiveau,
    coordinator: r.coordinatorId && r.coordinatorOrganisatie ? { id: r.coordinatorId, naam: r.coordinatorOrganisatie } : null,
    coordinatorNaam: r.coordinatorNaam ?? '',
    interventie: r.interventie ?? '',
    verwijsroutes: r.verwijsroutes ?? '',
    notities: r.notities ?? '',
    opgeslagen,
    id: r.id,
    bijgewerktOp: r.bijgewerktOp === null ? null : new Date(r.bijgewerktOp).toISOString(),
  };
}

/**
 * Municipalities (by name) as rows, approaches (in the given order) as cells. Every pair gets a
 * cell, so a pair missing from the rows still shows as "niet gestart".
 */
export function bouwMatrix(
  ketenaanpakIds: readonly string[],
  gemeenten: ReadonlyArray<{ gemeentecode: string; naam: string }>,
  rijen: readonly MatrixRij[],
): KetenaanpakGemeente[] {
  const perPaar = new Map(rijen.map((r) => [`${r.gemeentecode}|${r.ketenaanpakId}`, r]));
  return [...gemeenten]
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map((g) => ({
      gemeentecode: g.gemeentecode,
      naam: g.naam,
      cellen: ketenaanpakIds.map((ketenaanpakId) =>
        celVan(perPaar.get(`${g.gemeentecode}|${ketenaanpakId}`) ?? legeRij(ketenaanpakId, g.gemeentecode, g.naam)),
      ),
    }));
}
