/**
 * Connects an embedded atlas to its host page: announces readiness, posts its content height whenever it changes,
 * reports selections and view changes, and applies validated commands from the host.
 */
import {
  atlasMessage,
  heightMessages,
  isAllowedOrigin,
  parseHostMessage,
  type AllowedOrigins,
  type EmbedEvent,
  type CommandContext,
  type HostCommand,
} from '../../core/share/protocol.ts';

export interface BridgeOptions {
  context: CommandContext;
  apply: (command: HostCommand) => void;
  /** Called with a short reason when a message of ours was malformed. */
  reject: (reason: string) => void;
  /** The host origins that may send commands and receive events (an empty list: none). */
  allowedOrigins: AllowedOrigins;
  /** The pym.js child id, when the host uses pym. */
  pymChildId: string | null;
  /** The element whose height the host should give the iframe. */
  measure: HTMLElement;
}

export interface Bridge {
  post(event: EmbedEvent): void;
  disconnect(): void;
}

/** Where frames are not drawn (a hidden or throttled iframe), commands still apply after this long. */
const FLUSH_BACKSTOP_MS = 100;

export function isEmbedded(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/**
 * Holds the latest command of each type and applies them once per frame, so a host that floods the channel costs
 * one state change per type and frame, not one per message.
 */
export function coalesceCommands(apply: (command: HostCommand) => void) {
  const pending = new Map<HostCommand['type'], HostCommand>();
  let frame = 0;
  let backstop: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    cancelAnimationFrame(frame);
    clearTimeout(backstop);
    frame = 0;
    backstop = undefined;
    const commands = [...pending.values()];
    pending.clear();
    for (const command of commands) apply(command);
  };
  return {
    push(command: HostCommand) {
      // Re-inserting moves the type to the end: commands of different types apply in the order last sent.
      pending.delete(command.type);
      pending.set(command.type, command);
      if (backstop !== undefined) return;
      frame = requestAnimationFrame(flush);
      backstop = setTimeout(flush, FLUSH_BACKSTOP_MS);
    },
    cancel() {
      cancelAnimationFrame(frame);
      clearTimeout(backstop);
      pending.clear();
    },
  };
}

export function connectEmbed(options: BridgeOptions): Bridge {
  const parent = window.parent;
  const targets = options.allowedOrigins === 'any' ? ['*'] : options.allowedOrigins;
  const send = (message: unknown) => {
    for (const origin of targets) parent.postMessage(message, origin);
  };
  const post = (event: EmbedEvent) => send(atlasMessage(event));
  const queue = coalesceCommands(options.apply);

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (!isAllowedOrigin(options.allowedOrigins, event.origin)) return;
    const result = parseHostMessage(event.data, options.context);
    if (!result) return;
    if (result.ok) queue.push(result.command);
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
      queue.cancel();
      window.removeEventListener('message', onMessage);
    },
  };
}
