/**
 * TeX to MathML with Temml. Temml is written for MathML Core, the MathML
 * that Chromium, Firefox and Safari all draw natively, so its output needs no
 * script and no stylesheet of its own; KaTeX's MathML is an accessibility
 * layer meant to sit under its HTML rendering. Temml is maintained by one of
 * KaTeX's maintainers and follows KaTeX's TeX coverage.
 */
import temml from 'temml';

export interface MathOptions {
  display: boolean;
  /** The post, for the warning when a formula cannot be read. */
  file?: string;
}

/**
 * A formula as a <math> element. A formula with a TeX mistake does not stop
 * the build: the page shows its TeX as code, as MathJax would show it, and
 * the build log says where.
 */
export function renderMath(tex: string, { display, file }: MathOptions): string {
  try {
    return temml.renderToString(tex, { displayMode: display, throwOnError: true, annotate: true });
  } catch (err) {
    console.warn(`Công thức toán không đọc được / a formula could not be read${file ? ` in ${file}` : ''}: ${tex}\n  ${(err as Error).message}`);
    const code = `<code class="math-error">${escapeHtml(tex)}</code>`;
    return display ? `<pre>${code}</pre>` : code;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
