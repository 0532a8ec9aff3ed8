/**
 * Sätteri's own Markdown features the site turns on, shared by the pipeline
 * (index.ts) and the content check, which parses MDX with them to report a
 * syntax error in the editors' words before the build meets it.
 */
import type { Features } from 'satteri';
import { vi } from '../lib/vi.ts';

export const features = {
  gfm: { footnotes: { label: vi.footnotes, backLabel: vi.footnoteBack } },
  definitionList: true,
  headingAttributes: true,
  math: true,
} satisfies Features;
