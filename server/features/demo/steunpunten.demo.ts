import type { Db } from '../../db/client';
import { organisatie } from '../../db/schema/index';
import { and, eq } from 'drizzle-orm';
import { schrijfAudit } from '../historie/historie.repository';
import * as repo from '../steunpunten/steunpunten.repository';

/**
 * Illustrative support points: DOMAIN.md names no locations or addresses, so names, streets and
 * hours are made up and say so. Six municipalities (Venray among them) are left without a point
 * open to all, so the region's coverage is visibly below 100 %.
 */
const punten: { gemeentecode: string; naam: string; postcode: string; plaats: string; open: boolean; doelgroepen: string[]; ggd?: boolean }[] = [
  { gemeentecode: 'GM0983', naam: 'Steunpunt De Ontmoeting Venlo', postcode: '5911 AA', plaats: 'Venlo', open: true, doelgroepen: ['volwassenen', 'mantelzorgers'] },
  { gemeentecode: 'GM0983', naam: 'Jongerenpunt Venlo', postcode: '5911 AB', plaats: 'Venlo', open: false, doelgroepen: ['jongeren van 16 tot 27 jaar'], ggd: true },
  { gemeentecode: 'GM0957', naam: 'Steunpunt Roermond', postcode: '6041 AA', plaats: 'Roermond', open: true, doelgroepen: ['volwassenen'] },
  { gemeentecode: 'GM0988', naam: 'Steunpunt Weert', postcode: '6001 AA', plaats: 'Weert', open: true, doelgroepen: ['volwassenen', 'ouderen'] },
  { gemeentecode: 'GM1507', naam: 'Steunpunt Horst', postcode: '5961 AA', plaats: 'Horst', open: true, doelgroepen: ['volwassenen'] },
  { gemeentecode: 'GM1894', naam: 'Steunpunt Panningen', postcode: '5981 AA', plaats: 'Panningen', open: true, doelgroepen: ['volwassenen'] },
  { gemeentecode: 'GM0907', naam: 'Steunpunt Gennep', postcode: '6591 AA', plaats: 'Gennep', open: true, doelgroepen: ['volwassenen'] },
  { gemeentecode: 'GM1640', naam: 'Steunpunt Heythuysen', postcode: '6093 AA', plaats: 'Heythuysen', open: true, doelgroepen: ['volwassenen'] },
  { gemeentecode: 'GM1711', naam: 'Steunpunt Echt', postcode: '6101 AA', plaats: 'Echt', open: true, doelgroepen: ['volwassenen'] },
  { gemeentecode: 'GM0889', naam: 'Inloop op verwijzing Reuver', postcode: '5953 AA', plaats: 'Reuver', open: false, doelgroepen: ['inwoners met een verwijzing van huisarts of sociaal team'] },
];

/** The demo region's support points. Runs inside the demo transaction when the region is created. */
export async function laadSteunpuntenDemo(tx: Db, regioId: string, gemeenteIds: Map<string, string>): Promise<void> {
  const [ggd] = await tx.select({ id: organisatie.id }).from(organisatie).where(and(eq(organisatie.regioId, regioId), eq(organisatie.naam, 'GGD Limburg-Noord')));
  for (const [i, p] of punten.entries()) {
    const gemeenteId = gemeenteIds.get(p.gemeentecode);
    if (!gemeenteId) continue;
    const waarden = {
      naam: `${p.naam} (illustratief)`,
      straat: 'Voorbeeldstraat',
      huisnummer: String(i + 1),
      postcode: p.postcode,
      plaats: p.plaats,
      gemeenteId,
      exploitantOrganisatieId: p.ggd && ggd ? ggd.id : null,
      exploitantNaam: p.ggd ? '' : 'Lokale welzijnsorganisatie (illustratief)',
      doelgroepen: p.doelgroepen,
      openVoorIedereen: p.open,
      openingstijden: p.open ? 'Maandag tot en met vrijdag 10.00–16.00 uur, zonder afspraak (illustratief)' : 'Op afspraak (illustratief)',
      telefoon: null,
      email: null,
      website: null,
      openbaar: p.open,
    };
    const id = await repo.maak(tx, regioId, waarden);
    await schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort: 'steunpunt', itemId: id, omschrijving: 'demo geladen', na: { ...waarden, gemeente: p.gemeentecode } });
  }
}
