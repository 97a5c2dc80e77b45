import { ButtonGroup, Paragraph, TableCell, TableFooter, TableRow } from '@utrecht/component-library-react';
import { domeinen, transformatieplanStatussen, type TransformatieplanSamenvatting } from '../../../common/contracts/transformatieplannen';
import { formatEuro } from '../../../common/geld';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppButtonLink, AppLink } from '../../components/links';
import { MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Badge, Melding } from '../../components/status';
import { aantal, formatGetal } from '../../format';
import { label } from '../../i18n/nl';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import { domeinLabels, opsomming, statusLabels, statusToon } from './labels';
import { Keuzefilters, useKeuzefilters } from '../../components/filters';
import { useTransformatieplannen } from './transformatieplannen.api';

const filterNamen = ['status', 'domein', 'gemeentecode'] as const;

/** What the consent column says, in words (never colour alone). */
export function instemmingTekst(p: TransformatieplanSamenvatting): string {
  if (!p.instemmingVereist) return 'Niet nodig (geen sociaal domein)';
  if (p.ontbrekendeInstemmingen.length === 0) return 'Alle betrokken gemeenten stemden in';
  return `Ontbreekt: ${opsomming(p.ontbrekendeInstemmingen.map((g) => g.naam))}`;
}

export function TransformatieplannenPagina() {
  const { regioId, regio, pad, kruimels, label: titel, rechten } = useOnderdeel('transformatieplannen');
  const { waarden: filter, actief: gefilterd, zoek, zet } = useKeuzefilters(filterNamen);
  const plannen = useTransformatieplannen(regioId, filter);
  const gemeenten = useGemeenten(regioId);
  const melding = useMelding();
  // A partner registers plans of its own organisation; the coordinator any.
  const magRegistreren = rechten.magRegioBewerken || rechten.rol === 'partner';
  return (
    <>
      <RegioKop titel={titel} kruimels={kruimels}>
        <Paragraph>
          De plannen van zorgaanbieders, vaak met welzijn en gemeenten, die de preferente zorgverzekeraar met de tweede zorgverzekeraar
          beoordeelt voor transformatiemiddelen. Een plan dat het sociaal domein raakt, kan pas worden ingediend als elke betrokken gemeente
          heeft ingestemd.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      <ButtonGroup className="acties">
        {magRegistreren ? (
          <AppButtonLink to={`${pad}/nieuw`} appearance="primary-action-button">
            Transformatieplan registreren
          </AppButtonLink>
        ) : null}
        <AppButtonLink to={`${pad}/criteria`} appearance="secondary-action-button">
          Beoordelingscriteria
        </AppButtonLink>
      </ButtonGroup>
      <Keuzefilters
        label="Transformatieplannen filteren"
        zoek={zoek}
        onFilter={zet}
        filters={[
          { naam: 'status', label: 'Status', opties: [{ waarde: '', label: 'Alle statussen' }, ...transformatieplanStatussen.map((s) => ({ waarde: s, label: statusLabels[s] }))] },
          { naam: 'domein', label: 'Domein', opties: [{ waarde: '', label: 'Alle domeinen' }, ...domeinen.map((d) => ({ waarde: d, label: domeinLabels[d] }))] },
          {
            naam: 'gemeentecode',
            label: 'Betrokken gemeente',
            opties: [{ waarde: '', label: 'Alle gemeenten' }, ...(gemeenten.data?.items ?? []).map((g) => ({ waarde: g.gemeentecode, label: g.naam }))],
          },
        ]}
      />
      <MetGegevens query={plannen} wat="de transformatieplannen">
        {({ items }) => (
          <>
            <Paragraph role="status" className="telling">
              {aantal(items.length, 'transformatieplan', 'transformatieplannen')}
              {gefilterd ? ' met deze filters' : ''}
            </Paragraph>
            {items.length === 0 ? (
              <Paragraph>
                {gefilterd
                  ? 'Geen plannen gevonden met deze filters. Wis een filter om meer te zien.'
                  : 'Hier staan de transformatieplannen van de regio, van idee tot afgerond. Er zijn nog geen plannen geregistreerd.'}
              </Paragraph>
            ) : (
              <PlannenTabel items={items} pad={pad} regioNaam={regio?.naam} />
            )}
          </>
        )}
      </MetGegevens>
    </>
  );
}

function PlannenTabel({ items, pad, regioNaam }: { items: TransformatieplanSamenvatting[]; pad: string; regioNaam: string | undefined }) {
  const som = (f: (p: TransformatieplanSamenvatting) => number) => items.reduce((s, p) => s + f(p), 0);
  return (
    <>
      <ExcelKnop
        bestandsnaam={excelBestandsnaam('transformatieplannen', regioNaam)}
        bladen={[
          {
            naam: 'Transformatieplannen',
            kolommen: [
              { kop: 'Titel', breedte: 40 },
              { kop: 'Status' },
              { kop: 'Penvoerder' },
              { kop: 'Domeinen' },
              { kop: 'Gemeenten', breedte: 30 },
              { kop: 'Bereik (inwoners)', soort: 'getal' },
              { kop: 'Instemming', breedte: 30 },
              { kop: 'Aangevraagd', soort: 'euro' },
              { kop: 'Toegekend', soort: 'euro' },
              { kop: 'Addendum' },
            ],
            rijen: items.map((p) => [
              p.titel,
              label(statusLabels, p.status),
              p.penvoerder.naam,
              p.domeinen.map((d) => label(domeinLabels, d)).join(', '),
              p.gemeenten.map((g) => g.naam).join(', '),
              p.bereik,
              instemmingTekst(p),
              p.aangevraagdCenten,
              p.toegekendCenten,
              p.addendum ? 'ja' : 'nee',
            ]),
            totaal: ['Totaal', '', '', '', '', null, '', som((p) => p.aangevraagdCenten), som((p) => p.toegekendCenten), ''],
          },
        ]}
      />
      <Tabel
        label="Transformatieplannen"
        koppen={['Titel', 'Status', 'Penvoerder', 'Domeinen', 'Betrokken gemeenten', 'Instemming', { tekst: 'Aangevraagd', numeriek: true }, { tekst: 'Toegekend', numeriek: true }]}
        voet={
          <TableFooter>
            <TableRow className="totaalrij">
              <TableCell>Totaal</TableCell>
              <TableCell />
              <TableCell />
              <TableCell />
              <TableCell />
              <TableCell />
              <TableCell className="numeriek geen-afbreking">{formatEuro(som((p) => p.aangevraagdCenten))}</TableCell>
              <TableCell className="numeriek geen-afbreking">{formatEuro(som((p) => p.toegekendCenten))}</TableCell>
            </TableRow>
          </TableFooter>
        }
      >
        {items.map((p) => (
          <TableRow key={p.id}>
            <TableCell>
              <AppLink to={`${pad}/${p.id}`}>{p.titel}</AppLink>
            </TableCell>
            <TableCell>
              <Badge toon={statusToon[p.status]} voorvoegsel="Status">
                {label(statusLabels, p.status)}
              </Badge>
            </TableCell>
            <TableCell>{p.penvoerder.naam}</TableCell>
            <TableCell>{p.domeinen.map((d) => label(domeinLabels, d)).join(', ')}</TableCell>
            <TableCell>
              {p.gemeenten.map((g) => g.naam).join(', ') || '–'}
              {p.bereik !== null ? <span className="bijzin"> ({formatGetal(p.bereik)} inwoners)</span> : null}
            </TableCell>
            <TableCell>{instemmingTekst(p)}</TableCell>
            <TableCell className="numeriek geen-afbreking">{formatEuro(p.aangevraagdCenten)}</TableCell>
            <TableCell className="numeriek geen-afbreking">{formatEuro(p.toegekendCenten)}</TableCell>
          </TableRow>
        ))}
      </Tabel>
    </>
  );
}
