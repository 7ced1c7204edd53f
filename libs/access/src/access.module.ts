import { Module } from '@nestjs/common';
import { PeopleModule } from '@ledger/people';
import { InspectionGrants } from './application/inspection-grants.js';
import { ReadLog } from './application/read-log.js';

@Module({
  imports: [PeopleModule],
  providers: [InspectionGrants, ReadLog],
  exports: [InspectionGrants, ReadLog],
})
export class AccessModule {}
