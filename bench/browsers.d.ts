declare module '*/scripts/browsers.mjs' {
  export const CHROMIUM_ARGS: string[];
  export function ensureBrowsers(engines: string[]): Record<string, string>;
}
