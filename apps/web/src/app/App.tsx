import { RouterProvider } from '@tanstack/react-router';
import { ClientProvider } from '../graphql/ClientProvider';
import { IntlRoot } from '../i18n/IntlRoot';
import { router } from './router';

export function App() {
  return (
    <IntlRoot>
      <ClientProvider>
        <RouterProvider router={router} />
      </ClientProvider>
    </IntlRoot>
  );
}
