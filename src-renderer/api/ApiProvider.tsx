import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';

import type { Api } from './client';

const ApiContext = createContext<Api | null>(null);

/** Makes the api available to hooks below; tests pass a fake one. */
export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The api of the nearest provider. */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (api === null) {
    throw new Error('useApi outside ApiProvider');
  }
  return api;
}
