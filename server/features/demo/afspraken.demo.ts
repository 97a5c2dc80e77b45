import { and, eq } from 'drizzle-orm';
import type { AfspraakStatus } from '../../../common/contracts/afspraken';
import type { Db } from '../../db/client';
import { afspraak, afspraakStatus, akkoord, organisatie } from '../../db/schema/index';
import { schrijfAudit } from '../historie/historie.repository';

interface DemoStatus {
  code: string;
  status: AfspraakStatus;
  eigenaar?: string;
  gemeentecode?: string;
  organisatie?: string;
  bewijs?: string;
  toelichting: string;
}

// Facts from DOMAIN.md §5, §7, §9 where they exist; what is invented says so in its toelichting.
const statussen: DemoStatus[] = [
  {
    code: 'RS-1',
    status: 'in-uitvoering',
    organisatie: 'VGZ',
    eigenaar: 'Projectbureau IZA',
    toelichting: 'Illustratief: de afspraken met de preferente zorgverzekeraar zijn nog niet gesloten.',
  },
  {
    code: 'RS-2',
    status: 'gerealiseerd',
    gemeentecode: 'GM0983',
    bewijs: 'Het PHO stelde op 20 maart 2024 het uitvoeringsplan met de begroting 2024 vast; het regioplan kent de opgaven personeelstekort en toegankelijkheid van zorg.',
    toelichting: 'Venlo is mandaatgemeente van de regio.',
  },
  {
    code: 'GHS-3',
    status: 'in-uitvoering',
    bewijs: 'Begroting 2024, onderdeel 4 — dekkend netwerk steunpunten: € 480.000.',
    toelichting: '',
  },
  {
    code: 'KA-1',
    status: 'in-uitvoering',
    organisatie: 'GGD Limburg-Noord',
    bewijs: 'Stand 2024: Kansrijke start regionaal onder de GGD; valpreventie regionaal in Noord-Limburg; GLI in veel gemeenten via Healthy Life.',
    toelichting: 'Begroting 2024, onderdeel 3 — ketenaanpakken: € 2.000.000.',
  },
  {
    code: 'GGD-1',
    status: 'gerealiseerd',
    organisatie: 'GGD Limburg-Noord',
    bewijs: 'De GGD is kennispartner voor regiobeeld en regioplan.',
    toelichting: '',
  },
  {
    code: 'EH-1',
    status: 'vertraagd',
    organisatie: 'VGZ',
    toelichting: 'Illustratief: nog niet in alle contracten opgenomen.',
  },
];

/** The demo region's agreement statuses. Runs inside the demo transaction when the region is created. */
export async function laadAfsprakenDemo(tx: Db, regioId: string, gemeenteIds: Map<string, string>): Promise<void> {
  const afspraken = new Map(
    (await tx.select({ id: afspraak.id, code: afspraak.code }).from(afspraak).innerJoin(akkoord, eq(akkoord.id, afspraak.akkoordId)).where(eq(akkoord.code, 'IZA'))).map(
      (a) => [a.code, a.id] as const,
    ),
  );
  for (const s of statussen) {
    const afspraakId = afspraken.get(s.code);
    // A beheerder may have removed the agreement from the catalogue: then there is nothing to record.
    if (!afspraakId) continue;
    const [org] = s.organisatie
      ? await tx.select({ id: organisatie.id }).from(organisatie).where(and(eq(organisatie.regioId, regioId), eq(organisatie.naam, s.organisatie)))
      : [];
    const rij = {
      regioId,
      afspraakId,
      status: s.status,
      eigenaar: s.eigenaar ?? '',
      eigenaarGemeenteId: s.gemeentecode ? (gemeenteIds.get(s.gemeentecode) ?? null) : null,
      eigenaarOrganisatieId: org?.id ?? null,
      bewijs: s.bewijs ?? '',
      toelichting: s.toelichting,
    };
    await tx.insert(afspraakStatus).values(rij);
    await schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort: 'afspraakstatus', itemId: afspraakId, omschrijving: 'demo geladen', na: { status: s.status, bewijs: rij.bewijs, toelichting: s.toelichting } });
  }
}
