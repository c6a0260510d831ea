/**
 * Imported first by every Lambda entry (through `lambda-start.ts`): V8 compiles
 * the bundle's regular expressions straight to machine code, which halves an instance's first
 * extraction (see `shared/extract/regexp-compilation.js`).
 */
import { compileRegExpsNatively } from '../../shared/extract/regexp-compilation.js';

compileRegExpsNatively();
