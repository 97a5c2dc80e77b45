import type { Overzicht } from '../../../common/contracts/overzicht';
import { vandaagInNederland } from '../../../common/voortgang';
import type { Db } from '../../db/client';
import { laatsteEvaluaties } from '../indicatoren/indicatoren.stand';
import { laatste } from '../voortgangsrapportages/voortgangsrapportages.service';
import { aandachtspunten, nietGehaald, telAfspraken, volgendeMijlpalen } from './overzicht.rules';
import { inMomentopname, leesDelen } from './regiostand';

/**
 * The region overview: the live state, summarised. Read in one snapshot like a report, from the
 * same services, so the page and a report frozen at the same moment agree.
 */
export async function overzicht(db: Db, regioId: string, vandaag = vandaagInNederland()): Promise<Overzicht> {
  return inMomentopname(db, async (tx) => {
    const [{ regio, afspraken, ketenaanpakken, dekking, mijlpalen, financien }, evaluaties, laatsteRapportage] = await Promise.all([
      leesDelen(tx, regioId, vandaag, Number(vandaag.slice(0, 4))),
      laatsteEvaluaties(tx, regioId, vandaag),
      laatste(tx, regioId),
    ]);
    const indicatorenNietGehaald = nietGehaald(evaluaties);
    return {
      regio,
      peildatum: vandaag,
      aantallen: {
        afspraken: telAfspraken(afspraken),
        mijlpalenVerlopen: mijlpalen.filter((m) => m.verlopen).length,
        mijlpalenVertraagd: mijlpalen.filter((m) => m.status === 'vertraagd').length,
        indicatorenNietGehaald: indicatorenNietGehaald.length,
      },
      aandachtspunten: aandachtspunten(afspraken, mijlpalen),
      ketenaanpakken,
      dekking,
      indicatorenNietGehaald,
      volgendeMijlpalen: volgendeMijlpalen(mijlpalen, vandaag),
      laatsteRapportage,
      financien: financien && {
        jaar: financien.jaar,
        begrootCenten: financien.totaal.begrootCenten,
        verplichtCenten: financien.totaal.verplichtCenten,
        uitgegevenCenten: financien.totaal.uitgegevenCenten,
      },
    };
  });
}
