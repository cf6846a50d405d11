/** Chromium's flags for tests, bench and audit: root, no GPU, no network of its own. */
export const CHROMIUM_ARGS: string[];
/** The browsers' executables by engine name; throws naming the install script when one is missing. */
export function ensureBrowsers(engines?: string[]): Record<string, string>;
