import { loadLocalSigningKey, mintLocalToken, type LocalSigningKey } from '@ledger/access';
import type { Role } from '@ledger/kernel';
import { startTestApp, type TestApp } from '@ledger/testing';

const T = 'hollins-park';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Arg {
  name: string;
  type: TypeRef;
}
interface QueryField {
  name: string;
  args: Arg[];
}
type Gql = { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
const typeText = (type: TypeRef): string =>
  type.kind === 'NON_NULL' ? `${typeText(type.ofType!)}!` : type.kind === 'LIST' ? `[${typeText(type.ofType!)}]` : type.name!;

/** The roles that between them may ask every query, governors included (whose time travel is refused). */
const ROLES: readonly Role[] = ['head', 'dsl', 'auditor', 'chair_of_governors'];

/**
 * For every query and every nullable argument, `null` must mean "not given": the answer with
 * every nullable argument null (as literals and as variables) is the answer without them.
 */
describe('Null arguments over HTTP', () => {
  let sut: TestApp;
  let key: LocalSigningKey;
  let fields: QueryField[];
  const enums = new Map<string, string>();

  beforeAll(async () => {
    sut = await startTestApp();
    key = (await loadLocalSigningKey(sut.dataDir, { create: true }))!;
    const { body } = await sut.graphql<{
      __schema: {
        queryType: { fields: QueryField[] };
        types: Array<{ name: string; kind: string; enumValues: Array<{ name: string }> | null }>;
      };
    }>(`{ __schema { queryType { fields { name args { name type { ${TYPE_REF} } } } } types { name kind enumValues { name } } } }`);
    fields = body.data!.__schema.queryType.fields;
    for (const type of body.data!.__schema.types)
      if (type.kind === 'ENUM' && type.enumValues?.length) enums.set(type.name, type.enumValues[0]!.name);
    // A setting with staff, so that every view has rows to page through.
    const admin = await mintLocalToken(key, { subject: 'trust-admin-1', role: 'trust_admin', tenants: [T], ttl: '10m' });
    const send = (mutation: string, type: string, input: Record<string, unknown>) =>
      sut.graphql(
        `mutation ($input: ${type}!) { ${mutation}(input: $input) { replayed } }`,
        { input: { tenantId: T, ...input } },
        {
          authorization: `Bearer ${admin}`,
        },
      );
    await send('registerSetting', 'RegisterSettingInput', {
      name: 'Hollins Park',
      settingKind: 'school',
      localAuthority: 'Northshire',
      occurredAt: '2024-09-01T08:00:00.000Z',
    });
    for (const [staffId, role] of [
      ['head-1', 'head'],
      ['dsl-1', 'dsl'],
    ]) {
      const joined = await send('joinStaff', 'JoinStaffInput', {
        staffId,
        name: `Name of ${staffId}`,
        roles: [role],
        jobTitle: role,
        occurredAt: '2024-09-01T08:30:00.000Z',
      });
      expect(joined.body.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await sut?.close();
  });

  /** A value for a required argument, by its type. */
  function requiredValue(arg: Arg): unknown {
    const type = named(arg.type);
    if (arg.name === 'tenantId') return T;
    if (type.kind === 'ENUM') return enums.get(type.name!);
    if (type.name === 'Int') return arg.name === 'academicYear' ? 2025 : 1;
    if (type.name === 'Boolean') return false;
    return 'x';
  }

  const answer = (body: Gql) => ({ data: body.data ?? null, codes: (body.errors ?? []).map((e) => e.extensions?.code) });

  it('should list the queries that take nullable arguments', () => {
    const withNullable = fields.filter((f) => f.args.some((a) => a.type.kind !== 'NON_NULL')).map((f) => f.name);
    expect(withNullable).toEqual(
      expect.arrayContaining(['trainingStatus', 'events', 'cpdMatrix', 'overdueReviews', 'readLog', 'governorReport']),
    );
  });

  it.each(ROLES)('should answer every query with null arguments as without them, as %s', async (role) => {
    const bearer = await mintLocalToken(key, { subject: `${role}-1`, role, tenants: [T], ttl: '10m' });
    const ask = async (query: string, variables?: Record<string, unknown>) =>
      answer((await sut.graphql(query, variables, { authorization: `Bearer ${bearer}` })).body as Gql);
    const problems: string[] = [];
    for (const field of fields) {
      const required = field.args.filter((a) => a.type.kind === 'NON_NULL');
      const nullable = field.args.filter((a) => a.type.kind !== 'NON_NULL');
      if (nullable.length === 0) continue;
      const given = required.map((a) => `${a.name}: ${JSON.stringify(requiredValue(a)).replace(/^"([A-Z_]+)"$/, '$1')}`);
      const without = await ask(`{ ${field.name}(${given.join(', ')}) { __typename } }`);
      const literal = await ask(`{ ${field.name}(${[...given, ...nullable.map((a) => `${a.name}: null`)].join(', ')}) { __typename } }`);
      const declared = nullable.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
      const variables = Object.fromEntries(nullable.map((a) => [a.name, null]));
      const passed = await ask(
        `query (${declared}) { ${field.name}(${[...given, ...nullable.map((a) => `${a.name}: $${a.name}`)].join(', ')}) { __typename } }`,
        variables,
      );
      if (JSON.stringify(literal) !== JSON.stringify(without))
        problems.push(`${field.name} literal: ${JSON.stringify(literal)} vs ${JSON.stringify(without)}`);
      if (JSON.stringify(passed) !== JSON.stringify(without))
        problems.push(`${field.name} variables: ${JSON.stringify(passed)} vs ${JSON.stringify(without)}`);
      if (literal.codes.includes('INTERNAL_SERVER_ERROR')) problems.push(`${field.name}: INTERNAL_SERVER_ERROR`);
    }
    expect(problems).toEqual([]);
  });

  describe('when a governor sends asOf or knownAt as null', () => {
    it('should not count it as time travel', async () => {
      const bearer = await mintLocalToken(key, { subject: 'gov-1', role: 'chair_of_governors', tenants: [T], ttl: '10m' });
      const { body } = await sut.graphql(
        `query ($knownAt: String) { governorReport(tenantId: "${T}", academicYear: 2025, knownAt: $knownAt) { __typename } }`,
        { knownAt: null },
        { authorization: `Bearer ${bearer}` },
      );
      expect(body.errors).toBeUndefined();
    });
  });

  describe('when a mutation input has optional fields set to null', () => {
    it('should record it as if they were left out', async () => {
      const bearer = await mintLocalToken(key, { subject: 'trust-admin-1', role: 'trust_admin', tenants: ['riverside-ap'], ttl: '10m' });
      const { body } = await sut.graphql(
        `mutation ($input: RegisterSettingInput!) { registerSetting(input: $input) { replayed events { type } } }`,
        {
          input: {
            tenantId: 'riverside-ap',
            name: 'Riverside AP',
            settingKind: 'school',
            localAuthority: 'Northshire',
            occurredAt: null,
            commandId: null,
            correlationId: null,
          },
        },
        { authorization: `Bearer ${bearer}` },
      );
      expect(body.errors).toBeUndefined();
    });
  });
});
