import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Historieregel } from '../../common/contracts/algemeen';
import { formatEuro } from '../../common/geld';
import { useHistorie } from '../features/historie/historie.api';
import { formatDatumTijd, formatGetal, formatPercentage } from '../format';
import { historieActieLabels, label, veldLabels } from '../i18n/nl';
import { AppLink } from './links';
import { Laadfout, Laden } from './status';

/** Technical fields that say nothing to a reader of the history. */
const verborgenVelden = new Set(['id', 'regioId', 'aangemaaktOp', 'gewijzigdOp', 'bijgewerktOp', 'versie']);

export interface Wijziging {
  veld: string;
  voor: unknown;
  na: unknown;
}

function isObject(waarde: unknown): waarde is Record<string, unknown> {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);
}

function plat(waarde: unknown, prefix = ''): Record<string, unknown> {
  if (!isObject(waarde)) return {};
  const result: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(waarde)) {
    if (verborgenVelden.has(key)) continue;
    const naam = prefix ? `${prefix}.${key}` : key;
    if (isObject(v) && !prefix) Object.assign(result, plat(v, naam));
    else result[naam] = v;
  }
  return result;
}

/** The fields whose value differs between `voor` and `na`, in a stable order. */
export function wijzigingen(voor: unknown, na: unknown): Wijziging[] {
  const a = plat(voor);
  const b = plat(na);
  const velden = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return velden
    .filter((veld) => JSON.stringify(a[veld] ?? null) !== JSON.stringify(b[veld] ?? null))
    .map((veld) => ({ veld, voor: a[veld], na: b[veld] }));
}

export function veldNaam(veld: string): string {
  const laatste = veld.split('.').pop() ?? veld;
  return veldLabels[veld] ?? veldLabels[laatste] ?? veld;
}

export function formatWaarde(veld: string, waarde: unknown): string {
  if (waarde === null || waarde === undefined || waarde === '') return '(leeg)';
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  if (typeof waarde === 'number') {
    if (veld.endsWith('Basispunten')) return formatPercentage(waarde);
    // Money is stored in cents; a history row shows euros, like every other page.
    if (veld.endsWith('Centen') && Number.isInteger(waarde)) return formatEuro(waarde);
    // A year reads as 2024, not as the number 2.024.
    if (veld === 'jaar' || veld.endsWith('Jaar') || veld.endsWith('.jaar')) return String(waarde);
    return formatGetal(waarde);
  }
  if (typeof waarde === 'string') return `“${waarde}”`;
  return JSON.stringify(waarde);
}

export function Wijzigingen({ regel }: { regel: Historieregel }) {
  const lijst = regel.actie === 'verwijderd' ? [] : wijzigingen(regel.voor, regel.na);
  if (lijst.length === 0) return null;
  return (
    <ul className="historie__wijzigingen">
      {lijst.map((w) => (
        <li key={w.veld}>
          {veldNaam(w.veld)}: {regel.voor !== null && regel.voor !== undefined ? (
            <>
              {formatWaarde(w.veld, w.voor)} <span aria-hidden="true">→</span>
              <span className="visueel-verborgen"> gewijzigd in </span> {formatWaarde(w.veld, w.na)}
            </>
          ) : (
            formatWaarde(w.veld, w.na)
          )}
        </li>
      ))}
    </ul>
  );
}

/** The "Historie" section of a detail page: who changed what, when (UI.md "List → detail → edit"). */
export function HistorieSectie({ regioId, soort, itemId }: { regioId: string; soort: string; itemId: string }) {
  const historie = useHistorie(regioId, { soort, itemId, paginaGrootte: 50 });
  return (
    <section aria-labelledby="historie-kop" className="sectie">
      <Heading2 id="historie-kop">Historie</Heading2>
      {historie.isPending ? (
        <Laden wat="de historie" />
      ) : historie.isError ? (
        <Laadfout fout={historie.error} wat="de historie" />
      ) : historie.data.items.length === 0 ? (
        <Paragraph>Hier ziet u wie wat wanneer heeft gewijzigd. Er zijn nog geen wijzigingen vastgelegd.</Paragraph>
      ) : (
        <>
          <ol className="historie">
            {historie.data.items.map((regel) => (
              <li key={regel.id} className="historie__regel">
                <Paragraph className="historie__kop">
                  <time dateTime={regel.tijdstip}>{formatDatumTijd(regel.tijdstip)}</time>
                  {' · '}
                  <span className="historie__wie">{regel.gebruikerNaam}</span>
                  {' · '}
                  {label(historieActieLabels, regel.actie)}
                </Paragraph>
                {regel.omschrijving ? <Paragraph className="historie__omschrijving">{regel.omschrijving}</Paragraph> : null}
                <Wijzigingen regel={regel} />
              </li>
            ))}
          </ol>
          {historie.data.totaal > historie.data.items.length ? (
            <Paragraph>
              De laatste {historie.data.items.length} van {formatGetal(historie.data.totaal)} wijzigingen.{' '}
              <AppLink to={`/regios/${regioId}/organisatie/historie`}>Bekijk de hele historie van de regio</AppLink>.
            </Paragraph>
          ) : null}
        </>
      )}
    </section>
  );
}
