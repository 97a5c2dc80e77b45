import { Paragraph } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { formatEuro } from '../../common/geld';
import { useEchart } from './echarts-levensloop';

/**
 * Charts (UI.md "Charts"): ECharts with the SVG renderer, a title, units, a legend in words, the
 * colours of the theme, and a pattern per series so colour alone carries no meaning. The chart is
 * one image for assistive technology, named by a summary; the page offers the same numbers as a
 * table ("Toon als tabel").
 */

export type Patroon = 'vol' | 'strepen' | 'stippen' | 'ruit';

export interface Reeks {
  naam: string;
  /** Per category: integer euro cents, or another number when the chart has its own `opmaak`; null when there is none. */
  waarden: Array<number | null>;
  /** A CSS custom property of the theme for the colour. */
  kleurToken: string;
  patroon: Patroon;
}

const reserveKleur = ['#5b3f9e', '#c25400', '#1f7a3d', '#2b5797'];

function themaWaarde(element: Element, token: string, reserve: string): string {
  const waarde = getComputedStyle(element).getPropertyValue(token).trim();
  return waarde || reserve;
}

function decal(patroon: Patroon, kleur: string) {
  switch (patroon) {
    case 'strepen':
      return { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4, color: kleur };
    case 'stippen':
      return { symbol: 'circle', symbolSize: 0.7, dashArrayX: [[5, 5], [0, 5, 5, 0]], dashArrayY: [5, 0], color: kleur };
    case 'ruit':
      return { symbol: 'rect', symbolSize: 1, dashArrayX: [[1, 0], [1, 0]], dashArrayY: [2, 4], rotation: Math.PI / 4, color: kleur };
    default:
      return { symbol: 'none' };
  }
}

/** Breaks a title into lines of at most `tekens` characters at spaces, so ECharts sizes the title block correctly. */
function breek(tekst: string, tekens: number): string {
  const regels: string[] = [];
  let regel = '';
  for (const woord of tekst.split(' ')) {
    if (regel && (regel + ' ' + woord).length > tekens) {
      regels.push(regel);
      regel = woord;
    } else regel = regel ? `${regel} ${woord}` : woord;
  }
  if (regel) regels.push(regel);
  return regels.join('\n');
}

const kortGetal = new Intl.NumberFormat('nl-NL', { notation: 'compact', maximumFractionDigits: 1 });

/** Axis labels: "€ 2 mln.", "€ 500K" would be English; Intl gives the Dutch compact form. */
function asLabel(centen: number): string {
  return `€ ${kortGetal.format(centen / 100)}`;
}

export function Staafgrafiek({
  titel,
  samenvatting,
  categorieen,
  reeksen,
  eenheid = 'Bedragen in euro (€)',
  opmaak,
}: {
  titel: string;
  /** What the chart shows, in one or two sentences with the main numbers: its accessible name. */
  samenvatting: string;
  categorieen: string[];
  reeksen: Reeks[];
  eenheid?: string;
  /** Numbers that are not money (people, percentages): how a value and an axis label are written. */
  opmaak?: { waarde: (n: number) => string; as: (n: number) => string };
}) {
  const container = useRef<HTMLDivElement>(null);
  const hoogte = 210 + categorieen.length * Math.max(44, reeksen.length * 16);

  const fout = useEchart(
    container,
    () => import('./echarts').then(({ init }) => (element: HTMLDivElement) => init(element, undefined, { renderer: 'svg', locale: 'EN' })),
    (element, breedte) => {
      const tekst = themaWaarde(element, '--basis-color-default-color-document', '#1a1a1a');
      const subtiel = themaWaarde(element, '--basis-color-default-border-subtle', '#cccccc');
      const achtergrond = themaWaarde(element, '--basis-color-default-bg-document', '#ffffff');
      const lettertype = themaWaarde(element, '--basis-text-font-family-default', 'sans-serif');
      const smal = breedte < 480;
      const titelGrootte = smal ? 15 : 18;
      const titelRegels = breek(titel, Math.max(12, Math.floor((breedte - 8) / (titelGrootte * 0.58))));
      const titelHoogte = titelRegels.split('\n').length * (titelGrootte + 6);
      const legendaBoven = titelHoogte + 46;
      // The legend wraps on narrow screens; leave room for two rows there.
      const rasterBoven = legendaBoven + (smal ? 64 : 40);
      return {
        animation: false,
        aria: { enabled: false },
        textStyle: { fontFamily: lettertype, color: tekst },
        title: {
          text: titelRegels,
          subtext: eenheid,
          left: 0,
          itemGap: 6,
          textStyle: { fontSize: titelGrootte, lineHeight: titelGrootte + 6, fontWeight: 'bold', color: tekst },
          subtextStyle: { fontSize: 14, color: tekst },
        },
        legend: {
          top: legendaBoven,
          left: 0,
          itemGap: 16,
          textStyle: { fontSize: 14, color: tekst },
          data: reeksen.map((r) => r.naam),
        },
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          valueFormatter: (v: unknown) => (typeof v === 'number' ? (opmaak?.waarde ?? formatEuro)(v) : 'geen waarde'),
        },
        grid: { left: 4, right: smal ? 12 : 24, top: rasterBoven, bottom: 8, containLabel: true },
        xAxis: {
          type: 'value',
          axisLabel: { formatter: opmaak?.as ?? asLabel, color: tekst, fontSize: 12, hideOverlap: true },
          splitLine: { lineStyle: { color: subtiel } },
          splitNumber: smal ? 2 : 5,
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: categorieen,
          axisLabel: { color: tekst, fontSize: smal ? 12 : 14, width: smal ? 96 : 180, overflow: 'truncate' },
          axisLine: { lineStyle: { color: tekst } },
        },
        series: reeksen.map((r, i) => {
          const kleur = themaWaarde(element, r.kleurToken, reserveKleur[i % reserveKleur.length]!);
          return {
            type: 'bar',
            name: r.naam,
            data: r.waarden,
            barGap: '10%',
            itemStyle: { color: kleur, borderColor: tekst, borderWidth: 0.5, decal: decal(r.patroon, achtergrond) },
            emphasis: { disabled: true },
          };
        }),
      };
    },
    [titel, eenheid, categorieen, reeksen, opmaak],
  );

  if (fout) {
    return <Paragraph className="foutregel">De grafiek kon niet worden geladen; de tabel toont dezelfde bedragen.</Paragraph>;
  }
  return (
    <div className="grafiek" role="img" aria-label={`${titel}. ${samenvatting}`}>
      <div ref={container} className="grafiek__vlak" style={{ blockSize: `${hoogte}px` }} />
    </div>
  );
}
