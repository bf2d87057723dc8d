// The page object of the end-to-end tests: the one module that knows the page's selectors
// (SEL) and the common actions on it, so a changed layout means one edit here. It extends
// helpers.mjs (starting Chromium, opening the page, selecting text), which it re-exports.
export * from './helpers.mjs';

/** Selectors of the page, by what they are. */
export const SEL = {
  // Frame
  app: '.app',
  appReadOnly: '.app.read-only',
  appConnecting: '.app.connecting',
  toolbar: '.toolbar',
  toolbarButton: '.toolbar button',
  columns: '.columns',
  sidebar: '.sidebar',
  dialog: '[role=dialog][aria-modal=true]',
  // Loading articles
  fileInput: '#file-input',
  loadSample: '#load-sample',
  pasteOpen: '#paste-open',
  pasteBox: '.paste-box',
  pasteTitle: '#paste-title',
  pasteText: '#paste-text',
  pasteAdd: '#paste-add',
  snapWords: '#snap-words, input[type=checkbox]',
  removeArticle: 'button.remove-article',
  // Articles and spans
  article: 'section.article',
  articleTitle: 'section.article .article-title',
  articleBody: 'section.article .article-body',
  articleOffsets: 'section.article [data-start]',
  articleSwitcherItem: '#article-switcher .switch-item',
  articleSwitcherOutlet: '#article-switcher .switch-outlet',
  showAllArticles: '#show-all-articles',
  metaEdit: '.meta-edit',
  metaEditSummary: '.meta-edit summary',
  mark: 'mark.span-mark',
  markFirst: 'mark.span-mark.first',
  markSelected: 'mark.span-mark.selected',
  markWithRelation: 'mark.span-mark.has-relation',
  claim: 'mark.span-mark[data-label="claim"]',
  quote: 'mark.span-mark[data-label="quote"]',
  firstClaim: 'mark.span-mark.first[data-label="claim"]',
  firstQuote: 'mark.span-mark.first[data-label="quote"]',
  firstAttribution: 'mark.span-mark.first[data-label="attribution"]',
  firstLinked: 'mark.span-mark.first[data-links]',
  selectedClaim: 'mark.span-mark.selected[data-label="claim"]',
  selectedAttribution: 'mark.span-mark.selected[data-label="attribution"]',
  // Suggestions, links, overview
  suggestions: '#suggestions',
  suggestionGroup: '#suggestions .suggestion-group',
  suggestion: '#suggestions .suggestion',
  groupSuggestion: '#suggestions .suggestion-group .suggestion',
  groupSuggestionText: '#suggestions .suggestion-group .suggestion .suggestion-text',
  suggestionText: '#suggestions .suggestion .suggestion-text',
  anySuggestionText: '#suggestions .suggestion-text',
  suggestionFlag: '#suggestions .suggestion .flag',
  acceptSuggestion: 'button.accept-suggestion',
  acceptFirstSuggestion: '#suggestions .suggestion button.accept-suggestion',
  rejectSuggestion: 'button.reject-suggestion',
  linkMode: '#suggestions .link-mode',
  links: '#links .link-item',
  matcherLinks: '#links .link-item[data-origin="matcher"]',
  manualLinks: '#links .link-item[data-origin="manual"]',
  linkReveal: '#links .link-item .link-reveal',
  linkWithId: '#links .link-item[data-link-id]',
  linkFlash: 'mark.link-flash',
  spanOverview: '#span-overview',
  overviewScroller: '#span-overview .overview-scroller',
  overviewRow: '#span-overview .overview-row',
  matchProgress: '#match-progress',
  // Export, import, notices
  exportJson: '#export-json',
  exportReport: '#export-report',
  exportJsonl: '#export-jsonl',
  exportW3c: '#export-w3c',
  exportBrat: '#export-brat',
  exportLabelStudio: '#export-labelstudio',
  exportPairs: '#export-pairs',
  importFile: '#import-file',
  importDialog: '.import-dialog',
  importDialogRole: '.import-dialog[role=dialog]',
  importMerge: '#import-merge',
  importReplace: '#import-replace',
  importCancel: '#import-cancel',
  notice: '#notices .notice',
  noticeInfo: '#notices .notice-info',
  noticeNotStorage: '#notices .notice:not(.storage-warning)',
  noticeAction: '#notices .notice-action',
  noticeButton: '#notices .notice button.notice-action',
  noticeError: '#notices .notice-error',
  reanchor: '#notices .notice button.notice-action:text("Re-anchor by quote")',
  storageWarning: '#notices .storage-warning',
  exportNow: 'button.export-now',
  storageExportNow: '#notices .storage-warning button.export-now',
  // Workspaces
  workspacesOpen: '#workspaces-open',
  workspaceChooser: '.workspace-chooser',
  workspaceEntry: '.workspace-chooser .workspace-entry',
  workspaceContinue: '.workspace-chooser button.continue',
  workspaceHere: '.workspace-chooser .workspace-here',
  workspaceNew: '#workspace-new',
  // Help, identity
  helpOpen: '#help-open',
  help: '.help',
  helpDialog: '.help[role=dialog]',
  identityName: '#identity-name',
  identityTitle: '#identity-title',
  // Matrix
  openMatrix: '#open-matrix',
  matrix: '#matrix',
  matrixTable: '#matrix table.matrix',
  matrixRow: '#matrix tbody tr',
  matrixOutlet: '#matrix thead th .mx-outlet',
  matrixSortReach: '#matrix-sort-reach',
  matrixGo: '.mx-go',
  // Class view
  openClassroom: '#open-classroom',
  classKeyInput: '#class-key-input',
  classStudentsInput: '#class-students-input',
  classStudentRow: '#class-table tr.student-row',
  classSortSecond: '#class-table th:nth-child(2) .sort',
  classError: '.class-error',
  exportGradesCsv: '#export-grades-csv',
  exportExercise: '#export-exercise',
  exportCurated: '#export-curated',
  feedbackGo: '.fb-go',
  feedbackContext: '.fb-context',
  feedbackKeyMark: '.fb-context mark.fb-key',
  agreementHead: '#agreement-matrix thead th',
  agreementRow: '#agreement-matrix tbody tr',
  alphaOverall: '#alpha-table tr.overall td',
  hotspot: '.hotspots .hotspot',
  feedbackItem: '#feedback .feedback-item',
  tabAgreement: '#tab-agreement',
  tabCuration: '#tab-curation',
  tabGrades: '#tab-grades',
  agreementMatrix: '#agreement-matrix',
  curation: '#curation',
  curationCounts: '#curation .counts',
  acceptMajority: '#accept-majority',
};

/** Wait until the page holds `n` elements matching `selector` (`op`: '===' exactly,
 *  '>=' at least, '>' more than). */
export function waitForCount(page, selector, n, op = '===') {
  return page.waitForFunction(
    ({ selector, n, op }) => {
      const k = document.querySelectorAll(selector).length;
      return op === '>=' ? k >= n : op === '>' ? k > n : k === n;
    },
    { selector, n, op },
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

