/**
 * The own-article form's state: the text in the box, the message shown, and the step that matches the text and
 * shows it in place of the atlas's article. The text stays in this page: never sent, never stored.
 */
import { checkOwnText, decodeOwnFile, type OwnTextProblem } from '../../core/article/ownText.ts';
import type { AtlasState } from '../state/atlasState.svelte.ts';

export type OwnArticleMessage = OwnTextProblem | 'unreadable' | 'matching' | null;

export class OwnArticleForm {
  open = $state(false);
  text = $state('');
  message = $state<OwnArticleMessage>(null);

  constructor(private readonly atlas: AtlasState) {}

  /** Opens the form, and loads and warms the matcher meanwhile (on the atlas's own article, as a sample). */
  openForm(): void {
    this.open = true;
    const sample = this.atlas.bundle.article.lines;
    void import('./matchOwnArticle.ts')
      .then(({ prepareMatcher, PREPARE_STEPS }) => {
        const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
        // One step per idle moment, so typing or pasting never waits behind the warm-up.
        const step = (left: number) => {
          if (left === 0 || !this.open) return;
          prepareMatcher(sample);
          idle(() => step(left - 1));
        };
        idle(() => step(PREPARE_STEPS));
      })
      // A failed load is reported when the reader asks for the match, which loads it again.
      .catch(() => {});
  }

  /** Puts a chosen or dropped file's text in the box; a file too long or not text leaves the box as it was. */
  async readFile(file: File): Promise<void> {
    let bytes: Uint8Array;
    try {
      // The size is known before reading: a huge file is refused without loading it.
      if (file.size > 200 * 1024) {
        this.message = 'tooLong';
        return;
      }
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      this.message = 'unreadable';
      return;
    }
    const decoded = decodeOwnFile(bytes);
    if (!decoded.ok) {
      this.message = decoded.problem;
      return;
    }
    if ('text' in decoded) {
      this.text = decoded.text;
      this.message = null;
    }
  }

  /** Matches the text and shows it; on bad input only the message changes. */
  async show(): Promise<void> {
    const checked = checkOwnText(this.text);
    if (!checked.ok) {
      this.message = checked.problem;
      return;
    }
    this.message = 'matching';
    const { matchOwnArticle } = await import('./matchOwnArticle.ts');
    this.atlas.showArticle({ id: 'own', own: true, content: matchOwnArticle(checked.paragraphs) });
    this.message = null;
    this.open = false;
  }

  backToShipped(): void {
    this.atlas.showArticle(null);
  }
}
