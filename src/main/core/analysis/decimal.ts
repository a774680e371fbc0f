/**
 * The exact decimal helpers now live in src/shared/finance/decimal.ts (the money side and the
 * renderer use them too); re-exported here so the analysis rules keep their imports.
 */
export * from '../../../shared/finance/decimal';
