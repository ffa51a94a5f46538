import { defineConfig } from 'wxt';
import identity from './lib/extension-identity.json' with { type: 'json' };
import { buildManagedSchema, MANAGED_SCHEMA_FILE } from './lib/policy/managed-schema';
// Firefox keys enterprise policy (policies.json "3rdparty") by this id instead of a key-derived one.
import { GECKO_ID } from './lib/policy/identity';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'PHI Guard',
    description: 'Checks outgoing messages for Protected Health Information before they are sent.',
    // scripting: the guard is injected only into frames policy.sites covers (entrypoints/gate.content.ts).
    permissions: ['storage', 'scripting'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '115.0' } } }
      : {
          // A fixed public key gives a stable extension id, which enterprise policy (storage.managed) is keyed by.
          key: identity.key,
          // Generated from the zod PolicySchema at build time (hook below); Chrome validates policy against it.
          storage: { managed_schema: MANAGED_SCHEMA_FILE },
        }),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: JSON.stringify(buildManagedSchema(), null, 2) + '\n' });
    },
  },
});
