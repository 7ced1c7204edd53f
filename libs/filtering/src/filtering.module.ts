import { Module } from '@nestjs/common';
import { PeopleModule } from '@ledger/people';
import { FilteringCommandHandler } from './application/filtering.command-handler.js';

@Module({ imports: [PeopleModule], providers: [FilteringCommandHandler] })
export class FilteringModule {}
