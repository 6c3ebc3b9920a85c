import { calendarDate } from '../../contract/dates';
import type { HandlerMap } from '../context';
import { indicatorDashboard, recordManualValue, saveManualIndicator, setIndicatorTarget } from './dashboard';

/** The transformation plan's indicators: the dashboard, the director's targets and the indicators kept by hand. */
export const indicatorsHandlers: HandlerMap<'indicators.get' | 'indicators.setTarget' | 'indicators.saveManual' | 'indicators.recordManualValue'> = {
  'indicators.get': (input, { deps }) => indicatorDashboard(deps.db, input.planId, calendarDate(deps.clock.now()), input),
  'indicators.setTarget': (input, { deps, actor }) => setIndicatorTarget(deps, actor, input),
  'indicators.saveManual': (input, { deps, actor }) => saveManualIndicator(deps, actor, input),
  'indicators.recordManualValue': (input, { deps, actor }) => recordManualValue(deps, actor, input),
};
