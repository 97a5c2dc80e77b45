import { ButtonGroup, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import type { AanvullendPlanDetail } from '../../../common/contracts/aanvullende-plannen';
import { formatEuro } from '../../../common/geld';
import { HistorieSectie } from '../../components/historie';
import { AppButtonLink, AppLink } from '../../components/links';
import { Gegevenslijst, MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Badge, Melding } from '../../components/status';
import { formatDatum } from '../../format';
import { label } from '../../i18n/nl';
import { adviesLabels, adviesToon } from '../transformatieplannen/labels';
import { useAanvullendPlan } from './aanvullende-plannen.api';
import { aanvullendPlanStatusLabels, aanvullendPlanStatusToon } from './labels';
import { magIndienerZijn } from './rechten';

export function AanvullendPlanPagina() {
  const { regioId, pad, kruimels } = useOnderdeel('aanvullende-plannen');
  const { planId = '' } = useParams();
  const plan = useAanvullendPlan(regioId, planId);
  const melding = useMelding();
  const titel = plan.data?.titel ?? 'Aanvullend plan';
  return (
    <>
      <RegioKop titel={titel} kruimels={[...kruimels, { label: titel, to: `${pad}/${planId}` }]} />
      <Melding tekst={melding} />
      <MetGegevens query={plan} wat="het aanvullend plan">
        {(p) => <PlanDetail plan={p} />}
      </MetGegevens>
    </>
  );
}

function PlanDetail({ plan: p }: { plan: AanvullendPlanDetail }) {
  const { regioId, pad, rechten } = useOnderdeel('aanvullende-plannen');
  const r = p.begrotingsregel;
  // Scoring is the working group's, through the project office (the coordinator).
  const magBeoordelen = rechten.magRegioBewerken && (p.status === 'ingediend' || p.status === 'beoordeeld');
  const magBewerken = p.status === 'ingediend' && magIndienerZijn(rechten, p.indiener);
  return (
    <>
      <Paragraph>
        <Badge toon={aanvullendPlanStatusToon[p.status]} voorvoegsel="Status">
          {label(aanvullendPlanStatusLabels, p.status)}
        </Badge>
      </Paragraph>
      {magBewerken || magBeoordelen ? (
        <ButtonGroup className="acties">
          {magBeoordelen ? (
            <AppButtonLink to={`${pad}/${p.id}/beoordeling`} appearance="primary-action-button">
              {p.beoordeling ? 'Beoordeling wijzigen' : 'Beoordelen'}
            </AppButtonLink>
          ) : null}
          {magBewerken ? (
            <AppButtonLink to={`${pad}/${p.id}/bewerken`} appearance="secondary-action-button">
              Bewerken
            </AppButtonLink>
          ) : null}
        </ButtonGroup>
      ) : null}
      <Gegevenslijst
        gegevens={[
          { label: 'Omschrijving', waarde: p.omschrijving || 'Niet vastgelegd', multiline: true },
          { label: 'Ingediend door', waarde: `${p.indiener.naam}, ${formatDatum(p.ingediendOp)}` },
          { label: 'Partners', waarde: p.partners.map((x) => x.naam).join(', ') || 'Geen' },
          { label: 'Kenmerk', waarde: `${p.kenmerk} (boekingen met dit kenmerk als activiteit tellen als besteding)` },
          {
            label: 'Begrotingsregel',
            waarde: <AppLink to={`/regios/${regioId}/financien/begroting/${r.jaar}`}>{`${r.code} — ${r.omschrijving} (${r.jaar})`}</AppLink>,
          },
          { label: 'Gevraagd bedrag', waarde: formatEuro(p.gevraagdCenten) },
        ]}
      />
      <BestedingSectie plan={p} />
      <BeoordelingSectie plan={p} />
      <BesluitSectie plan={p} />
      <HistorieSectie regioId={regioId} soort="aanvullend-plan" itemId={p.id} />
    </>
  );
}

function BestedingSectie({ plan: p }: { plan: AanvullendPlanDetail }) {
  const cijfers = [
    { label: 'Gevraagd', centen: p.gevraagdCenten },
    { label: 'Gereserveerd', centen: p.gereserveerdCenten },
    { label: 'Verplicht', centen: p.verplichtCenten },
    { label: 'Uitgegeven', centen: p.uitgegevenCenten },
  ];
  return (
    <section aria-labelledby="besteding-kop" className="sectie">
      <Heading2 id="besteding-kop">Reservering en besteding</Heading2>
      <ul className="kerncijfers" aria-label="Kerncijfers">
        {cijfers.map((c) => (
          <li key={c.label}>
            <span>{c.label}</span>
            <span className="kerncijfers__waarde">{formatEuro(c.centen)}</span>
          </li>
        ))}
      </ul>
      <Tabel label="Reservering en besteding" koppen={['Wat', { tekst: 'Bedrag', numeriek: true }]}>
        {cijfers.map((c) => (
          <TableRow key={c.label}>
            <TableCell>{c.label}</TableCell>
            <TableCell className="numeriek geen-afbreking">{formatEuro(c.centen)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell>Nog niet besteed van de reservering</TableCell>
          <TableCell className="numeriek geen-afbreking">{formatEuro(Math.max(0, p.gereserveerdCenten - p.uitgegevenCenten - p.verplichtCenten))}</TableCell>
        </TableRow>
      </Tabel>
      <Paragraph>
        De regel {p.begrotingsregel.code} is nu {formatEuro(p.regel.huidigCenten)}; goedgekeurde aanvullende plannen reserveren er samen{' '}
        {formatEuro(p.regel.gereserveerdCenten)} op, dus er is nog {formatEuro(p.regel.vrijCenten)} vrij.
      </Paragraph>
    </section>
  );
}

function BeoordelingSectie({ plan: p }: { plan: AanvullendPlanDetail }) {
  const b = p.beoordeling;
  return (
    <section aria-labelledby="beoordeling-kop" className="sectie">
      <Heading2 id="beoordeling-kop">Beoordeling door de werkgroep</Heading2>
      {!b ? (
        <Paragraph>De werkgroep heeft het plan nog niet beoordeeld op het afwegingskader.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Advies:{' '}
            <Badge toon={adviesToon[b.advies]} voorvoegsel="Advies">
              {label(adviesLabels, b.advies)}
            </Badge>{' '}
            ({formatDatum(b.datum)}, vastgelegd door {b.gebruikerNaam})
          </Paragraph>
          <Paragraph>{b.toelichting}</Paragraph>
          <Tabel label="Scores op het afwegingskader" koppen={['Vraag', { tekst: 'Score', numeriek: true }, 'Antwoord']}>
            {p.vragen.map((v) => {
              const s = b.scores.find((x) => x.vraagId === v.id);
              return (
                <TableRow key={v.id}>
                  <TableCell>
                    {v.volgorde}. {v.vraag}
                  </TableCell>
                  <TableCell className="numeriek geen-afbreking">{s ? `${s.score} (schaal ${v.schaalMin}–${v.schaalMax})` : 'niet gescoord'}</TableCell>
                  <TableCell>{s?.antwoord ?? ''}</TableCell>
                </TableRow>
              );
            })}
          </Tabel>
        </>
      )}
    </section>
  );
}

function BesluitSectie({ plan: p }: { plan: AanvullendPlanDetail }) {
  const { regioId } = useOnderdeel('aanvullende-plannen');
  const besluitenlijst = `/regios/${regioId}/besluiten/besluitenlijst`;
  const b = p.besluit;
  return (
    <section aria-labelledby="besluit-kop" className="sectie">
      <Heading2 id="besluit-kop">Besluit</Heading2>
      {!b ? (
        <Paragraph>
          De Kerngroep heeft nog niet besloten. Het besluit wordt vastgelegd in de <AppLink to={besluitenlijst}>besluitenlijst</AppLink>; een
          goedkeuring reserveert het toegekende bedrag op regel {p.begrotingsregel.code}.
        </Paragraph>
      ) : (
        <Paragraph>
          {p.status === 'goedgekeurd' ? `Goedgekeurd met ${formatEuro(p.toegekendCenten ?? 0)}` : 'Afgewezen'} door {b.overlegorgaan?.naam ?? 'de Kerngroep'}
          {b.datum ? ` op ${formatDatum(b.datum)}` : ''}:{' '}
          {b.besluitId ? <AppLink to={`${besluitenlijst}/${b.besluitId}`}>{b.referentie || 'het besluit'}</AppLink> : b.referentie || 'zonder referentie'}.
        </Paragraph>
      )}
    </section>
  );
}
