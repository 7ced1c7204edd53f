import { Module } from '@nestjs/common';
import { PeopleModule } from '@ledger/people';
import { InspectionGrants } from './application/inspection-grants.js';
import { ReadLog } from './application/read-log.js';
import { SignInLog } from './application/sign-in-log.js';

@Module({
  imports: [PeopleModule],
  providers: [InspectionGrants, ReadLog, SignInLog],
  exports: [InspectionGrants, ReadLog, SignInLog],
})
export class AccessModule {}
