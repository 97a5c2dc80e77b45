import { Paragraph } from '@utrecht/component-library-react';
import { useRef } from 'react';
import type { Dekking, Gemeentegrenzen } from '../../../common/contracts/steunpunten';
import { useEchart } from '../../components/echarts-levensloop';

/** Colours with a pattern: "niet gedekt" is striped, so the map does not rely on colour alone (WCAG 1.4.1). */
export const kaartKleuren = { gedekt: '#1f7a3d', nietGedekt: '#f3f3f3', rand: '#1a1a1a', streep: '#5a5a5a' };

const strepen = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: kaartKleuren.streep };

/**
 * The region's municipalities, coloured by coverage. One image for assistive technology, named by
 * a summary; the table next to it has the same information per municipality.
 */
export function DekkingKaart({ regioId, grenzen, dekking, samenvatting }: { regioId: string; grenzen: Gemeentegrenzen; dekking: Dekking; samenvatting: string }) {
  const container = useRef<HTMLDivElement>(null);
  const naam = `regio-${regioId}`;
  const fout = useEchart(
    container,
    () =>
      import('./kaart-echarts').then(({ init, registerMap }) => {
        registerMap(naam, grenzen as never);
        return (element: HTMLDivElement) => init(element, undefined, { renderer: 'svg', locale: 'EN' });
      }),
    (_element, breedte) => {
      const perCode = new Map(dekking.gemeenten.map((g) => [g.gemeentecode, g]));
      return {
        animation: false,
        aria: { enabled: false },
        tooltip: {
          trigger: 'item',
          formatter: (p: { name: string }) => {
            const g = dekking.gemeenten.find((x) => x.naam === p.name);
            return g ? `${g.naam}: ${g.gedekt ? 'gedekt' : 'niet gedekt'} (${g.openVoorIedereen} van ${g.steunpunten} steunpunten open voor iedereen)` : p.name;
          },
        },
        series: [
          {
            type: 'map',
            map: naam,
            nameProperty: 'naam',
            roam: false,
            selectedMode: false,
            left: 4,
            right: 4,
            top: 4,
            bottom: 4,
            label: {
              show: breedte >= 560,
              fontSize: 12,
              color: '#1a1a1a',
              textBorderColor: '#ffffff',
              textBorderWidth: 3,
            },
            emphasis: { label: { show: true }, itemStyle: { areaColor: undefined } },
            itemStyle: { borderColor: kaartKleuren.rand, borderWidth: 0.8 },
            data: grenzen.features.map((f) => {
              const gedekt = perCode.get(f.properties.gemeentecode)?.gedekt ?? false;
              return {
                name: f.properties.naam,
                itemStyle: { areaColor: gedekt ? kaartKleuren.gedekt : kaartKleuren.nietGedekt, decal: gedekt ? { symbol: 'none' } : strepen },
              };
            }),
          },
        ],
      };
    },
    [regioId, grenzen, dekking],
  );

  if (fout) return <Paragraph className="foutregel">De kaart kon niet worden geladen; de tabel toont dezelfde gegevens.</Paragraph>;
  return (
    <figure className="kaart">
      <div className="grafiek" role="img" aria-label={`Kaart van de dekking met steunpunten. ${samenvatting}`}>
        <div ref={container} className="grafiek__vlak" style={{ blockSize: '420px' }} />
      </div>
      <figcaption>
        <ul className="kaart__legenda" aria-label="Legenda">
          <li>
            <svg width="24" height="16" aria-hidden="true" focusable="false">
              <rect width="24" height="16" fill={kaartKleuren.gedekt} stroke={kaartKleuren.rand} />
            </svg>{' '}
            Gedekt: minstens één steunpunt dat voor iedereen open is (effen groen)
          </li>
          <li>
            <svg width="24" height="16" aria-hidden="true" focusable="false">
              <defs>
                <pattern id="kaart-strepen" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <line x1="0" y1="0" x2="0" y2="5" stroke={kaartKleuren.streep} strokeWidth="2" />
                </pattern>
              </defs>
              <rect width="24" height="16" fill={kaartKleuren.nietGedekt} stroke={kaartKleuren.rand} />
              <rect width="24" height="16" fill="url(#kaart-strepen)" />
            </svg>{' '}
            Niet gedekt: geen steunpunt dat voor iedereen open is (lichtgrijs, gestreept)
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
