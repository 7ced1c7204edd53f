import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { CommandInput, graphqlEnum, ID_MESSAGE, ID_PATTERN, IsLine, IsLineList, IsProse } from '@ledger/commands';
import { SEARCH_OUTCOMES, type SearchOutcome } from '../domain/search.events.js';

const SearchOutcomeEnum = graphqlEnum(
  SEARCH_OUTCOMES,
  'SearchOutcome',
  'What became of a search: nothing found, items returned, retained, confiscated, given to the police, or disposed of',
);

/** What every command on an existing search names. */
@InputType({ isAbstract: true })
abstract class SearchInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  searchId!: string;
}

@InputType({ isAbstract: true })
abstract class DeviceInput extends SearchInput {
  @Field(() => ID, { description: 'The device, as named when it was confiscated in this search' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  deviceId!: string;
}

@InputType({
  description:
    'A search of a pupil (Education Act 2011; DfE searching, screening and confiscation guidance): record every one, found or not',
})
export class ConductSearchInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  searchId?: string;

  @Field(() => ID, { description: 'The pupil searched: their id (a registered reference), never their name' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  pupilId!: string;

  @Field(() => ID, { description: 'The member of staff who searched' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  searcherId!: string;

  @Field(() => ID, { description: 'The witness: a second member of staff, not the searcher' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  witnessId!: string;

  @Field({ description: 'Where the search took place, e.g. "Pastoral office"' })
  @IsLine(200)
  place!: string;

  @Field({ description: 'The grounds for searching (personal data about the pupil: encrypted)' })
  @IsProse(5000)
  grounds!: string;

  @Field(() => [String], { description: 'What was being looked for, e.g. ["mobile phone"]' })
  @IsLineList(20, 200, { nonEmpty: true })
  soughtItems!: string[];

  @Field({ description: 'What was found, or "Nothing found" (personal data about the pupil: encrypted)' })
  @IsProse(5000, { mayBeEmpty: true })
  found!: string;

  @Field({
    description: 'True when an indecent image of a child is suspected: nothing may be viewed or deleted; the device goes to the police',
  })
  @IsBoolean()
  suspectedIndecentImage!: boolean;

  @Field({ description: 'True when the DSL was informed of the search' })
  @IsBoolean()
  dslInformed!: boolean;
}

@InputType({ description: 'A device found in the search is confiscated and held' })
export class ConfiscateDeviceInput extends SearchInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result; later custody steps name it' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  deviceId?: string;

  @Field({ description: 'The device, e.g. "Mobile phone"' })
  @IsLine(500)
  description!: string;

  @Field({ description: 'Where it is held, e.g. "Office safe"' })
  @IsLine(500)
  heldAt!: string;
}

@InputType({ description: 'Data was deleted from a confiscated device by the signed-in member of staff, with a witness' })
export class DeleteDeviceDataInput extends DeviceInput {
  @Field(() => ID, { description: 'The witness: a second member of staff' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  witnessId!: string;

  @Field({ description: 'The good reason for deleting it, e.g. "Content would cause harm or distress if kept"' })
  @IsProse(2000)
  goodReason!: string;

  @Field({ description: 'The category of content deleted, e.g. "video of a fight": never the content itself' })
  @IsLine(200)
  contentCategory!: string;
}

@InputType({ description: 'A confiscated device was handed to the police (required for a suspected indecent image)' })
export class HandDeviceToPoliceInput extends DeviceInput {
  @Field({ description: 'The police reference, e.g. the CAD or crime number' })
  @IsLine(200)
  policeReference!: string;
}

@InputType({ description: 'A confiscated device was released to the pupil’s parent or carer' })
export class ReleaseDeviceToParentInput extends DeviceInput {
  @Field({ description: 'Who collected it, e.g. "Mother" or their name (personal data: encrypted)' })
  @IsLine(200)
  releasedTo!: string;
}

@InputType({ description: 'The pupil’s parents or carers were told of the search (by the signed-in member of staff)' })
export class InformParentsOfSearchInput extends SearchInput {}

@InputType({ description: 'The search is complete, with its outcome' })
export class CompleteSearchInput extends SearchInput {
  @Field(() => SearchOutcomeEnum)
  @IsIn(SEARCH_OUTCOMES)
  outcome!: SearchOutcome;
}
