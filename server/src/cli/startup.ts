// Start-up tuning for the command line. A check of a few files is over in well under a second,
// and most of that used to go to optimising code that would never run again: V8 compiles the
// tree-sitter wasm with its baseline compiler (Liftoff) and then, for hot functions, again with
// its optimising compiler (TurboFan), on the same two cores the check runs on. For a small check
// the baseline code is all that is needed, and it halves the start-up time (docs/performance.md).
// Large checks keep the default tiering: there the optimised parser pays for itself.
import * as v8 from 'node:v8';

/** Below this many bytes of design text the check is short-lived: wasm stays on the baseline tier. */
export const SMALL_CHECK_BYTES = 1024 * 1024;

let tuned = false;

/** Call before the parser is created (the flag applies to wasm modules compiled afterwards). */
export function tuneForCheckSize(totalBytes: number): void {
  if (totalBytes < SMALL_CHECK_BYTES && !process.env.RINGSIDE_NO_STARTUP_TUNING) {
    v8.setFlagsFromString('--liftoff-only');
    tuned = true;
  }
}

/**
 * Puts back the flags tuneForCheckSize changed (`--liftoff-only` also turned wasm tier-up off), so
 * V8's flags are again those a fresh process starts with. The compile cache (compile-cache.ts)
 * calls it at exit, before saving: V8 rejects a code cache made under other flags. Node 20's V8
 * names these flags; nothing else calls this.
 */
export function restoreStartupFlags(): void {
  if (!tuned) return;
  v8.setFlagsFromString('--no-liftoff-only --wasm-tier-up --wasm-dynamic-tiering');
  tuned = false;
}
