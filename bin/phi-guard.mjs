#!/usr/bin/env node
// The engine is TypeScript; tsx's loader compiles it on import, so the same sources serve the extension and
// the CLI without a separate build. tsconfig is off: the project's extends a WXT-generated file absent
// from an installed package, and the CLI code needs no path aliases.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
