/** `npm test` step: make sure a Chromium is there before any browser test starts, or stop with one clear line. */
import { ensureChromium } from './chromium.ts';

try {
  ensureChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
