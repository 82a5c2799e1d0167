import { Menu, type MenuItemConstructorOptions } from 'electron';
import { UI_LOCALES, translate, type MessageKey, type UiLocale } from '../../shared/i18n';
import type { MenuCommand } from '../../shared/ipc/events';

/** Native names of the UI languages, shown as-is in every locale so a user can always find their own. */
const LOCALE_NAMES: { readonly [L in UiLocale]: string } = { 'zh-CN': '简体中文', en: 'English' };

/** What the menu shows that depends on state. */
export interface MenuState {
  readonly locale: UiLocale;
  readonly showBoxes: boolean;
  /** Whether an export channel exists yet; the item is greyed out otherwise. */
  readonly canExport: boolean;
}

/**
 * Builds and installs the application menu in the UI language. Items that the renderer also binds as
 * shortcuts (Ctrl+O, Ctrl+S, zoom, editing) show their accelerator without registering it, so a key press
 * reaches the page exactly once; picking an item sends `command` to the renderer.
 */
export function installMenu(
  state: MenuState,
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
): void {
  const t = (key: MessageKey): string => translate(state.locale, key);
  const command = (
    label: MessageKey,
    picked: MenuCommand,
    accelerator?: string,
    extra: Partial<MenuItemConstructorOptions> = {},
  ): MenuItemConstructorOptions => ({
    label: t(label),
    click: () => send(picked),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    ...extra,
  });
  // Option+arrow moves by word on macOS, so pages turn with Cmd+Option there (PgUp/PgDn work too, unlisted).
  const pageKeys = platform === 'darwin' ? 'Cmd+Alt' : 'Alt';
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('menu.file'),
      submenu: [
        command('menu.open', { command: 'open-images' }, 'CmdOrCtrl+O'),
        command('menu.openFolder', { command: 'open-folder' }, 'CmdOrCtrl+Shift+O'),
        { type: 'separator' },
        command('menu.saveVersion', { command: 'save-version' }, 'CmdOrCtrl+S'),
        command('menu.export', { command: 'export' }, 'CmdOrCtrl+E', { enabled: state.canExport }),
        { type: 'separator' },
        { label: t('menu.quit'), role: 'quit' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo', registerAccelerator: false },
        { label: t('menu.redo'), role: 'redo', registerAccelerator: false },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut', registerAccelerator: false },
        { label: t('menu.copy'), role: 'copy', registerAccelerator: false },
        { label: t('menu.paste'), role: 'paste', registerAccelerator: false },
        { label: t('menu.selectAll'), role: 'selectAll', registerAccelerator: false },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        command('menu.zoomIn', { command: 'zoom-in' }, 'CmdOrCtrl+='),
        command('menu.zoomOut', { command: 'zoom-out' }, 'CmdOrCtrl+-'),
        command('menu.zoomActual', { command: 'zoom-actual' }, 'CmdOrCtrl+0'),
        command('menu.zoomFit', { command: 'zoom-fit' }, 'CmdOrCtrl+9'),
        { type: 'separator' },
        command('menu.toggleBoxes', { command: 'toggle-boxes' }, undefined, {
          type: 'checkbox',
          checked: state.showBoxes,
        }),
        command('menu.togglePageList', { command: 'toggle-page-list' }, 'CmdOrCtrl+B'),
        command('menu.toggleHistory', { command: 'toggle-history' }, 'CmdOrCtrl+Shift+H'),
        { type: 'separator' },
        {
          label: t('menu.language'),
          submenu: UI_LOCALES.map((locale): MenuItemConstructorOptions => ({
            label: LOCALE_NAMES[locale],
            type: 'radio',
            checked: locale === state.locale,
            click: () => send({ command: 'set-ui-locale', locale }),
          })),
        },
      ],
    },
    {
      label: t('menu.page'),
      submenu: [
        command('menu.previousPage', { command: 'previous-page' }, `${pageKeys}+Left`),
        command('menu.nextPage', { command: 'next-page' }, `${pageKeys}+Right`),
        { type: 'separator' },
        command('menu.previousLine', { command: 'line-previous' }, 'Alt+Up'),
        command('menu.nextLine', { command: 'line-next' }, 'Alt+Down'),
        { type: 'separator' },
        command('menu.markProofread', { command: 'mark-proofread' }),
      ],
    },
  ];
  if (platform === 'darwin') template.unshift({ role: 'appMenu' });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
