import { defineConfig } from 'tsup'

// Two builds. The library: ESM and CommonJS with `.d.ts`/`.d.cts` for each entry point. The
// command line: one ESM file with its shebang, no types (nothing imports it). `npm run build`
// empties dist/ first, so neither build cleans (they run in parallel). No source maps: the
// output is unminified ES2022 with the source's names, so a stack trace reads as it is, and
// maps with their sources were 2.1 MB of the 3.3 MB package (docs/packaging.md).
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      number: 'src/number/index.ts',
      schema: 'src/schema/index.ts',
      testing: 'src/testing/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    treeshake: true,
    splitting: true,
    target: 'es2022',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    treeshake: true,
    splitting: false,
    target: 'es2022',
  },
])
