/**
 * The parts of ECharts the application uses, registered once; this module loads only when a page
 * shows a chart (its own chunk), so the first load stays small.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export { init };
export type { EChartsCoreOption, EChartsType } from 'echarts/core';
