/**
 * English UI strings: the reference set. Every other locale must define exactly these keys (the type of
 * `zhCN` enforces it). `{name}` placeholders are filled by `translate`.
 */
export const en = {
  'app.name': 'Jiaokan',

  'menu.file': 'File',
  'menu.open': 'Open…',
  'menu.openFolder': 'Open Folder…',
  'menu.saveVersion': 'Save Version',
  'menu.export': 'Export…',
  'menu.quit': 'Quit',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.view': 'View',
  'menu.zoomIn': 'Zoom In',
  'menu.zoomOut': 'Zoom Out',
  'menu.zoomActual': 'Actual Size (1:1)',
  'menu.zoomFit': 'Fit Width',
  'menu.toggleBoxes': 'Show Word Boxes',
  'menu.language': 'Language',

  'toolbar.open': 'Open',
  'toolbar.openTitle': 'Open images (Ctrl+O)',
  'toolbar.openFolder': 'Folder',
  'toolbar.openFolderTitle': 'Open a folder of scans as a workspace',
  'toolbar.ocrLanguage': 'OCR language',
  'toolbar.recognize': 'Recognize',
  'toolbar.rerun': 'Re-run OCR',
  'toolbar.recognizeTitle': 'Recognize this page with the chosen language; earlier results are kept',
  'toolbar.uiLanguage': 'Interface language',
  'toolbar.followSystem': 'System ({language})',

  'language.chi_sim': '简体中文',
  'language.chi_tra': '繁體中文',
  'language.eng': 'English',
  'language.chi_sim+eng': '简体中文 + English',
  'language.chi_tra+eng': '繁體中文 + English',

  'scan.zoomIn': 'Zoom in (Ctrl+wheel up)',
  'scan.zoomOut': 'Zoom out (Ctrl+wheel down)',
  'scan.actualSize': '1:1',
  'scan.actualSizeTitle': 'Actual size: one image pixel per screen pixel',
  'scan.fitWidth': 'Fit',
  'scan.fitWidthTitle': 'Fit the page to the width of the pane',
  'scan.zoomLevel': 'Zoom level',
  'scan.boxes': 'Boxes',
  'scan.boxesTitle': 'Show the word boxes, tinted by OCR confidence',
  'scan.loading': 'Loading page image…',
  'scan.unavailable': 'This scan cannot be shown.',
  'scan.imageLabel': 'Scan of {page}',
  'scan.wordTitle': '{text} — confidence {confidence}',
  'scan.legendLow': 'low',
  'scan.legendHigh': 'high confidence',

  'editor.title': 'Text',
  'editor.label': 'Text of {page}',
  'editor.ocrRun': 'OCR run {run} · {language}',
  'editor.noText': 'This page has no text yet. Recognize it to start proofreading.',

  'splitter.label': 'Resize the scan and text panes',

  'job.queued': 'Waiting for a free OCR worker…',
  'job.loadingLanguage': 'Loading language data… {percent}%',
  'job.recognizing': 'Recognizing {page}… {percent}%',
  'job.cancel': 'Cancel',
  'job.cancelled': 'Recognition of {page} was cancelled.',
  'job.done': 'Recognized {page}: {words} words.',

  'toast.dismiss': 'Dismiss',
  'toast.errorTitle': 'Something went wrong',

  'error.invalid-request': 'The request was refused',
  'error.bad-input': 'Cannot read the file',
  'error.not-found': 'Not found',
  'error.read-only': 'Read-only workspace',
  'error.conflict': 'Conflict',
  'error.cancelled': 'Cancelled',
  'error.io': 'File system error',
  'error.disk-full': 'The disk is full',
  'error.internal': 'Internal error',
  'error.bridge': 'The app backend is not available',

  'empty.title': 'No page open',
  'empty.hint': 'Open an image with Ctrl+O, open a folder of scans, or drop image files here.',
  'drop.hint': 'Drop images to open them',

  'status.words': '{count} words',
  'status.meanConfidence': 'mean confidence {value}',
  'status.noOcr': 'not recognized',
  'status.position': 'Ln {line}, Col {column}',
  'status.chars': '{count} characters',
  'status.readOnly': 'Read-only',
  'status.modified': 'Modified',
  'status.saved': 'Saved as version {n}',
  'status.versions': 'Versions: {count}',
  'status.workspace': 'Workspace: {name}',

  'version.saved': 'Saved version {n} of {page}.',
  'version.nothingToSave': 'Nothing changed since version {n}.',
} as const;

/** A key of the UI string table. */
export type MessageKey = keyof typeof en;

/** A complete string table for one UI language. */
export type Messages = { readonly [K in MessageKey]: string };
