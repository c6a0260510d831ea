#!/usr/bin/env node
// Launcher for the TypeScript CLI: registers tsx so `npx syndicate` works right after `npm ci`,
// with no build step, then runs the CLI with this process's arguments and streams.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/syndicate.ts');
process.exitCode = await main(process.argv.slice(2), process);
