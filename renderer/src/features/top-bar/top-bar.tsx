import { UI_LOCALES, type UiLocale } from '../../../../shared/i18n';
import { recognize } from '../../actions/page-actions';
import { setUiLocale } from '../../actions/ui-locale';
import { openFolder, openImages } from '../../actions/workspace-actions';
import { runCommand } from '../../commands/commands';
import { useI18n, useT } from '../../i18n/i18n-store';
import { useJobs } from '../../state/job-store';
import { usePageSession } from '../../state/page-store';
import { useSettings } from '../../state/settings-store';
import { useWorkspace } from '../../state/workspace-store';
import { reportError } from '../toasts/report';
import { OCR_LANGUAGE_CHOICES, languageName } from './language-options';

/** Native names of the UI languages, the same in every locale. */
const LOCALE_NAMES: { readonly [L in UiLocale]: string } = { 'zh-CN': '简体中文', en: 'English' };

const FOLLOW_SYSTEM = 'system';

/** The bar at the top: open, page, OCR language and (re-)recognize, and the UI language. */
export function TopBar() {
  const t = useT();
  const workspace = useWorkspace((s) => s.workspace);
  const view = usePageSession((s) => s.view);
  const ocrLanguage = useSettings((s) => s.settings?.ocrLanguage ?? 'chi_sim');
  const chosenLocale = useI18n((s) => s.chosen);
  const systemLocale = useI18n((s) => s.systemLocale);
  const busy = useJobs((s) => view !== null && s.jobs.some((j) => j.pageId === view.page.id));
  const canRecognize = view !== null && view.page.sourceKind !== 'text' && !busy && !workspace?.readOnly;
  const choices: readonly string[] = OCR_LANGUAGE_CHOICES;
  return (
    <header className="top-bar" data-testid="top-bar">
      <span className="brand" aria-hidden="true">
        <span className="brand-mark">校</span>
        {t('app.name')}
      </span>
      <button
        type="button"
        className="bar-button"
        title={t('toolbar.openTitle')}
        data-testid="open-images"
        onClick={() => void openImages()}
      >
        {t('toolbar.open')}
      </button>
      <button
        type="button"
        className="bar-button"
        title={t('toolbar.openFolderTitle')}
        data-testid="open-folder"
        onClick={() => void openFolder()}
      >
        {t('toolbar.openFolder')}
      </button>
      {view ? (
        <span className="page-label" data-testid="page-label">
          {view.page.label}
        </span>
      ) : null}
      <span className="bar-separator" />
      <label className="bar-field">
        <span>{t('toolbar.ocrLanguage')}</span>
        <select
          className="bar-select"
          value={ocrLanguage}
          data-testid="ocr-language"
          onChange={(e) =>
            void useSettings.getState().update({ ocrLanguage: e.target.value }).catch(reportError)
          }
        >
          {!choices.includes(ocrLanguage) ? <option value={ocrLanguage}>{ocrLanguage}</option> : null}
          {OCR_LANGUAGE_CHOICES.map((language) => (
            <option key={language} value={language}>
              {languageName(language, t)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="bar-button primary"
        disabled={!canRecognize}
        title={t('toolbar.recognizeTitle')}
        data-testid="recognize"
        onClick={() => view && void recognize(view.page.id, ocrLanguage)}
      >
        {view?.page.hasOcr ? t('toolbar.rerun') : t('toolbar.recognize')}
      </button>
      <button
        type="button"
        className="bar-button"
        disabled={workspace === null}
        title={t('export.buttonTitle')}
        data-testid="export"
        onClick={() => runCommand({ command: 'export' })}
      >
        {t('export.button')}
      </button>
      <span className="bar-spacer" />
      <label className="bar-field">
        <span>{t('toolbar.uiLanguage')}</span>
        <select
          className="bar-select"
          value={chosenLocale ?? FOLLOW_SYSTEM}
          data-testid="ui-language"
          onChange={(e) => {
            const value = e.target.value;
            const locale = UI_LOCALES.find((l) => l === value) ?? null;
            void setUiLocale(locale);
          }}
        >
          <option value={FOLLOW_SYSTEM}>
            {t('toolbar.followSystem', { language: LOCALE_NAMES[systemLocale] })}
          </option>
          {UI_LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
