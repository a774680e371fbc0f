/** Shortcut labels as the keyboard prints them: ⌘ on a Mac, Ctrl elsewhere. */
const isMac = /mac/i.test(navigator.platform);

export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}

export const GLOBAL_SEARCH_ID = 'global-search';

export function focusGlobalSearch(): void {
  const input = document.getElementById(GLOBAL_SEARCH_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}
