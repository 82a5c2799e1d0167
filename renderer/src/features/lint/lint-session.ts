import { createIncrementalLinter, type IncrementalLinter } from '../../../../shared/lint/engine';
import { addIgnore, ignoreEntryFor } from '../../../../shared/lint/ignore';
import type { PackName } from '../../../../shared/lint/types';
import type { Finding, Severity, TextEdit } from '../../../../shared/model';
import { t, useI18n } from '../../i18n/i18n-store';
import { call } from '../../ipc/client';
import { monaco } from '../../monaco-setup';
import { usePageSession } from '../../state/page-store';
import { useSettings } from '../../state/settings-store';
import { onPageEditor, type PageEditor } from '../editor/editor-registry';
import { reportError } from '../toasts/report';
import { addChanges, pendingEdit, type PendingChange } from './change-tracker';
import type { FixPlan } from './fix-plan';
import { useLint, type LintPrefs } from './lint-store';
import { findingAfter, markerSpecs } from './markers';

/** Owner of our markers on a model, so other features' markers are left alone. */
const MARKER_OWNER = 'jiaokan-lint';
/** Command behind the "ignore this" code action. */
const IGNORE_COMMAND = 'jiaokan.lint.ignore';
/** Quiet time after the last keystroke before the edited paragraphs are re-checked, in ms. */
const DEBOUNCE_MS = 150;

const MARKER_SEVERITY: Readonly<Record<Severity, monaco.MarkerSeverity>> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

/** The editor range of `[start, end)` text offsets. */
function rangeOf(model: monaco.editor.ITextModel, start: number, end: number): monaco.Range {
  return monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));
}

/** Everything a check depends on besides the text; a change of any of these starts a fresh linter. */
interface CheckInputs {
  readonly model: monaco.editor.ITextModel;
  readonly prefs: LintPrefs;
  readonly locale: 'en' | 'zh-CN';
  readonly threshold: number;
  readonly ocr: NonNullable<ReturnType<typeof usePageSession.getState>['view']>['ocr'];
}

function sameInputs(a: CheckInputs | null, b: CheckInputs): boolean {
  return (
    a !== null &&
    a.model === b.model &&
    a.prefs === b.prefs &&
    a.locale === b.locale &&
    a.threshold === b.threshold &&
    a.ocr === b.ocr
  );
}

let editor: PageEditor | null = null;
let inputs: CheckInputs | null = null;
let linter: IncrementalLinter | null = null;
/** The text the linter last checked and what changed in the model since. */
let checkedLength = 0;
let pending: PendingChange | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
/** Serializes writes of the prefs so the last choice is the one stored. */
let saving: Promise<unknown> = Promise.resolve();

function currentInputs(): CheckInputs | null {
  const model = editor?.getModel() ?? null;
  const prefs = useLint.getState().prefs;
  const view = usePageSession.getState().view;
  if (!model || !prefs || !view || useLint.getState().pageId !== view.page.id) return null;
  return {
    model,
    prefs,
    locale: useI18n.getState().locale,
    threshold: useSettings.getState().settings?.confidenceThreshold ?? 60,
    ocr: view.ocr,
  };
}

function showMarkers(model: monaco.editor.ITextModel, findings: readonly Finding[]): void {
  const source = t('lint.source');
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    markerSpecs(findings, model.getValueLength()).map((m) => {
      const range = rangeOf(model, m.start, m.end);
      return {
        startLineNumber: range.startLineNumber,
        startColumn: range.startColumn,
        endLineNumber: range.endLineNumber,
        endColumn: range.endColumn,
        severity: MARKER_SEVERITY[m.severity],
        message: m.message,
        code: m.code,
        source,
      };
    }),
  );
}

/**
 * Checks the editor's text now: a fresh linter when the page, its prefs, the UI language, the threshold or the
 * OCR changed, else the incremental linter with the edit since the last check (only the edited paragraphs and
 * their neighbours are re-checked). Updates the markers and the findings store.
 */
export function checkNow(): void {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
  const next = currentInputs();
  if (!next) {
    useLint.getState().setFindings([], 0);
    return;
  }
  if (!sameInputs(inputs, next) || !linter) {
    if (inputs && inputs.model !== next.model && !inputs.model.isDisposed()) {
      monaco.editor.setModelMarkers(inputs.model, MARKER_OWNER, []);
    }
    inputs = next;
    linter = createIncrementalLinter({
      pack: next.prefs.pack,
      ignore: next.prefs.ignore,
      locale: next.locale,
      confidenceThreshold: next.threshold,
      // Hints apply to paragraphs whose text still reads as in the OCR; edited paragraphs are checked from text.
      ...(next.ocr ? { ocr: next.ocr } : {}),
    });
    pending = null;
    checkedLength = 0;
    const text = next.model.getValue();
    publish(next.model, linter.update(text), text.length);
    return;
  }
  const text = next.model.getValue();
  const edit: TextEdit | undefined = pendingEdit(pending, checkedLength, text);
  publish(next.model, linter.update(text, edit), text.length);
}

function publish(model: monaco.editor.ITextModel, findings: readonly Finding[], length: number): void {
  pending = null;
  checkedLength = length;
  showMarkers(model, findings);
  useLint.getState().setFindings(findings, model.getVersionId());
}

function schedule(): void {
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(checkNow, DEBOUNCE_MS);
}

/** The findings of the editor's current text (checks first if an edit is waiting). */
export function currentFindings(): readonly Finding[] {
  const model = editor?.getModel();
  if (model && (timer !== null || useLint.getState().versionId !== model.getVersionId())) checkNow();
  return useLint.getState().findings;
}

/** Moves the cursor to the start of the next (1) or previous (-1) finding, wrapping around, and shows its message. */
export function goToFinding(direction: 1 | -1): void {
  const model = editor?.getModel();
  const position = editor?.getPosition();
  if (!editor || !model || !position) return;
  const findings = currentFindings();
  const target = findingAfter(findings, model.getOffsetAt(position), direction);
  if (!target) return;
  const at = model.getPositionAt(target.start);
  editor.setPosition(at);
  editor.revealPositionInCenterIfOutsideViewport(at, monaco.editor.ScrollType.Smooth);
  editor.focus();
  editor.trigger(MARKER_OWNER, 'editor.action.showHover', {});
}

/** Selects a finding's text in the editor and scrolls it into view. */
export function revealFinding(finding: Finding): void {
  const model = editor?.getModel();
  if (!editor || !model) return;
  const range = rangeOf(model, finding.start, Math.max(finding.end, finding.start));
  editor.setSelection(range);
  editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
  editor.focus();
}

/**
 * Applies a previewed plan as ONE undo step (one edit group between two undo stops), so Ctrl+Z takes the whole
 * batch back. Refuses (false) when the text changed since the plan was made.
 */
export function applyPlan(plan: FixPlan): boolean {
  const model = editor?.getModel();
  if (!editor || !model || model.getValue() !== plan.before) return false;
  editor.pushUndoStop();
  editor.executeEdits(
    MARKER_OWNER,
    plan.edits.map((e) => ({ range: rangeOf(model, e.start, e.end), text: e.text, forceMoveMarkers: true })),
  );
  editor.pushUndoStop();
  checkNow();
  return true;
}

/** Stores the page's prefs (serialized with earlier writes) and re-checks with them. */
function savePrefs(prefs: LintPrefs): void {
  const pageId = useLint.getState().pageId;
  if (pageId === null) return;
  useLint.getState().setPrefs(pageId, prefs);
  checkNow();
  saving = saving
    .then(() => call('page:setLintPrefs', { pageId, prefs }))
    .catch((error: unknown) => reportError(error));
}

/** Checks the page with another rule pack from now on (kept for this page). */
export function choosePack(pack: PackName): void {
  const prefs = useLint.getState().prefs;
  if (prefs && prefs.pack !== pack) savePrefs({ ...prefs, pack });
}

/** Accepts a finding as it is: it stays hidden while its text and a little context around it are unchanged. */
export function ignoreFinding(finding: Pick<Finding, 'rule' | 'start' | 'end'>): void {
  const model = editor?.getModel();
  const prefs = useLint.getState().prefs;
  if (!model || !prefs) return;
  savePrefs({ ...prefs, ignore: addIgnore(prefs.ignore, ignoreEntryFor(model.getValue(), finding)) });
}

/** Shows every ignored finding of the page again. */
export function restoreIgnored(): void {
  const prefs = useLint.getState().prefs;
  if (prefs && prefs.ignore.length > 0) savePrefs({ ...prefs, ignore: [] });
}

async function loadPrefs(pageId: string): Promise<void> {
  useLint.getState().setPrefs(pageId, null);
  let prefs: LintPrefs;
  try {
    prefs = await call('page:lintPrefs', { pageId });
  } catch (error) {
    reportError(error);
    const pack = useSettings.getState().settings?.lintPack;
    prefs = { pack: pack === 'taiwan-hk' || pack === 'faithful' ? pack : 'mainland', ignore: [] };
  }
  if (usePageSession.getState().view?.page.id === pageId) {
    useLint.getState().setPrefs(pageId, prefs);
    checkNow();
  }
}

function codeActions(model: monaco.editor.ITextModel, range: monaco.Range): monaco.languages.CodeActionList {
  const none = { actions: [], dispose: () => undefined };
  if (model !== editor?.getModel()) return none;
  const start = model.getOffsetAt(range.getStartPosition());
  const end = model.getOffsetAt(range.getEndPosition());
  const actions: monaco.languages.CodeAction[] = [];
  for (const f of currentFindings()) {
    if (f.start > end || Math.max(f.end, f.start + 1) < start) continue;
    const marker: monaco.editor.IMarkerData = {
      ...rangeOf(model, f.start, f.end),
      severity: MARKER_SEVERITY[f.severity],
      message: f.message,
      code: f.rule,
    };
    f.fixes.forEach((fix, k) => {
      actions.push({
        title: fix.label,
        kind: 'quickfix',
        diagnostics: [marker],
        isPreferred: k === 0 && fix.safe,
        edit: {
          edits: fix.edits.map((e) => ({
            resource: model.uri,
            versionId: model.getVersionId(),
            textEdit: { range: rangeOf(model, e.start, e.end), text: e.text },
          })),
        },
      });
    });
    actions.push({
      title: t('lint.ignoreThis', { rule: f.rule }),
      kind: 'quickfix',
      diagnostics: [marker],
      command: {
        id: IGNORE_COMMAND,
        title: t('lint.ignoreThis', { rule: f.rule }),
        arguments: [f.rule, f.start, f.end],
      },
    });
  }
  return { actions, dispose: () => undefined };
}

/**
 * Starts checking the page editor's text: markers, code actions (Ctrl+. / the lightbulb), re-checks after
 * edits, prefs per page. Returns the stop for a `useEffect` cleanup; it removes everything it added.
 */
export function startLintSession(): () => void {
  let editorSubscriptions: monaco.IDisposable[] = [];
  const attach = (next: PageEditor | null): void => {
    for (const s of editorSubscriptions) s.dispose();
    editorSubscriptions = [];
    editor = next;
    inputs = null;
    linter = null;
    if (!next) return;
    editorSubscriptions = [
      next.onDidChangeModelContent((event) => {
        const model = next.getModel();
        if (!model || inputs?.model !== model) return;
        pending = event.isFlush ? null : addChanges(pending, event.changes, model.getValueLength());
        if (event.isFlush) linter = null;
        schedule();
      }),
      next.onDidChangeModel(() => checkNow()),
      // F8 / Shift+F8 are read from the key itself: Monaco's own F8 looks across models and its keybinding did
      // not survive the preview's diff editors being disposed.
      next.onKeyDown((event) => {
        if (event.keyCode !== monaco.KeyCode.F8 || event.ctrlKey || event.altKey || event.metaKey) return;
        event.preventDefault();
        event.stopPropagation();
        goToFinding(event.shiftKey ? -1 : 1);
      }),
    ];
    checkNow();
  };
  const stopEditor = onPageEditor(attach);
  let shownPage: string | null = null;
  const stopPage = usePageSession.subscribe((s) => {
    const pageId = s.view?.page.id ?? null;
    if (pageId !== shownPage) {
      shownPage = pageId;
      if (pageId === null) useLint.getState().setPrefs(null, null);
      else void loadPrefs(pageId);
    }
    if (inputs && s.view?.ocr !== inputs.ocr) checkNow();
  });
  const stopLocale = useI18n.subscribe(() => checkNow());
  const stopSettings = useSettings.subscribe(() => checkNow());
  const provider = monaco.languages.registerCodeActionProvider(
    'plaintext',
    { provideCodeActions: (model, range) => codeActions(model, range) },
    { providedCodeActionKinds: ['quickfix'] },
  );
  const command = monaco.editor.registerCommand(IGNORE_COMMAND, (_accessor: unknown, ...args: unknown[]) => {
    const [rule, start, end] = args;
    if (typeof rule === 'string' && typeof start === 'number' && typeof end === 'number') {
      ignoreFinding({ rule, start, end });
    }
  });
  const initial = usePageSession.getState().view?.page.id ?? null;
  if (initial !== null) {
    shownPage = initial;
    void loadPrefs(initial);
  }
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const model = editor?.getModel();
    if (model) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
    stopEditor();
    stopPage();
    stopLocale();
    stopSettings();
    provider.dispose();
    command.dispose();
    for (const s of editorSubscriptions) s.dispose();
    editor = null;
    inputs = null;
    linter = null;
  };
}
