import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Operation, Principal } from '@ledger/access';
import type { CatalogueEntry, CommandInput } from '@ledger/commands';
import { ExecuteCommand } from '@ledger/commands';
import { newId } from '@ledger/kernel';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import { CommandGateway } from './command-gateway.js';
import { CommandResult } from './command-result.model.js';

/**
 * The resolver of one catalogued command: a mutation named after the command, guarded by its
 * row of the permission table, taking the entry's input class. Nest code-first reads mutations
 * from decorated classes, so each entry gets its own small class.
 */
export function catalogueResolver(entry: CatalogueEntry): new (gateway: CommandGateway) => object {
  @Resolver()
  class CatalogueMutation {
    constructor(readonly gateway: CommandGateway) {}

    @Mutation(() => CommandResult, { name: entry.mutation, description: entry.description })
    @Allow(entry.kind as Operation)
    run(@CurrentPrincipal() principal: Principal, @Args('input', { type: () => entry.input }) input: CommandInput): Promise<CommandResult> {
      const meta = this.gateway.meta(principal, input);
      const { command, resultId } = entry.build(input, meta, newId);
      return this.gateway.run(resultId, meta, new ExecuteCommand(entry, command));
    }
  }
  // The validation pipe reads the parameter's class from here: the entry's input class, not the base.
  Reflect.defineMetadata('design:paramtypes', [Object, entry.input], CatalogueMutation.prototype, 'run');
  Object.defineProperty(CatalogueMutation, 'name', { value: `${entry.kind}Mutation` });
  return CatalogueMutation;
}
