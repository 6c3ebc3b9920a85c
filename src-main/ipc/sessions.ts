import type { SessionSlot } from '../services/context';

/** One session slot per connection (an Electron window, by webContents id); dropped when it closes. */
export type SessionRegistry = {
  slotFor(connectionId: number): SessionSlot;
  drop(connectionId: number): void;
};

/** Creates an empty registry: nobody is signed in on a new window. */
export function sessionRegistry(): SessionRegistry {
  const slots = new Map<number, SessionSlot>();
  return {
    slotFor(connectionId) {
      let slot = slots.get(connectionId);
      if (slot === undefined) {
        slot = { current: null };
        slots.set(connectionId, slot);
      }
      return slot;
    },
    drop(connectionId) {
      slots.delete(connectionId);
    },
  };
}
