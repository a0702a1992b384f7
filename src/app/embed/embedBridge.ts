/**
 * Connects an embedded atlas to its host page: announces readiness, posts its content height whenever it changes,
 * reports selections and view changes, and applies validated commands from the host.
 */
import {
  atlasMessage,
  heightMessages,
  parseHostMessage,
  type EmbedEvent,
  type CommandContext,
  type HostCommand,
} from '../../core/share/protocol.ts';

export interface BridgeOptions {
  context: CommandContext;
  apply: (command: HostCommand) => void;
  /** Called with a short reason when a message of ours was malformed. */
  reject: (reason: string) => void;
  /** Only these host origins may send commands and receive events; null means any. */
  allowedOrigins: string[] | null;
  /** The pym.js child id, when the host uses pym. */
  pymChildId: string | null;
  /** The element whose height the host should give the iframe. */
  measure: HTMLElement;
}

export interface Bridge {
  post(event: EmbedEvent): void;
  disconnect(): void;
}

export function isEmbedded(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

export function connectEmbed(options: BridgeOptions): Bridge {
  const parent = window.parent;
  const targets = options.allowedOrigins ?? ['*'];
  const send = (message: unknown) => {
    for (const origin of targets) parent.postMessage(message, origin);
  };
  const post = (event: EmbedEvent) => send(atlasMessage(event));

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (options.allowedOrigins && !options.allowedOrigins.includes(event.origin)) return;
    const result = parseHostMessage(event.data, options.context);
    if (!result) return;
    if (result.ok) options.apply(result.command);
    else options.reject(result.reason);
  };
  window.addEventListener('message', onMessage);

  let lastHeight = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(options.measure.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    for (const message of heightMessages(height, options.pymChildId)) send(message);
  });
  observer.observe(options.measure);

  post({ type: 'ready', version: 1 });
  return {
    post,
    disconnect() {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    },
  };
}
