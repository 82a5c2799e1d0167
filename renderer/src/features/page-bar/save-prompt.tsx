import { useEffect, useRef, useState } from 'react';
import { saveVersion } from '../../actions/page-actions';
import { useT } from '../../i18n/i18n-store';
import { getPageEditor } from '../editor/editor-registry';
import { useSavePrompt } from './save-prompt-store';

/** Longest note the contract accepts. */
const NOTE_MAX = 2000;

/** The small inline prompt Ctrl+S opens: an optional note; Enter saves, Esc cancels. */
export function SavePrompt() {
  const open = useSavePrompt((s) => s.open);
  return open ? <NoteForm /> : null;
}

function NoteForm() {
  const t = useT();
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const close = (): void => {
    useSavePrompt.getState().setOpen(false);
    getPageEditor()?.focus();
  };
  const save = async (): Promise<void> => {
    if (saving) return;
    setSaving(true);
    const saved = await saveVersion(note.trim());
    setSaving(false);
    if (saved) close();
  };

  return (
    <form
      className="save-prompt"
      data-testid="save-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="save-prompt-field">
        <span>{t('save.note')}</span>
        <input
          ref={input}
          type="text"
          value={note}
          maxLength={NOTE_MAX}
          placeholder={t('save.placeholder')}
          data-testid="save-note"
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
        />
      </label>
      <button type="submit" className="bar-button primary" disabled={saving} data-testid="save-confirm">
        {t('save.confirm')}
      </button>
      <button type="button" className="bar-button" onClick={close}>
        {t('save.cancel')}
      </button>
      <span className="save-prompt-hint">{t('save.hint')}</span>
    </form>
  );
}
