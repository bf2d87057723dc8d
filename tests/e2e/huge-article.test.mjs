// Trial 28, F13: a workspace holding a 5 MB article with no sentence stop (one paragraph
// of words) beside three small articles. Labelling a claim in a small one used to freeze
// the page (the matcher ran in the page on a 5 MB "sentence"), and the workspace froze
// again on every reopen. Now: the page keeps answering while the worker matches, the
// suggestions appear, the long run of words is matched in pieces (a note says so once),
// and the reopened workspace answers and shows its span and its suggestions again.
// No timing here: each step waits for what the user sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, session, tmpDir } from './fixtures/lib.mjs';
import { SEL, mouseSelect, continueWorkspace } from './page.mjs';

let browser;
let tmp;
before(async () => { browser = await launch(); tmp = tmpDir('parallax-huge-'); });
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

const BUS_A = `Bus plunges into ravine in Peru, killing 24

A passenger bus fell into a ravine in the Andes of southern Peru on Sunday, killing 24 people, police said.
The bus was travelling from Arequipa to Cusco when it left the road on a sharp bend.
At least 15 passengers were injured and taken to hospital in Espinar.
Police said the driver had lost control of the vehicle on the wet road.
The driver was arrested after the crash.
"The bus was going far too fast," a survivor told local radio.
`;
const BUS_B = `Peru bus crash kills 24 in the Andes

At least 24 people died when a bus plunged into a gorge in southern Peru on Sunday.
The vehicle was on its way from Arequipa to Cusco.
Fifteen passengers were hurt and taken to a hospital in Espinar.
Investigators believe a mechanical failure of the brakes caused the crash.
Police arrested the driver after the crash, a spokesman said.
`;
const QUAKE = `Earthquake in eastern Turkey kills at least 40

A magnitude 6.8 earthquake struck the province of Elazig in eastern Turkey on Friday evening.
Rescuers pulled 45 people alive from the ruins by Wednesday morning.
`;

/** `mb` megabytes of words from a small vocabulary, one line, no sentence stop. */
function wordSalad(mb) {
  const vocab = ['the', 'said', 'government', 'budget', 'protests', 'minister', 'review', 'in', 'that', 'would', 'after', 'monday', 'on', 'driver', 'crash'];
  const parts = [];
  let seed = 7;
  for (let n = 0; n < mb * 1e6;) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const w = vocab[seed % vocab.length];
    parts.push(w);
    n += w.length + 1;
  }
  return parts.join(' ');
}

/** Whether the page runs a script within `ms` (a frozen renderer does not). */
async function answers(page, ms = 10000) {
  const timer = new Promise((resolve) => setTimeout(() => resolve(false), ms));
  return Promise.race([page.evaluate(() => true), timer]);
}

test('a workspace with a 5 MB article of no sentence stops stays usable, and so on reopen', async (t) => {
  const s = await session(browser);
  t.after(() => s.close());
  const { page } = s;
  const files = [['bus_a.txt', BUS_A], ['bus_b.txt', BUS_B], ['quake_a.txt', QUAKE], ['big.txt', wordSalad(5)]]
    .map(([name, text]) => { const f = path.join(tmp, name); fs.writeFileSync(f, text); return f; });
  await page.setInputFiles(SEL.fileInput, files.slice(0, 3));
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 3, SEL.article);
  await page.setInputFiles(SEL.fileInput, [files[3]]);
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, SEL.article, { timeout: 60000 });
  // The run of words with no stop is matched in pieces: said once, in a note.
  const notes = await page.locator(SEL.notice).allTextContents();
  const long = notes.filter((n) => /big\.txt/.test(n) && /no sentence stop/.test(n) && /pieces/.test(n));
  assert.equal(long.length, 1, `one note about the long run of words (${JSON.stringify(notes)})`);

  await mouseSelect(page, 0, 'The driver was arrested after the crash.');
  await page.keyboard.press('1');
  await page.waitForSelector(SEL.firstClaim);
  assert.ok(await answers(page), 'the page answers while the suggestions are computed');
  // The suggestions for the claim appear, the other report's sentence first.
  await page.waitForSelector(SEL.groupSuggestionText, { timeout: 60000 });
  const first = await page.locator(SEL.groupSuggestionText).first().textContent();
  assert.match(first, /arrested the driver/);
  assert.ok(await answers(page), 'the page answers once the suggestions are shown');

  // Reopen: the workspace answers, with its four articles, its span and its suggestions.
  await page.reload();
  await continueWorkspace(page);
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, SEL.article, { timeout: 60000 });
  assert.ok(await answers(page), 'the reopened workspace answers');
  await page.waitForSelector(SEL.firstClaim);
  await page.locator(SEL.firstClaim).click();
  await page.waitForSelector(SEL.groupSuggestionText, { timeout: 60000 });
  assert.ok(await answers(page), 'the reopened workspace answers with its suggestions shown');
  assert.deepEqual(s.problems, []);
});
