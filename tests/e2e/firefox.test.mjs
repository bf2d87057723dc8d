// Issue 2 in Firefox: the same dist/parallax.html opened from file:// in Debian's Firefox ESR,
// driven over WebDriver BiDi by puppeteer-core (Playwright needs its own patched Firefox, which
// cannot be downloaded here). Boot, load the samples, label a sentence, see and accept a
// suggestion, reload and find the work restored; no request leaves the page.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { PAGE_URL, SEL } from './page.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

const waitFor = async (page, fn, arg, what) => {
  try {
    await page.waitForFunction(fn, { timeout: 20000, polling: 100 }, arg);
  } catch (e) {
    throw new Error(`timed out waiting for ${what}: ${e.message}`);
  }
};

test('Firefox: label, accept a suggestion, reload keeps the work', async () => {
  assert.ok(fs.existsSync(FIREFOX), `${FIREFOX} is missing: cargo xtask test installs firefox-esr`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
  });
  after(() => browser.close());
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('request', (r) => {
    const u = r.url();
    if (u !== PAGE_URL && !u.startsWith('blob:') && !u.startsWith('data:')) requests.push(u);
  });

  await page.goto(PAGE_URL);
  await page.waitForSelector(SEL.loadSample, { timeout: 20000 });
  await page.click(SEL.loadSample);
  await waitFor(page, () => document.querySelectorAll('section.article').length === 2, null, 'two articles');

  const sentence = 'He then got out of the jeep and ran';
  const found = await page.evaluate((needle) => {
    const body = document.querySelector('section.article .article-body');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf(needle);
      if (at >= 0) {
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + needle.length);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
        return true;
      }
    }
    return false;
  }, sentence);
  assert.ok(found, 'the sentence is in the first article');
  await page.keyboard.press('1');
  await waitFor(page, () => document.querySelector('mark.span-mark[data-label="claim"]'), null, 'the claim mark');
  assert.equal(await page.$eval(SEL.claim, (m) => m.textContent), sentence);

  await waitFor(page, () => document.querySelector('#suggestions .suggestion button.accept-suggestion'), null, 'a suggestion');
  const flags = await page.$$eval(SEL.suggestionFlag, (els) => els.map((e) => e.textContent));
  assert.ok(flags.some((f) => /jeep/.test(f) && /truck/.test(f)), `a jeep/truck flag is shown (got ${flags})`);
  await page.click(SEL.acceptFirstSuggestion);
  await waitFor(page, () => document.querySelectorAll('.link-item').length === 1, null, 'the link');

  await page.reload();
  // The only workspace saved, this tab's own, comes back at once; were the list shown
  // (a browser that keeps no session storage over a reload), continue the latest.
  await waitFor(page, () => document.querySelector('.workspace-chooser button.continue') || document.querySelector('.app[data-workspace-id]'), null, 'the workspace or the list');
  if (await page.$('.workspace-chooser button.continue')) await page.click(SEL.workspaceContinue);
  await waitFor(page, () => document.querySelectorAll('.link-item').length === 1, null, 'the link after reload');
  assert.equal(await page.$$eval(SEL.article, (e) => e.length), 2, 'articles restored');
  assert.equal(await page.$$eval(SEL.mark, (e) => e.length), 2, 'both linked spans restored');

  assert.deepEqual(requests, [], 'no network request');
  assert.deepEqual(problems, [], 'no page errors');
});
