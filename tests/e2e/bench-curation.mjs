// Benchmark (not a test): the class view's Curation tab for a key and STUDENTS students
// (default 30) of generated files (fixtures/classgen.mjs: ARTICLES articles of SENTENCES
// sentences, default 20 x 50, about 900 spans a file), in the built page, in headless
// Chromium from file://.
// Run: cd tests/e2e && PARALLAX_HTML=$PWD/../../dist/parallax.html STUDENTS=30 RUNS=9 node bench-curation.mjs
// Prints JSON with the figures in BENCHMARKS.md ("Curation of a class"): the tab's opening
// (click to counts shown), Accept all majority, RUNS Accept clicks spread over the page and
// the click that withdraws one (el.click() in the page, to the next animation frame), the
// Next page, and any page error (a trap).
import fs from 'node:fs';
import { openApp, SEL } from './page.mjs';
import { median } from './bench-common.mjs';
import { writeClass } from './fixtures/classgen.mjs';
import { tmpDir } from './fixtures/lib.mjs';

const STUDENTS = Number(process.env.STUDENTS || 30);
const RUNS = Number(process.env.RUNS || 9);
const shape = { docs: Number(process.env.ARTICLES || 20), sentences: Number(process.env.SENTENCES || 50) };

const dir = tmpDir('parallax-bench-curation-');
const files = writeClass(dir, 'f', 0, STUDENTS, shape);
const { browser, page, problems } = await openApp();
const out = { students: STUDENTS, ...shape, spansPerFile: JSON.parse(fs.readFileSync(files[1], 'utf8')).spans.length };
try {
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, files[0]);
  await page.setInputFiles(SEL.classStudentsInput, files.slice(1));
  await page.waitForFunction((n) => document.querySelectorAll('#class-table tr.student-row').length >= n, STUDENTS, { timeout: 300000 });
  let t = Date.now();
  await page.click(SEL.tabCuration);
  await page.waitForSelector(SEL.curationCounts, { timeout: 300000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  out.openMs = Date.now() - t;
  out.counts = await page.textContent(SEL.curationCounts);
  out.buttons = await page.locator(SEL.curationAccept).count();
  const click = (selector, n = 0) => page.evaluate(async ({ selector, n }) => {
    const els = document.querySelectorAll(selector);
    if (!els[n]) return null;
    const t0 = performance.now();
    els[n].click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return Math.round(performance.now() - t0);
  }, { selector, n });
  out.acceptMajorityMs = await click(SEL.acceptMajority);
  const clicks = [];
  for (let k = 0; k < RUNS; k++) clicks.push(await click(SEL.curationAccept, Math.floor((k * out.buttons) / RUNS)));
  out.acceptClickMs = { median: median(clicks), max: Math.max(...clicks), all: clicks };
  out.withdrawMs = await click(`${SEL.curationAccept}[aria-pressed="true"]`);
  out.nextPageMs = await click(SEL.curationNext);
  out.countsAfter = await page.textContent(SEL.curationCounts);
} catch (e) {
  out.error = e.message.split('\n')[0];
}
out.problems = problems;
console.log(JSON.stringify(out, null, 1));
await browser.close();
fs.rmSync(dir, { recursive: true, force: true });
