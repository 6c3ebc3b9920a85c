import type { HandlerMap } from '../context';
import { listReferenceItems, saveReferenceItem, setReferenceRetired } from './reference-service';

/** Reference data: everyone reads it; the director adds, renames and retires (never deletes). */
export const referenceHandlers: HandlerMap<'reference.list' | 'reference.save' | 'reference.setRetired'> = {
  'reference.list': (input, { deps }) => listReferenceItems(deps.db, input.kind, input.includeRetired ?? false),
  'reference.save': (input, ctx) => saveReferenceItem(ctx.deps, ctx.actor, input),
  'reference.setRetired': (input, ctx) => setReferenceRetired(ctx.deps, ctx.actor, input.kind, input.code, input.retired),
};
