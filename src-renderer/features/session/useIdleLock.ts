import { activityReportIntervalMs } from '@contract/idle';
import { useEffect, useRef } from 'react';

import { useApi } from '../../api/ApiProvider';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Locks the session after `idleMinutes` without keyboard, mouse or touch activity in this window.
 * While the user works, the core is told about it now and then (activityReportIntervalMs): its own idle check is the
 * backstop, for a window that stopped counting. `onLocked` runs after the lock was recorded.
 */
export function useIdleLock(idleMinutes: number, locked: boolean, onLocked: () => void): void {
  const api = useApi();
  // Set when the effect starts (not during render: reading the clock there is impure).
  const lastActivity = useRef(0);
  const lastTouch = useRef(0);

  useEffect(() => {
    if (locked) {
      return undefined;
    }
    lastActivity.current = Date.now();
    lastTouch.current = Date.now();
    const touchEvery = activityReportIntervalMs(idleMinutes);
    const onActivity = (): void => {
      const now = Date.now();
      lastActivity.current = now;
      if (now - lastTouch.current >= touchEvery) {
        lastTouch.current = now;
        api.call('auth.touch', {}).catch(() => undefined);
      }
    };
    for (const name of ACTIVITY_EVENTS) {
      window.addEventListener(name, onActivity, { passive: true, capture: true });
    }
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= idleMinutes * 60_000) {
        window.clearInterval(timer);
        api
          .call('auth.lock', {})
          .catch(() => undefined)
          .finally(onLocked);
      }
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) {
        window.removeEventListener(name, onActivity, { capture: true });
      }
    };
  }, [api, idleMinutes, locked, onLocked]);
}
