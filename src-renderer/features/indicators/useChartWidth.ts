import { useElementSize } from '@mantine/hooks';

/**
 * The width a chart is drawn at until its container has been measured: in a tab not shown yet,
 * and in jsdom, where nothing has a size (ResponsiveContainer would draw nothing there).
 */
export const UNMEASURED_CHART_WIDTH = 560;

/** A ref for a chart's container and the width to draw at: the container's, once measured. */
export function useChartWidth() {
  const { ref, width } = useElementSize<HTMLDivElement>();
  return { ref, width: width > 0 ? Math.floor(width) : UNMEASURED_CHART_WIDTH };
}
