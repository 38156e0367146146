// Only the agent's own input may make Careline act. X's scripts (or another extension's) share the
// DOM and can dispatch clicks and keys on anything, including inside the overlay's open shadow
// root, but the browser marks every event a script makes as untrusted (`isTrusted` false).
let acceptSynthetic = false;

export function isAgentEvent(event: Event): boolean {
  return event.isTrusted || acceptSynthetic;
}

/** Unit tests drive a simulated DOM with synthetic events; nothing else may call this. */
export function acceptSyntheticEventsInTests(accept = true): void {
  acceptSynthetic = accept;
}

/** For a host element: stops a script-made event before it reaches anything inside the host. */
export function stopUntrusted(event: Event): void {
  if (isAgentEvent(event)) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}
