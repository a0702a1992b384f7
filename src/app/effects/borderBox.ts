/**
 * Reports an element's border box each time it changes, from a ResizeObserver alone: a Svelte attachment
 * (`{@attach borderBox((width, height) => …)}`). Svelte's `bind:offsetWidth` also reads the size as the element
 * appears, which makes the browser lay out the page in the middle of building it; for the country panel that was
 * 10 ms of the click, and the page was laid out again for the frame.
 */
export function borderBox(
  onsize: (width: number, height: number) => void,
): (element: HTMLElement) => () => void {
  return (element) => {
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize[0];
      if (box) onsize(box.inlineSize, box.blockSize);
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
