// Issue 4 end to end: label spans in the page (including on emoji, a ZWJ family emoji,
// combining accents and CJK text from the paste box), download every export format and
// check each parses and every offset slices, by code points (Python's text[start:end]),
// to its span's text; import each format (Parallax JSON, JSONL, W3C, brat zip, doccano
// JSONL, Label Studio JSON, a brat zip from another tool) and check the spans shown; an
// import whose offsets no longer match its text is refused with the span named and the
// "Re-anchor by quote" offer works. No request may leave the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { mouseSelect, SEL, waitForArticles, loadSample, pasteArticle, waitForCount } from './page.mjs';
import {
  launch, openSession, waitNotice, articleCount, shownSpanTexts, pick, download, exportJson,
  sliceCp, cpLen, unzip, zip, tmpDir,
} from './fixtures/lib.mjs';

const SENTENCE = 'The defector was shot at least four times in his desperate escape bid';
const PASTED_TITLE = 'Unicode 😀 東京';
const PASTED = [
  '東京都知事は「増税はしない」と述べた。',
  '',
  '😀 Prices rose. The mayor 👩‍👩‍👧 said taxes would fall by 5% next year.',
  '',
  'Cafe\u0301 owners in Zürich welcomed it, the chamber said.',
].join('\n');

let browser;
let tmp;
const exported = {}; // format -> { name, path, bytes }
let reference; // the Parallax JSON export the other formats are checked against

before(async () => { browser = await launch(); tmp = tmpDir('parallax-formats-'); });
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

const open = (t) => openSession(t, browser);

async function label(page, column, needle, key) {
  const got = await mouseSelect(page, column, needle);
  assert.ok(got.includes(needle.trim()) || needle.includes(got.trim()), `selected ${JSON.stringify(got)}`);
  const n = await page.locator(SEL.markFirst).count();
  await page.keyboard.press(key);
  await waitForCount(page, SEL.markFirst, n, '>');
}

/** Every span of the reference export, by id, with its document's text. */
function spansById(ws) {
  const docs = Object.fromEntries(ws.documents.map((d) => [d.id, d]));
  return Object.fromEntries(ws.spans.map((s) => [s.id, { ...s, docText: docs[s.doc].text }]));
}

test('export: every format parses and its offsets slice (code points) to the span text', async (t) => {
  const s = await open(t);
  const { page } = s;
  await loadSample(page);
  await pasteArticle(page, PASTED, PASTED_TITLE);
  await waitForArticles(page, 3);
  assert.equal(await page.locator(SEL.articleTitle).nth(2).textContent(), PASTED_TITLE);

  await label(page, 0, SENTENCE, '1');
  await label(page, 2, '増税はしない', '2');
  await label(page, 2, 'The mayor 👩‍👩‍👧 said taxes would fall', '1');
  await label(page, 2, '😀 Prices rose', '4');
  await label(page, 2, 'Cafe\u0301 owners in Zürich', '1');
  await label(page, 2, 'the chamber said', '3');

  reference = await exportJson(page);
  const ref = reference;
  assert.equal(ref.format, 'parallax');
  assert.equal(ref.documents.length, 3);
  const pasted = ref.documents[2];
  assert.equal(pasted.text, PASTED, 'the pasted text is kept exactly');
  assert.equal(ref.spans.length, 6);
  for (const sp of ref.spans) {
    const doc = ref.documents.find((d) => d.id === sp.doc);
    assert.equal(sliceCp(doc.text, sp.start, sp.end), sp.text, `JSON ${sp.id} slices to its text`);
  }
  const texts = ref.spans.map((x) => x.text);
  for (const want of ['増税はしない', '👩‍👩‍👧', '😀', 'Cafe\u0301 owners in Zürich', SENTENCE]) {
    assert.ok(texts.some((x) => x.includes(want)), `a span covers ${want}: ${JSON.stringify(texts)}`);
  }
  // The family emoji is 5 code points (8 UTF-16 units): offsets after it count code points.
  const chamber = ref.spans.find((x) => x.text === 'the chamber said');
  assert.equal(chamber.start, cpLen(PASTED.slice(0, PASTED.indexOf('the chamber said'))));
  // What the page shows for each span is its text.
  const shown = await shownSpanTexts(page);
  for (const sp of ref.spans) assert.equal(shown[sp.id], sp.text, `${sp.id} shown as its text`);
  const byId = spansById(ref);

  // JSONL: one document a line, spans with ids and doccano-style label triples.
  exported.jsonl = await download(page, SEL.exportJsonl);
  assert.equal(exported.jsonl.name, 'parallax.jsonl');
  const lines = exported.jsonl.bytes.toString('utf8').split('\n').filter((l) => l.trim());
  assert.equal(lines.length, 3);
  let seen = 0;
  for (const line of lines) {
    const d = JSON.parse(line);
    const refDoc = ref.documents.find((x) => x.id === d.id);
    assert.equal(d.text, refDoc.text);
    for (const sp of d.spans) {
      const r = byId[sp.id];
      assert.deepEqual([sp.start, sp.end, sp.label], [r.start, r.end, r.label], `JSONL ${sp.id}`);
      assert.equal(sliceCp(d.text, sp.start, sp.end), r.text);
      seen++;
    }
    assert.deepEqual(d.label, d.spans.map((x) => [x.start, x.end, x.label]));
  }
  assert.equal(seen, 6);

  // W3C Web Annotation: position selectors slice px:text to the quote selector's exact.
  exported.w3c = await download(page, SEL.exportW3c);
  const w3c = JSON.parse(exported.w3c.bytes.toString('utf8'));
  assert.equal(w3c.type, 'AnnotationCollection');
  const texts3 = Object.fromEntries(w3c['px:documents'].map((d) => [d.id, d['px:text']]));
  const tags = w3c.first.items.filter((a) => a.motivation === 'tagging');
  assert.equal(tags.length, 6);
  for (const a of tags) {
    const id = a.id.replace('urn:parallax:span:', '');
    const pos = a.target.selector.find((x) => x.type === 'TextPositionSelector');
    const quote = a.target.selector.find((x) => x.type === 'TextQuoteSelector');
    const text = texts3[a.target.source];
    assert.equal(sliceCp(text, pos.start, pos.end), quote.exact, `W3C ${id}`);
    assert.equal(quote.exact, byId[id].text);
    assert.deepEqual([pos.start, pos.end, a.body.value], [byId[id].start, byId[id].end, byId[id].label]);
  }

  // brat: per document <id>.txt (the text, UTF-8) and <id>.ann with T lines in code points.
  exported.brat = await download(page, SEL.exportBrat);
  assert.equal(exported.brat.name, 'parallax-brat.zip');
  await waitNotice(page, /leaves out the outlet, author, date and address of 2 article\(s\)/);
  const files = unzip(exported.brat.bytes);
  let tcount = 0;
  for (const d of ref.documents) {
    // brat reads texts with universal newlines, so the .txt has \n line ends.
    assert.equal(files[`${d.id}.txt`].toString('utf8'), d.text.replace(/\r\n?/g, '\n'), `${d.id}.txt is the text`);
    for (const l of files[`${d.id}.ann`].toString('utf8').split('\n')) {
      const m = l.match(/^T(\d+)\t(\w+) (\d+) (\d+)\t(.*)$/);
      if (!m) continue;
      const r = byId[`s${m[1]}`];
      const [start, end] = [Number(m[3]), Number(m[4])];
      assert.deepEqual([start, end, m[2].toLowerCase()], [r.start, r.end, r.label], `brat T${m[1]}`);
      assert.equal(sliceCp(d.text, start, end).replace(/[\n\t]/g, ' '), m[5]);
      tcount++;
    }
  }
  assert.equal(tcount, 6);

  // Label Studio: one task per document, regions in code points, ids kept.
  exported.labelstudio = await download(page, SEL.exportLabelStudio);
  assert.equal(exported.labelstudio.name, 'parallax-labelstudio.json');
  const tasks = JSON.parse(exported.labelstudio.bytes.toString('utf8'));
  assert.equal(tasks.length, 3);
  let regions = 0;
  for (const task of tasks) {
    for (const r of task.annotations[0].result.filter((x) => x.type === 'labels')) {
      assert.equal(sliceCp(task.data.text, r.value.start, r.value.end), r.value.text, `Label Studio ${r.id}`);
      assert.equal(r.value.text, byId[r.id].text);
      regions++;
    }
  }
  assert.equal(regions, 6);

  // Training pairs: no links yet, so the file is empty and the notice says so.
  const pairs = await download(page, SEL.exportPairs);
  assert.equal(pairs.name, 'parallax-pairs.jsonl');
  assert.equal(pairs.bytes.length, 0);
  await waitNotice(page, /no links or rejected suggestions/);

  exported.json = { ...(await download(page, SEL.exportJson)) };
  // No name was given: the export says so, and what to do.
  await waitNotice(page, /without an annotator name.*Your name/);
  for (const [k, v] of Object.entries(exported)) {
    v.path = path.join(tmp, v.name);
    fs.writeFileSync(v.path, v.bytes);
    assert.ok(v.bytes.length > 0, k);
  }
  await s.finish();
});

for (const fmt of ['json', 'jsonl', 'w3c', 'brat', 'labelstudio']) {
  test(`import the ${fmt} export into an empty workspace: the same spans appear`, async (t) => {
    assert.ok(exported[fmt], 'the export test ran first');
    const s = await open(t);
    const { page } = s;
    await pick(page, SEL.importFile, [exported[fmt].path]);
    await waitForCount(page, SEL.markFirst, reference.spans.length);
    assert.equal(await articleCount(page), 3);
    const titles = await page.$$eval(SEL.articleTitle, (e) => e.map((x) => x.textContent));
    assert.deepEqual(titles, reference.documents.map((d) => d.title));
    const shown = await shownSpanTexts(page);
    assert.deepEqual(shown, Object.fromEntries(reference.spans.map((x) => [x.id, x.text])));
    await waitNotice(page, new RegExp(`Imported ${exported[fmt].name.replace(/\./g, '\\.')} \\(3 articles\\)`));
    const again = await exportJson(page);
    assert.deepEqual(again.documents.map((d) => [d.id, d.text]), reference.documents.map((d) => [d.id, d.text]));
    const key = (x) => `${x.id} ${x.doc} ${x.start} ${x.end} ${x.label} ${x.text}`;
    assert.deepEqual(again.spans.map(key).sort(), reference.spans.map(key).sort());
    // brat keeps everything but the outlet metadata (the samples' outlets), which its
    // export names in a notice; the others here are lossless.
    // Each article records what it came in through (session 45): the samples, loaded as
    // text, keep "text" through Parallax JSON; any other import records its own format,
    // so that field is compared apart.
    const from = { json: 'text', jsonl: 'jsonl', w3c: 'w3c', brat: 'brat', labelstudio: 'labelstudio' }[fmt];
    assert.ok(reference.documents.every((d) => d.imported_from === 'text'), 'the samples came in as text');
    assert.deepEqual(again.documents.map((d) => d.imported_from), reference.documents.map(() => from), `${fmt}: recorded`);
    const noFrom = (ws) => ({ ...ws, documents: ws.documents.map(({ imported_from, ...d }) => d) });
    const noMeta = (ws) => ({ ...ws, documents: ws.documents.map(({ outlet, author, published, url, imported_from, ...d }) => d) });
    if (fmt === 'brat') assert.deepEqual(noMeta(again), noMeta(reference), 'brat import is lossless but for outlet metadata');
    else if (fmt === 'json') assert.deepEqual(again, reference, 'json import is lossless');
    else if (!['jsonl', 'labelstudio'].includes(fmt)) assert.deepEqual(noFrom(again), noFrom(reference), `${fmt} import is lossless`);
    await s.finish();
  });
}

const MAYOR = 'Mayor 😀 Kim said the bridge will close on Monday.';
const cpOf = (text, needle) => cpLen(text.slice(0, text.indexOf(needle)));

test('import doccano JSONL (both styles): spans appear, unknown labels reported', async (t) => {
  const s = await open(t);
  const { page } = s;
  const a = cpOf(MAYOR, 'the bridge');
  const lines = [
    { id: 7, text: MAYOR, entities: [
      { id: 10, start_offset: 0, end_offset: a - 1, label: 'Attribution' },
      { id: 11, start_offset: a, end_offset: cpLen(MAYOR), label: 'CLAIM' },
      { id: 12, start_offset: 8, end_offset: 11, label: 'PERSON' },
    ], relations: [{ id: 1, from_id: 10, to_id: 11, type: 'attributes' }] },
    { text: '東京の会議は延期された。', label: [[0, 11, 'claim'], [0, 2, 'LOC']] },
  ];
  await pick(page, SEL.importFile, [{ name: 'doccano.jsonl', buffer: Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n')) }]);
  await waitForCount(page, SEL.markFirst, 3);
  const shown = Object.values(await shownSpanTexts(page)).sort();
  assert.deepEqual(shown, ['Mayor 😀 Kim said', 'the bridge will close on Monday.', '東京の会議は延期された'].sort());
  await waitNotice(page, /doccano\.jsonl: 1 spans? with label "PERSON" (was|were) not imported/);
  await waitNotice(page, /doccano\.jsonl: 1 spans? with label "LOC" (was|were) not imported/);
  const ws = await exportJson(page);
  assert.equal(ws.relations.length, 1, 'the doccano relation became an attribution');
  await s.finish();
});

test('import Label Studio JSON with UTF-16 offsets: converted to code points, told', async (t) => {
  const s = await open(t);
  const { page } = s;
  const u16 = MAYOR.indexOf('the bridge'); // JavaScript's offsets: one more than code points
  const tasks = [{ id: 1, data: { text: MAYOR }, annotations: [{ result: [
    { id: 'a', type: 'labels', from_name: 'label', to_name: 'text', value: { start: 0, end: u16 - 1, text: 'Mayor 😀 Kim said', labels: ['Attribution'] } },
    { id: 'b', type: 'labels', from_name: 'label', to_name: 'text', value: { start: u16, end: MAYOR.length, text: 'the bridge will close on Monday.', labels: ['Claim'] } },
    { type: 'relation', from_id: 'a', to_id: 'b' },
  ] }] }];
  await pick(page, SEL.importFile, [{ name: 'label-studio.json', buffer: Buffer.from(JSON.stringify(tasks)) }]);
  await waitForCount(page, SEL.markFirst, 2);
  assert.deepEqual(Object.values(await shownSpanTexts(page)).sort(), ['Mayor 😀 Kim said', 'the bridge will close on Monday.']);
  await waitNotice(page, /label-studio\.json: .*offsets counted in UTF-16 units .* converted to characters/);
  const ws = await exportJson(page);
  for (const sp of ws.spans) assert.equal(sliceCp(ws.documents[0].text, sp.start, sp.end), sp.text);
  await s.finish();
});

test('import a brat zip made by another tool (Deflate, folders, notes)', async (t) => {
  const s = await open(t);
  const { page } = s;
  const a = cpOf(MAYOR, 'the bridge');
  const ann = [
    `T1\tAttribution 0 ${a - 1}\tMayor 😀 Kim said`,
    `T2\tClaim ${a} ${cpLen(MAYOR)}\tthe bridge will close on Monday.`,
    'T3\tPerson 8 11\tKim',
    'R1\tAttributes Arg1:T1 Arg2:T2',
    '#1\tAnnotatorNotes T1\tchecked',
  ].join('\n');
  const buf = zip({ 'news/mayor.txt': MAYOR, 'news/mayor.ann': ann, 'annotation.conf': '[entities]\nClaim\n' });
  await pick(page, SEL.importFile, [{ name: 'corpus.zip', buffer: buf }]);
  await waitForCount(page, SEL.markFirst, 2);
  assert.deepEqual(Object.values(await shownSpanTexts(page)).sort(), ['Mayor 😀 Kim said', 'the bridge will close on Monday.']);
  await waitNotice(page, /corpus\.zip: .*"Person"/);
  await s.finish();
});

test('an import whose offsets no longer match its text is refused, naming the span; re-anchor works', async (t) => {
  const s = await open(t);
  const { page } = s;
  // The text was edited after annotating: three characters were added at the front.
  const text = '👩‍👩‍👧 Carroll said the soldier was shot 4 times. Later the soldier was shot again.';
  const ws = {
    format: 'parallax', version: 1,
    documents: [{ id: 'd1', title: 'Edited', source: 'edited.txt', text }],
    spans: [
      { id: 's2', doc: 'd1', start: 13, end: 42, label: 'claim', text: 'the soldier was shot 4 times.' },
      { id: 's3', doc: 'd1', start: 0, end: 5, label: 'attribution', text: '👩‍👩‍👧' },
    ],
  };
  await pick(page, SEL.importFile, [{ name: 'moved.json', buffer: Buffer.from(JSON.stringify(ws)) }]);
  const msg = await waitNotice(page, /Could not import moved\.json: /);
  assert.match(msg, /spans\[0\] \(id "s2"\): the text at 13\.\.42 of document "d1" is “.*”, but the span's text is “the soldier was shot 4 times\.”/);
  assert.equal(await articleCount(page), 0, 'nothing imported');
  await page.click(SEL.reanchor);
  await waitForCount(page, SEL.markFirst, 2);
  assert.deepEqual(await shownSpanTexts(page), { s2: 'the soldier was shot 4 times.', s3: '👩‍👩‍👧' });
  await waitNotice(page, /span "s2" was re-anchored from 13\.\.42 to/);
  const out = await exportJson(page);
  const s2 = out.spans.find((x) => x.id === 's2');
  assert.equal(s2.start, cpOf(text, 'the soldier'), 'moved to the nearest occurrence');
  assert.equal(sliceCp(text, s2.start, s2.end), 'the soldier was shot 4 times.');
  await s.finish();
});

test('re-anchoring names every moved span, its text as written (trial 35, F12)', async (t) => {
  const s = await open(t);
  const { page } = s;
  // The trial's tampered file: a line added before the text, so all five spans moved.
  const text = [
    'EXTRA LINE ADDED',
    'Café «Zürich» 🌀🌪️ report: naïve résumé 👩‍👩‍👧 family evacuated.',
    "The hurricane 🌀 hit São Paulo's coast? No — it hit Acapulco, México.",
    'Señora Núñez said: "We lost everything 😢 but we\'re alive."',
    'Winds reached 185 km/h near Coyuca de Benítez.',
    'Emoji flags 🇲🇽 and 🇺🇸 were flown on the rescue boats.',
    '',
  ].join('\n');
  const ws = {
    format: 'parallax', version: 1,
    documents: [{ id: 'd1', title: 'emoji-accents', source: 'emoji-accents.txt', text }],
    spans: [
      { id: 's3', doc: 'd1', start: 63, end: 94, label: 'claim', text: "The hurricane 🌀 hit São Paulo's" },
      { id: 's4', doc: 'd1', start: 132, end: 149, label: 'attribution', text: 'Señora Núñez said' },
      { id: 's5', doc: 'd1', start: 151, end: 190, label: 'quote', text: '"We lost everything 😢 but we\'re alive."' },
      { id: 's6', doc: 'd1', start: 250, end: 259, label: 'context', text: '🇲🇽 and 🇺🇸' },
      { id: 's7', doc: 'd1', start: 26, end: 62, label: 'claim', text: 'naïve résumé 👩‍👩‍👧 family evacuated.' },
    ],
  };
  await pick(page, SEL.importFile, [{ name: 'tampered.json', buffer: Buffer.from(JSON.stringify(ws)) }]);
  await waitNotice(page, /Could not import tampered\.json: /);
  await page.click(SEL.reanchor);
  await waitForCount(page, SEL.markFirst, 5);
  const notices = await page.$$eval('#notices .notice-text', (els) => els.map((e) => e.textContent));
  const all = notices.join('\n');
  for (const id of ['s3', 's4', 's5', 's6', 's7']) {
    assert.match(all, new RegExp(`span "${id}" was re-anchored from`), `${id} listed: ${all}`);
  }
  assert.ok(all.includes('“"We lost everything 😢 but we\'re alive."”'), all);
  assert.ok(all.includes('“naïve résumé 👩‍👩‍👧 family evacuated.”'), all);
  assert.ok(!all.includes('\\'), `no Rust escapes: ${all}`);
  await s.finish();
});

test('re-anchoring keeps the spans it can place and names the one it cannot (trial 24, U4)', async (t) => {
  const s = await open(t);
  const { page } = s;
  const ws = {
    format: 'parallax', version: 1,
    documents: [{ id: 'd1', title: 'Edited', source: 'edited.txt', text: 'The ferry left at nine. 東京' }],
    spans: [
      { id: 's2', doc: 'd1', start: 4, end: 9, label: 'claim', text: 'train' },
      { id: 's3', doc: 'd1', start: 10, end: 14, label: 'claim', text: 'left' },
    ],
  };
  await pick(page, SEL.importFile, [{ name: 'gone.json', buffer: Buffer.from(JSON.stringify(ws)) }]);
  await waitNotice(page, /Could not import gone\.json: .*spans\[0\] \(id "s2"\): the text at 4\.\.9 of document "d1" is “ferry”, but the span's text is “train”/);
  assert.equal(await articleCount(page), 0, 'nothing imported yet');
  await page.click(SEL.reanchor);
  await waitNotice(page, /gone\.json: 1 item could not be placed in the changed text and was left out; everything else was imported:\n- spans\[0\] \(id "s2"\): its text “train” does not occur anywhere in document "d1", so it could not be re-anchored and was left out/);
  assert.equal(await articleCount(page), 1, 'the article is imported');
  await waitForCount(page, SEL.markFirst, 1);
  assert.deepEqual(await shownSpanTexts(page), { s3: 'left' });
  await s.finish();
});
