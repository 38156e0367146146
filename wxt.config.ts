import { defineConfig } from 'wxt';
import { gitignoreGlobs } from './scripts/gitignore-globs';

// WXT's build for Chrome MV3 and Firefox MV3 (the side panel becomes a sidebar there).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  // Explicit imports read better in a codebase that also has plain Node scripts and tests.
  imports: false,
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No "tabs": the x.com host permission already shows Careline the URLs of X tabs, and nothing else.
    permissions: ['storage', 'alarms', 'notifications', 'clipboardWrite'],
    host_permissions: ['https://x.com/*', 'https://twitter.com/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'careline@careline.app',
              strict_min_version: '128.0',
              // Careline sends nothing anywhere: AMO asks new add-ons to say so.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // The sources zip for AMO: what git tracks, not what a build, a test run or the demo left behind.
  zip: { excludeSources: gitignoreGlobs() },
  hooks: {
    // The extension pages' build (the only one that splits chunks; the background and content
    // scripts are single files): zod and the schemas built on it get a chunk of their own, so the
    // popup draws its figures without them (they load afterwards, for the settings), while the
    // dashboard and the side panel load them at once as before. Dexie and its React hooks likewise:
    // the popup's first figures come from the background's snapshot, its database code after.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'popup')) return;
      const output = config.build?.rolldownOptions?.output;
      if (!output || Array.isArray(output)) return;
      output.codeSplitting = {
        includeDependenciesRecursively: false,
        groups: [
          { name: 'schemas', test: /node_modules[\\/]zod[\\/]|[\\/]lib[\\/]model\.ts$/ },
          { name: 'dexie', test: /node_modules[\\/]dexie(-react-hooks)?[\\/]/ },
        ],
      };
    },
  },
  vite: () => ({
    // Chrome rejects extension scripts holding non-characters such as Dexie's U+FFFF
    // ("isn't UTF-8 encoded"); ASCII output escapes them.
    // CARELINE_SOURCEMAP=1 writes source maps, to see what each chunk is made of.
    build: { rolldownOptions: { output: { charset: 'ascii' } }, sourcemap: process.env.CARELINE_SOURCEMAP === '1' },
  }),
});
