import type { Segment } from '../../core/article/highlightSegments.ts';

/**
 * Shows `segments` as the content of an element, each highlighted run in a `<mark>`, followed, when `owner` names
 * it, by a small subscript saying whose mention it is: a Svelte attachment (`{@attach showSegments(segments)}`).
 * Built node by node, as text; a template block per run costs several times more in a panel of two dozen
 * paragraphs.
 */
export function showSegments(
  segments: readonly Segment[],
  owner?: (segment: Segment) => string | undefined,
): (element: HTMLElement) => void {
  return (element) => {
    element.replaceChildren(
      ...segments.map((segment) => {
        if (!segment.highlighted) return segment.text;
        const mark = document.createElement('mark');
        mark.textContent = segment.text;
        const label = owner?.(segment);
        if (label) {
          const sub = document.createElement('sub');
          sub.className = 'owner';
          sub.dir = 'ltr';
          sub.textContent = label;
          mark.append(sub);
        }
        return mark;
      }),
    );
  };
}
