import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createApiClient } from './api-client';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App connection={createApiClient()} />
    </StrictMode>,
  );
}
