import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { GraphQLError } from 'graphql';
import { LEDGER, ProofError, ProofService, type CheckpointRecord, type InclusionProof, type Ledger } from '@ledger/ledger';
import { Allow } from '../access/access.decorators.js';
import { TenantArgs } from './view-args.js';

@ObjectType({ description: 'A signed statement of the whole log: its size and Merkle root at a moment' })
export class SignedCheckpoint {
  @Field(() => Int, { description: 'How many events the tree holds' })
  treeSize!: number;

  @Field({ description: 'RFC 6962 Merkle root (hex)' })
  root!: string;

  @Field()
  timestamp!: string;

  @Field({ description: 'The key that signed it (see checkpointKeys)' })
  keyId!: string;

  @Field({ description: 'Ed25519 signature (base64) over the checkpoint, as docs/verification.md describes' })
  signature!: string;

  @Field(() => ID, { description: 'The CheckpointSigned event that carries it' })
  eventId!: string;

  @Field()
  position!: string;
}

@ObjectType({ description: 'An Ed25519 key that signs checkpoints' })
export class CheckpointKey {
  @Field()
  keyId!: string;

  @Field({ description: 'SPKI PEM' })
  publicKey!: string;

  @Field()
  registeredAt!: string;

  @Field(() => String, { nullable: true })
  retiredAt!: string | null;

  @Field(() => String, { nullable: true })
  successorKeyId!: string | null;
}

@ObjectType({ description: "An event's inclusion proof against a signed checkpoint (RFC 9162 §2.1.3)" })
export class InclusionProofModel {
  @Field(() => ID)
  eventId!: string;

  @Field()
  position!: string;

  @Field()
  eventHash!: string;

  @Field({ description: 'SHA-256(0x00 ‖ eventHash bytes), hex' })
  leafHash!: string;

  @Field(() => Int)
  leafIndex!: number;

  @Field(() => Int)
  treeSize!: number;

  @Field(() => [String], { description: 'Sibling hashes (hex), leaf side first' })
  auditPath!: string[];

  @Field(() => SignedCheckpoint)
  checkpoint!: SignedCheckpoint;
}

@ObjectType({ description: 'That the log at one checkpoint is a prefix of the log at a later one (RFC 9162 §2.1.4)' })
export class ConsistencyProofModel {
  @Field(() => Int)
  fromSize!: number;

  @Field(() => Int)
  toSize!: number;

  @Field(() => [String])
  proof!: string[];

  @Field(() => SignedCheckpoint)
  from!: SignedCheckpoint;

  @Field(() => SignedCheckpoint)
  to!: SignedCheckpoint;
}

@ArgsType()
class InclusionArgs extends TenantArgs {
  @Field(() => ID)
  @IsUUID()
  eventId!: string;

  @Field(() => Int, { nullable: true, description: 'The checkpoint to prove against (default: the latest)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  treeSize?: number;
}

@ArgsType()
class ConsistencyArgs extends TenantArgs {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  fromSize!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  toSize!: number;
}

const checkpointModel = (c: CheckpointRecord): SignedCheckpoint => ({
  treeSize: c.treeSize,
  root: c.root,
  timestamp: c.timestamp,
  keyId: c.keyId,
  signature: c.signature,
  eventId: c.eventId,
  position: c.position,
});

/** Signed checkpoints and Merkle proofs, for checking with one's own code (docs/verification.md). */
@Resolver()
export class ProofQueries {
  constructor(
    private readonly proofs: ProofService,
    @Inject(LEDGER) private readonly ledger: Ledger,
  ) {}

  @Query(() => SignedCheckpoint, { nullable: true, description: 'The newest signed checkpoint (null before the first)' })
  @Allow('proofs')
  async latestCheckpoint(@Args() _args: TenantArgs): Promise<SignedCheckpoint | null> {
    const latest = await this.proofs.latestCheckpoint();
    return latest ? checkpointModel(latest) : null;
  }

  @Query(() => [SignedCheckpoint], { description: 'Every signed checkpoint, oldest first' })
  @Allow('proofs')
  async checkpoints(@Args() _args: TenantArgs): Promise<SignedCheckpoint[]> {
    return (await this.proofs.checkpoints()).map(checkpointModel);
  }

  @Query(() => [CheckpointKey], { description: 'The keys that sign checkpoints, with when each was registered and retired' })
  @Allow('proofs')
  async checkpointKeys(@Args() _args: TenantArgs): Promise<CheckpointKey[]> {
    return this.proofs.publicKeys();
  }

  @Query(() => InclusionProofModel, { description: 'Proof that one of your events is in the signed log' })
  @Allow('proofs')
  async inclusionProof(@Args() args: InclusionArgs): Promise<InclusionProofModel> {
    const unknown = () =>
      new GraphQLError(`No event ${args.eventId} is in the signed log of setting ${args.tenantId}`, {
        extensions: { code: 'NOT_FOUND', domainCode: 'PROOF.EVENT_NOT_IN_LOG' },
      });
    let proof: InclusionProof;
    try {
      // The tree covers every setting; an event of another setting is answered exactly as an unknown one.
      proof = await this.proofs.inclusionProof(args.eventId, args.treeSize, { tenantId: args.tenantId });
    } catch (error) {
      if (error instanceof ProofError && error.code === 'PROOF.EVENT_NOT_IN_LOG') throw unknown();
      throw error;
    }
    return { ...proof, auditPath: [...proof.auditPath], checkpoint: checkpointModel(proof.checkpoint) };
  }

  @Query(() => ConsistencyProofModel, { description: 'Proof that the log signed at fromSize is a prefix of the log signed at toSize' })
  @Allow('proofs')
  async consistencyProof(@Args() args: ConsistencyArgs): Promise<ConsistencyProofModel> {
    const proof = await this.proofs.consistencyProof(args.fromSize, args.toSize);
    return { ...proof, proof: [...proof.proof], from: checkpointModel(proof.from), to: checkpointModel(proof.to) };
  }
}
