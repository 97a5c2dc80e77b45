import { Alert, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { voortgangsstatussen } from '../../../common/contracts/algemeen';
import type { Regiostand, Voortgangsrapportage } from '../../../common/contracts/overzicht';
import { ExcelKnop, excelBestandsnaam, type Excelblad } from '../../components/excel';
import { Gegevenslijst, MetGegevens, RegioKop, Sectie, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { formatDatum, formatDatumTijd, formatGetal } from '../../format';
import { voortgangsstatusTitel } from '../../i18n/nl';
import { eigenaarTekst as afspraakEigenaar, StatusBadge, VerlopenTekst } from '../afspraken/afspraken';
import { overzichtBlad, OverzichtTabel } from '../financien/FinancienOverzichtPagina';
import { KetenaanpakkenMatrixTabel, Legenda, niveauLabel } from '../ketenaanpakken/ketenaanpakken';
import { eigenaarTekst as mijlpaalEigenaar } from '../mijlpalen/mijlpalen.api';
import { StatusBadge as MijlpaalStatus, VerlopenTekst as MijlpaalVerlopen } from '../mijlpalen/mijlpalen';
import { DekkingTabel, dekkingTekst } from '../steunpunten/SteunpuntenPagina';
import { useVoortgangsrapportage } from './voortgangsrapportages.api';
import { EvaluatiesTabel, evaluatiesBlad } from './voortgangsrapportages';

/** The whole report as one workbook: a sheet per section, as frozen. */
function excelBladen(r: Voortgangsrapportage): Excelblad[] {
  const s = r.inhoud;
  const bladen: Excelblad[] = [
    {
      // One row with a column per datum, so the peildatum and the moment of freezing are real dates in Excel.
      naam: 'Rapportage',
      kolommen: [
        { kop: 'Regio' },
        { kop: 'Titel' },
        { kop: 'Periode' },
        { kop: 'Volgnummer', soort: 'getal' },
        { kop: 'Peildatum', soort: 'datum' },
        { kop: 'Bevroren op', soort: 'datumtijd' },
        { kop: 'Bevroren door' },
        { kop: 'Toelichting' },
        { kop: 'Controlegetal (SHA-256)' },
        { kop: 'Ongeschonden' },
      ],
      rijen: [[s.regio.naam, r.titel, r.periodeLabel, r.volgnummer, r.peildatum, r.bevrorenOp, r.bevrorenDoor, r.toelichting, r.inhoudHash, r.ongeschonden ? 'ja' : 'nee']],
    },
    {
      naam: 'Afspraken',
      kolommen: [{ kop: 'Akkoord' }, { kop: 'Code' }, { kop: 'Afspraak' }, { kop: 'Thema' }, { kop: 'Status' }, { kop: 'Deadline', soort: 'datum' }, { kop: 'Verlopen' }, { kop: 'Eigenaar' }],
      rijen: s.afspraken.items.map((a) => [a.akkoordCode, a.code, a.titel, a.thema, voortgangsstatusTitel(a.status), a.deadline, a.verlopenTekst ?? '', afspraakEigenaar(a)]),
    },
    {
      naam: 'Ketenaanpakken',
      kolommen: [{ kop: 'Gemeente' }, ...s.ketenaanpakken.ketenaanpakken.map((a) => ({ kop: a.naam }))],
      rijen: s.ketenaanpakken.gemeenten.map((g) => [g.naam, ...g.cellen.map((c) => niveauLabel(c.niveau))]),
    },
    {
      naam: 'Dekking',
      kolommen: [{ kop: 'Gemeente' }, { kop: 'Inwoners', soort: 'getal' }, { kop: 'Steunpunten', soort: 'getal' }, { kop: 'Open voor iedereen', soort: 'getal' }, { kop: 'Gedekt' }],
      rijen: s.dekking.gemeenten.map((g) => [g.naam, g.inwoners, g.steunpunten, g.openVoorIedereen, g.gedekt ? 'ja' : 'nee']),
      totaal: ['Totaal', s.dekking.totaal.inwoners, null, null, `${s.dekking.totaal.gedekteGemeenten} van ${s.dekking.totaal.gemeenten}`],
    },
    evaluatiesBlad(s.indicatoren),
    {
      naam: 'Mijlpalen',
      kolommen: [{ kop: 'Datum', soort: 'datum' }, { kop: 'Mijlpaal' }, { kop: 'Status' }, { kop: 'Verlopen' }, { kop: 'Eigenaar' }],
      rijen: s.mijlpalen.map((m) => [m.datum, m.titel, voortgangsstatusTitel(m.status), m.verlopenTekst ?? '', mijlpaalEigenaar(m)]),
    },
  ];
  if (s.financien) bladen.push({ ...overzichtBlad(s.financien), naam: `Financiën ${s.financien.jaar}` });
  return bladen;
}

function Afspraken({ stand: s }: { stand: Regiostand }) {
  const a = s.afspraken.aantallen;
  return (
    <Sectie id="afspraken-kop" titel="Afspraken">
      <ul className="kerncijfers" aria-label="Afspraken per status">
        {voortgangsstatussen.map((st) => (
          <li key={st}>
            <span className="kerncijfers__label">{voortgangsstatusTitel(st)}</span> <span className="kerncijfers__waarde">{formatGetal(a[st])}</span>
          </li>
        ))}
        <li>
          <span className="kerncijfers__label">Over de deadline</span> <span className="kerncijfers__waarde">{formatGetal(a.verlopen)}</span>
        </li>
      </ul>
      {s.afspraken.items.length ? (
        <Tabel label="Afspraken in de rapportage" koppen={['Code', 'Afspraak', 'Thema', 'Status', 'Deadline']}>
          {s.afspraken.items.map((x) => (
            <TableRow key={x.id}>
              <TableCell>{x.code}</TableCell>
              <TableCell>{x.titel}</TableCell>
              <TableCell>{x.thema}</TableCell>
              <TableCell>
                <StatusBadge afspraak={x} />
              </TableCell>
              <TableCell>
                <span className="geen-afbreking">{x.deadline ? formatDatum(x.deadline) : 'geen'}</span> <VerlopenTekst afspraak={x} />
              </TableCell>
            </TableRow>
          ))}
        </Tabel>
      ) : (
        <Paragraph>Er waren geen afspraken.</Paragraph>
      )}
    </Sectie>
  );
}

function Inhoud({ r }: { r: Voortgangsrapportage }) {
  const s = r.inhoud;
  const d = s.dekking.totaal;
  return (
    <>
      {r.ongeschonden ? null : (
        <Alert type="error">
          <Heading2 className="alert-kop">Let op: deze rapportage is niet meer zoals zij is bevroren</Heading2>
          <Paragraph>
            De opgeslagen inhoud heeft niet meer het controlegetal waarmee zij is bevroren. Vertrouw de cijfers hieronder niet en meld dit bij de beheerder.
          </Paragraph>
        </Alert>
      )}
      <Alert type="info">
        <Paragraph>
          <strong>
            Bevroren op {formatDatum(r.bevrorenOp)} door {r.bevrorenDoor}; deze rapportage verandert niet meer.
          </strong>{' '}
          Zij toont de stand van {formatDatum(r.peildatum)}, ook als de gegevens daarna zijn gewijzigd.
        </Paragraph>
      </Alert>
      <Gegevenslijst
        gegevens={[
          { label: 'Periode', waarde: r.volgnummer > 1 ? `${r.periodeLabel} (rapportage ${r.volgnummer} over deze periode)` : r.periodeLabel },
          { label: 'Peildatum', waarde: formatDatum(r.peildatum) },
          { label: 'Bevroren op', waarde: formatDatumTijd(r.bevrorenOp) },
          ...(r.toelichting ? [{ label: 'Toelichting', waarde: r.toelichting, multiline: true }] : []),
          { label: 'Controlegetal', waarde: <span className="breekbaar">{r.inhoudHash}</span> },
        ]}
      />
      <ExcelKnop bestandsnaam={excelBestandsnaam('voortgangsrapportage', s.regio.naam, r.periode, r.volgnummer > 1 ? r.volgnummer : null)} bladen={excelBladen(r)} />

      <Afspraken stand={s} />

      <Sectie id="ketenaanpakken-kop" titel="Ketenaanpakken">
        <KetenaanpakkenMatrixTabel matrix={s.ketenaanpakken} label="Ketenaanpakken per gemeente in de rapportage" />
        <Legenda />
      </Sectie>

      <Sectie id="dekking-kop" titel="Dekking met steunpunten">
        <Paragraph className="kerncijfer">
          <strong>
            {d.gedekteGemeenten} van {d.gemeenten} gemeenten gedekt
          </strong>
        </Paragraph>
        <Paragraph>{dekkingTekst(s.dekking)}</Paragraph>
        <DekkingTabel dekking={s.dekking} />
      </Sectie>

      <Sectie id="indicatoren-kop" titel="Indicatoren">
        {s.indicatoren.some((i) => i.evaluaties.length) ? (
          <EvaluatiesTabel regioId={s.regio.id} indicatoren={s.indicatoren} label="Indicatoren tegen hun streefwaarden" />
        ) : (
          <Paragraph>Er waren geen streefwaarden voor perioden binnen {r.periodeLabel}.</Paragraph>
        )}
        {s.indicatoren.some((i) => !i.evaluaties.length) ? (
          <Paragraph>
            Zonder streefwaarde in deze periode:{' '}
            {s.indicatoren
              .filter((i) => !i.evaluaties.length)
              .map((i) => i.naam)
              .join(', ')}
            .
          </Paragraph>
        ) : null}
      </Sectie>

      <Sectie id="mijlpalen-kop" titel="Mijlpalen">
        {s.mijlpalen.length ? (
          <Tabel label="Mijlpalen in de rapportage" koppen={['Datum', 'Mijlpaal', 'Status', 'Eigenaar']}>
            {s.mijlpalen.map((m) => (
              <TableRow key={m.id}>
                <TableCell>
                  <span className="geen-afbreking">{formatDatum(m.datum)}</span> <MijlpaalVerlopen mijlpaal={m} />
                </TableCell>
                <TableCell>{m.titel}</TableCell>
                <TableCell>
                  <MijlpaalStatus mijlpaal={m} />
                </TableCell>
                <TableCell>{mijlpaalEigenaar(m) || 'Niet vastgelegd'}</TableCell>
              </TableRow>
            ))}
          </Tabel>
        ) : (
          <Paragraph>Er waren geen mijlpalen.</Paragraph>
        )}
      </Sectie>

      <Sectie id="financien-kop" titel="Financiën">
        {s.financien ? (
          <>
            <Paragraph>
              Begroot, verplicht en uitgegeven in {s.financien.jaar}
              {s.financien.begroting ? `, volgens ${s.financien.begroting.naam} (versie ${s.financien.begroting.versie}, ${s.financien.begroting.status})` : ''}.
            </Paragraph>
            <OverzichtTabel data={s.financien} />
          </>
        ) : (
          <Paragraph>De regio had geen begroting voor {r.periode.slice(0, 4)}.</Paragraph>
        )}
      </Sectie>
    </>
  );
}

/** A frozen progress report, read-only, exactly as it was frozen. */
export function VoortgangsrapportagePagina() {
  const { regioId, pad, kruimels } = useOnderdeel('voortgangsrapportages');
  const { rapportageId } = useParams();
  const rapportage = useVoortgangsrapportage(regioId, rapportageId);
  const melding = useMelding();
  const titel = rapportage.data?.titel ?? 'Voortgangsrapportage';
  return (
    <>
      <RegioKop titel={titel} kruimels={[...kruimels, { label: titel, to: `${pad}/${rapportageId}` }]}>
        <Paragraph>
          {rapportage.data ? `De voortgang van de regio over ${rapportage.data.periodeLabel}, zoals die is vastgelegd.` : 'Een vastgelegde stand van de regio.'}
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      <MetGegevens query={rapportage} wat="de rapportage">
        {(r) => <Inhoud r={r} />}
      </MetGegevens>
    </>
  );
}
