// Holds back the settings' first load on a page whose first view needs none (the popup): the
// settings are checked with zod, and fetching and compiling it would delay the figures. Apart from
// use-settings.ts so that page can set the gate without loading the database code.
let gate: Promise<unknown> = Promise.resolve();

/** For a page whose first view needs no settings: load them only once `first` settles. */
export function loadSettingsAfter(first: Promise<unknown>): void {
  gate = first;
}

export const settingsGate = (): Promise<unknown> => gate;
