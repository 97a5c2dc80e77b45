import { Button, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption, TableCell, TableFooter, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Uitkering, Verdeelsleutel } from '../../../common/contracts/financien';
import { formatBasispunten, formatEuro } from '../../../common/geld';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { HistorieSectie } from '../../components/historie';
import { Gegevenslijst, MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { label, lokaleVerdelingLabels } from '../../i18n/nl';
import { useToepassing, useUitkeringen, useVerdeelsleutel, type Toepassing } from './financien.api';

export function VerdeelsleutelPagina() {
  const { regioId, pad, kruimels } = useOnderdeel('verdeelsleutels');
  const { verdeelsleutelId = '' } = useParams();
  const sleutel = useVerdeelsleutel(regioId, verdeelsleutelId);
  const melding = useMelding();
  const naam = sleutel.data?.naam ?? 'Verdeelsleutel';
  return (
    <>
      <RegioKop titel={naam} kruimels={[...kruimels, { label: naam, to: `${pad}/${verdeelsleutelId}` }]} />
      <Melding tekst={melding} />
      <MetGegevens query={sleutel} wat="de verdeelsleutel">
        {(s) => (
          <>
            <Gegevenslijst
              gegevens={[
                { label: 'Doelen', waarde: s.doelen.map((d) => `${d.doel}: ${formatBasispunten(d.aandeelBasispunten)}${d.lokaal ? ' (lokaal)' : ''}`).join('; ') },
                { label: 'Lokale verdeling', waarde: label(lokaleVerdelingLabels, s.lokaleVerdeling) },
                { label: 'Toelichting', waarde: s.toelichting || 'Geen', multiline: true },
              ]}
            />
            <ToepassingSectie regioId={regioId} sleutel={s} />
            <HistorieSectie regioId={regioId} soort="verdeelsleutel" itemId={s.id} />
          </>
        )}
      </MetGegevens>
    </>
  );
}

function ToepassingSectie({ regioId, sleutel }: { regioId: string; sleutel: Verdeelsleutel }) {
  const uitkeringen = useUitkeringen(regioId);
  const [zoek, setZoek] = useSearchParams();
  const items = uitkeringen.data?.items ?? [];
  const uitkeringId = zoek.get('uitkering') ?? undefined;
  const jaarTekst = zoek.get('jaar');
  const jaar = jaarTekst && /^\d{4}$/.test(jaarTekst) ? Number(jaarTekst) : undefined;
  const [keuze, setKeuze] = useState(() => (uitkeringId && jaar ? `${uitkeringId}|${jaar}` : ''));
  const toepassing = useToepassing(regioId, sleutel.id, uitkeringId, jaar);
  const opties = items.flatMap((u: Uitkering) => u.bedragen.map((b) => ({ waarde: `${u.id}|${b.jaar}`, label: `${u.naam} ${b.jaar} (${formatEuro(b.bedragCenten)})` })));
  return (
    <section aria-labelledby="toepassing-kop" className="sectie">
      <Heading2 id="toepassing-kop">Toepassing op een uitkering</Heading2>
      <Paragraph>Kies een uitkering en jaar: u ziet de bedragen per doel en per gemeente, die precies optellen tot het geheel.</Paragraph>
      <form
        className="jaarkeuze"
        aria-label="Uitkering en jaar kiezen"
        onSubmit={(e) => {
          e.preventDefault();
          const [u, j] = keuze.split('|');
          if (u && j) setZoek({ uitkering: u, jaar: j }, { replace: true });
        }}
      >
        <FormField type="text">
          <FormLabel htmlFor="toepassing-keuze">Uitkering en jaar</FormLabel>
          <Select id="toepassing-keuze" value={keuze} onChange={(e) => setKeuze(e.target.value)}>
            <SelectOption value="">Kies een uitkering en jaar</SelectOption>
            {opties.map((o) => (
              <SelectOption key={o.waarde} value={o.waarde}>
                {o.label}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <Button type="submit" appearance="secondary-action-button">
          Toepassen
        </Button>
      </form>
      {uitkeringId && jaar ? (
        <MetGegevens query={toepassing} wat="de verdeling">
          {(t) => <ToepassingTabel toepassing={t} naam={items.find((u) => u.id === uitkeringId)?.naam ?? 'Uitkering'} sleutel={sleutel} />}
        </MetGegevens>
      ) : null}
    </section>
  );
}

function ToepassingTabel({ toepassing: t, naam, sleutel }: { toepassing: Toepassing; naam: string; sleutel: Verdeelsleutel }) {
  const { regio } = useOnderdeel('verdeelsleutels');
  const rijen = t.doelen.flatMap((d) => [
    { soort: 'doel' as const, doel: d.doel, wie: '', aandeel: d.aandeelBasispunten, centen: d.centen },
    ...(d.gemeenten ?? []).map((g) => ({ soort: 'gemeente' as const, doel: d.doel, wie: `${g.naam} (${g.gemeentecode})`, aandeel: null, centen: g.centen })),
  ]);
  return (
    <>
      <ExcelKnop
        bestandsnaam={excelBestandsnaam('verdeling', sleutel.naam, regio?.naam, t.jaar)}
        bladen={[
          {
            naam: `Verdeling ${t.jaar}`,
            kolommen: [{ kop: 'Doel', breedte: 40 }, { kop: 'Gemeente' }, { kop: 'Aandeel', soort: 'percentage' }, { kop: 'Bedrag', soort: 'euro' }],
            rijen: rijen.map((r) => [r.doel, r.wie, r.aandeel, r.centen]),
            totaal: ['Totaal', '', 10000, t.totaalCenten],
          },
        ]}
      />
      <Tabel
        label={`Verdeling van ${naam} ${t.jaar}`}
        koppen={['Doel', 'Gemeente', { tekst: 'Aandeel', numeriek: true }, { tekst: 'Bedrag', numeriek: true }]}
        voet={
          <TableFooter>
            <TableRow className="totaalrij">
              <TableCell>Totaal</TableCell>
              <TableCell />
              <TableCell className="numeriek">100%</TableCell>
              <TableCell className="numeriek geen-afbreking">{formatEuro(t.totaalCenten)}</TableCell>
            </TableRow>
          </TableFooter>
        }
      >
        {rijen.map((r, i) => (
          <TableRow key={i} className={r.soort === 'doel' ? 'doelrij' : undefined}>
            <TableCell>{r.soort === 'doel' ? r.doel : <span className="visueel-verborgen">{r.doel}</span>}</TableCell>
            <TableCell>{r.wie}</TableCell>
            <TableCell className="numeriek">{r.aandeel === null ? '' : formatBasispunten(r.aandeel)}</TableCell>
            <TableCell className="numeriek geen-afbreking">{formatEuro(r.centen)}</TableCell>
          </TableRow>
        ))}
      </Tabel>
      <Paragraph appearance="small">
        Bedragen worden verdeeld met de methode van de grootste resten: eerst naar beneden afgerond op hele centen, daarna krijgen de
        grootste resten elk één cent, zodat de som precies het geheel is.
      </Paragraph>
    </>
  );
}
