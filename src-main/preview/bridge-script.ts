/**
 * The script the preview serves as /korpu-bridge.js: it gives the page the same `window.korpu`
 * the Electron preload gives, speaking HTTP to the loopback server instead of IPC. Kept as plain
 * browser JavaScript text because it is served as-is, not bundled.
 */
export const BRIDGE_SCRIPT = String.raw`(() => {
  'use strict';
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    window.sessionStorage.setItem('korpu-token', fromUrl);
  }
  const token = fromUrl || window.sessionStorage.getItem('korpu-token') || '';
  const listeners = new Map();
  let source = null;
  const connectEvents = () => {
    if (source !== null) {
      return;
    }
    source = new EventSource('/events?token=' + encodeURIComponent(token));
    source.onmessage = (message) => {
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      for (const listener of listeners.get(event.name) || []) {
        listener(event.payload);
      }
    };
  };
  const korpu = {
    async invoke(name, input, sessionId) {
      const headers = { 'content-type': 'application/json', 'x-korpu-token': token };
      if (typeof sessionId === 'string' && sessionId !== '') {
        headers['x-korpu-session'] = sessionId;
      }
      try {
        const response = await fetch('/rpc/' + encodeURIComponent(String(name)), {
          method: 'POST',
          headers,
          body: JSON.stringify(input === undefined ? {} : input),
        });
        return await response.json();
      } catch {
        return { ok: false, error: { code: 'TRANSPORT_FAILED', message: 'The Körpü preview server cannot be reached' } };
      }
    },
    on(name, listener) {
      connectEvents();
      const set = listeners.get(name) || new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
  Object.defineProperty(window, 'korpu', { value: Object.freeze(korpu), writable: false, configurable: false });
})();
`;
