import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ExecuteInspectionAccessCommand, INSPECTORATES, type Inspectorate, type Principal } from '@ledger/access';
import { newId } from '@ledger/kernel';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import { CommandGateway } from './command-gateway.js';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '@ledger/commands';
import { CommandResult } from './command-result.model.js';
import { graphqlEnum } from '@ledger/commands';

const InspectorateEnum = graphqlEnum(INSPECTORATES, 'Inspectorate', 'The body an inspector works for');

@InputType({ description: 'Time-boxed read access for one inspector (at most 14 days)' })
export class GrantInspectionAccessInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  grantId?: string;

  @Field({ description: "The inspector's sign-in subject (the `sub` of their token)" })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  inspectorId!: string;

  @Field(() => InspectorateEnum)
  @IsIn(INSPECTORATES)
  inspectorate!: Inspectorate;

  @Field({ description: 'Start of access (ISO-8601)' })
  @IsISO8601({ strict: true })
  validFrom!: string;

  @Field({ description: 'End of access (ISO-8601)' })
  @IsISO8601({ strict: true })
  validUntil!: string;

  @Field({ description: 'Why: e.g. "Ofsted graded inspection, 3–4 March"' })
  @IsString()
  @MaxLength(500)
  purpose!: string;
}

@InputType()
export class RevokeInspectionAccessInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  grantId!: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  reason!: string;
}

@Resolver()
export class InspectionAccessMutations {
  constructor(private readonly gateway: CommandGateway) {}

  @Mutation(() => CommandResult, { description: 'Give an inspector time-boxed read access to this setting' })
  @Allow('GrantInspectionAccess')
  grantInspectionAccess(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: GrantInspectionAccessInput,
  ): Promise<CommandResult> {
    const meta = this.gateway.meta(principal, input);
    const grantId = input.grantId ?? newId();
    return this.gateway.run(
      grantId,
      meta,
      new ExecuteInspectionAccessCommand({
        kind: 'GrantInspectionAccess',
        grantId,
        inspectorId: input.inspectorId,
        inspectorate: input.inspectorate,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        purpose: input.purpose,
        ...meta,
      }),
    );
  }

  @Mutation(() => CommandResult, { description: "End an inspector's access now" })
  @Allow('RevokeInspectionAccess')
  revokeInspectionAccess(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RevokeInspectionAccessInput,
  ): Promise<CommandResult> {
    const meta = this.gateway.meta(principal, input);
    return this.gateway.run(
      input.grantId,
      meta,
      new ExecuteInspectionAccessCommand({ kind: 'RevokeInspectionAccess', grantId: input.grantId, reason: input.reason, ...meta }),
    );
  }
}
