import { Module } from '@nestjs/common';
import { PeopleModule } from '@ledger/people';
import { CatalogueCommandHandler, CompletionCommandHandler } from './application/training.command-handlers.js';

@Module({ imports: [PeopleModule], providers: [CatalogueCommandHandler, CompletionCommandHandler] })
export class TrainingModule {}
