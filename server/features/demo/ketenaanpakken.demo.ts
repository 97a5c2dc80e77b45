import type { Db } from '../../db/client';
import { schrijfAudit } from '../historie/historie.repository';
import * as repo from '../ketenaanpakken/ketenaanpakken.repository';
import { zorgVoorKetenaanpakken } from '../ketenaanpakken/ketenaanpakken.service';
import type { KetenaanpakNiveau } from '../../../common/contracts/ketenaanpakken';

const noordLimburg = ['GM0889', 'GM0893', 'GM0907', 'GM1507', 'GM1894', 'GM0983', 'GM0984'];
const middenLimburg = ['GM1711', 'GM1640', 'GM1641', 'GM0946', 'GM1669', 'GM0957', 'GM0988'];
const illustratief = 'Welke gemeenten dit zijn is illustratief gekozen; DOMAIN.md noemt geen namen.';
const illustratiefVerdeeld = 'Welke gemeenten lokaal en welke in voorbereiding zijn is illustratief gekozen.';

interface DemoRij {
  niveau: KetenaanpakNiveau;
  ggd?: boolean;
  coordinatorNaam?: string;
  interventie?: string;
  verwijsroutes?: string;
  notities?: string;
}

/** Per approach code: per CBS code the row to store. Municipalities left out stay "niet gestart". */
function demoRijen(): Record<string, Record<string, DemoRij>> {
  const alle = [...noordLimburg, ...middenLimburg];
  const per = (codes: string[], rij: DemoRij) => Object.fromEntries(codes.map((c) => [c, rij]));
  return {
    'kansrijke-start': per(alle, {
      niveau: 'regionaal',
      ggd: true,
      coordinatorNaam: 'ketenregisseur Kansrijke start GGD',
      interventie: 'Regionale coalitie Kansrijke start',
      verwijsroutes: 'Verloskundige, kraamzorg en jeugdgezondheidszorg signaleren en verwijzen naar het lokale sociaal team.',
      notities: 'Regionaal onder regie van de GGD (stand 2024).',
    }),
    valpreventie: {
      ...per(noordLimburg, {
        niveau: 'regionaal',
        interventie: 'Erkend valpreventieprogramma',
        verwijsroutes: 'Huisarts en fysiotherapeut verwijzen na een valrisicotest naar het programma.',
        notities: 'Regionaal in Noord-Limburg (stand 2024).',
      }),
      ...per(['GM0957', 'GM0988', 'GM1711'], {
        niveau: 'lokaal',
        interventie: 'Erkend valpreventieprogramma',
        notities: `Lokaal in Midden-Limburg (stand 2024). ${illustratiefVerdeeld}`,
      }),
      ...per(['GM1640', 'GM1641', 'GM0946', 'GM1669'], {
        niveau: 'in-voorbereiding',
        notities: `In voorbereiding in Midden-Limburg (stand 2024). ${illustratiefVerdeeld}`,
      }),
    },
    'overgewicht-kinderen': per(['GM0983', 'GM0957', 'GM0988', 'GM1507'], {
      niveau: 'lokaal',
      interventie: 'Keigezond Limburg',
      verwijsroutes: 'Jeugdarts of huisarts verwijst naar de centrale zorgverlener.',
      notities: `Opgepakt in enkele gemeenten via Keigezond Limburg (stand 2024). ${illustratief}`,
    }),
    gli: per(['GM0889', 'GM0893', 'GM0907', 'GM1507', 'GM1894', 'GM0983', 'GM0984', 'GM1640', 'GM0957', 'GM0988'], {
      niveau: 'lokaal',
      interventie: 'Healthy Life',
      verwijsroutes: 'De huisarts verwijst naar een leefstijlcoach; vergoed uit het basispakket.',
      notities: `In veel gemeenten via Healthy Life (stand 2024). ${illustratief}`,
    }),
    'welzijn-op-recept': {
      ...per(noordLimburg, {
        niveau: 'regionaal',
        interventie: 'Welzijn op Recept',
        verwijsroutes: 'Huisarts of praktijkondersteuner verwijst naar een welzijnscoach.',
        notities: 'Regionaal in Noord-Limburg (stand 2024).',
      }),
      ...per(middenLimburg, {
        niveau: 'lokaal',
        interventie: 'Welzijn op Recept',
        verwijsroutes: 'Huisarts of praktijkondersteuner verwijst naar de lokale welzijnsorganisatie.',
        notities: 'Lokaal in Midden-Limburg (stand 2024).',
      }),
    },
  };
}

/** The demo region's chain approaches (DOMAIN.md §9, real 2024 state). Runs inside the demo transaction when the region is created. */
export async function laadKetenaanpakkenDemo(tx: Db, regioId: string, gemeenteIds: Map<string, string>): Promise<void> {
  await zorgVoorKetenaanpakken(tx);
  const aanpakken = new Map((await repo.ketenaanpakken(tx)).map((a) => [a.code, a]));
  const ggd = (await repo.organisatiesVanRegio(tx, regioId)).find((o) => o.naam === 'GGD Limburg-Noord');
  for (const [code, perGemeente] of Object.entries(demoRijen())) {
    const aanpak = aanpakken.get(code)!;
    for (const [gemeentecode, d] of Object.entries(perGemeente)) {
      const gemeenteId = gemeenteIds.get(gemeentecode)!;
      const rij = await repo.zetRij(tx, regioId, aanpak.id, gemeenteId, {
        niveau: d.niveau,
        coordinatorOrganisatieId: d.ggd && ggd ? ggd.id : null,
        coordinatorNaam: d.coordinatorNaam ?? '',
        interventie: d.interventie ?? '',
        verwijsroutes: d.verwijsroutes ?? '',
        notities: d.notities ?? '',
      });
      await schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort: 'ketenaanpak-gemeente', itemId: rij.id, omschrijving: 'demo geladen', na: { ketenaanpak: aanpak.naam, gemeentecode, ...d } });
    }
  }
}
