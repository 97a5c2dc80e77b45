import { type DependencyList, type RefObject, useEffect, useState } from 'react';
import type { EChartsCoreOption, EChartsType } from './echarts';

/**
 * The life of one ECharts instance in a React element: load the chunk with the chart parts, start
 * the chart, give it its option again when the element's width changes (narrow screens get other
 * labels), and stop it when the element goes. Charts and the coverage map share this; only the
 * chunk and the option differ. Returns whether loading failed (the page then points to its table).
 */
export function useEchart(
  container: RefObject<HTMLDivElement | null>,
  laad: () => Promise<(element: HTMLDivElement) => EChartsType>,
  optie: (element: HTMLDivElement, breedte: number) => EChartsCoreOption,
  afhankelijkheden: DependencyList,
): boolean {
  const [fout, setFout] = useState(false);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let grafiek: EChartsType | undefined;
    let waarnemer: ResizeObserver | undefined;
    let gestopt = false;
    laad()
      .then((start) => {
        if (gestopt) return;
        grafiek = start(element);
        grafiek.setOption(optie(element, element.clientWidth));
        waarnemer = new ResizeObserver(() => {
          grafiek?.resize();
          grafiek?.setOption(optie(element, element.clientWidth));
        });
        waarnemer.observe(element);
      })
      .catch(() => setFout(true));
    return () => {
      gestopt = true;
      waarnemer?.disconnect();
      grafiek?.dispose();
    };
    // The caller names what the option depends on; laad and optie are recreated every render.
  }, afhankelijkheden);
  return fout;
}
