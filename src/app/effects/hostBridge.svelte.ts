/**
 * An embedded atlas and its host page: the bridge (see `embed/embedBridge.ts`) connected to the state. The host's
 * commands go through the state's methods; the reader's selections and map moves are reported back.
 */
import { untrack } from 'svelte';
import type { AtlasState } from '../state/atlasState.svelte.ts';
import { connectEmbed } from '../embed/embedBridge.ts';
import type { HostCommand } from '../../core/share/protocol.ts';
import { fill } from '../../core/i18n/strings.ts';
import { linkContext } from './linkContext.ts';
import { hostLinkParams } from './readUrl.ts';

export interface HostBridgeOptions {
  /** The page's query string, which carries the host's origin allow-list and pym.js child id. */
  search: string;
  /** The element whose height the host should give the iframe. */
  measure: HTMLElement;
  /** Brings the map back to its opening view. */
  resetView: () => void;
}

export function connectHost(
  atlas: AtlasState,
  { search, measure, resetView }: HostBridgeOptions,
): () => void {
  const apply = (command: HostCommand) => {
    switch (command.type) {
      case 'select':
        atlas.select(command.country);
        break;
      case 'setOrg':
        atlas.setOrg(command.org);
        break;
      case 'setDate':
        if (command.date === 'article' || command.date === 'latest') atlas.showSnapshot(command.date);
        else atlas.setDate(command.date);
        break;
      case 'setLang':
        atlas.setLang(command.lang);
        break;
      case 'resetView':
        resetView();
        break;
    }
  };
  const { allowedOrigins, rejectedOrigins, pymChildId } = hostLinkParams(search);
  if (allowedOrigins !== 'any' && allowedOrigins.length === 0)
    atlas.notify(fill(atlas.t.noAllowedOrigin, { origins: rejectedOrigins.join(', ') }));
  else if (rejectedOrigins.length > 0)
    atlas.notify(fill(atlas.t.ignoredParams, { names: `origins (${rejectedOrigins.join(', ')})` }));
  const bridge = connectEmbed({
    context: linkContext(atlas),
    apply,
    reject: (reason) => atlas.notify(fill(atlas.t.messageIgnored, { reason })),
    allowedOrigins,
    pymChildId,
    measure,
  });

  let lastView = untrack(() => atlas.view);
  const stopReports = $effect.root(() => {
    $effect(() => {
      bridge.post({ type: 'countrySelected', country: atlas.selected });
    });
    $effect(() => {
      const view = atlas.view;
      if (view && view !== lastView) bridge.post({ type: 'viewChanged', ...view });
      lastView = view;
    });
  });
  return () => {
    stopReports();
    bridge.disconnect();
  };
}
