import { readFileSync } from 'node:fs';
import { ROLES } from '@ledger/kernel';
import { OPERATIONS, PERMISSIONS, permissionTableMarkdown } from './permissions.js';

describe('The permission table', () => {
  it('should name only known roles, each at most once per operation', () => {
    for (const op of OPERATIONS) {
      const roles = PERMISSIONS[op] as readonly string[];
      expect(roles.every((r) => (ROLES as readonly string[]).includes(r))).toBe(true);
      expect(new Set(roles).size).toBe(roles.length);
    }
  });

  it('should be printed in the README exactly as the API enforces it', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(permissionTableMarkdown());
  });
});
