/**
 * How the guard reaches a page. A tiny gate content script runs in every frame; the guard itself (the
 * engine, compromise and React, ~800 kB that cost ~190 ms of script time and ~5 MB of heap to evaluate)
 * is injected by the background only into frames policy.sites covers. No imports: the gate must stay small.
 */

/** The gate's request: "policy may cover this frame; inject the guard if it does". */
export const GUARD_REQUEST = 'phiGuard.guardRequest';
export interface GuardRequest { type: typeof GUARD_REQUEST }

export function isGuardRequest(message: unknown): message is GuardRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === GUARD_REQUEST;
}

/** The guard's file in the build (WXT emits content scripts under content-scripts/<name>.js). */
export const GUARD_SCRIPT_FILE = 'content-scripts/guard.js';

/**
 * Set in the extension's isolated world (shared by the gate and the guard, invisible to the page) while a
 * guard is alive in this frame: the gate stops asking, and a second injection (two requests racing) exits.
 * A function, not a flag: after an extension update the old guard's context is invalid and a new one may start.
 */
const ALIVE_KEY = '__phiGuardAlive';
type AliveHolder = { [ALIVE_KEY]?: () => boolean };

export function guardAlive(scope: object = globalThis): boolean {
  return (scope as AliveHolder)[ALIVE_KEY]?.() ?? false;
}

export function markGuardAlive(isAlive: () => boolean, scope: object = globalThis): void {
  (scope as AliveHolder)[ALIVE_KEY] = isAlive;
}
