import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

import { ApiProvider } from '../../api/ApiProvider';
import { createApi } from '../../api/client';
import { fakeBridge } from '../../api/fake-bridge';
import { theme } from '../../theme';

/**
 * Renders one page with what it needs around it (api over a fake bridge, queries, the app theme,
 * notifications), as App does, without the router and the session. Call `initI18n('az')` in the
 * test file's `beforeAll`. Returns the fake, whose `calls` show what the page sent to the core.
 */
export function renderWithProviders(ui: ReactElement, handlers: Parameters<typeof fakeBridge>[0]) {
  const fake = fakeBridge(handlers);
  // Notifications live in a module-wide store: start each test with none left from the last.
  notifications.clean();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  render(
    <ApiProvider api={createApi(fake.bridge)}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme}>
          <Notifications />
          {ui}
        </MantineProvider>
      </QueryClientProvider>
    </ApiProvider>,
  );
  return fake;
}

/** The inputs of every call to `name`, in order. */
export function inputsOf(fake: ReturnType<typeof fakeBridge>, name: string): unknown[] {
  return fake.calls.filter((call) => call.name === name).map((call) => call.input);
}
