import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadUiLocale } from './actions/ui-locale';
import { loadEditorMessages } from './i18n/editor-messages';
import './styles.css';

/**
 * The UI language is settled before Monaco is imported, so the editor's own strings come in that language;
 * Monaco (and the app, which imports it) is therefore loaded dynamically, after them.
 */
async function boot(): Promise<void> {
  await loadEditorMessages(await loadUiLocale());
  await import('./monaco-setup');
  const { App } = await import('./app');
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
}

void boot();
