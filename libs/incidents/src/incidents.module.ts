import { Module } from '@nestjs/common';
import { PeopleModule } from '@ledger/people';
import { IncidentCommandHandler } from './application/incidents.command-handler.js';

@Module({ imports: [PeopleModule], providers: [IncidentCommandHandler] })
export class IncidentModule {}
