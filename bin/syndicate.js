#!/usr/bin/env node
// Launcher of the `syndicate` CLI: loads it as compiled JavaScript (built on `npm ci` and
// whenever its sources change; see cli-loader.js), or through tsx when it cannot be compiled,
// then runs it with this process's arguments and streams, with V8 compiling the extractor's
// regular expressions straight to machine code (shared/extract/regexp-compilation.ts).
import { loadCli } from './cli-loader.js';

const { main, compileRegExpsNatively } = await loadCli();
compileRegExpsNatively();
process.exitCode = await main(process.argv.slice(2), process);
