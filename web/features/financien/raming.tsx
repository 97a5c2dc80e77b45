import { Button, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { formatBasispunten, formatEuro } from '../../../common/geld';
import { ExcelKnop, excelBestandsnaam, type Excelblad } from '../../components/excel';
import { Staafgrafiek, type Reeks } from '../../components/grafiek';
import { MetGegevens, Tabel } from '../../components/regio-pagina';
import { useMeerjarenraming, type Meerjarenraming } from './verantwoording.api';

/**
 * The multi-year outlook (DOMAIN.md §5 "financial cliff") as a chart or a table: per year the
 * grants next to the structural commitments, and the gap where commitments exceed the grants.
 */

export const ramingTitel = 'Uitkeringen en verplichtingen per jaar';

type Jaar = Meerjarenraming['jaren'][number];
type Bron = Jaar['uitkeringen'][number]['bron'];

const bronLabels: Record<Bron, string> = {
  bekend: 'bekend',
  voortzetting: 'voortzetting',
  'nieuw-bedrag': 'nieuw bedrag',
  beeindigd: 'beëindigd',
  geen: 'geen',
};

/** "voortzetting, korting 10%": where an amount in the outlook comes from. */
export function bronTekst(u: Jaar['uitkeringen'][number]): string {
  return `${bronLabels[u.bron]}${u.kortingBasispunten ? `, korting ${formatBasispunten(u.kortingBasispunten)}` : ''}`;
}

/** "tekort € 1.980.000", "overschot € 2.747.850", "sluitend". */
export function saldoTekst(centen: number): string {
  if (centen === 0) return 'sluitend';
  return centen < 0 ? `tekort ${formatEuro(-centen)}` : `overschot ${formatEuro(centen)}`;
}

/** The gap in words: which years fall short, and by how much. */
export function tekortTekst(data: Meerjarenraming): string {
  const tekort = data.jaren.filter((j) => j.saldoCenten < 0);
  if (tekort.length === 0) {
    return `Van ${data.van} tot en met ${data.tot} dekken de uitkeringen elk jaar de structurele verplichtingen.`;
  }
  const jaren = tekort.map((j) => `${j.jaar} (${formatEuro(-j.saldoCenten)})`).join(', ');
  return `Tekort: in ${tekort.length === 1 ? 'dit jaar' : 'deze jaren'} zijn de structurele verplichtingen hoger dan de uitkeringen: ${jaren}.`;
}

/** The grants in the outlook, in the order of the first year. */
function uitkeringenVan(data: Meerjarenraming): Array<{ id: string; naam: string }> {
  const gezien = new Map<string, string>();
  for (const j of data.jaren) for (const u of j.uitkeringen) if (!gezien.has(u.uitkeringId)) gezien.set(u.uitkeringId, u.naam);
  return [...gezien].map(([id, naam]) => ({ id, naam }));
}

function RamingGrafiek({ data }: { data: Meerjarenraming }) {
  const categorieen = useMemo(() => data.jaren.map((j) => (j.saldoCenten < 0 ? `${j.jaar}: tekort` : String(j.jaar))), [data]);
  const reeksen = useMemo<Reeks[]>(
    () => [
      { naam: 'Uitkeringen', waarden: data.jaren.map((j) => j.inkomstenCenten), kleurToken: '--basis-color-accent-1-inverse-bg-default', patroon: 'vol' },
      { naam: 'Verplichtingen', waarden: data.jaren.map((j) => j.verplichtingenCenten), kleurToken: '--basis-color-warning-inverse-bg-default', patroon: 'strepen' },
      { naam: 'Tekort', waarden: data.jaren.map((j) => Math.max(0, -j.saldoCenten)), kleurToken: '--basis-color-negative-inverse-bg-default', patroon: 'ruit' },
    ],
    [data],
  );
  const samenvatting =
    `Staafdiagram per jaar van ${data.van} tot en met ${data.tot}, bedragen in euro${data.scenario ? `, scenario ${data.scenario.naam}` : ', alleen bekende bedragen'}. ` +
    `${tekortTekst(data)} Kies “Toon als tabel” voor alle bedragen.`;
  return (
    <>
      <Staafgrafiek titel={ramingTitel} samenvatting={samenvatting} categorieen={categorieen} reeksen={reeksen} />
      <Paragraph appearance="small">
        Uitkeringen: effen staaf; verplichtingen: gestreepte staaf; tekort (verplichtingen min uitkeringen): geruite staaf, en
        “tekort” bij het jaar.
      </Paragraph>
    </>
  );
}

function RamingTabel({ data, label }: { data: Meerjarenraming; label: string }) {
  const uitkeringen = uitkeringenVan(data);
  return (
    <Tabel
      label={label}
      koppen={[
        'Jaar',
        ...uitkeringen.map((u) => ({ tekst: u.naam, numeriek: true })),
        { tekst: 'Inkomsten', numeriek: true },
        { tekst: 'Verplichtingen', numeriek: true },
        { tekst: 'Saldo', numeriek: true },
      ]}
    >
      {data.jaren.map((j) => (
        <TableRow key={j.jaar}>
          <TableCell>{j.jaar}</TableCell>
          {uitkeringen.map((u) => {
            const bedrag = j.uitkeringen.find((x) => x.uitkeringId === u.id);
            return (
              <TableCell key={u.id} className="numeriek">
                {bedrag ? (
                  <>
                    <span className="geen-afbreking">{formatEuro(bedrag.bedragCenten)}</span> <span className="bijzin">{bronTekst(bedrag)}</span>
                  </>
                ) : (
                  'geen'
                )}
              </TableCell>
            );
          })}
          <TableCell className="numeriek geen-afbreking">{formatEuro(j.inkomstenCenten)}</TableCell>
          <TableCell className="numeriek geen-afbreking">{formatEuro(j.verplichtingenCenten)}</TableCell>
          <TableCell className={`numeriek geen-afbreking${j.saldoCenten < 0 ? ' tekort' : ''}`}>{saldoTekst(j.saldoCenten)}</TableCell>
        </TableRow>
      ))}
    </Tabel>
  );
}

function ramingBlad(data: Meerjarenraming): Excelblad {
  const uitkeringen = uitkeringenVan(data);
  const bedrag = (j: Jaar, id: string) => j.uitkeringen.find((u) => u.uitkeringId === id);
  return {
    naam: 'Meerjarenraming',
    kolommen: [
      { kop: 'Jaar', soort: 'getal' },
      ...uitkeringen.flatMap((u) => [{ kop: u.naam, soort: 'euro' as const }, { kop: `${u.naam}: bron` }]),
      { kop: 'Inkomsten', soort: 'euro' },
      { kop: 'Verplichtingen', soort: 'euro' },
      { kop: 'Saldo', soort: 'euro' },
    ],
    rijen: data.jaren.map((j) => [
      j.jaar,
      ...uitkeringen.flatMap((u) => {
        const b = bedrag(j, u.id);
        return [b?.bedragCenten, b ? bronTekst(b) : 'geen'];
      }),
      j.inkomstenCenten,
      j.verplichtingenCenten,
      j.saldoCenten,
    ]),
  };
}

/**
 * The outlook of a period under a scenario (none: known amounts only), with "Toon als tabel" and
 * the Excel export; `id` names the toggled area.
 */
export function Raming({
  regioId,
  regioNaam,
  van,
  tot,
  scenarioId,
  alsTabel,
  onWissel,
  id,
}: {
  regioId: string;
  regioNaam: string | undefined;
  van: number;
  tot: number;
  scenarioId: string | undefined;
  alsTabel: boolean;
  onWissel: () => void;
  id: string;
}) {
  const raming = useMeerjarenraming(regioId, van, tot, scenarioId);
  return (
    <MetGegevens query={raming} wat="de meerjarenraming">
      {(data) => (
        <>
          <Paragraph className="kliftekst">{tekortTekst(data)}</Paragraph>
          <div className="weergave-acties">
            <Button appearance="secondary-action-button" onClick={onWissel} aria-controls={id}>
              {alsTabel ? 'Toon als grafiek' : 'Toon als tabel'}
            </Button>
            <ExcelKnop
              bestandsnaam={excelBestandsnaam('meerjarenraming', regioNaam, `${data.van}-${data.tot}`, data.scenario?.naam)}
              bladen={[ramingBlad(data)]}
            />
          </div>
          <div id={id}>
            {alsTabel ? (
              <RamingTabel data={data} label={`${ramingTitel} ${data.van}–${data.tot}${data.scenario ? `, scenario ${data.scenario.naam}` : ''}`} />
            ) : (
              <RamingGrafiek data={data} />
            )}
          </div>
        </>
      )}
    </MetGegevens>
  );
}
