import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import type { BesluitDetail } from '../../../common/contracts/besluiten';
import { HistorieSectie } from '../../components/historie';
import { AppLink } from '../../components/links';
import { Gegevenslijst, MetGegevens, RegioKop, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { formatDatum } from '../../format';
import { useBesluit, vergaderingPad } from './besluiten.api';
import { labelVan, regelsTekst, StandpuntenTabel, StemmenTabel, tellingTekst, Uitkomst, voorstelSoortLabels, wijzeLabels } from './besluiten';

/** Where what a decision changed can be seen. */
function gevolgPad(regioId: string, b: BesluitDetail): string | null {
  const g = b.gevolg;
  if (g.begroting) return `/regios/${regioId}/financien/begroting/${g.begroting.jaar}`;
  if (g.soort === 'uitvoeringsplan') return `/regios/${regioId}/plannen/uitvoeringsplan${g.jaar && g.versie ? `/${g.jaar}/versie/${g.versie}` : ''}`;
  if (g.soort === 'aanvullend-plan' && g.doelId) return `/regios/${regioId}/plannen/aanvullende-plannen/${g.doelId}`;
  if (g.soort === 'transformatieplan' && g.doelId) return `/regios/${regioId}/plannen/transformatieplannen/${g.doelId}`;
  return null;
}

export function BesluitPagina() {
  const { regioId, pad, kruimels } = useOnderdeel('besluitenlijst');
  const { besluitId = '' } = useParams();
  const besluit = useBesluit(regioId, besluitId);
  const melding = useMelding();
  const titel = besluit.data ? `Besluit ${besluit.data.nummer}` : 'Besluit';
  return (
    <>
      <RegioKop titel={titel} kruimels={[...kruimels, { label: titel, to: `${pad}/${besluitId}` }]} />
      <Melding tekst={melding} />
      <MetGegevens query={besluit} wat="het besluit">
        {(b) => {
          const naar = gevolgPad(regioId, b);
          return (
            <>
              <Gegevenslijst
                className="sectie"
                gegevens={[
                  { label: 'Onderwerp', waarde: b.agendapunt.titel },
                  ...(b.voorstel ? [{ label: 'Voorstel', waarde: `${labelVan(voorstelSoortLabels, b.voorstel.soort)}: ${b.voorstel.omschrijving}` }] : []),
                  ...(b.voorstel?.beslispunt ? [{ label: 'Beslispunt', waarde: b.voorstel.beslispunt, multiline: true }] : []),
                  { label: 'Overlegorgaan', waarde: b.overlegorgaan.naam },
                  { label: 'Vergadering', waarde: <AppLink to={vergaderingPad(regioId, b.vergadering.id)}>{`${b.vergadering.titel} (${formatDatum(b.vergadering.datum)})`}</AppLink> },
                  { label: 'Uitkomst', waarde: <Uitkomst uitkomst={b.uitkomst} /> },
                  { label: 'Wijze', waarde: `${labelVan(wijzeLabels, b.wijze)}${b.wijze === 'zonder-stemming' ? '' : `: ${tellingTekst(b)}`}` },
                  ...(b.wijze !== 'zonder-stemming' ? [{ label: 'Overstemd', waarde: b.overstemd.length ? b.overstemd.map((g) => g.naam).join(', ') : 'niemand' }] : []),
                  ...(b.regels
                    ? [
                        {
                          label: 'Besluitregels',
                          waarde: `${regelsTekst(b.regels)} (vastgelegd bij het openen van de stemming)`,
                        },
                      ]
                    : []),
                  { label: 'Toelichting', waarde: b.toelichting, multiline: true },
                  { label: 'Referentie', waarde: b.referentie },
                  {
                    label: 'Gevolg',
                    waarde: naar ? (
                      <>
                        {b.gevolg.omschrijving} (<AppLink to={naar}>{b.gevolg.begroting ? `begroting ${b.gevolg.begroting.jaar}` : 'bekijken'}</AppLink>)
                      </>
                    ) : (
                      b.gevolg.omschrijving
                    ),
                  },
                ]}
              />
              {b.zetels.length ? (
                <section aria-labelledby="stemmen-kop" className="sectie">
                  <Heading2 id="stemmen-kop">Stemmen per gemeente</Heading2>
                  <StemmenTabel label={`Stemmen per gemeente bij ${b.nummer}`} zetels={b.zetels} overstemd={b.overstemd} />
                </section>
              ) : null}
              <section aria-labelledby="standpunten-kop" className="sectie">
                <Heading2 id="standpunten-kop">Standpunten van de colleges</Heading2>
                {b.standpunten.length === 0 ? (
                  <Paragraph>Er zijn geen collegestandpunten vastgelegd bij dit voorstel.</Paragraph>
                ) : (
                  <StandpuntenTabel label={`Standpunten bij ${b.nummer}`} standpunten={b.standpunten} />
                )}
              </section>
              <HistorieSectie regioId={regioId} soort="besluit" itemId={b.id} />
            </>
          );
        }}
      </MetGegevens>
    </>
  );
}
