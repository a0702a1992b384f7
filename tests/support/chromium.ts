/**
 * The Chromium the browser and end-to-end tests drive: found the same way the export command finds it
 * ($CHROMIUM_PATH, then the usual install paths). Tests never download a browser of their own; `ensureChromium`
 * installs Debian's package when it is missing and the machine allows it.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { findChromium, INSTALL_HINT } from '../../src/pipeline/cli/browser.ts';

export { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../src/pipeline/cli/browser.ts';

function canInstallWithApt(): boolean {
  try {
    accessSync('/usr/bin/apt-get', constants.X_OK);
  } catch {
    return false;
  }
  return process.platform === 'linux' && process.getuid?.() === 0;
}

/** Returns Chromium's path, installing Debian's package first when it is missing and this is possible. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH || !canInstallWithApt()) throw new Error(INSTALL_HINT);
  log('Chromium is missing: installing Debian’s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error(INSTALL_HINT);
  return installed;
}
