import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles.css';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { isApiError, setUnauthorizedHandler } from './api';
import { sessieKey } from './features/sessies/sessie';
import { maakRouter } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // 4xx answers do not get better by asking again.
      retry: (aantal, fout) => !(isApiError(fout) && fout.status >= 400 && fout.status < 500) && aantal < 2,
    },
  },
});

const router = maakRouter();

// Any 401 means the session ended: forget it and sign in again, then come back here.
setUnauthorizedHandler(() => {
  const { pathname, search } = window.location;
  queryClient.setQueryData(sessieKey, null);
  if (pathname.startsWith('/inloggen')) return;
  void router.navigate(`/inloggen?terug=${encodeURIComponent(pathname + search)}`, { replace: true });
});

const root = document.getElementById('root');
if (!root) throw new Error('Element #root ontbreekt in index.html');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
