import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LEDGER, type Ledger } from '@ledger/ledger';
import { toStaffStreamId } from '@ledger/people';

/**
 * Staff names for rows of a view, one DataLoader per request: a name is read (and
 * decrypted) once however many rows name the person.
 */
@Injectable()
export class StaffDirectory {
  constructor(@Inject(LEDGER) private readonly ledger: Ledger) {}

  loader(): DataLoader<string, string | null> {
    return new DataLoader((keys) => Promise.all(keys.map((key) => this.name(key))), { maxBatchSize: 500 });
  }

  /** key: `<tenantId>\u0000<staffId>` */
  private async name(key: string): Promise<string | null> {
    const [tenantId, staffId] = key.split('\u0000') as [string, string];
    for await (const event of this.ledger.readStream(toStaffStreamId(tenantId, staffId))) {
      if (event.type !== 'StaffMemberJoined') continue;
      const name = event.data.name;
      return typeof name === 'string' ? name : null;
    }
    return null;
  }
}

export function staffKey(tenantId: string, staffId: string): string {
  return `${tenantId}\u0000${staffId}`;
}
