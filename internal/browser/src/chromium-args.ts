/**
 * The flags every browser test starts Chromium with: headless, no sandbox (CI containers run as
 * root), no GPU, and nothing that talks to Google (no background networking, component updates,
 * first-run tasks or sync), so tests never reach the internet.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
