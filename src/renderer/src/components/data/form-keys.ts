import type { KeyboardEvent } from 'react';

/**
 * Keys of a form in a dialog: Ctrl+Enter (⌘Enter) saves from any field, Esc cancels. The dialog
 * itself is opened with closeOnEscape={false}, so Esc reaches only the dialog that has the focus
 * (a confirmation opened on top gets its own Esc), and an open dropdown closes first: Mantine
 * marks its input with data-mantine-stop-propagation while the dropdown is open.
 */
export function formKeys(actions: { save: () => void; cancel: () => void }) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      actions.save();
    } else if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        target.getAttribute('data-mantine-stop-propagation') === 'true'
      ) {
        return;
      }
      event.preventDefault();
      actions.cancel();
    }
  };
}
