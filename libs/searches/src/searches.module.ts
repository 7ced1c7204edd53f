import { Module } from '@nestjs/common';
import { PeopleModule } from '@ledger/people';
import { SearchCommandHandler } from './application/searches.command-handler.js';

@Module({ imports: [PeopleModule], providers: [SearchCommandHandler] })
export class SearchModule {}
