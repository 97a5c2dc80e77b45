import { ButtonGroup, Heading2, Heading3, Paragraph, TableCell, TableFooter, TableRow } from '@utrecht/component-library-react';
import { Navigate, useNavigate, useParams } from 'react-router';
import type { Begroting } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { ExcelKnop, excelBestandsnaam, type Excelblad } from '../../components/excel';
import { AppButtonLink, AppLink } from '../../components/links';
import { Gegevenslijst, MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Laden, Melding } from '../../components/status';
import { formatDatum } from '../../format';
import { besluitPad, vergaderingenPad } from '../besluiten/besluiten.api';
import { useBegroting, useBegrotingen, type BegrotingDetail } from './financien.api';
import { BegrotingStatus, JaarKeuze, useStandaardJaar, verschilTekst, VersieStatus } from './financien';

export function BegrotingPagina() {
  const { regioId, pad, kruimels, label: titel } = useOnderdeel('begroting');
  const { jaar: jaarTekst } = useParams();
  const standaard = useStandaardJaar(regioId);
  const navigate = useNavigate();
  const melding = useMelding();
  const jaar = jaarTekst && /^\d{4}$/.test(jaarTekst) ? Number(jaarTekst) : undefined;
  if (jaar === undefined) {
    if (standaard === undefined) return <Laden wat="de begroting" />;
    return <Navigate to={`${pad}/${standaard}`} replace />;
  }
  return (
    <>
      <RegioKop titel={`${titel} ${jaar}`} kruimels={[...kruimels, { label: String(jaar), to: `${pad}/${jaar}` }]}>
        <Paragraph>
          De begroting van het uitvoeringsplan: wat per onderdeel mag worden uitgegeven, binnen de uitkeringen die haar
          financieren. Elke wijziging is een nieuwe versie met het besluit dat haar vaststelde.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      <JaarKeuze jaar={jaar} onKies={(j) => navigate(`${pad}/${j}`)} />
      <Begrotingen regioId={regioId} jaar={jaar} />
    </>
  );
}

function Begrotingen({ regioId, jaar }: { regioId: string; jaar: number }) {
  const { rechten, pad } = useOnderdeel('begroting');
  const begrotingen = useBegrotingen(regioId, jaar);
  return (
    <MetGegevens query={begrotingen} wat="de begroting">
      {({ items }) =>
        items.length === 0 ? (
          <>
            <Paragraph>
              Hier staat de begroting van {jaar} met haar versies zodra die is opgesteld. Er is voor {jaar} nog geen begroting.
            </Paragraph>
            {rechten.magFinancienBewerken ? (
              <Paragraph>
                <AppButtonLink to={`${pad}/nieuw?jaar=${jaar}`} appearance="primary-action-button">
                  Begroting {jaar} opstellen
                </AppButtonLink>
              </Paragraph>
            ) : null}
          </>
        ) : (
          items.map((b) => <BegrotingSectie key={b.id} regioId={regioId} begroting={b} />)
        )
      }
    </MetGegevens>
  );
}

function BegrotingSectie({ regioId, begroting: b }: { regioId: string; begroting: Begroting }) {
  const { rechten, regio, pad } = useOnderdeel('begroting');
  const detail = useBegroting(regioId, b.id);
  const kopId = `begroting-${b.id}`;
  const basis = `${pad}/${b.jaar}/${b.id}`;
  const concept = detail.data?.versies.find((v) => v.status === 'concept');
  const geldend = detail.data?.versies.find((v) => v.versie === b.versie);
  const ruimte = b.plafondCenten - b.totaalCenten;
  return (
    <section aria-labelledby={kopId} className="sectie">
      <Heading2 id={kopId}>
        {b.naam} <BegrotingStatus status={b.status} />
      </Heading2>
      <Gegevenslijst
        gegevens={[
          { label: 'Versie die geldt', waarde: `Versie ${b.versie}` },
          ...(geldend?.besluitId
            ? [{ label: 'Vastgesteld bij besluit', waarde: <AppLink to={besluitPad(regioId, geldend.besluitId)}>{geldend.besluitReferentie || 'Besluit'}</AppLink> }]
            : []),
          { label: 'Totaal', waarde: formatEuro(b.totaalCenten) },
          {
            label: 'Plafond (uitkeringen)',
            waarde: (
              <>
                {formatEuro(b.plafondCenten)}
                {b.uitkeringen.length ? ` (${b.uitkeringen.map((u) => `${u.naam} ${formatEuro(u.bedragCenten)}`).join(', ')})` : ''}
                {'. '}
                {ruimte === 0 ? 'De begroting gebruikt het hele plafond.' : ruimte > 0 ? `Nog ${formatEuro(ruimte)} ruimte.` : `${formatEuro(-ruimte)} boven het plafond.`}
              </>
            ),
          },
        ]}
      />
      {rechten.magFinancienBewerken && concept ? (
        <Paragraph>
          Versie {concept.versie} wordt vastgesteld bij besluit van het PHO: zet de vaststelling als voorstel op de agenda van een{' '}
          <AppLink to={vergaderingenPad(regioId)}>vergadering van het PHO</AppLink>.
          {rechten.magBesluitenBewerken ? ` Een besluit dat buiten Regiekamer is genomen, legt u hier vast met “Versie ${concept.versie} vaststellen”.` : ''}
        </Paragraph>
      ) : null}
      {rechten.magFinancienBewerken ? (
        <ButtonGroup className="acties">
          {concept && rechten.magBesluitenBewerken ? (
            <AppButtonLink to={`${basis}/versies/${concept.versie}/vaststellen`} appearance="primary-action-button">
              {`Versie ${concept.versie} vaststellen`}
            </AppButtonLink>
          ) : null}
          <AppButtonLink to={`${basis}/nieuwe-versie`} appearance="secondary-action-button">
            {concept ? `Versie ${concept.versie} bewerken` : 'Nieuwe versie'}
          </AppButtonLink>
          {b.status !== 'concept' ? (
            <AppButtonLink to={`${basis}/prognose`} appearance="secondary-action-button">
              Prognose bijwerken
            </AppButtonLink>
          ) : null}
        </ButtonGroup>
      ) : null}
      <Heading3>Regels van versie {b.versie}</Heading3>
      <ExcelKnop bestandsnaam={excelBestandsnaam('begroting', regio?.naam, b.jaar)} bladen={() => Promise.resolve(begrotingBladen(b, detail.data))} />
      <Tabel
        label={`Regels van ${b.naam}`}
        koppen={['Code', 'Omschrijving', { tekst: 'Bedrag', numeriek: true }, { tekst: 'Prognose eind van het jaar', numeriek: true }]}
        voet={
          <TableFooter>
            <TableRow className="totaalrij">
              <TableCell />
              <TableCell>Totaal</TableCell>
              <TableCell className="numeriek">{formatEuro(b.totaalCenten)}</TableCell>
              <TableCell />
            </TableRow>
          </TableFooter>
        }
      >
        {b.regels.map((r) => (
          <TableRow key={r.id}>
            <TableCell>{r.code}</TableCell>
            <TableCell>{r.omschrijving}</TableCell>
            <TableCell className="numeriek geen-afbreking">{formatEuro(r.bedragCenten)}</TableCell>
            <TableCell className="numeriek geen-afbreking">{r.prognoseCenten === null ? 'geen' : formatEuro(r.prognoseCenten)}</TableCell>
          </TableRow>
        ))}
      </Tabel>
      <Heading3>Versies naast elkaar</Heading3>
      <MetGegevens query={detail} wat="de versies">
        {(d) => <Versievergelijking regioId={regioId} begroting={d} />}
      </MetGegevens>
    </section>
  );
}

type Versie = BegrotingDetail['versies'][number];

/** Every version as a column, every line code as a row; each amount says how it differs from the version before. */
function Versievergelijking({ regioId, begroting }: { regioId: string; begroting: BegrotingDetail }) {
  const versies = begroting.versies;
  const codes: Array<{ code: string; omschrijving: string }> = [];
  for (const v of versies) {
    for (const r of v.regels) if (!codes.some((c) => c.code === r.code)) codes.push({ code: r.code, omschrijving: r.omschrijving });
  }
  const bedrag = (v: Versie, code: string) => v.regels.find((r) => r.code === code)?.bedragCenten;
  return (
    <>
      {versies.length === 1 ? <Paragraph>Er is één versie; een nieuwe versie verschijnt hier ernaast.</Paragraph> : null}
      <Tabel
        label={`Versies van ${begroting.naam}`}
        bijschrift={`Versies van ${begroting.naam} naast elkaar, met het verschil ten opzichte van de vorige versie`}
        koppen={[
          'Regel',
          ...versies.map((v) => ({
            tekst: `Versie ${v.versie}`,
            numeriek: true,
            inhoud: (
              <span className="versiekop">
                <span className="versiekop__naam">Versie {v.versie}</span> <VersieStatus status={v.status} />
                {v.vastgesteldOp ? (
                  <span className="versiekop__detail">
                    {formatDatum(v.vastgesteldOp)}
                    {v.vastgesteldDoor ? `, ${v.vastgesteldDoor.naam}` : ''}
                  </span>
                ) : null}
                {v.besluitId ? (
                  <span className="versiekop__detail">
                    <AppLink to={besluitPad(regioId, v.besluitId)}>{v.besluitReferentie || 'Besluit'}</AppLink>
                  </span>
                ) : v.besluitReferentie ? (
                  <span className="versiekop__detail">{v.besluitReferentie}</span>
                ) : null}
                {v.toelichting ? <span className="versiekop__detail">{v.toelichting}</span> : null}
              </span>
            ),
          })),
        ]}
        voet={
          <TableFooter>
            <TableRow className="totaalrij">
              <TableCell>Totaal</TableCell>
              {versies.map((v, i) => (
                <TableCell key={v.versie} className="numeriek">
                  <Bedrag centen={v.totaalCenten} vorige={i > 0 ? versies[i - 1]!.totaalCenten : undefined} />
                </TableCell>
              ))}
            </TableRow>
          </TableFooter>
        }
      >
        {codes.map((c) => (
          <TableRow key={c.code}>
            <TableCell>
              {c.code} <span className="bijzin">{c.omschrijving}</span>
            </TableCell>
            {versies.map((v, i) => (
              <TableCell key={v.versie} className="numeriek">
                <Bedrag centen={bedrag(v, c.code)} vorige={i > 0 ? (bedrag(versies[i - 1]!, c.code) ?? 0) : undefined} />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </Tabel>
    </>
  );
}

function Bedrag({ centen, vorige }: { centen: number | undefined; vorige: number | undefined }) {
  if (centen === undefined) return <>niet in deze versie</>;
  const verschil = vorige === undefined ? 0 : centen - vorige;
  return (
    <>
      <span className="geen-afbreking">{formatEuro(centen)}</span>
      {vorige !== undefined && verschil !== 0 ? (
        <span className={`verschil ${verschil > 0 ? 'verschil--meer' : 'verschil--minder'}`}>{verschilTekst(verschil)}</span>
      ) : null}
    </>
  );
}

function begrotingBladen(b: Begroting, detail: BegrotingDetail | undefined): Excelblad[] {
  const bladen: Excelblad[] = [
    {
      naam: `Begroting ${b.jaar}`,
      kolommen: [{ kop: 'Code' }, { kop: 'Omschrijving', breedte: 60 }, { kop: 'Bedrag', soort: 'euro' }, { kop: 'Prognose', soort: 'euro' }],
      rijen: b.regels.map((r) => [r.code, r.omschrijving, r.bedragCenten, r.prognoseCenten]),
      totaal: ['', 'Totaal', b.totaalCenten, null],
    },
  ];
  if (detail) {
    const codes = [...new Set(detail.versies.flatMap((v) => v.regels.map((r) => r.code)))];
    bladen.push({
      naam: 'Versies',
      kolommen: [{ kop: 'Code' }, ...detail.versies.map((v) => ({ kop: `Versie ${v.versie} (${v.status})`, soort: 'euro' as const }))],
      rijen: codes.map((code) => [code, ...detail.versies.map((v) => v.regels.find((r) => r.code === code)?.bedragCenten ?? null)]),
      totaal: ['Totaal', ...detail.versies.map((v) => v.totaalCenten)],
    });
  }
  return bladen;
}
