import { dialog, type BrowserWindow } from 'electron';
import type { TFunction } from 'i18next';
import type { Dialogs } from '../core/workspace/app-services';

const CASE_FILE_SUFFIX = '.custodia';

/** Native dialogs for the workspace. Case files are folders named *.custodia. */
export function electronDialogs(window: () => BrowserWindow | null, t: () => TFunction): Dialogs {
  const parent = () => window() ?? undefined;
  const pickFolder = async (title: string) => {
    const w = parent();
    const r = w
      ? await dialog.showOpenDialog(w, { title, properties: ['openDirectory'] })
      : await dialog.showOpenDialog({ title, properties: ['openDirectory'] });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  };
  const saveAs = async (
    title: string,
    defaultPath: string,
    filters: Electron.FileFilter[] = [],
  ) => {
    const w = parent();
    const options = {
      title,
      defaultPath,
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'] as const,
    };
    const r = w
      ? await dialog.showSaveDialog(w, { ...options, properties: [...options.properties] })
      : await dialog.showSaveDialog({ ...options, properties: [...options.properties] });
    return r.canceled || !r.filePath ? null : r.filePath;
  };
  const pickFiles = async (title: string, filters: Electron.FileFilter[], multi: boolean) => {
    const options: Electron.OpenDialogOptions = {
      title,
      filters,
      properties: multi ? ['openFile', 'multiSelections'] : ['openFile'],
    };
    const w = parent();
    const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
    return r.canceled ? [] : r.filePaths;
  };
  const withSuffix = (p: string | null) =>
    p && !p.endsWith(CASE_FILE_SUFFIX) ? `${p}${CASE_FILE_SUFFIX}` : p;
  return {
    openCaseFile: () => pickFolder(t()('dialog.openCaseFile')),
    newCaseFile: async () =>
      withSuffix(await saveAs(t()('dialog.newCaseFile'), `case-file${CASE_FILE_SUFFIX}`)),
    backupDestination: async () =>
      withSuffix(await saveAs(t()('dialog.backupTo'), `backup${CASE_FILE_SUFFIX}`)),
    savePdf: (suggestedName) =>
      saveAs(t()('dialog.savePdf'), suggestedName, [
        { name: t()('dialog.pdfFilter'), extensions: ['pdf'] },
      ]),
    openImages: () =>
      pickFiles(
        t()('dialog.openImages'),
        [
          {
            name: t()('dialog.imageFilter'),
            extensions: [
              'jpg',
              'jpeg',
              'png',
              'webp',
              'tif',
              'tiff',
              'heic',
              'heif',
              'avif',
              'gif',
            ],
          },
        ],
        true,
      ),
    openDocuments: () => pickFiles(t()('dialog.openDocuments'), [], true),
    openBundle: async () =>
      (
        await pickFiles(
          t()('dialog.openBundle'),
          [{ name: t()('dialog.bundleFilter'), extensions: ['json'] }],
          false,
        )
      )[0] ?? null,
    saveBundle: (suggestedName) =>
      saveAs(t()('dialog.saveBundle'), suggestedName, [
        { name: t()('dialog.bundleFilter'), extensions: ['json'] },
      ]),
    openStatement: async () =>
      (
        await pickFiles(
          t()('dialog.openStatement'),
          [{ name: t()('dialog.statementFilter'), extensions: ['csv', 'txt', 'xlsx'] }],
          false,
        )
      )[0] ?? null,
    saveCsv: (suggestedName) =>
      saveAs(t()('dialog.saveCsv'), suggestedName, [
        { name: t()('dialog.csvFilter'), extensions: ['csv'] },
      ]),
    openExperts: async () =>
      (
        await pickFiles(
          t()('dialog.openExperts'),
          [{ name: t()('dialog.expertsFilter'), extensions: ['json', 'csv'] }],
          false,
        )
      )[0] ?? null,
    openPdf: async () =>
      (
        await pickFiles(
          t()('dialog.openPdf'),
          [{ name: t()('dialog.pdfFilter'), extensions: ['pdf'] }],
          false,
        )
      )[0] ?? null,
    openIndicators: async () =>
      (
        await pickFiles(
          t()('dialog.openIndicators'),
          [{ name: t()('dialog.indicatorsFilter'), extensions: ['json', 'csv'] }],
          false,
        )
      )[0] ?? null,
    saveIndicators: (suggestedName, format) =>
      saveAs(t()('dialog.saveIndicators'), suggestedName, [
        format === 'json'
          ? { name: t()('dialog.bundleFilter'), extensions: ['json'] }
          : { name: t()('dialog.csvFilter'), extensions: ['csv'] },
      ]),
    saveExperts: (suggestedName, format) =>
      saveAs(t()('dialog.saveExperts'), suggestedName, [
        format === 'json'
          ? { name: t()('dialog.bundleFilter'), extensions: ['json'] }
          : { name: t()('dialog.csvFilter'), extensions: ['csv'] },
      ]),
  };
}
