import type { HandlerMap } from '../context';
import { residentTimeline } from './timeline-service';

/** A child's timeline: every event of the record in date order. */
export const timelineHandlers: HandlerMap<'residents.timeline'> = {
  'residents.timeline': (input, { deps }) => residentTimeline(deps.db, input.residentId, input.kinds),
};
