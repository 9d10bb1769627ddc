#!/usr/bin/env node
// The CLI runs the TypeScript sources directly (tsx), so it is always the same code as the extension.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
