/**
 * The ECharts parts of the coverage map, registered once in their own chunk: only a region with
 * imported boundaries loads them. No tiles and no network: the map is drawn from the boundaries.
 */
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { init, registerMap, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([MapChart, TooltipComponent, SVGRenderer]);

export { init, registerMap };
