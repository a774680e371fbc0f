/**
 * scrypt at 2^14 keeps tests quick; the production cost (2^17) is measured in bench/. No vitest
 * import here, so the Playwright harness can share it.
 */
export const TEST_KDF = { N: 2 ** 14, r: 8, p: 1 } as const;
