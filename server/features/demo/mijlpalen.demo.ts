import { and, eq } from 'drizzle-orm';
import type { Voortgangsstatus } from '../../../common/contracts/algemeen';
import type { Db } from '../../db/client';
import { mijlpaal, organisatie, overlegorgaan } from '../../db/schema/index';
import { schrijfAudit } from '../historie/historie.repository';

interface DemoMijlpaal {
  titel: string;
  omschrijving: string;
  datum: string;
  status: Voortgangsstatus;
  eigenaar?: string;
  organisatie?: string;
  overlegorgaanSoort?: string;
}

// DOMAIN.md §9 names these milestones; the one that is invented says so in its description.
const mijlpalen: DemoMijlpaal[] = [
  {
    titel: 'Regioplan gereed',
    omschrijving: 'Het regioplan met de opgaven van de regio, op basis van het regiobeeld, eind 2023 gereed.',
    datum: '2023-12-31',
    status: 'gerealiseerd',
    eigenaar: 'Projectbureau IZA',
  },
  {
    titel: 'PHO stelt het uitvoeringsplan 2024 vast',
    omschrijving: 'Het portefeuillehoudersoverleg stelt het uitvoeringsplan met de begroting 2024 vast.',
    datum: '2024-03-20',
    status: 'gerealiseerd',
    overlegorgaanSoort: 'pho',
  },
  {
    titel: 'Regionale preventieakkoorden met zorgverzekeraars',
    omschrijving: 'Illustratief: de afspraken met de preferente zorgverzekeraar over een regionaal preventieakkoord lopen vertraging op.',
    datum: '2025-01-01',
    status: 'vertraagd',
    eigenaar: 'Projectbureau IZA',
    organisatie: 'VGZ',
  },
  {
    titel: 'Einde SPUK-IZA',
    omschrijving: 'De specifieke uitkering IZA-doelen loopt tot en met 2026; de regio verantwoordt de besteding.',
    datum: '2026-12-31',
    status: 'in-uitvoering',
    eigenaar: 'Mandaatgemeente Venlo',
  },
];

/** The demo region's milestones. Runs inside the demo transaction when the region is created. */
export async function laadMijlpalenDemo(tx: Db, regioId: string, _gemeenteIds: Map<string, string>): Promise<void> {
  for (const m of mijlpalen) {
    const [org] = m.organisatie
      ? await tx.select({ id: organisatie.id }).from(organisatie).where(and(eq(organisatie.regioId, regioId), eq(organisatie.naam, m.organisatie)))
      : [];
    const [orgaan] = m.overlegorgaanSoort
      ? await tx.select({ id: overlegorgaan.id }).from(overlegorgaan).where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.soort, m.overlegorgaanSoort)))
      : [];
    const [rij] = await tx
      .insert(mijlpaal)
      .values({
        regioId,
        titel: m.titel,
        omschrijving: m.omschrijving,
        datum: m.datum,
        status: m.status,
        eigenaar: m.eigenaar ?? '',
        eigenaarOrganisatieId: org?.id ?? null,
        eigenaarOverlegorgaanId: orgaan?.id ?? null,
      })
      .returning({ id: mijlpaal.id });
    await schrijfAudit(tx, { regioId, actor: null, actie: 'aangemaakt', soort: 'mijlpaal', itemId: rij!.id, omschrijving: 'demo geladen', na: { titel: m.titel, datum: m.datum, status: m.status } });
  }
}
