import { useContext } from 'react';
import { ConfirmContext, type Confirm } from '../app/confirm-context';

export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm outside ConfirmProvider');
  return confirm;
}
