// Shared by the browser checks: starts Debian's Chromium headless, with every kind of
// background networking off so that nothing but the site under test is contacted.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
  });
}

export function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

export function expect(condition, message) {
  if (!condition) fail(message);
}
