import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

/**
 * Monaco from the bundle, never from a CDN: the worker is built by Vite, and `loader.config` hands the bundled
 * namespace to @monaco-editor/react (whose default is to fetch Monaco from jsDelivr). Imported first by
 * main.tsx, before any editor mounts.
 */
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

export { monaco };
