// The page object of the end-to-end tests: the page's selectors (SEL, kept in
// selectors.mjs so helpers.mjs can use them too) and the common actions on the page, so a
// changed layout means one edit. It extends helpers.mjs (starting Chromium, opening the
// page, selecting text), which it re-exports.
import { SEL } from './selectors.mjs';

export * from './helpers.mjs';
export { SEL };

/** Wait until the page holds `n` elements matching `selector` (`op`: '===' exactly,
 *  '>=' at least, '>' more than); `options` as Playwright's waitForFunction (timeout). */
export function waitForCount(page, selector, n, op = '===', options = undefined) {
  return page.waitForFunction(
    ({ selector, n, op }) => {
      const k = document.querySelectorAll(selector).length;
      return op === '>=' ? k >= n : op === '>' ? k > n : k === n;
    },
    { selector, n, op },
    options,
  );
}

/** Wait until exactly `n` articles are shown (`atLeast`: `n` or more). */
export function waitForArticles(page, n, { atLeast = false } = {}) {
  return waitForCount(page, SEL.article, n, atLeast ? '>=' : '===');
}

/** Press "Load sample" and wait until its two articles are shown. */
export async function loadSample(page) {
  await page.click(SEL.loadSample);
  await waitForArticles(page, 2);
}

/** Paste an article through the paste box (title optional), as a user does. */
export async function pasteArticle(page, text, title) {
  await page.click(SEL.pasteOpen);
  if (title !== undefined) await page.fill(SEL.pasteTitle, title);
  await page.fill(SEL.pasteText, text);
  await page.click(SEL.pasteAdd);
}


/** The flags shown on the current span's first suggestion card holding `text` (waits for
 *  the card, up to 20 s for matching): an array of the flags' texts. Matching runs again
 *  after each change (debounced), so a card may first show an earlier run's flags: with
 *  `until` (a RegExp), wait up to 10 s for a flag matching it before reading. */
export async function cardFlags(page, text, until = undefined) {
  await page.waitForSelector(SEL.groupSuggestion, { timeout: 20000 });
  const card = page.locator(SEL.groupSuggestion, { hasText: text }).first();
  await card.waitFor();
  if (until) {
    await page
      .waitForFunction(
        ({ sel, text, source, flags }) => [...document.querySelectorAll(sel)]
          .filter((c) => c.textContent.includes(text))
          .slice(0, 1)
          .some((c) => [...c.querySelectorAll('.flag')].some((f) => new RegExp(source, flags).test(f.textContent))),
        { sel: SEL.groupSuggestion, text, source: until.source, flags: until.flags },
        { timeout: 10000 },
      )
      .catch(() => {});
  }
  return card.locator('.flag').allTextContents();
}
