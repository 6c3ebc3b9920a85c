// Order matters: read the native time zone, then force the Intl polyfills, then everything else.
import './i18n/native-time-zone';
import './i18n/intl-polyfills';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './print.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createApi, windowBridge } from './api/client';
import { App } from './App';
import { initI18n, storedLanguage } from './i18n/i18n';

async function start(): Promise<void> {
  const i18n = await initI18n(storedLanguage() ?? 'az');
  const container = document.getElementById('root');
  if (container === null) {
    return;
  }
  const bridge = windowBridge();
  if (bridge === null) {
    // Opened outside the app and the preview: there is no core to talk to.
    container.textContent = i18n.t('app.noBridge');
    return;
  }
  createRoot(container).render(
    <StrictMode>
      <App api={createApi(bridge)} />
    </StrictMode>,
  );
}

void start();
