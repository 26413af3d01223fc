import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // The guard throws outside React Server Components; the query layer is tested directly.
      'server-only': path.join(root, 'tests/unit/server-only-stub.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // A stray `.only` would silently skip the rest of the suite, in CI or not.
    allowOnly: false,
  },
});
