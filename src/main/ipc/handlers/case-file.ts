import { readKeyFile } from '../../core/case-file/key-file';
import {
  addOperator,
  backupCaseFile,
  caseFileInfo,
  changeOwnPassphrase,
  listOperators,
  removeOperator,
  verifyCaseFile,
} from '../../core';
import type { AppServices } from '../../core/workspace/app-services';
import { saveRecoverySheet } from '../../core/reports/recovery-sheet';
import type { HandlersFor } from '../handle';

/** The app, its dialogs, and the case file as a whole: open, lock, verify, back up, operators. */
export function caseFileHandlers(
  services: AppServices,
): HandlersFor<'app' | 'settings' | 'recent' | 'dialog' | 'casefile' | 'device' | 'operator'> {
  const { workspace, dialogs, notify } = services;
  const kdf = services.kdfCost ? { kdfCost: services.kdfCost } : {};
  const session = () => workspace.session();
  const path = (p: string | null) => ({ path: p });
  return {
    'app:info': () => services.app,
    'settings:get': () => services.settings.get(),
    'settings:set': (patch) => services.settings.set(patch),
    'recent:list': () => services.recent.list(),
    'recent:forget': ({ path: p }) => services.recent.forget(p),

    'dialog:open-case-file': async () => path(await dialogs.openCaseFile()),
    'dialog:new-case-file': async () => path(await dialogs.newCaseFile()),
    'dialog:backup-destination': async () => path(await dialogs.backupDestination()),
    'dialog:save-pdf': async ({ suggestedName }) => {
      const chosen = await dialogs.savePdf(suggestedName);
      if (chosen) services.chosen.grant([chosen], 'pdf-export');
      return path(chosen);
    },
    'dialog:open-images': async () => {
      const paths = await dialogs.openImages();
      services.chosen.grant(paths, 'photo');
      return { paths };
    },
    'dialog:open-documents': async () => {
      const paths = await dialogs.openDocuments();
      services.chosen.grant(paths, 'document');
      return { paths };
    },
    'dialog:open-bundle': async () => {
      const chosen = await dialogs.openBundle();
      if (chosen) services.chosen.grant([chosen], 'bundle-import');
      return path(chosen);
    },
    'dialog:open-pdf': async () => {
      const chosen = await dialogs.openPdf();
      if (chosen) services.chosen.grant([chosen], 'report-verify');
      return path(chosen);
    },
    'dialog:save-bundle': async ({ suggestedName }) => {
      const chosen = await dialogs.saveBundle(suggestedName);
      if (chosen) services.chosen.grant([chosen], 'bundle-export');
      return path(chosen);
    },
    'dialog:open-statement': async () => {
      const chosen = await dialogs.openStatement();
      if (chosen) services.chosen.grant([chosen], 'statement');
      return path(chosen);
    },
    'dialog:open-experts': async () => {
      const chosen = await dialogs.openExperts();
      if (chosen) services.chosen.grant([chosen], 'experts-import');
      return path(chosen);
    },
    'dialog:save-experts': async ({ suggestedName, format }) => {
      const chosen = await dialogs.saveExperts(suggestedName, format);
      if (chosen) services.chosen.grant([chosen], 'experts-export');
      return path(chosen);
    },
    'dialog:open-indicators': async () => {
      const chosen = await dialogs.openIndicators();
      if (chosen) services.chosen.grant([chosen], 'indicators-import');
      return path(chosen);
    },
    'dialog:save-indicators': async ({ suggestedName, format }) => {
      const chosen = await dialogs.saveIndicators(suggestedName, format);
      if (chosen) services.chosen.grant([chosen], 'indicators-export');
      return path(chosen);
    },
    'dialog:save-csv': async ({ suggestedName }) => {
      const chosen = await dialogs.saveCsv(suggestedName);
      if (chosen) services.chosen.grant([chosen], 'csv-export');
      return path(chosen);
    },

    'casefile:status': () => workspace.status(),
    'casefile:create': (input) => workspace.create(input),
    'casefile:unlock': (input) => workspace.unlock(input),
    'casefile:recover': (input) => workspace.recover(input),
    'casefile:unlock-remembered': ({ path: p }) =>
      workspace.unlockRemembered(p, services.remembered),
    'casefile:lock': () => {
      workspace.lock('user');
      return { locked: true as const };
    },
    'casefile:activity': () => workspace.activity(),
    'casefile:info': () => caseFileInfo(session()),
    'casefile:verify': () =>
      verifyCaseFile(session(), (step, done, total) =>
        notify.send('task:progress', { task: 'verify', step, done, total }),
      ),
    'casefile:backup': async ({ destination }) => {
      const r = await backupCaseFile(session(), destination, (step, done, total) =>
        notify.send('task:progress', { task: 'backup', step, done, total }),
      );
      return { dir: r.dir, sha256: r.sha256, bytes: r.bytes, report: r.report };
    },
    'casefile:save-recovery-sheet': async ({ path: dest, recoveryKey }) => {
      const s = session();
      await saveRecoverySheet(dest, {
        caseFileId: s.caseFileId,
        caseFilePath: s.layout.dir,
        operatorName: s.actor.operatorName,
        recoveryKey,
        createdAt: new Date(readKeyFile(s.layout).createdAt),
        language: services.settings.get().language === 'sr-Cyrl' ? 'sr-Cyrl' : 'en',
      });
      return { path: dest };
    },

    'device:status': ({ path: p }) => {
      const verdict = services.vault.check();
      const remembered = services.remembered.get(p);
      remembered?.dataKey.fill(0);
      return {
        available: verdict.ok,
        reason: verdict.ok ? null : verdict.reason,
        remembered: remembered ? { operatorName: remembered.operatorName } : null,
      };
    },
    'device:remember': () => {
      services.remembered.remember(session());
      return { remembered: true as const };
    },
    'device:forget': ({ path: p }) => {
      services.remembered.forget(p);
      return { remembered: false as const };
    },

    'operator:list': () => listOperators(session()),
    'operator:add': (input) => addOperator(session(), { ...input, ...kdf }),
    'operator:remove': async ({ name }) => {
      await removeOperator(session(), name);
      return listOperators(session());
    },
    'operator:change-passphrase': async (input) => {
      await changeOwnPassphrase(session(), { ...input, ...kdf });
      return { changed: true as const };
    },
  };
}
