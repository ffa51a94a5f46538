import { defineConfig } from 'wxt';
import identity from './lib/extension-identity.json' with { type: 'json' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'PHI Guard',
    description: 'Checks outgoing messages for Protected Health Information before they are sent.',
    // A fixed public key gives a stable extension id, which enterprise policy (storage.managed) is keyed by.
    key: identity.key,
    permissions: ['storage'],
  },
});
