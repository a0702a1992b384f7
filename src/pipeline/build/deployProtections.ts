/**
 * Makes the app's protections travel with the build: writes the Content-Security-Policy (every directive a meta tag
 * can carry) and the referrer policy into index.html, so a host that sends no headers still runs the app under
 * them, and ships a configuration for the common static hosts written from the same header table.
 */
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import { policyMeta, type Policy } from './csp.ts';
import { hostConfigs } from './hostConfigs.ts';
import { headerTable } from './hostHeaders.ts';

export interface DeployOptions {
  policy: Policy;
  /** The URL path the host configurations serve the app under (`/` or `/atlas/`). */
  basePath: string;
}

const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The tags that go right after `<meta charset>`, before anything the policy governs. */
export function policyTags(policy: Policy): string {
  const referrer = headerTable(policy).everyFile['Referrer-Policy'] ?? 'same-origin';
  return (
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policyMeta(policy))}" />\n    ` +
    `<meta name="referrer" content="${escapeAttribute(referrer)}" />`
  );
}

export function deployProtections({ policy, basePath }: DeployOptions): Plugin {
  let publicDir = '';
  return {
    name: 'atlas-deploy-protections',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CHARSET.test(html))
          throw new Error('deployProtections: index.html has no <meta charset="utf-8">');
        return html.replace(CHARSET, (charset) => `${charset}\n    ${policyTags(policy)}`);
      },
    },
    generateBundle() {
      const publicFiles = publicDir
        ? readdirSync(publicDir, { withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => entry.name)
        : [];
      const configs = hostConfigs({
        table: headerTable(policy),
        basePath,
        rootFiles: ['index.html', ...publicFiles].sort(),
      });
      for (const [fileName, source] of Object.entries(configs))
        this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
