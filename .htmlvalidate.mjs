// html-validate over every page of the built test sites (tests/build/html-valid.test.ts).
// The recommended rules; each rule turned off says why on its line.
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Two per-page CSS variables (a post's header image and mask, a tag's weight in the cloud) are set in style attributes; the CSP allows those and no <style> (deploy/headers.ts).
    'no-inline-style': 'off',
    // Headlines are the editors' own and Vietnamese ones often run past 70 characters; search engines shorten them, nothing breaks.
    'long-title': 'off',
    // MDX writes void elements as <img/>, Astro as <img>: both are valid HTML, and the style of one is not ours to choose.
    'void-style': 'off',
    // Not off, widened: the search page's tag filter is a group of checkboxes sharing name="tag" (?tag=a&tag=b), as HTML forms intend.
    // Not off, narrowed: an emergency line's link is the whole row (the number, then what it is for), a large tap target on phones; the number itself never wraps (white-space: nowrap, and phoneText() writes non-breaking spaces).
    'tel-non-breaking': ['error', { ignoreClasses: ['emergency-numbers__link'] }],
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});
