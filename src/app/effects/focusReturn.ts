/**
 * Remembers the last place focus was outside the country panel and the dialogs — the search box, the list
 * button, the map — so that closing the panel sends the reader back where they came from, whichever way the
 * country was chosen.
 */
export interface FocusReturn {
  /** Moves focus back to the remembered element; false when there is none or it has left the page. */
  restore(): boolean;
  /** Stops listening. */
  dispose(): void;
}

export function trackFocusOrigin(root: Document, isInside: (element: Element) => boolean): FocusReturn {
  let origin: HTMLElement | null = null;
  const onfocusin = (event: FocusEvent) => {
    const target = event.target as HTMLElement | null;
    if (target && typeof target.focus === 'function' && !isInside(target)) origin = target;
  };
  root.addEventListener('focusin', onfocusin);
  return {
    restore() {
      if (!origin?.isConnected) return false;
      origin.focus();
      return true;
    },
    dispose() {
      root.removeEventListener('focusin', onfocusin);
    },
  };
}
