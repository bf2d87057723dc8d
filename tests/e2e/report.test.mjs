// Issue 10, end to end: five articles (the two samples and three saved web pages written for
// this test, with a different figure, a different speaker and a different date for shared
// facts), outlet metadata read from the pages and edited in the page, three articles chosen
// side by side through the switcher, facts linked from the matcher's suggestions, quotes
// attributed (one anonymously), the fact-by-outlet matrix (cells, flags, credits, sort, a
// click to the text), the exported report (self-contained, every outlet, both sides of every
// flag, the anonymous source), and that report printed to PDF in headless Chromium.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openApp, loadFiles, mouseSelect, continueWorkspace, reveal, ROOT, SAMPLES, SEL, waitForArticles, waitForCount } from './page.mjs';

const FIXTURES = ['seoul-herald.html', 'pacific-wire.html', 'evening-courier.html']
  .map((f) => path.join(ROOT, 'tests', 'e2e', 'fixtures', f));
const SHOT = 'The defector was shot at least four times in his desperate escape bid at the Panmunjom truce village on November 13, and has been recovering in a South Korean hospital.';
const JEEP = 'He then got out of the jeep and ran, pursued by North Korean soldiers with their weapons drawn and firing.';
const MEETING = 'The UNC has "requested a meeting (with North Korea) to discuss our investigation and measures to prevent future such violations,"';
const RESTRAINT = '"The soldiers on duty showed remarkable restraint that day,"';
const UNCREDITED = '"The armistice was violated, and we will respond firmly,"';
const OUTLETS = ['AFP', 'Los Angeles Times', 'Seoul Herald', 'Pacific Wire', 'Evening Courier'];

/** Column index (among the visible columns) of document `id`. */
async function column(page, id) {
  const ids = await page.$$eval(SEL.article, (els) => els.map((e) => e.dataset.docId));
  const i = ids.indexOf(id);
  assert.ok(i >= 0, `${id} is shown (${ids})`);
  return i;
}

async function label(page, doc, text, key) {
  const got = await mouseSelect(page, await column(page, doc), text);
  assert.equal(got.trim(), text);
  await page.keyboard.press(key);
  await page.waitForFunction((t) => [...document.querySelectorAll('mark.span-mark.selected')].some((m) => m.textContent.includes(t.slice(1, 30))), text);
}

/** Accept the current span's suggestion in `doc` whose text contains `needle`. */
async function accept(page, doc, needle) {
  const before = await page.locator(SEL.links).count();
  const item = page.locator(`#suggestions .suggestion-group.current .suggestion[data-target-doc="${doc}"]`, { hasText: needle }).first();
  await item.waitFor({ timeout: 30000 });
  await item.locator(SEL.acceptSuggestion).click();
  await waitForCount(page, SEL.links, before, '>');
}

/** Click the first characters of the span mark in `doc` whose text contains `hasText` (not
 *  its centre, which may fall on a nested span). */
async function clickMark(page, doc, hasText) {
  const at = await page.evaluate(({ doc, hasText }) => {
    const marks = [...document.querySelectorAll(`section.article[data-doc-id="${doc}"] mark.span-mark.first`)];
    const m = marks.find((x) => x.textContent.includes(hasText));
    if (!m) return null;
    const walker = document.createTreeWalker(m, NodeFilter.SHOW_TEXT);
    const t = walker.nextNode();
    const r = document.createRange();
    r.setStart(t, 0); r.setEnd(t, Math.min(2, t.data.length));
    m.scrollIntoView({ block: 'center' });
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, { doc, hasText });
  assert.ok(at, `a span with "${hasText}" in ${doc}`);
  await page.mouse.click(at.x, at.y);
}

/** Attribute: select the attribution text, press A, click the quote containing `quoted`. */
async function attribute(page, doc, attribution, quoted) {
  await label(page, doc, attribution, '3');
  await page.keyboard.press('a');
  await page.waitForSelector(SEL.appConnecting);
  await clickMark(page, doc, quoted);
  await page.waitForFunction(({ doc, quoted }) => [...document.querySelectorAll(`section.article[data-doc-id="${doc}"] mark.span-mark.has-relation`)]
    .some((m) => m.textContent.includes(quoted)), { doc, quoted });
}

test('five outlets: metadata, switcher, links, matrix, report, PDF', async () => {
  const { browser, context, page, requests, problems } = await openApp({ viewport: { width: 1600, height: 1000 } });
  after(() => browser.close());
  await loadFiles(page, [...SAMPLES, ...FIXTURES], 5);
  const ids = await page.$$eval(SEL.articleSwitcherItem, (els) => els.map((e) => e.dataset.docId));
  assert.equal(ids.length, 5, 'the switcher lists every article');
  const [afp, lat, herald, wire, courier] = ids;

  // Metadata from the saved pages, in the column header.
  const line = (id) => page.locator(`section.article[data-doc-id="${id}"] .outlet-line`).textContent();
  assert.equal(await line(herald), 'Seoul Herald · 2017-11-22 · Park Min-ji');
  assert.equal(await line(wire), 'Pacific Wire · 2017-11-23 · Tom Reyes', 'from JSON-LD (the day of its date and time)');
  assert.equal(await line(afp), 'Outlet unknown', 'plain text has none');
  // Edited in the page (undoable like any edit).
  const edit = async (id, field, value) => {
    const col = page.locator(`section.article[data-doc-id="${id}"]`);
    if (!(await col.locator(SEL.metaEdit).evaluate((d) => d.open))) await col.locator(SEL.metaEditSummary).click();
    await col.locator(`.meta-input[data-field="${field}"]`).fill(value);
    await col.locator(`.meta-input[data-field="${field}"]`).press('Tab');
  };
  await edit(afp, 'outlet', 'AFP');
  await edit(lat, 'outlet', 'Los Angeles Times');
  await edit(lat, 'published', '2017-11-22');
  assert.equal(await line(afp), 'AFP');
  assert.equal(await line(lat), 'Los Angeles Times · 2017-11-22');
  assert.deepEqual(await page.$$eval(SEL.articleSwitcherOutlet, (els) => els.map((e) => e.textContent)), OUTLETS);
  // Ctrl+Z undoes an edit, Ctrl+Shift+Z redoes it; a reload keeps it (saved with the workspace).
  await page.locator(SEL.article).first().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.waitForFunction((id) => document.querySelector(`section.article[data-doc-id="${id}"] .outlet-line`).textContent === 'Los Angeles Times', lat);
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction((id) => document.querySelector(`section.article[data-doc-id="${id}"] .outlet-line`).textContent === 'Los Angeles Times · 2017-11-22', lat);
  await page.reload();
  await continueWorkspace(page);
  await waitForArticles(page, 5);
  assert.equal(await line(lat), 'Los Angeles Times · 2017-11-22');
  assert.equal(await line(wire), 'Pacific Wire · 2017-11-23 · Tom Reyes');

  // Choose three side by side; the other two stay in the switcher.
  for (const id of [afp, herald, wire]) await page.locator(`#article-switcher .switch-item[data-doc-id="${id}"] .pin-input`).check();
  await waitForArticles(page, 3);
  assert.deepEqual(await page.$$eval(SEL.article, (els) => els.map((e) => e.dataset.docId)), [afp, herald, wire]);

  // Facts linked through the matcher's suggestions (other articles need not be shown).
  await label(page, afp, SHOT, '1');
  await accept(page, herald, 'shot five times');
  await accept(page, wire, 'November 14');
  await accept(page, courier, 'shot at least four times');
  await label(page, afp, JEEP, '1');
  await accept(page, courier, 'truck');
  await label(page, afp, MEETING, '2');
  await accept(page, wire, 'Song Young-moo');
  await accept(page, herald, 'requested a meeting');
  // Who is credited: a named speaker in AFP, another in Pacific Wire, an anonymous one in the Herald.
  await attribute(page, afp, 'Carroll said', 'requested a meeting');
  await attribute(page, wire, 'Defense Minister Song Young-moo said', 'requested a meeting');
  await label(page, herald, RESTRAINT, '2');
  await attribute(page, herald, 'an official said', 'remarkable restraint');
  await label(page, wire, UNCREDITED, '2');

  // The matrix.
  await page.keyboard.press('Escape');
  await page.click(SEL.openMatrix);
  await page.waitForSelector(SEL.matrixTable);
  assert.deepEqual(await page.$$eval(SEL.matrixOutlet, (els) => els.map((e) => e.textContent)), OUTLETS);
  await page.click(SEL.matrixSortReach);
  await page.waitForSelector('#matrix-sort-reach[aria-pressed="true"]');
  const reach = await page.$$eval(SEL.matrixRow, (rows) => rows.map((r) => Number(r.dataset.reach)));
  assert.deepEqual(reach, [...reach].sort((a, b) => b - a), 'most outlets first');
  assert.equal(reach[0], 4, 'the shots are reported by four outlets');
  const row = (text) => page.locator(SEL.matrixRow, { hasText: text }).first();
  const cell = (r, id) => r.locator(`td[data-doc-id="${id}"]`);
  const shots = row('shot at least four times');
  const cls = async (r, id) => (await cell(r, id).getAttribute('class')).split(' ').filter((c) => c !== 'mx-cell');
  assert.deepEqual(await cls(shots, lat), ['missing']);
  assert.deepEqual(await cls(shots, courier), ['stated']);
  assert.deepEqual(await cls(shots, herald), ['differs']);
  assert.match(await cell(shots, herald).textContent(), /five times ≠ at least four times \(vs [^)]+\)/, 'the flag names the outlet it differs from');
  assert.match(await cell(shots, wire).textContent(), /November 14 ≠ November 13/);
  assert.match(await cell(shots, afp).textContent(), /at least four times ≠ five times/);
  const meeting = row('requested a meeting');
  assert.match(await cell(meeting, afp).textContent(), /credited: Carroll/);
  assert.match(await cell(meeting, wire).textContent(), /credited: Song Young-moo/);
  assert.match(await cell(row('remarkable restraint'), herald).textContent(), /anonymous: “an official said”/);
  assert.match(await cell(row('truck'), courier).textContent(), /truck ≠ jeep/);

  // A click on a cell goes to the text: the Courier's article comes into the side-by-side view.
  await page.$eval(SEL.sidebar, (e) => { e.scrollTop = e.scrollHeight; });
  assert.ok(await page.$eval(SEL.sidebar, (e) => e.scrollTop) > 0, 'the side panel is long enough to scroll');
  await cell(shots, courier).locator(SEL.matrixGo).click();
  await page.waitForSelector(`section.article[data-doc-id="${courier}"] mark.span-mark.selected`);
  // The side panel follows the selected span: back at its top, the span's group first.
  await page.waitForFunction(() => document.querySelector('.sidebar').scrollTop === 0);
  const selectedId = await page.$eval(SEL.markSelected, (m) => m.dataset.spanId);
  assert.deepEqual(await page.$eval(SEL.suggestionGroup, (g) => [g.classList.contains('current'), g.dataset.spanId]), [true, selectedId]);
  assert.equal(await page.locator(SEL.matrix).count(), 0, 'the matrix closed');
  assert.equal(await page.locator(SEL.article).count(), 3, 'still three side by side');
  // Keyboard: "." moves the window one article right; "m" opens the matrix again.
  const before = await page.$$eval(SEL.article, (els) => els.map((e) => e.dataset.docId));
  await page.keyboard.press('.');
  await page.waitForFunction((b) => [...document.querySelectorAll('section.article')].map((e) => e.dataset.docId).join() !== b.join(), before);
  // Selecting a span of a hidden article (here with "]") brings that article in.
  assert.equal(await page.locator(`section.article[data-doc-id="${herald}"]`).count(), 0, 'the Herald is hidden now');
  await page.keyboard.press('Escape');
  const afpSpans = await page.locator(`section.article[data-doc-id="${afp}"] mark.span-mark.first`).count();
  for (let i = 0; i <= afpSpans; i++) await page.keyboard.press(']');
  await page.waitForSelector(`section.article[data-doc-id="${herald}"] mark.span-mark.selected`);
  assert.equal(await page.locator(SEL.article).count(), 3);
  // Unticking the selected span's article hides it and deselects the span.
  await page.locator(`#article-switcher .switch-item[data-doc-id="${herald}"] .pin-input`).uncheck();
  await waitForArticles(page, 2);
  assert.equal(await page.locator(SEL.markSelected).count(), 0, 'its span was deselected');
  await page.keyboard.press('m');
  await page.waitForSelector(SEL.matrix);
  await page.keyboard.press('m');
  await page.click(SEL.showAllArticles);
  await waitForArticles(page, 5);

  // The page prints without its controls.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator(SEL.toolbar).evaluate((e) => getComputedStyle(e).display), 'none');
  assert.equal(await page.locator(SEL.columns).evaluate((e) => getComputedStyle(e).display), 'block', 'articles one after another');
  assert.equal(await page.locator(SEL.article).nth(1).evaluate((e) => getComputedStyle(e).breakBefore), 'page', 'each article on a new page');
  await page.emulateMedia({ media: 'screen' });

  // Export the report and check it.
  const [download] = await Promise.all([page.waitForEvent('download'), reveal(page, SEL.exportReport).then(() => page.click(SEL.exportReport))]);
  assert.equal(download.suggestedFilename(), 'parallax-report.html');
  const html = fs.readFileSync(await download.path(), 'utf8');
  const lower = html.toLowerCase();
  // Every real tag (escaped text has no raw "<"), and the style sheet, load nothing.
  for (const tag of lower.match(/<[^>]*>?/g)) {
    for (const bad of ['<script', '<link', '<img', '<iframe', '<object', '<embed', '<base', ' src=', ' href=', ' style=', ' on']) {
      assert.ok(!tag.includes(bad), `the report has the tag ${tag}`);
    }
  }
  const css = lower.split('<style>')[1].split('</style>')[0];
  assert.ok(!css.includes('url(') && !css.includes('@import'), 'the CSS loads nothing');
  assert.ok(!lower.includes('<script'), 'no script at all');
  // Addresses appear only as text inside the outlets table.
  for (const m of lower.matchAll(/https?:|\/\/[a-z]/g)) {
    const before = lower.slice(0, m.index);
    assert.ok(before.lastIndexOf('<span class="url">') > before.lastIndexOf('</span>'), `outside reference at ${m.index}: ${lower.slice(m.index - 40, m.index + 40)}`);
  }
  for (const o of OUTLETS) assert.ok(html.includes(o), o);
  for (const d of ['2017-11-22T18:00:00+09:00', '2017-11-23T02:15:00Z', '2017-11-24']) assert.ok(html.includes(d), d);
  for (const flag of ['at least four times ≠ five times', 'November 13 ≠ November 14', 'jeep ≠ truck']) assert.ok(html.includes(flag), flag);
  assert.ok(html.includes('anonymous: “an official said”'));
  assert.ok(/1 credits an anonymous source/.test(html), 'the count of anonymous sources');
  assert.ok(html.includes('we will respond firmly'), 'the unattributed quote');

  // The CLI writes the same report from the exported workspace, when it is built.
  const cli = [process.env.PARALLAX_CLI, path.join(ROOT, 'target', 'release', 'parallax'), path.join(ROOT, 'target', 'debug', 'parallax')]
    .find((p) => p && fs.existsSync(p));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-report-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  if (cli) {
    const [json] = await Promise.all([page.waitForEvent('download'), reveal(page, SEL.exportJson).then(() => page.click(SEL.exportJson))]);
    const wsPath = path.join(dir, 'work.json');
    await json.saveAs(wsPath);
    const out = path.join(dir, 'cli.html');
    execFileSync(cli, ['report', wsPath, '-o', out]);
    assert.equal(fs.readFileSync(out, 'utf8'), html, 'parallax report writes the same bytes');
  }

  // Print the report to PDF in headless Chromium and read the PDF's text back.
  const reportPath = path.join(dir, 'report.html');
  fs.writeFileSync(reportPath, html);
  const printer = await context.newPage();
  const printed = [];
  printer.on('request', (r) => { if (!r.url().startsWith('file:')) printed.push(r.url()); });
  await printer.goto(`file://${reportPath}`);
  const pdfPath = path.join(dir, 'report.pdf');
  const pdf = await printer.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  assert.deepEqual(printed, [], 'the report requests nothing');
  assert.ok(pdf.subarray(0, 5).toString() === '%PDF-', 'a PDF');
  // pdftotext (poppler-utils) is installed by `cargo xtask test`: the PDF's own text is read.
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim());
  assert.ok(pages.length >= 4, `${pages.length} pages with text (outlets, matrix, discrepancies and attribution each start a page)`);
  assert.match(pages[pages.length - 1], /Attribution|Quotes without attribution|Notes/);
  const flat = text.replace(/\s+/g, ' ');
  for (const o of OUTLETS) assert.ok(flat.includes(o), `PDF names ${o}`);
  for (const s of ['five times', 'at least four times', 'November 14', 'Song Young-moo', 'an official said', 'Discrepancies', 'Attribution']) {
    assert.ok(flat.includes(s), `PDF has "${s}"`);
  }

  assert.deepEqual(requests, [], 'no request left the page');
  assert.deepEqual(problems, []);
});
