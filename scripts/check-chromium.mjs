// Fails early, with the fix, when there is no browser for the end-to-end tests.
import { findChromium } from './browser.mjs';

try {
  console.log(`Chromium for end-to-end tests: ${findChromium()}`);
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
