import { getDefaultZIndex } from '@mantine/core';

/**
 * Dialogs holding a form sit one level below Mantine's default modal layer. The app's single
 * confirmation dialog (app/ConfirmProvider) is mounted first, at the default layer; a form
 * dialog mounted later would otherwise cover "Discard your changes?" when it opens on top.
 */
export const FORM_MODAL_Z_INDEX = getDefaultZIndex('modal') - 10;
