import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AppShell } from './app-shell.tsx';
import { createQueryClient } from './query-client.ts';

/** The dashboard with its data client; routing uses the browser's address. */
export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <AppShell />
    </QueryClientProvider>
  );
}
