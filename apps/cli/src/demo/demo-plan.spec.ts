import { ExecuteCommand } from '@ledger/commands';
import { CATALOGUED_COMMANDS } from '../../../api/src/index.js';
import { demoPlan } from './demo-plan.js';

/** Commands the demo cannot show, and why. */
const NOT_IN_DEMO: Readonly<Record<string, string>> = {
  GrantInspectionAccess: 'a grant must not have ended by the ledger clock, and the demo history lies in the past',
  RevokeInspectionAccess: 'revokes a grant, which the demo cannot make',
  IssueChildProtectionFileLink: 'a link expires within 14 days of the ledger clock, and the demo history lies in the past',
  RecordChildProtectionFileDownload: 'spends a link, which the demo cannot issue',
  RecordDayOnePack: 'recorded by ledger day-one when a pack is generated, not part of the history',
};

describe('demoPlan', () => {
  it('should use every catalogued command at least once', () => {
    const used = new Set(
      demoPlan(3)
        .map((step) => step.message)
        .filter((message): message is ExecuteCommand => message instanceof ExecuteCommand)
        .map((message) => message.entry.kind),
    );
    expect(CATALOGUED_COMMANDS.map((entry) => entry.kind).filter((kind) => !used.has(kind) && !(kind in NOT_IN_DEMO))).toEqual([]);
  });
});
