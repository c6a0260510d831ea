#!/usr/bin/env node
// Launcher for the TypeScript CLI: registers tsx so `npx syndicate` works right after `npm ci`,
// with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/syndicate.ts');
