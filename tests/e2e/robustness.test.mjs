// Issue 5 end to end: "Never lose work, never trust input, never leak a byte".
// Each test feeds the real page (dist/parallax.html from file://, Debian's Chromium) a bad
// input and checks what the user sees (a notice naming the file and the problem) and that
// the work already there is untouched (articles, spans, export, autosave). Every test
// ends by asserting that no request left the page, no dialog opened and no script of an
// article ran. One browser for the file; a fresh context (empty storage) per test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { mouseSelect, SAMPLES, HTML, continueWorkspace, savedKey, savedWorkspace, SEL, waitForArticles, loadSample, pasteArticle, waitForCount } from './page.mjs';
import {
  launch, openSession, notices, waitNotice, dismissAll, articleCount, spanIds, shownSpanTexts,
  bodyText, pick, download, exportJson, tmpDir, FIXTURES,
} from './fixtures/lib.mjs';

const SENTENCE = 'The defector was shot at least four times in his desperate escape bid';
// The one-slot save of earlier versions: the app moves it under a workspace id.
const LEGACY_KEY = 'parallax.workspace';

let browser;
let tmp;
before(async () => { browser = await launch(); tmp = tmpDir('parallax-e2e-'); });
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

/** Open the app in a fresh context; closes it when the test ends; `finish()` also checks
 *  that no article script ran and the page title is unchanged. */
const open = (t, opts) => openSession(t, browser, {
  ...opts,
  checks: async (s) => {
    assert.equal(await s.page.evaluate(() => window.__xss), 0, 'no script from an article ran');
    assert.equal(await s.page.title(), s.title, 'the page title is unchanged');
  },
});

/** Load the samples and label one claim: the "existing work" later tests must keep. */
async function withWork(page) {
  await loadSample(page);
  const got = await mouseSelect(page, 0, SENTENCE);
  assert.equal(got.trim(), SENTENCE);
  await page.keyboard.press('1');
  await page.waitForSelector(SEL.claim);
  await dismissAll(page);
  return exportJson(page);
}

/** The work is exactly as before: same export, same spans shown, autosave has it. */
async function assertUntouched(page, before) {
  assert.deepEqual(await exportJson(page), before, 'the workspace is unchanged');
  assert.equal(await articleCount(page), before.documents.length, 'same articles shown');
  assert.deepEqual((await spanIds(page)).sort(), before.spans.map((s) => s.id).sort(), 'same spans shown');
  assert.equal(await page.$(SEL.importMerge), null, 'no import dialog');
  const saved = await savedWorkspace(page);
  const core = (x) => `${x.id} ${x.doc} ${x.start} ${x.end} ${x.label}`;
  assert.deepEqual(saved.spans.map(core), before.spans.map(core), 'autosave still holds the spans');
}

const file = (name, content) => ({ name, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });

function utf16(text, bigEndian) {
  const le = Buffer.from(text, 'utf16le');
  if (!bigEndian) return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

// ---------------------------------------------------------------------------------------

test('encodings: UTF-8 BOM, UTF-16 LE/BE and Windows-1252 are shown correctly', async (t) => {
  const s = await open(t);
  const { page } = s;
  const before = await withWork(page);
  const line = 'Café “quoted” — 東京 😀 naïve';
  await pick(page, SEL.fileInput, [
    file('bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`UTF-8 with BOM\n\n${line}\n`)])),
    file('le16.txt', utf16(`UTF-16 LE\r\n\r\n${line}\r\n`, false)),
    file('be16.txt', utf16(`UTF-16 BE\n\n${line}\n`, true)),
    // "Café “quoted” € 5" in Windows-1252: é = E9, “ ” = 93 94, € = 80.
    file('cp1252.txt', Buffer.from([...Buffer.from('Windows 1252\n\nCaf'), 0xe9, 0x20, 0x93, ...Buffer.from('quoted'), 0x94, 0x20, 0x80, ...Buffer.from(' 5\n')])),
  ]);
  await waitForArticles(page, 6);
  const titles = await page.$$eval(SEL.articleTitle, (e) => e.map((x) => x.textContent));
  assert.deepEqual(titles.slice(2), ['UTF-8 with BOM', 'UTF-16 LE', 'UTF-16 BE', 'Windows 1252']);
  for (const i of [2, 3, 4]) {
    const text = await bodyText(page, i);
    assert.ok(text.includes(line), `column ${i} shows "${line}": ${JSON.stringify(text)}`);
    assert.ok(!text.includes('\ufeff') && !text.includes('\ufffd'), 'no BOM or replacement character shown');
  }
  assert.ok((await bodyText(page, 5)).includes('Café “quoted” € 5'), 'Windows-1252 decoded');
  await waitNotice(page, /cp1252\.txt is not valid UTF-8, so it was read as Windows-1252/);
  await waitNotice(page, /be16\.txt is UTF-16 \(big-endian\); it was decoded/);
  const ws = await exportJson(page);
  assert.ok(ws.documents[3].text.includes(line) && !ws.documents[3].text.startsWith('\ufeff'));
  assert.deepEqual(ws.spans, before.spans, 'the existing span is untouched');
  await s.finish();
});

test('binary files (PNG, PDF, Word, zip) are refused by name; work untouched', async (t) => {
  const s = await open(t);
  const { page } = s;
  const before = await withWork(page);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0', 'latin1')]);
  const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
  const docx = Buffer.concat([Buffer.from('PK\x03\x04\x14\0\x06\0', 'latin1'), Buffer.from('[Content_Types].xml word/document.xml')]);
  await pick(page, SEL.fileInput, [file('photo.png', png), file('report.pdf', pdf), file('letter.docx', docx)]);
  await waitNotice(page, /photo\.png looks like an image \(PNG\), not an article/);
  await waitNotice(page, /report\.pdf looks like a PDF/);
  await waitNotice(page, /letter\.docx looks like a ZIP archive \(a Word \.docx or OpenDocument file is one too\), not an article/);
  await assertUntouched(page, before);
  // A zip that is not a brat collection, given to Open: treated as a workspace, refused.
  await pick(page, SEL.fileInput, [file('holiday.zip', Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'latin1'))]);
  await waitNotice(page, /Could not import holiday\.zip: it has no brat \.ann files/);
  await assertUntouched(page, before);
  await s.finish();
});

test('annotation and table files given to Open files… or Import… are refused by name with advice; the rest of the pick loads', async (t) => {
  const s = await open(t);
  const { page } = s;
  // An unzipped brat collection given to Open files…: the text loads, the .ann and
  // annotation.conf are refused by name with what to do (zip them and use Import…).
  await pick(page, SEL.fileInput, [
    file('d1.txt', 'The soldier was shot, officials said.\n'),
    file('d1.ann', 'T1\tClaim 0 21\tThe soldier was shot\n'),
    file('annotation.conf', '[entities]\nClaim\n'),
  ]);
  await waitForArticles(page, 1);
  await waitNotice(page, /d1\.ann is a brat annotation file without its text, not an article; put each \.txt and its \.ann in one zip file and import the zip/);
  await waitNotice(page, /annotation\.conf is a brat configuration file, not an article; put it in one zip file with each \.txt and its \.ann/);
  // Import… of a CSV table and a lone .ann: refused the same way; nothing added.
  await pick(page, SEL.importFile, [file('data.csv', 'id,text\n1,Some text\n')]);
  await waitNotice(page, /Could not import data\.csv: it is a table \(CSV\), not an article or a workspace file; convert it to a format Parallax reads: Parallax loads articles from \.txt, \.md or \.html files/);
  await pick(page, SEL.importFile, [file('lone.ann', 'T1\tClaim 0 3\tabc\n')]);
  await waitNotice(page, /Could not import lone\.ann: it is a brat annotation file without its text/);
  assert.equal(await articleCount(page), 1, 'only the article was loaded');
  assert.deepEqual(await page.$$eval(SEL.articleTitle, (e) => e.map((x) => x.textContent)), ['d1'], 'a one-line sentence is no title: the file name is');
  await s.finish();
});

test('Import… of an article adds it and says so; Import… of a binary file gives the workspace files\' advice (trial 28, F14)', async (t) => {
  const s = await open(t);
  const { page } = s;
  const before = await withWork(page);
  // A binary file, named as anything: refused with what Import… takes; nothing changed.
  const noise = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7) % 256));
  await pick(page, SEL.importFile, [file('binary.bin', noise)]);
  await waitNotice(page, /Could not import binary\.bin: it looks like a binary file, not a workspace file; import a Parallax JSON/);
  await pick(page, SEL.importFile, [file('binary.txt', noise)]);
  await waitNotice(page, /Could not import binary\.txt: it looks like a binary file, not a workspace file/);
  const advice = await page.locator(SEL.notice).allTextContents();
  assert.ok(!advice.some((n) => /load a \.txt, \.md or \.html file/.test(n)), `no Open files… advice for Import… (${JSON.stringify(advice)})`);
  await assertUntouched(page, before);
  // An article: added beside the work, with a notice saying it is no workspace file.
  const n = await articleCount(page);
  await pick(page, SEL.importFile, [file('quake.txt', 'Quake in Elazig\n\nA magnitude 6.8 earthquake struck the province of Elazig on Friday.\n')]);
  await waitNotice(page, /quake\.txt is not a workspace file; added it as an article/);
  await waitForArticles(page, n + 1);
  await s.finish();
});

test('empty file and a file over 5 MB are refused (the big one without being read)', async (t) => {
  const s = await open(t);
  const { page } = s;
  const before = await withWork(page);
  const big = path.join(tmp, 'big.txt');
  fs.writeFileSync(big, 'All work and no play makes Jack a dull boy.\n'.repeat(Math.ceil((6 * 1024 * 1024) / 44)));
  fs.writeFileSync(path.join(tmp, 'empty.txt'), '');
  fs.writeFileSync(path.join(tmp, 'blank.md'), ' \n\t\n');
  // Session 48: a file of zero-width characters only (U+200B, U+FEFF, U+200C/D, U+2060)
  // is told what a file of white space is, with the same advice.
  fs.writeFileSync(path.join(tmp, 'zw.txt'), '\u200b\ufeff\u200c\u200d\u2060\n');
  await pick(page, SEL.fileInput, [path.join(tmp, 'empty.txt'), path.join(tmp, 'blank.md'), path.join(tmp, 'zw.txt'), big]);
  const advice = 'so there is nothing to read; choose the file that holds the text, or save it again from the program it was written in\\.';
  await waitNotice(page, new RegExp(`empty\\.txt is empty, ${advice}`));
  await waitNotice(page, new RegExp(`blank\\.md contains only white space or invisible characters \\(such as zero-width spaces\\), ${advice}`));
  await waitNotice(page, new RegExp(`zw\\.txt contains only white space or invisible characters \\(such as zero-width spaces\\), ${advice}`));
  const msg = await waitNotice(page, /big\.txt is 6\.0 MB; Parallax reads articles up to 5\.0 MB/);
  assert.match(msg, /Please load the article's text alone/);
  const reads = await page.evaluate(() => window.__reads);
  assert.ok(!reads.includes('big.txt'), `big.txt was never read: reads ${JSON.stringify(reads)}`);
  await assertUntouched(page, before);
  await s.finish();
});

test('a pasted text over 5 MB is refused and stays in the paste box', async (t) => {
  const s = await open(t);
  const { page } = s;
  const before = await withWork(page);
  const big = 'Big paste\n\n' + 'All work and no play makes Jack a dull boy.\n'.repeat(Math.ceil((6 * 1024 * 1024) / 44));
  await page.click(SEL.pasteOpen);
  // fill() types 6 MB slowly; set the value as a paste does.
  await page.evaluate(([sel, text]) => {
    const el = document.querySelector(sel);
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, [SEL.pasteText, big]);
  await page.click(SEL.pasteAdd);
  await waitNotice(page, /The pasted text is 6\.0 MB; Parallax reads articles up to 5\.0 MB/);
  assert.equal(await page.locator(SEL.pasteBox).count(), 1, 'the paste box stays open');
  assert.equal((await page.inputValue(SEL.pasteText)).length, big.length, 'with the text in it');
  await assertUntouched(page, before);
  await s.finish();
});

test('200 files dropped at once all load and the page stays usable', async (t) => {
  const s = await open(t);
  const { page } = s;
  const files = [];
  for (let i = 1; i <= 200; i++) {
    const n = String(i).padStart(3, '0');
    files.push(file(`note-${n}.txt`, `Note ${n}\n\nThe council met on day ${i} and voted ${i} to ${200 - i} on item ${n}.\n`));
  }
  await pick(page, SEL.fileInput, files);
  await waitForCount(page, SEL.article, 200, '===', { timeout: 60000 });
  const titles = await page.$$eval(SEL.articleTitle, (e) => e.map((x) => x.textContent));
  assert.equal(new Set(titles).size, 200);
  assert.equal(titles[199], 'Note 200');
  // Still usable: label in the last article, open and close help, undo the whole drop at once.
  await page.locator(SEL.article).nth(199).scrollIntoViewIfNeeded();
  const got = await mouseSelect(page, 199, 'The council met on day 200');
  assert.equal(got.trim(), 'The council met on day 200');
  await page.keyboard.press('1');
  await page.waitForSelector(SEL.claim);
  await page.keyboard.press('Control+z');
  await waitForCount(page, SEL.mark, 0);
  await page.keyboard.press('Control+z');
  await waitForCount(page, SEL.article, 0, '===', { timeout: 30000 });
  assert.deepEqual((await notices(page)).filter((n) => /error|could not/i.test(n)), []);
  await s.finish();
});

test('saved web pages: only text reaches the page, no article script runs', async (t) => {
  const s = await open(t);
  const { page } = s;
  const before = await withWork(page);
  await pick(page, SEL.fileInput, [path.join(FIXTURES, 'hostile.html'), path.join(FIXTURES, 'hostile.txt')]);
  await waitForArticles(page, 4);
  const html = await bodyText(page, 2);
  assert.match(html, /The harbour reopened on Tuesday/);
  assert.match(html, /<script>alert\(1\)<\/script> is how the attack was written/, 'escaped markup stays text');
  for (const bad of ['__xss', 'pwned', 'body{', 'Subscribe', 'display:none']) {
    assert.ok(!html.includes(bad), `"${bad}" is not in the article text`);
  }
  assert.equal(await page.locator(SEL.articleTitle).nth(2).textContent(), 'Harbour reopens');
  assert.match(html, /The port authority said traffic would be normal by Friday\./);
  const txt = await bodyText(page, 3);
  assert.match(txt, /<img src=x onerror="window.__xss=5;document.title='pwned'">/, 'markup in a .txt is shown as text');
  const injected = await page.$$eval(
    'section.article img, section.article script, section.article iframe, section.article a, section.article svg, section.article style, section.article object, section.article embed',
    (els) => els.map((e) => e.outerHTML));
  assert.deepEqual(injected, [], 'no element from an article enters the page');
  // Hover and click around the article text: no handler fires.
  await page.locator(SEL.articleBody).nth(3).click();
  await page.locator(SEL.articleTitle).nth(2).hover();
  await page.waitForTimeout(300);
  await waitNotice(page, /hostile\.html: Extracted \d+ paragraphs/);
  const ws = await exportJson(page);
  assert.deepEqual(ws.spans, before.spans);
  await s.finish();
});

test('XSS in imported JSON (title, source, text, labels, format) and pasted text stays text', async (t) => {
  const s = await open(t);
  const { page } = s;
  const evil = `<img src=x onerror="window.__xss=1;document.title='pwned'">`;
  const text = `Intro ${evil} and <script>window.__xss=2</script> end.`;
  const ws = {
    format: 'parallax', version: 1,
    documents: [{ id: 'd1', title: `T ${evil}`, source: `"><svg onload="window.__xss=3">`, text }],
    spans: [{ id: 's2', doc: 'd1', start: 6, end: 6 + evil.length, label: 'claim', text: evil }],
  };
  await pick(page, SEL.importFile, [file('evil.json', JSON.stringify(ws))]);
  await page.waitForSelector(SEL.mark);
  assert.equal(await page.locator(SEL.articleTitle).textContent(), `T ${evil}`);
  assert.equal(await page.getAttribute(SEL.articleTitle, 'title'), `"><svg onload="window.__xss=3">`);
  assert.equal(await bodyText(page, 0), text);
  assert.deepEqual(await shownSpanTexts(page), { s2: evil });
  // A label and a format value that are markup: named in the messages, as text.
  const doccano = JSON.stringify({ text: 'Mayor said yes.', label: [[0, 5, evil]] });
  await pick(page, SEL.importFile, [file('evil.jsonl', doccano)]);
  await page.click(SEL.importMerge);
  await waitNotice(page, /evil\.jsonl: 1 spans? with label "<img src=x onerror=/);
  await pick(page, SEL.importFile, [file('evil2.json', JSON.stringify({ format: evil, version: 1, documents: [] }))]);
  await waitNotice(page, /Could not import evil2\.json: .*<img src=x/);
  // The paste box: title and text that are markup.
  await pasteArticle(page, `Pasted ${evil} <iframe srcdoc="<script>parent.__xss=4</script>"></iframe> text.`, evil);
  await waitForArticles(page, 3);
  assert.equal(await page.locator(SEL.articleTitle).nth(2).textContent(), evil);
  assert.match(await bodyText(page, 2), /^Pasted <img src=x onerror=.*<iframe srcdoc=/);
  const injected = await page.$$eval('img, svg, iframe, script:not(#parallax-glue):not([id]), object', (els) => els.map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(injected.filter((h) => /__xss|onerror|onload/.test(h)), [], 'no injected element');
  await s.finish();
});

test('dropped files: the same checks; a file name that is markup stays text', async (t) => {
  const s = await open(t);
  const { page } = s;
  const before = await withWork(page);
  const evilName = `<img src=x onerror="window.__xss=1">.png`;
  await page.evaluate((evilName) => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Dropped note\n\nThe ferry left at nine.\n'], 'dropped.txt', { type: 'text/plain' }));
    dt.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], evilName));
    const target = document.querySelector('section.article .article-body');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, evilName);
  await waitForArticles(page, 3);
  assert.equal(await page.locator(SEL.articleTitle).nth(2).textContent(), 'Dropped note');
  const msg = await waitNotice(page, /looks like an image \(PNG\), not an article/);
  assert.ok(msg.includes(evilName), `the notice names the file as text: ${msg}`);
  assert.equal(await page.$$eval('#notices img', (e) => e.length), 0);
  const ws = await exportJson(page);
  assert.deepEqual(ws.spans, before.spans);
  assert.deepEqual(ws.documents.slice(0, 2), before.documents);
  await s.finish();
});

// ----- hostile imports -----

const GOOD_TEXT = 'Carroll said the soldier was shot 4 times. Others said five.';
function goodWorkspace() {
  return {
    format: 'parallax', version: 1,
    documents: [{ id: 'd1', title: 'Small', source: 'small.txt', text: GOOD_TEXT }],
    spans: [{ id: 's2', doc: 'd1', start: 13, end: 42, label: 'claim', text: 'the soldier was shot 4 times.' }],
  };
}
function variant(edit) {
  const w = goodWorkspace();
  edit(w);
  return JSON.stringify(w, null, 2);
}

test('malformed or hostile imports are refused with what and where; workspace untouched', async (t) => {
  const s = await open(t);
  const { page } = s;
  const before = await withWork(page);
  const good = JSON.stringify(goodWorkspace(), null, 2);
  const hugeFile = path.join(tmp, 'huge.json');
  {
    // 51 MB of valid-looking JSON, written in pieces.
    const fd = fs.openSync(hugeFile, 'w');
    fs.writeSync(fd, `{"format":"parallax","version":1,"documents":[{"id":"d1","title":"x","text":"`);
    const chunk = 'a'.repeat(1024 * 1024);
    for (let i = 0; i < 51; i++) fs.writeSync(fd, chunk);
    fs.writeSync(fd, '"}],"spans":[]}');
    fs.closeSync(fd);
  }
  const cases = [
    ['truncated.json', good.slice(0, Math.floor(good.length / 2)), /: it ends too early \(the file may be cut off\) at line \d+, column \d+; fix it there/],
    ['syntax.json', good.replace('"label": "claim"', '"label": "claim",,'), /: it is not valid JSON .* at line \d+, column \d+; fix it there/],
    ['types.json', variant((w) => { w.documents = { d1: w.documents[0] }; }), /"documents" should be a list but is an object/],
    ['text-type.json', variant((w) => { w.documents[0].text = 42; }), /documents\[0\] \(id "d1"\): "text" should be text but is a number/],
    ['huge-number.json', variant((w) => { w.spans[0].start = 1e30; }), /spans\[0\] \(id "s2"\): start 1e\+30 is far too large/],
    ['negative.json', variant((w) => { w.spans[0].start = -3; }), /spans\[0\] \(id "s2"\): start -3 is negative/],
    ['reversed.json', variant((w) => { w.spans[0].start = 50; }), /spans\[0\] \(id "s2"\): start 50 is after end 42/],
    ['past-end.json', variant((w) => { w.spans[0].end = 500; }), /spans\[0\] \(id "s2"\): end 500 is past the end of document "d1"/],
    ['version.json', variant((w) => { w.version = 2; }), /version 2 is newer than this Parallax understands/],
    ['dangling.json', variant((w) => { w.spans[0].doc = 'd9'; }), /spans\[0\] \(id "s2"\): document "d9" does not exist/],
    ['empty.json', '', /: it is empty, so there is nothing to read; choose the file that holds the text/],
    ['photo.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /: it looks like an image/],
    ['article.json', 'Just an article, not JSON.', /: it is not a workspace file Parallax can import/],
    // No articles: refused, never put in place of the work (nor its save deleted).
    ['nodocs.json', '{"format":"parallax","version":1,"documents":[]}', /: it holds no articles, so there is nothing to import; choose a workspace file exported with its articles/],
    ['emptytext.json', variant((w) => { w.documents[0].text = ''; }), /documents\[0\] \(id "d1"\): the text is empty; every document needs its article's text/],
  ];
  for (const [name, content, re] of cases) {
    await pick(page, SEL.importFile, [file(name, content)]);
    const msg = await waitNotice(page, new RegExp(`Could not import ${name.replace('.', '\\.')}: `));
    assert.match(msg, re, `${name}: ${msg}`);
  }
  await assertUntouched(page, before);
  await dismissAll(page);
  await pick(page, SEL.importFile, [hugeFile]);
  await waitNotice(page, /huge\.json is 51\.0 MB; Parallax reads workspace files up to 50\.0 MB/);
  const reads = await page.evaluate(() => window.__reads);
  assert.ok(!reads.includes('huge.json'), `huge.json was never read: ${JSON.stringify(reads)}`);
  await assertUntouched(page, before);
  await s.finish();
});

test('the same article loaded twice is noticed, not duplicated', async (t) => {
  const s = await open(t);
  const { page } = s;
  const before = await withWork(page);
  const again = fs.readFileSync(SAMPLES[0]);
  fs.writeFileSync(path.join(tmp, 'copy-of-afp.txt'), again);
  await pick(page, SEL.fileInput, [SAMPLES[0], path.join(tmp, 'copy-of-afp.txt')]);
  await waitNotice(page, /afp-defector-footage\.txt is already loaded as “Watch: Dramatic footage/);
  await waitNotice(page, /copy-of-afp\.txt is already loaded as/);
  await assertUntouched(page, before);
  // Pasting the same text is noticed too.
  await pasteArticle(page, again.toString('utf8'));
  await waitNotice(page, /already loaded/);
  assert.equal(await articleCount(page), 2);
  await s.finish();
});

test('local storage full: saves go on in IndexedDB, the user is told once; the page keeps working; freed space is used again', async (t) => {
  const s = await open(t);
  const { page } = s;
  await withWork(page);
  // Fill local storage up to the browser's quota.
  const filled = await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`filler-${n}`, chunk); n++; } catch (e) { break; }
      }
    }
    return n;
  });
  assert.ok(filled > 0);
  // An edit now goes to the workspace's copy in IndexedDB; no "autosave failed".
  const got = await mouseSelect(page, 1, 'Moon Jae-in');
  assert.match(got, /Moon Jae-in/);
  await page.keyboard.press('3');
  await waitNotice(page, /saved in the browser's database \(IndexedDB\) only, because local storage is full/);
  assert.equal(await page.locator(SEL.storageWarning).count(), 0);
  // Still works: another label, undo, redo.
  await page.keyboard.press('Control+z');
  await waitForCount(page, SEL.markFirst, 1);
  await page.keyboard.press('Control+Shift+z');
  await waitForCount(page, SEL.markFirst, 2);
  // Space freed: the next change is saved in local storage again.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k); });
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => {
    const id = document.querySelector('.app').dataset.workspaceId;
    const raw = localStorage.getItem(`parallax.v2.ws.${id}`);
    return raw && JSON.parse(raw).spans.length === 1;
  });
  assert.equal((await savedWorkspace(page)).spans.length, 1);
  assert.equal(await page.locator(SEL.storageWarning).count(), 0);
  await s.finish();
});

test('local storage and IndexedDB both refuse the save (quota): a warning that stays, with one-click export', async (t) => {
  const s = await open(t, {
    init: () => {
      const orig = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (/^parallax\.v2\.ws\.[^.]+$/.test(k)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return orig.call(this, k, v);
      };
      // The workspace's copy in IndexedDB is refused too (the texts are stored).
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value, key) {
        if (typeof key === 'string' && key.startsWith('record:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    },
  });
  const { page } = s;
  await page.click(SEL.loadSample);
  const warning = page.locator(SEL.storageWarning);
  await warning.waitFor();
  const text = await warning.textContent();
  assert.match(text, /Autosave failed: local storage is full: the browser refused to store the workspace \(\d+ (bytes|KB)\).*, and .*IndexedDB.*not saved in this browser/);
  assert.equal(await warning.locator(SEL.exportNow).count(), 1);
  const exported = JSON.parse((await download(page, SEL.storageExportNow)).bytes.toString('utf8'));
  assert.equal(exported.documents.length, 2);
  await s.finish();
});

test('IndexedDB refuses the workspace\'s crash-safe copy while local storage works: the user is told once that crash protection is off', async (t) => {
  const s = await open(t, {
    init: () => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value, key) {
        if (typeof key === 'string' && key.startsWith('record:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    },
  });
  const { page } = s;
  await loadSample(page);
  await mouseSelect(page, 0, SENTENCE);
  await page.keyboard.press('1');
  await page.waitForSelector(SEL.claim);
  const told = await waitNotice(page, /Crash protection is off: .*IndexedDB.*saved in local storage, but if the browser crashes, the last minute of them may be lost/);
  assert.match(told, /Export JSON keeps a copy/);
  assert.equal(await page.locator(SEL.storageWarning).count(), 0, 'the work is saved: no failure warning');
  // Told once, not at every save.
  await mouseSelect(page, 1, 'Moon Jae-in');
  await page.keyboard.press('3');
  await waitForCount(page, SEL.markFirst, 2);
  await page.waitForTimeout(1500);
  assert.equal((await notices(page)).filter((n) => /Crash protection is off/.test(n)).length, 1);
  assert.equal((await savedWorkspace(page)).spans.length, 2, 'local storage has the work');
  await s.finish();
});

async function corruptSession(t, raw) {
  const s = await open(t);
  await s.page.evaluate(([k, v]) => localStorage.setItem(k, v), [LEGACY_KEY, raw]);
  await s.page.reload();
  await s.page.waitForSelector(SEL.fileInput, { state: 'attached' });
  await continueWorkspace(s.page);
  return s;
}

test('corrupted stored state: a notice, the data kept aside, never silently wiped', async (t) => {
  const raw = '{"format":"parallax","version":1,"documents":[{"id":"d1","title":"Kept","text":"Hello wor';
  const s = await corruptSession(t, raw);
  const { page } = s;
  const msg = await waitNotice(page, /The saved workspace could not be read \(.*ends too early.*\)\. Its data was kept in local storage under “parallax\.v2\.ws\.[\w-]+\.corrupt-\d+”/);
  const key = msg.match(/“(parallax\.v2\.ws\.[\w-]+\.corrupt-\d+)”/)[1];
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), raw, 'kept byte for byte');
  // New work is saved normally and does not touch the kept copy.
  await loadSample(page);
  const stored = await savedKey(page);
  await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('"documents"'), stored);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), raw);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), LEGACY_KEY), null, 'the old slot was moved, not copied');
  // And after a reload the kept copy is still there, and no second copy is made.
  await page.reload();
  await continueWorkspace(page);
  await page.waitForSelector(SEL.article);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('corrupt')));
  assert.deepEqual(keys, [key]);
  await s.finish();
});

test('corrupted stored state: what is valid is recovered', async (t) => {
  const ws = goodWorkspace();
  ws.spans.push({ id: 's3', doc: 'd1', start: 44, end: 900, label: 'quote' });
  const raw = JSON.stringify(ws);
  const s = await corruptSession(t, raw);
  const { page } = s;
  const msg = await waitNotice(page, /saved workspace .*s3.*end 900/);
  assert.match(msg, /left out/);
  await page.waitForSelector(SEL.article, { timeout: 5000 });
  assert.equal(await page.locator(SEL.articleTitle).textContent(), 'Small');
  assert.deepEqual(await shownSpanTexts(page), { s2: 'the soldier was shot 4 times.' });
  // The whole original is kept aside; autosave now holds what was recovered.
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('corrupt')));
  assert.equal(keys.length, 1, 'the original is kept under another key');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), keys[0]), raw);
  await page.waitForFunction((k) => !(localStorage.getItem(k) || '').includes('"s3"'), await savedKey(page));
  const { bytes } = await download(page, SEL.noticeButton);
  assert.equal(bytes.toString('utf8'), raw, 'the notice downloads the original data');
  await s.finish();
});

test('a save cut off part way: the articles and spans before the cut are restored, the cut said', async (t) => {
  // The writer's order: documents first, then links, spans and the format and version.
  const ws = goodWorkspace();
  ws.documents.push({ id: 'd3', title: 'Second', source: 'second.txt', text: 'A second article, kept whole.' });
  ws.spans.push({ id: 's4', doc: 'd3', start: 0, end: 16, label: 'claim', text: 'A second article' });
  const full = JSON.stringify({ documents: ws.documents, links: [], spans: ws.spans, format: 'parallax', version: 1 });
  const raw = full.slice(0, full.indexOf('"s4"') + 2);
  const s = await corruptSession(t, raw);
  const { page } = s;
  const msg = await waitNotice(page, /the save was cut off after \d+ characters/);
  assert.match(msg, /Everything else was restored/);
  await waitForArticles(page, 2);
  assert.deepEqual(await page.locator(SEL.articleTitle).allTextContents(), ['Small', 'Second']);
  assert.deepEqual(await shownSpanTexts(page), { s2: 'the soldier was shot 4 times.' });
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('corrupt')));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), keys[0]), raw, 'the cut original is kept aside');
  await s.finish();
});

test('corrupted stored state: the kept data can be downloaded from the notice', async (t) => {
  const raw = '{"format":"parallax","version":1,"documents":[{"id":"d1","title":"Kept","text":"Hello wor';
  const s = await corruptSession(t, raw);
  const { page } = s;
  await waitNotice(page, /could not be read/);
  await page.waitForSelector(SEL.noticeButton, { timeout: 3000 });
  const { bytes } = await download(page, SEL.noticeButton);
  assert.equal(bytes.toString('utf8'), raw);
  await s.finish();
});

// ----- asking before losing work; undo -----

test('import into a non-empty workspace asks merge or replace; both undo', async (t) => {
  const s = await open(t);
  const { page } = s;
  const before = await withWork(page);
  const small = file('small.json', JSON.stringify(goodWorkspace()));
  // Cancel: nothing changes.
  await pick(page, SEL.importFile, [small]);
  await page.waitForSelector(SEL.importMerge);
  assert.equal(await page.locator(SEL.importReplace).count(), 1);
  await page.click(SEL.importCancel);
  await assertUntouched(page, before);
  // Merge: both; undo and redo.
  await pick(page, SEL.importFile, [small]);
  await page.click(SEL.importMerge);
  await waitForArticles(page, 3);
  assert.equal((await spanIds(page)).length, 2);
  await waitNotice(page, /Merged small\.json into the workspace/);
  await page.keyboard.press('Control+z');
  await waitForArticles(page, 2);
  await assertUntouched(page, before);
  await page.keyboard.press('Control+y');
  await waitForArticles(page, 3);
  await page.keyboard.press('Control+z');
  await waitForArticles(page, 2);
  // Replace: only the import; the notice's Undo brings everything back.
  await dismissAll(page);
  await pick(page, SEL.importFile, [small]);
  await page.click(SEL.importReplace);
  await waitForArticles(page, 1);
  await waitNotice(page, /Imported small\.json \(1 article\)/);
  await page.click(SEL.noticeAction);
  await waitForArticles(page, 2);
  await assertUntouched(page, before);
  await s.finish();
});

test('removing an article with spans can be undone from the notice', async (t) => {
  const s = await open(t);
  const { page } = s;
  const before = await withWork(page);
  await page.locator(SEL.article).first().locator(SEL.removeArticle).click();
  await waitForArticles(page, 1);
  await waitNotice(page, /Removed “Watch: Dramatic footage shows N\. Korea defector's border dash” and its 1 span\./);
  await page.click(SEL.noticeAction);
  await waitForArticles(page, 2);
  await assertUntouched(page, before);
  await s.finish();
});

test('privacy: the built page forbids every request (CSP default-src none)', () => {
  const html = fs.readFileSync(HTML, 'utf8');
  const meta = html.match(/<meta[^>]+http-equiv="Content-Security-Policy"[^>]*>/i);
  assert.ok(meta, 'a CSP meta tag');
  const content = meta[0].match(/content="([^"]*)"/i)[1];
  assert.match(content, /(^|;)\s*default-src 'none'/);
  assert.doesNotMatch(content, /https?:|\*/, 'no network source allowed');
  assert.equal(html.indexOf(meta[0]) < html.search(/<script/i), true, 'the CSP comes before any script');
  assert.doesNotMatch(html, /<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\//i, 'nothing loaded from elsewhere');
});

test('exporting before any article is loaded says what to do instead of downloading an empty file', async (t) => {
  const s = await open(t);
  const { page } = s;
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.click(SEL.exportJson);
  await waitNotice(page, /Nothing to export yet: load an article first/);
  await page.waitForTimeout(300);
  assert.equal(downloads, 0, 'no empty file downloaded');
  await s.finish();
});
