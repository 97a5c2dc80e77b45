import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import type { Uitvoeringsplan } from '../../../common/contracts/plannen';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppLink } from '../../components/links';
import { LijstPagina, Tabel, useOnderdeel } from '../../components/regio-pagina';
import { aantal, formatDatum } from '../../format';
import { useUitvoeringsplannen } from './uitvoeringsplan.api';
import { PlanStatusBadge, standaardVersie } from './uitvoeringsplan';

/** Per year: the plan in force and an open bijstelling, if any. */
export function UitvoeringsplannenPagina() {
  const { regioId, regio, pad, rechten } = useOnderdeel('uitvoeringsplan');
  const plannen = useUitvoeringsplannen(regioId);
  return (
    <LijstPagina
      onderdeel="uitvoeringsplan"
      inleiding="Wat de gemeenten dit jaar doen: het uitvoeringsplan per jaar, in onderdelen per taak van de werkagenda. Het PHO stelt het vast bij besluit; halfjaarlijks kan het worden bijgesteld."
      toevoegen="Uitvoeringsplan opstellen"
      magToevoegen={rechten.magPlannenBewerken}
      query={plannen}
      wat="de uitvoeringsplannen"
      leeg="Hier staan de uitvoeringsplannen per jaar, met hun versies en status. Er is nog geen uitvoeringsplan."
    >
      {({ items }) => {
        const jaren = [...new Set(items.map((p) => p.jaar))];
        const perJaar = jaren.map((jaar) => {
          const versies = items.filter((p) => p.jaar === jaar);
          return { jaar, getoond: standaardVersie(versies)!, concept: versies.find((v) => v.status === 'concept' && v.versie > 1) };
        });
        return (
          <>
            <Paragraph className="telling">{aantal(jaren.length, 'jaar', 'jaren')}</Paragraph>
            <ExcelKnop
              bestandsnaam={excelBestandsnaam('uitvoeringsplannen', regio?.naam)}
              bladen={[
                {
                  naam: 'Uitvoeringsplannen',
                  kolommen: [{ kop: 'Jaar', soort: 'getal' }, { kop: 'Versie', soort: 'getal' }, { kop: 'Naam' }, { kop: 'Status' }, { kop: 'Vastgesteld op', soort: 'datum' }, { kop: 'Besluit' }, { kop: 'Onderdelen', soort: 'getal' }],
                  rijen: items.map((p) => [p.jaar, p.versie, p.naam, p.status, p.vastgesteldOp, p.besluitReferentie, p.aantalOnderdelen]),
                },
              ]}
            />
            <Tabel label="Uitvoeringsplannen per jaar" koppen={['Jaar', 'Naam', 'Versie', 'Vastgesteld', 'Bijstelling']}>
              {perJaar.map(({ jaar, getoond, concept }) => (
                <TableRow key={jaar}>
                  <TableCell>
                    <AppLink to={`${pad}/${jaar}`}>{`Uitvoeringsplan ${jaar}`}</AppLink>
                  </TableCell>
                  <TableCell className="breekbaar">{getoond.naam}</TableCell>
                  <TableCell className="geen-afbreking">
                    {`Versie ${getoond.versie} `}
                    <PlanStatusBadge status={getoond.status} />
                  </TableCell>
                  <TableCell>{getoond.vastgesteldOp ? `${formatDatum(getoond.vastgesteldOp)} (${getoond.vastgesteldDoor?.naam ?? 'onbekend orgaan'})` : 'Nog niet'}</TableCell>
                  <TableCell>{concept ? <BijstellingLink pad={pad} plan={concept} /> : 'Geen'}</TableCell>
                </TableRow>
              ))}
            </Tabel>
          </>
        );
      }}
    </LijstPagina>
  );
}

function BijstellingLink({ pad, plan }: { pad: string; plan: Uitvoeringsplan }) {
  return <AppLink to={`${pad}/${plan.jaar}/versie/${plan.versie}`}>{`Versie ${plan.versie} in concept`}</AppLink>;
}
