import { useEffect, useRef, useState } from 'react';
import { setUiLocale } from './actions/ui-locale';
import { openFolder, openImages, startup } from './actions/workspace-actions';
import { registerCommand, runCommand } from './commands/commands';
import { commandForKey } from './commands/keybindings';
import { TextEditor } from './features/editor/text-editor';
import { ProblemsPanel } from './features/lint/problems-panel';
import { NoticeBanners } from './features/banners/notice-banners';
import { startAutosave } from './features/drafts/autosave';
import { DiffView } from './features/history/diff-view';
import { HistoryPanel } from './features/history/history-panel';
import { PageBar } from './features/page-bar/page-bar';
import { PageList } from './features/page-list/page-list';
import { startCursorMemory } from './features/session/cursor-memory';
import { FileDrop } from './features/drop/file-drop';
import { ExportDialog } from './features/export/export-dialog';
import { JobProgressStrip } from './features/jobs/job-progress';
import { Splitter } from './features/layout/splitter';
import { ScanView } from './features/scan-view/scan-view';
import { useScanLinkSync } from './features/scan-link/scan-link';
import { StatusBar } from './features/status-bar/status-bar';
import { ToastList } from './features/toasts/toast-list';
import { reportError } from './features/toasts/report';
import { TopBar } from './features/top-bar/top-bar';
import { useI18n, useT } from './i18n/i18n-store';
import { on } from './ipc/client';
import { useJobs } from './state/job-store';
import { usePageSession } from './state/page-store';

/** True on macOS, where shortcuts use Cmd instead of Ctrl. */
const MAC = navigator.platform.toLowerCase().startsWith('mac');

/** True when key presses on `target` type text (the editor, an input), where PgUp/PgDn must keep scrolling. */
function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, .monaco-editor') !== null;
}

/** Startup runs once per page load, even if the app component mounts twice (React strict mode). */
let started = false;

/** The window: top bar, job progress, scan | splitter | editor, status bar, toasts, drop target. */
export function App() {
  const t = useT();
  const locale = useI18n((s) => s.locale);
  const hasPage = usePageSession((s) => s.view !== null);
  const [split, setSplit] = useState(0.5);
  const workRef = useRef<HTMLDivElement>(null);
  useScanLinkSync();

  const pageLabel = usePageSession((s) => s.view?.page.label ?? null);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = pageLabel ? `${pageLabel} — ${t('app.name')}` : t('app.name');
  }, [locale, t, pageLabel]);

  useEffect(() => {
    const unsubscribe = [
      on('job:progress', (progress) => useJobs.getState().report(progress)),
      on('menu:command', (command) => {
        runCommand(command);
      }),
      registerCommand('open-images', () => void openImages()),
      registerCommand('open-folder', () => void openFolder()),
      startAutosave(),
      startCursorMemory(),
      registerCommand('set-ui-locale', (command) => void setUiLocale(command.locale)),
    ];
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event, MAC, isEditingText(event.target));
      if (command && runCommand(command)) {
        event.preventDefault();
        // Handled once: the editor below must not also act on the key (Alt+↑/↓ would move the text line).
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    if (!started) {
      started = true;
      startup().catch(reportError);
    }
    return () => {
      window.removeEventListener('keydown', onKey, true);
      unsubscribe.forEach((u) => u());
    };
  }, []);

  return (
    <div className="app">
      <TopBar />
      <JobProgressStrip />
      <NoticeBanners />
      <div className="workspace-body">
        <PageList />
        <main
          ref={workRef}
          className="work-area"
          style={{ gridTemplateColumns: `${split}fr 5px ${1 - split}fr` }}
        >
          <ScanView />
          <Splitter ratio={split} onChange={setSplit} container={() => workRef.current} />
          <section className="editor-pane">
            <PageBar />
            <TextEditor />
            <ProblemsPanel />
          </section>
          {hasPage ? null : (
            <div className="empty-state" data-testid="empty-state">
              <h1>{t('empty.title')}</h1>
              <p>{t('empty.hint')}</p>
            </div>
          )}
          <DiffView />
        </main>
        <HistoryPanel />
      </div>
      <StatusBar />
      <ExportDialog />
      <ToastList />
      <FileDrop />
    </div>
  );
}
