import { diffFields } from '../audit/audit-log';
import type { WriteTx } from '../audit/write';

/** Inserts an operator row with its audit entry; returns the creation time it recorded. */
export function insertOperatorRecord(tx: WriteTx, id: string, name: string): string {
  const operator = { id, name, created_at: tx.now.toISOString() };
  tx.db
    .prepare('INSERT INTO operator (id, name, created_at) VALUES (@id, @name, @created_at)')
    .run(operator);
  tx.audit({
    action: 'operator.add',
    entityType: 'operator',
    entityId: id,
    changes: diffFields(null, operator),
  });
  return operator.created_at;
}
