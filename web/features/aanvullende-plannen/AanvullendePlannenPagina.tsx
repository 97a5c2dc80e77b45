import { ButtonGroup, Paragraph, TableCell, TableFooter, TableRow } from '@utrecht/component-library-react';
import { aanvullendPlanStatussen, type AanvullendPlanSamenvatting } from '../../../common/contracts/aanvullende-plannen';
import { formatEuro } from '../../../common/geld';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppButtonLink, AppLink } from '../../components/links';
import { MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Badge, Melding } from '../../components/status';
import { aantal, formatDatum } from '../../format';
import { label } from '../../i18n/nl';
import { Keuzefilters, useKeuzefilters } from '../../components/filters';
import { adviesLabels } from '../transformatieplannen/labels';
import { useAanvullendePlannen, type AanvullendPlanLijst } from './aanvullende-plannen.api';
import { aanvullendPlanStatusLabels, aanvullendPlanStatusToon } from './labels';

const bedragen = [
  { kop: 'Gevraagd', veld: 'gevraagdCenten' },
  { kop: 'Gereserveerd', veld: 'gereserveerdCenten' },
  { kop: 'Verplicht', veld: 'verplichtCenten' },
  { kop: 'Uitgegeven', veld: 'uitgegevenCenten' },
] as const;

export function AanvullendePlannenPagina() {
  const { regioId, regio, pad, kruimels, label: titel, rechten } = useOnderdeel('aanvullende-plannen');
  const { waarden, actief, zoek, zet } = useKeuzefilters(['status']);
  const plannen = useAanvullendePlannen(regioId, waarden.status);
  const melding = useMelding();
  return (
    <>
      <RegioKop titel={titel} kruimels={kruimels}>
        <Paragraph>
          Extra initiatieven van gemeenten en partners. De werkgroep beoordeelt ze met het afwegingskader en adviseert de Kerngroep; een
          goedgekeurd plan reserveert budget op de begrotingsregel «aanvullende plannen», en de boekingen met zijn kenmerk tonen de besteding.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      <ButtonGroup className="acties">
        {rechten.magAanvullendPlanIndienen ? (
          <AppButtonLink to={`${pad}/nieuw`} appearance="primary-action-button">
            Aanvullend plan indienen
          </AppButtonLink>
        ) : null}
        <AppButtonLink to={`${pad}/afwegingskader`} appearance="secondary-action-button">
          Afwegingskader
        </AppButtonLink>
      </ButtonGroup>
      <Keuzefilters
        label="Aanvullende plannen filteren"
        zoek={zoek}
        onFilter={zet}
        filters={[{ naam: 'status', label: 'Status', opties: [{ waarde: '', label: 'Alle statussen' }, ...aanvullendPlanStatussen.map((s) => ({ waarde: s, label: aanvullendPlanStatusLabels[s] }))] }]}
      />
      <MetGegevens query={plannen} wat="de aanvullende plannen">
        {(lijst) => (
          <>
            <Paragraph role="status" className="telling">
              {aantal(lijst.totaal, 'aanvullend plan', 'aanvullende plannen')}
              {actief ? ' met dit filter' : ''}
            </Paragraph>
            {lijst.totaal === 0 ? (
              <Paragraph>
                {actief
                  ? 'Geen plannen met deze status. Wis het filter om alle plannen te zien.'
                  : 'Hier staan de aanvullende plannen die gemeenten en partners indienen. Er is nog geen plan ingediend.'}
              </Paragraph>
            ) : (
              <PlannenTabel lijst={lijst} pad={pad} regioNaam={regio?.naam} />
            )}
          </>
        )}
      </MetGegevens>
    </>
  );
}

function PlannenTabel({ lijst, pad, regioNaam }: { lijst: AanvullendPlanLijst; pad: string; regioNaam: string | undefined }) {
  const { items, totalen } = lijst;
  return (
    <>
      <ExcelKnop
        bestandsnaam={excelBestandsnaam('aanvullende-plannen', regioNaam)}
        bladen={[
          {
            naam: 'Aanvullende plannen',
            kolommen: [
              { kop: 'Kenmerk' },
              { kop: 'Titel', breedte: 40 },
              { kop: 'Indiener' },
              { kop: 'Ingediend op', soort: 'datum' },
              { kop: 'Status' },
              { kop: 'Advies' },
              { kop: 'Begrotingsregel' },
              ...bedragen.map((b) => ({ kop: b.kop, soort: 'euro' as const })),
            ],
            rijen: items.map((p) => [
              p.kenmerk,
              p.titel,
              p.indiener.naam,
              p.ingediendOp,
              label(aanvullendPlanStatusLabels, p.status),
              p.advies ? label(adviesLabels, p.advies) : '',
              `${p.begrotingsregel.code} (${p.begrotingsregel.jaar})`,
              ...bedragen.map((b) => p[b.veld]),
            ]),
            totaal: ['Totaal', '', '', null, '', '', '', ...bedragen.map((b) => totalen[b.veld])],
          },
        ]}
      />
      <Tabel
        label="Aanvullende plannen"
        koppen={['Kenmerk', 'Titel', 'Indiener', 'Status', ...bedragen.map((b) => ({ tekst: b.kop, numeriek: true }))]}
        voet={
          <TableFooter>
            <TableRow className="totaalrij">
              <TableCell>Totaal</TableCell>
              <TableCell />
              <TableCell />
              <TableCell />
              {bedragen.map((b) => (
                <TableCell key={b.veld} className="numeriek geen-afbreking">
                  {formatEuro(totalen[b.veld])}
                </TableCell>
              ))}
            </TableRow>
          </TableFooter>
        }
      >
        {items.map((p: AanvullendPlanSamenvatting) => (
          <TableRow key={p.id}>
            <TableCell className="geen-afbreking">{p.kenmerk}</TableCell>
            <TableCell>
              <AppLink to={`${pad}/${p.id}`}>{p.titel}</AppLink>
            </TableCell>
            <TableCell>
              {p.indiener.naam}
              <span className="bijzin"> ({formatDatum(p.ingediendOp)})</span>
            </TableCell>
            <TableCell>
              <Badge toon={aanvullendPlanStatusToon[p.status]} voorvoegsel="Status">
                {label(aanvullendPlanStatusLabels, p.status)}
              </Badge>
            </TableCell>
            {bedragen.map((b) => (
              <TableCell key={b.veld} className="numeriek geen-afbreking">
                {formatEuro(p[b.veld])}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </Tabel>
    </>
  );
}
