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

const SYMBOLS: Record<string, string> = {
  times: '×', cdot: '·', div: '÷', pm: '±', mp: '∓', le: '≤', leq: '≤', ge: '≥', geq: '≥', neq: '≠', ne: '≠',
  approx: '≈', equiv: '≡', infty: '∞', sum: '∑', prod: '∏', int: '∫', to: '→', rightarrow: '→', leftarrow: '←',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', Delta: 'Δ', epsilon: 'ε', theta: 'θ', lambda: 'λ', mu: 'μ',
  pi: 'π', rho: 'ρ', sigma: 'σ', Sigma: 'Σ', phi: 'φ', omega: 'ω', Omega: 'Ω', degree: '°', circ: '°', percent: '%',
};

/**
 * A formula as plain text, for descriptions and excerpts, where MathML cannot
 * go: `S = a \times b` -> "S = a × b", `\frac{1}{2}` -> "1/2". Close enough
 * for a preview; the page itself has the real formula.
 */
export function mathText(tex: string): string {
  let out = tex;
  for (let i = 0; i < 5; i++) {
    const before = out;
    out = out
      .replace(/\\(?:text|mathrm|mathbf|mathit|operatorname|textbf|textit)\s*\{([^{}]*)\}/g, '$1')
      .replace(/\\d?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, '$1/$2')
      .replace(/\\sqrt\s*\{([^{}]*)\}/g, '√$1');
    if (out === before) break;
  }
  return out
    .replace(/\\([A-Za-z]+)/g, (_m, name: string) => SYMBOLS[name] ?? (/^(left|right|big|Big|bigg|Bigg|displaystyle|,|;|quad|qquad)$/.test(name) ? '' : name))
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
