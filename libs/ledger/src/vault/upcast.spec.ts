import { systemClock } from '@ledger/kernel';
import { Vault } from './vault.js';
import type { SubjectKeyStore } from './subject-key-store.js';

describe(Vault.name, () => {
  // upcast and schemaOf touch no key: no key store is needed.
  const sut = new Vault(
    {} as SubjectKeyStore,
    Buffer.alloc(32),
    { ConsentGiven: [{ subject: (d) => d.pupilId as string, fields: ['givenBy'] }] },
    systemClock,
  );

  describe('when an event recorded before erasure units (schema 1) is read', () => {
    it('should read each personal field as keyed to its person, without touching what is stored', () => {
      const stored = { pupilId: 'p-7', givenBy: { $personal: 1, subject: 'p-7', box: 'AAAA' } } as const;
      const read = sut.upcast(stored);
      expect(read.givenBy).toEqual({ $personal: 1, subject: 'p-7', person: 'p-7', box: 'AAAA' });
      expect(stored.givenBy).not.toHaveProperty('person');
    });

    it('should leave a schema 2 field, and data with no personal field, as they are', () => {
      const current = { givenBy: { $personal: 1, subject: 'consent~d~photographs~p-7', person: 'p-7', box: 'AAAA' } };
      expect(sut.upcast(current)).toBe(current);
      const plain = { documentId: 'd' };
      expect(sut.upcast(plain)).toBe(plain);
    });
  });

  it('should record event types with personal fields at schema 2 and others at 1', () => {
    expect(sut.schemaOf('ConsentGiven')).toBe(2);
    expect(sut.schemaOf('DocumentDrafted')).toBe(1);
  });
});
