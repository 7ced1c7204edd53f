import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsISO8601, IsOptional } from 'class-validator';
import { ComplianceViews, type PolicyRecord } from '@ledger/compliance';
import { Allow } from '../access/access.decorators.js';
import { TenantArgs } from './view-args.js';
import { PastReview } from './view.models.js';

@ArgsType()
class PolicyRegisterArgs extends TenantArgs {
  @Field({ nullable: true, description: 'What was true on this date (by when things happened), replayed from the ledger' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be an ISO-8601 date or date-time' })
  asOf?: string;

  @Field({ nullable: true, description: 'What the ledger knew at this moment (by when things were recorded)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be an ISO-8601 date or date-time' })
  knownAt?: string;
}

@ObjectType({ description: 'One published version of a document' })
class PolicyVersionModel {
  @Field() version!: string;
  @Field() publishedOn!: string;
  @Field(() => String, { nullable: true }) approvedOn!: string | null;
  @Field(() => String, { nullable: true }) ratifiedOn!: string | null;

  @Field({ description: 'SHA-256 of the exact text: what a signature, an approval and a ratification name' })
  contentHash!: string;
}

@ObjectType({ description: 'One document in the policy register' })
class PolicyRegisterEntry {
  @Field(() => ID) documentId!: string;
  @Field() title!: string;
  @Field() kind!: string;
  @Field() statutory!: boolean;
  @Field(() => [String], { description: 'The roles that must acknowledge each current version' }) acknowledgedBy!: string[];
  @Field(() => String, { nullable: true }) currentVersion!: string | null;
  @Field(() => [PolicyVersionModel], { description: 'Oldest first' }) versions!: PolicyVersionModel[];
  @Field(() => String, { nullable: true }) nextDueOn!: string | null;
  @Field(() => [PastReview], { description: 'Past reviews, oldest first, with how late each was' }) reviews!: PastReview[];
  @Field(() => Int, { description: 'Days the next review is overdue on the view date (0 when not yet due)' }) daysOverdue!: number;
  @Field(() => String, { nullable: true }) retiredOn!: string | null;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function entry(doc: PolicyRecord, at: string): PolicyRegisterEntry {
  return {
    documentId: doc.documentId,
    title: doc.title,
    kind: doc.kind,
    statutory: doc.statutory,
    acknowledgedBy: [...doc.acknowledgedBy],
    currentVersion: doc.currentVersion,
    versions: Object.entries(doc.versions)
      .map(([version, v]) => ({ version, ...v }))
      .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.version.localeCompare(b.version)),
    nextDueOn: doc.nextDueOn,
    reviews: doc.reviews.map((r) => ({ ...r })),
    daysOverdue: doc.nextDueOn && doc.nextDueOn < at ? daysBetween(doc.nextDueOn, at) : 0,
    retiredOn: doc.retiredOn,
  };
}

/** The policy register: every document, its versions with approval and ratification, its reviews. */
@Resolver()
export class PolicyRegisterQueries {
  constructor(private readonly views: ComplianceViews) {}

  @Query(() => [PolicyRegisterEntry], {
    description:
      'Every policy and statutory document of the setting by title: versions (hash, approval, ratification), next review, past reviews and their lateness',
  })
  @Allow('policyRegister')
  async policyRegister(@Args() args: PolicyRegisterArgs): Promise<PolicyRegisterEntry[]> {
    const at = this.views.evaluationDate(args);
    const docs = await this.views.policyRegister(args.tenantId, args);
    return docs.map((d) => entry(d, at)).sort((a, b) => a.title.localeCompare(b.title));
  }
}
