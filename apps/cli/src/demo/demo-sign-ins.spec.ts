import { demoPlan } from './demo-plan.js';
import { demoSignIns, formatDemoLinks } from './demo-sign-ins.js';

describe(demoSignIns.name, () => {
  const sut = demoSignIns(1);
  const commands = demoPlan(1).map((step) => (step.message as { command: { kind: string; tenantId: string; staffId?: string } }).command);

  it('should offer the safeguarding leads, staff, leaders and governors of both settings, and the trust', () => {
    const riverside = sut.filter((s) => s.tenantIds[0] === 'riverside-ap').map((s) => s.role);
    expect(riverside).toEqual([
      'dsl',
      'deputy_dsl',
      'staff',
      'head',
      'slt',
      'esafety_coordinator',
      'chair_of_governors',
      'safeguarding_governor',
      'filtering_governor',
    ]);
    expect(sut.filter((s) => s.tenantIds.includes('northfield-learning-trust')).map((s) => s.role)).toEqual(['trust_admin', 'auditor']);
  });

  it('should offer only people who joined the staff of that setting and have not left', () => {
    for (const person of sut.filter((s) => s.staffId.includes('-staff-'))) {
      const tenantId = person.tenantIds[0];
      const joined = commands.some((c) => c.kind === 'JoinStaff' && c.tenantId === tenantId && c.staffId === person.staffId);
      const left = commands.some((c) => c.kind === 'RecordStaffLeaving' && c.tenantId === tenantId && c.staffId === person.staffId);
      expect([person.staffId, joined, left]).toEqual([person.staffId, true, false]);
    }
  });

  it('should print one line per person with their link, under their setting', () => {
    const text = formatDemoLinks(
      sut.slice(0, 2).map((s, i) => ({ ...s, url: `http://localhost:3000/auth/link?token=t${i}` })),
      '8 hours',
    );
    expect(text.split('\n').filter((line) => line.includes('/auth/link?token='))).toHaveLength(2);
    expect(text).toContain('Riverside Alternative Provision Centre');
  });
});
