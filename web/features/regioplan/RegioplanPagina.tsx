import { ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Thema, ThemaSoort } from '../../../common/contracts/plannen';
import { ExcelKnop, excelBestandsnaam, type Excelblad } from '../../components/excel';
import { AppButtonLink, AppLink } from '../../components/links';
import { Gegevenslijst, MetGegevens, RegioKop, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { soortPad, useRegioplan } from './regioplan.api';

const titel: Record<ThemaSoort, string> = { opgave: 'Opgave', pijler: 'Pijler' };

/** What the region chose (DOMAIN.md §7): its priority tasks and its pillars, with lead party, goals and indicators. */
export function RegioplanPagina() {
  const { regioId, regio, label, kruimels, rechten, pad } = useOnderdeel('regioplan');
  const plan = useRegioplan(regioId);
  const melding = useMelding();
  return (
    <>
      <RegioKop titel={label} kruimels={kruimels}>
        <Paragraph>
          Wat de regio koos: de prioritaire opgaven en de pijlers waarin zij eraan werkt, met wie trekt, de doelen en de indicatoren van het regiobeeld die
          zij willen bewegen.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      {rechten.magPlannenBewerken ? (
        <ButtonGroup className="acties">
          <AppButtonLink to={`${pad}/opgaven/nieuw`} appearance="primary-action-button">
            Opgave toevoegen
          </AppButtonLink>
          <AppButtonLink to={`${pad}/pijlers/nieuw`} appearance="secondary-action-button">
            Pijler toevoegen
          </AppButtonLink>
        </ButtonGroup>
      ) : null}
      <MetGegevens query={plan} wat="het regioplan">
        {(p) =>
          p.opgaven.length + p.pijlers.length === 0 ? (
            <Paragraph>Hier staan de opgaven en pijlers van het regioplan zodra ze zijn vastgelegd. Er is nog niets vastgelegd.</Paragraph>
          ) : (
            <>
              <ExcelKnop bestandsnaam={excelBestandsnaam('regioplan', regio?.naam)} bladen={[blad('Opgaven', p.opgaven), blad('Pijlers', p.pijlers)]} />
              <ThemaLijst kop="Opgaven" themas={p.opgaven} regioId={regioId} pad={pad} mag={rechten.magPlannenBewerken} />
              <ThemaLijst kop="Pijlers" themas={p.pijlers} regioId={regioId} pad={pad} mag={rechten.magPlannenBewerken} />
            </>
          )
        }
      </MetGegevens>
    </>
  );
}

export function kartrekkerTekst(t: Thema): string {
  const k = t.kartrekker;
  const delen = [k.overlegorgaan?.naam, k.organisatie?.naam, k.gemeente ? `gemeente ${k.gemeente.naam}` : null].filter(Boolean);
  return [delen.join(', '), k.toelichting].filter(Boolean).join('. ') || 'Niet vastgelegd';
}

function blad(naam: string, themas: Thema[]): Excelblad {
  return {
    naam,
    kolommen: [{ kop: 'Nummer', soort: 'getal' }, { kop: 'Naam' }, { kop: 'Omschrijving' }, { kop: 'Kartrekker' }, { kop: 'Doelen' }, { kop: 'Indicatoren' }],
    rijen: themas.map((t) => [t.nummer, t.naam, t.omschrijving, kartrekkerTekst(t), t.doelen.join('; '), t.indicatoren.map((i) => i.naam).join('; ')]),
  };
}

function ThemaLijst({ kop, themas, regioId, pad, mag }: { kop: string; themas: Thema[]; regioId: string; pad: string; mag: boolean }) {
  const id = `kop-${kop.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="sectie">
      <Heading2 id={id}>{kop}</Heading2>
      {themas.length === 0 ? <Paragraph>Nog geen {kop.toLowerCase()}.</Paragraph> : null}
      {themas.map((t) => (
        <article key={t.id} id={`${t.soort}-${t.nummer}`} aria-labelledby={`thema-${t.id}`} className="sectie">
          <Heading3 id={`thema-${t.id}`}>{`${titel[t.soort]} ${t.nummer}: ${t.naam}`}</Heading3>
          {t.omschrijving ? <Paragraph>{t.omschrijving}</Paragraph> : null}
          <Gegevenslijst
            gegevens={[
              { label: 'Kartrekker', waarde: kartrekkerTekst(t), multiline: true },
              {
                label: 'Doelen',
                waarde: t.doelen.length ? (
                  <ul className="linklijst">
                    {t.doelen.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                ) : (
                  'Nog geen doelen vastgelegd'
                ),
              },
              {
                label: 'Indicatoren',
                waarde: t.indicatoren.length ? (
                  <ul className="linklijst">
                    {t.indicatoren.map((i) => (
                      <li key={i.id}>
                        <AppLink to={`/regios/${regioId}/plannen/regiobeeld/${i.id}`}>{i.naam}</AppLink>
                      </li>
                    ))}
                  </ul>
                ) : (
                  'Geen indicator gekoppeld'
                ),
              },
            ]}
          />
          {mag ? (
            <Paragraph>
              <AppLink to={`${pad}/${soortPad[t.soort]}/${t.id}/bewerken`}>
                Bewerken<span className="visueel-verborgen">{` ${titel[t.soort].toLowerCase()} ${t.nummer}, ${t.naam}`}</span>
              </AppLink>
            </Paragraph>
          ) : null}
        </article>
      ))}
    </section>
  );
}
