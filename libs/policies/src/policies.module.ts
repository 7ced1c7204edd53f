import { Module } from '@nestjs/common';
import { PeopleModule } from '@ledger/people';
import { DocumentCommandHandler } from './application/policies.command-handler.js';

@Module({ imports: [PeopleModule], providers: [DocumentCommandHandler] })
export class DocumentModule {}
