import { fold, type WithoutContext } from '@ledger/kernel';
import type { Ledger } from '@ledger/ledger';
import type { CompletionCommand, CompletionRequest, RuleInForce } from '../domain/training.commands.js';
import { catalogueDecider, toCatalogueStreamId, toTrainingRecordStreamId, type CatalogueState } from '../domain/training.decider.js';
import type { CatalogueEvent } from '../domain/training.events.js';

/** A completion command with the cadence rule in force for its course, read from the setting's training catalogue. */
export async function withRuleInForce(ledger: Ledger, request: CompletionRequest): Promise<WithoutContext<CompletionCommand>> {
  if (request.kind === 'RetractCompletion') return request;
  const rule = await ruleInForce(ledger, request.tenantId, await courseOf(ledger, request));
  return { ...request, rule };
}

/** A correction keeps the course of the completion it corrects. */
async function courseOf(ledger: Ledger, request: Exclude<CompletionRequest, { kind: 'RetractCompletion' }>): Promise<string> {
  if (request.kind === 'RecordCompletion') return request.courseId;
  for await (const event of ledger.store.readStream(toTrainingRecordStreamId(request.tenantId, request.staffId))) {
    if (event.type === 'TrainingCompletionRecorded' && event.data.completionId === request.correctsCompletionId)
      return event.data.courseId as string;
  }
  return '';
}

async function ruleInForce(ledger: Ledger, tenantId: string, courseId: string): Promise<RuleInForce | null> {
  const events: CatalogueEvent[] = [];
  for await (const event of ledger.store.readStream(toCatalogueStreamId(tenantId)))
    events.push({ type: event.type, data: event.data } as CatalogueEvent);
  const catalogue: CatalogueState = fold(catalogueDecider, events);
  return catalogue.courses[courseId]?.rule ?? null;
}
