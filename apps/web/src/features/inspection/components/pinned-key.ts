/**
 * The public key the inspector pinned, kept in memory for this tab only (never in storage or the
 * URL): verifications on every trail page use it until the tab is closed.
 */
let pinned = '';

export const pinnedKey = (): string => pinned;
export const pinKey = (pem: string): void => {
  pinned = pem;
};
