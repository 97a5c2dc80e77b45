import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { voortgangsstatussen, type Voortgangsstatus } from '../../../common/contracts/algemeen';
import type { Aandachtspunt, Overzicht } from '../../../common/contracts/overzicht';
import { formatEuro } from '../../../common/geld';
import { useHuidigeRegio } from '../../components/layout';
import { AppButtonLink, AppLink } from '../../components/links';
import { MetGegevens, RegioKop, Sectie } from '../../components/regio-pagina';
import { formatDatum, formatDatumTijd, formatGetal, formatPercentage } from '../../format';
import { StatusBadge, VerlopenTekst } from '../afspraken/afspraken';
import { KetenaanpakkenMatrixTabel, Legenda } from '../ketenaanpakken/ketenaanpakken';
import { StatusBadge as MijlpaalStatus } from '../mijlpalen/mijlpalen';
import { EvaluatiesTabel } from '../voortgangsrapportages/voortgangsrapportages';
import { useOverzicht } from './overzicht.api';

const isVoortgangsstatus = (s: string): s is Voortgangsstatus => (voortgangsstatussen as readonly string[]).includes(s);

function Kerncijfer({ label, waarde, toelichting }: { label: string; waarde: string; toelichting?: string }) {
  return (
    <li>
      <span className="kerncijfers__label">{label}</span> <span className="kerncijfers__waarde">{waarde}</span>
      {toelichting ? <span className="bijzin">{toelichting}</span> : null}
    </li>
  );
}

/** The key figures at the top, as text: what needs attention, coverage and money. */
function Kerncijfers({ o }: { o: Overzicht }) {
  const a = o.aantallen.afspraken;
  // An agreement that does not apply to the region can never be realised: it is not counted.
  const vanToepassing = a['niet-gestart'] + a['in-uitvoering'] + a.gerealiseerd + a.vertraagd;
  const d = o.dekking.totaal;
  const f = o.financien;
  return (
    <ul className="kerncijfers" aria-label="Kerncijfers">
      <Kerncijfer label="Afspraken over de deadline" waarde={formatGetal(a.verlopen)} />
      <Kerncijfer label="Afspraken vertraagd" waarde={formatGetal(a.vertraagd)} />
      <Kerncijfer label="Afspraken gerealiseerd" waarde={`${formatGetal(a.gerealiseerd)} van ${formatGetal(vanToepassing)}`}
        toelichting={a['niet-van-toepassing'] ? `${formatGetal(a['niet-van-toepassing'])} niet van toepassing` : undefined} />
      <Kerncijfer label="Mijlpalen over de datum" waarde={formatGetal(o.aantallen.mijlpalenVerlopen)} toelichting={o.aantallen.mijlpalenVertraagd ? `${formatGetal(o.aantallen.mijlpalenVertraagd)} vertraagd` : undefined} />
      <Kerncijfer label="Indicatoren niet gehaald" waarde={formatGetal(o.aantallen.indicatorenNietGehaald)} />
      <Kerncijfer label="Gemeenten gedekt" waarde={`${d.gedekteGemeenten} van ${d.gemeenten}`} toelichting={`${formatPercentage(d.inwonersBasispunten)} van de inwoners`} />
      {f ? (
        <Kerncijfer label={`Begroting ${f.jaar}`} waarde={formatEuro(f.begrootCenten)} toelichting={`${formatEuro(f.uitgegevenCenten)} uitgegeven, ${formatEuro(f.verplichtCenten)} verplicht`} />
      ) : (
        <Kerncijfer label={`Begroting ${o.peildatum.slice(0, 4)}`} waarde="geen" toelichting="Er is geen begroting voor dit jaar." />
      )}
    </ul>
  );
}

function AandachtRegel({ p, basis }: { p: Aandachtspunt; basis: string }) {
  const naar = `${basis}/monitoring/${p.soort === 'afspraak' ? 'afspraken' : 'mijlpalen'}/${p.id}`;
  const soort = p.soort === 'afspraak' ? 'Afspraak' : 'Mijlpaal';
  return (
    <li>
      {soort}: <AppLink to={naar}>{p.titel}</AppLink>
      {p.datum ? <span className="geen-afbreking">{` (${p.soort === 'afspraak' ? 'deadline' : 'datum'} ${formatDatum(p.datum)})`}</span> : null}{' '}
      {isVoortgangsstatus(p.status) ? <StatusBadge afspraak={{ status: p.status }} /> : null} <VerlopenTekst afspraak={p} />
    </li>
  );
}

function OverzichtInhoud({ o, basis, magBevriezen }: { o: Overzicht; basis: string; magBevriezen: boolean }) {
  const ongedekt = o.dekking.gemeenten.filter((g) => !g.gedekt);
  const d = o.dekking.totaal;
  const rapportage = o.laatsteRapportage;
  return (
    <>
      <Paragraph>Stand op {formatDatum(o.peildatum)}.</Paragraph>
      <Kerncijfers o={o} />

      <Sectie id="aandacht-kop" titel="Aandacht nodig" verder={{ naar: `${basis}/monitoring/afspraken?verlopen=ja`, tekst: 'Alle afspraken over de deadline' }}>
        {o.aandachtspunten.length ? (
          <ul className="linklijst" aria-labelledby="aandacht-kop">
            {o.aandachtspunten.map((p) => (
              <AandachtRegel key={`${p.soort}-${p.id}`} p={p} basis={basis} />
            ))}
          </ul>
        ) : (
          <Paragraph>Niets vraagt nu aandacht: geen afspraak of mijlpaal is over de deadline of vertraagd.</Paragraph>
        )}
        <Paragraph>
          <AppLink to={`${basis}/monitoring/mijlpalen`}>Alle mijlpalen</AppLink>
        </Paragraph>
      </Sectie>

      <Sectie id="ketenaanpakken-kop" titel="Ketenaanpakken" verder={{ naar: `${basis}/monitoring/ketenaanpakken`, tekst: 'Naar de ketenaanpakken' }}>
        {o.ketenaanpakken.gemeenten.length ? (
          <>
            <KetenaanpakkenMatrixTabel matrix={o.ketenaanpakken} pad={`${basis}/monitoring/ketenaanpakken`} />
            <Legenda />
          </>
        ) : (
          <Paragraph>De regio heeft nog geen gemeenten.</Paragraph>
        )}
      </Sectie>

      <Sectie id="steunpunten-kop" titel="Steunpunten" verder={{ naar: `${basis}/monitoring/steunpunten`, tekst: 'Naar de steunpunten en de dekking' }}>
        <Paragraph>
          <strong>
            {d.gedekteGemeenten} van {d.gemeenten} gemeenten gedekt
          </strong>{' '}
          met een steunpunt dat voor iedereen open is; daar woont {formatPercentage(d.inwonersBasispunten)} van de inwoners ({formatGetal(d.gedekteInwoners)} van{' '}
          {formatGetal(d.inwoners)}).
        </Paragraph>
        <Paragraph>{ongedekt.length ? `Nog niet gedekt: ${ongedekt.map((g) => g.naam).join(', ')}.` : 'Alle gemeenten zijn gedekt.'}</Paragraph>
      </Sectie>

      <Sectie id="indicatoren-kop" titel="Indicatoren niet op koers" verder={{ naar: `${basis}/monitoring/indicatoren`, tekst: 'Alle indicatoren' }}>
        {o.indicatorenNietGehaald.length ? (
          <EvaluatiesTabel regioId={o.regio.id} indicatoren={o.indicatorenNietGehaald} label="Indicatoren niet op koers" filter={(e) => e.uitkomst === 'niet-gehaald'} />
        ) : (
          <Paragraph>Geen indicator mist zijn streefwaarde over de laatst afgesloten periode.</Paragraph>
        )}
      </Sectie>

      <Sectie id="mijlpalen-kop" titel="Volgende mijlpalen" verder={{ naar: `${basis}/monitoring/mijlpalen`, tekst: 'Alle mijlpalen op de tijdlijn' }}>
        {o.volgendeMijlpalen.length ? (
          <ol className="linklijst" aria-labelledby="mijlpalen-kop">
            {o.volgendeMijlpalen.map((m) => (
              <li key={m.id}>
                <span className="geen-afbreking">{formatDatum(m.datum)}</span> — <AppLink to={`${basis}/monitoring/mijlpalen/${m.id}`}>{m.titel}</AppLink> <MijlpaalStatus mijlpaal={m} />
              </li>
            ))}
          </ol>
        ) : (
          <Paragraph>Er staan geen open mijlpalen meer gepland.</Paragraph>
        )}
      </Sectie>

      <Sectie id="rapportage-kop" titel="Laatste voortgangsrapportage" verder={{ naar: `${basis}/monitoring/voortgangsrapportages`, tekst: 'Alle voortgangsrapportages' }}>
        {rapportage ? (
          <Paragraph>
            <AppLink to={`${basis}/monitoring/voortgangsrapportages/${rapportage.id}`}>{rapportage.titel}</AppLink> over {rapportage.periodeLabel}, bevroren op{' '}
            {formatDatumTijd(rapportage.bevrorenOp)} door {rapportage.bevrorenDoor}.
          </Paragraph>
        ) : (
          <>
            <Paragraph>Nog geen rapportage. Een voortgangsrapportage legt de stand van de regio op een dag vast, zodat die later precies zo terug te lezen is.</Paragraph>
            {magBevriezen ? (
              <Paragraph>
                <AppButtonLink to={`${basis}/monitoring/voortgangsrapportages/nieuw`} appearance="secondary-action-button">
                  Rapportage bevriezen
                </AppButtonLink>
              </Paragraph>
            ) : null}
          </>
        )}
      </Sectie>
    </>
  );
}

/** The region's index page: "where do we stand?" at a glance, each part linking to its details. */
export function OverzichtPagina() {
  const { regioId, regio, rechten } = useHuidigeRegio();
  const overzicht = useOverzicht(regioId);
  const basis = `/regios/${regioId}`;

  return (
    <>
      <RegioKop titel={regio ? `Overzicht ${regio.naam}` : 'Overzicht'} kruimels={[{ label: regio?.naam ?? 'Regio', to: basis }]}>
        {regio?.omschrijving ? <Paragraph appearance="lead">{regio.omschrijving}</Paragraph> : null}
        <Paragraph>Waar de regio staat: afspraken, ketenaanpakken, steunpunten, indicatoren en mijlpalen. Elk onderdeel leidt naar de details.</Paragraph>
      </RegioKop>
      <MetGegevens query={overzicht} wat="het overzicht">
        {(o) => <OverzichtInhoud o={o} basis={basis} magBevriezen={rechten.magMonitoringBewerken} />}
      </MetGegevens>
      <section aria-labelledby="organisatie-kop" className="sectie">
        <Heading2 id="organisatie-kop">Organisatie van de regio</Heading2>
        <ul className="linklijst">
          <li>
            <AppLink to={`${basis}/organisatie/regio`}>Regio</AppLink>: naam, omschrijving en zorgverzekeraars
          </li>
          <li>
            <AppLink to={`${basis}/organisatie/gemeenten`}>Gemeenten</AppLink>: de deelnemende gemeenten en hun rol
          </li>
          <li>
            <AppLink to={`${basis}/organisatie/organisaties`}>Organisaties</AppLink>: de partners in de regio
          </li>
          <li>
            <AppLink to={`${basis}/organisatie/overlegorganen`}>Overlegorganen</AppLink>: PHO, Kerngroep en andere overleggen met hun leden en besluitregels
          </li>
          <li>
            <AppLink to={`${basis}/organisatie/akkoorden`}>Akkoorden</AppLink>: IZA, GALA en AZWA met hun werkagenda
          </li>
          <li>
            <AppLink to={`${basis}/organisatie/historie`}>Historie</AppLink>: wie wat wanneer heeft gewijzigd
          </li>
        </ul>
      </section>
    </>
  );
}
