import { OPERATIONS, PERMISSIONS, type Operation } from '@ledger/access';
import { CATALOGUED_COMMANDS } from './catalogues.js';

describe('The command catalogues', () => {
  it('should give each command one catalogue entry, with a mutation of its own', () => {
    const kinds = CATALOGUED_COMMANDS.map((entry) => entry.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(new Set(CATALOGUED_COMMANDS.map((entry) => entry.mutation)).size).toBe(kinds.length);
  });

  it('should allow exactly the roles of the permission table (the table the deciders check)', () => {
    for (const entry of CATALOGUED_COMMANDS) {
      expect({ kind: entry.kind, roles: entry.roles }).toEqual({ kind: entry.kind, roles: PERMISSIONS[entry.kind as Operation] });
    }
  });

  it('should have an entry for every command row of the permission table', () => {
    // Command rows are named like commands (PascalCase); view rows like fields (camelCase).
    const commandRows = OPERATIONS.filter((op) => /^[A-Z]/.test(op));
    expect(commandRows.sort()).toEqual(CATALOGUED_COMMANDS.map((entry) => entry.kind).sort());
  });
});
