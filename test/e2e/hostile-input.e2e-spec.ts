import { loadLocalSigningKey, mintLocalToken, PERMISSIONS, type LocalSigningKey, type Operation } from '@ledger/access';
import { startTestApp, type TestApp } from '@ledger/testing';

const T = 'hollins-park';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputField {
  name: string;
  type: TypeRef;
}
interface SchemaType {
  name: string;
  kind: string;
  inputFields: InputField[] | null;
  enumValues: Array<{ name: string }> | null;
}
type Gql = { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
const isList = (type: TypeRef): boolean => type.kind === 'LIST' || (type.kind === 'NON_NULL' && type.ofType!.kind === 'LIST');

/** Text fields that may be empty (a search that found nothing, a rule without a note). */
const MAY_BE_EMPTY = new Set(['found', 'note']);
/** Lists that make no sense empty. */
const NON_EMPTY_LISTS = new Set(['roles', 'soughtItems', 'attendees']);
/** Date fields by what they are: when something happened, a date of birth, a date something is due. */
const PAST = /^(occurredAt|receivedAt|dslInformedAt|completedOn)$/;
const BIRTH = /^dateOfBirth$/;
const DUE = /^(dueOn|nextDueOn)$/;

/**
 * Every mutation, every field: hostile values (control characters, blank required text,
 * impossible dates, empty lists that need an item, oversized text) are refused at the edge
 * with BAD_USER_INPUT naming the field, and nothing is recorded.
 */
describe('Hostile input to every mutation over HTTP', () => {
  let sut: TestApp;
  let key: LocalSigningKey;
  let mutations: Array<{ name: string; inputType: string }>;
  const types = new Map<string, SchemaType>();

  beforeAll(async () => {
    sut = await startTestApp();
    key = (await loadLocalSigningKey(sut.dataDir, { create: true }))!;
    const { body } = await sut.graphql<{
      __schema: { mutationType: { fields: Array<{ name: string; args: Array<{ type: TypeRef }> }> }; types: SchemaType[] };
    }>(
      `{ __schema { mutationType { fields { name args { type { ${TYPE_REF} } } } }
         types { name kind inputFields { name type { ${TYPE_REF} } } enumValues { name } } } }`,
    );
    for (const type of body.data!.__schema.types) types.set(type.name, type);
    mutations = body.data!.__schema.mutationType.fields.map((f) => ({ name: f.name, inputType: named(f.args[0]!.type).name! }));
  });

  afterAll(async () => {
    await sut?.close();
  });

  /** A plausible value for a field, so that only the hostile field is wrong. */
  function plausible(field: InputField): unknown {
    const type = named(field.type);
    const one = (() => {
      if (field.name === 'tenantId') return T;
      if (type.kind === 'ENUM') return types.get(type.name!)!.enumValues![0]!.name;
      if (type.name === 'Int' || type.name === 'Float') return 12;
      if (type.name === 'Boolean') return false;
      if (PAST.test(field.name)) return field.name.endsWith('On') ? '2025-01-10' : '2025-01-10T09:00:00.000Z';
      if (BIRTH.test(field.name)) return '2012-05-01';
      if (DUE.test(field.name)) return new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      if (/^valid(From|Until)$/.test(field.name)) return new Date(Date.now() + (field.name === 'validFrom' ? 0 : 86_400_000)).toISOString();
      if (/sha256|contentHash|certificateHash/i.test(field.name)) return 'a'.repeat(64);
      if (field.name === 'commandId') return `hostile-${Math.random().toString(36).slice(2, 12)}`;
      return 'valid-1';
    })();
    return isList(field.type) ? [one] : one;
  }

  /** Hostile values for one field, each with why it must be refused. */
  function hostile(field: InputField): Array<[string, unknown]> {
    const type = named(field.type);
    const required = field.type.kind === 'NON_NULL';
    if (type.name !== 'String' && type.name !== 'ID') return [];
    if (isList(field.type)) {
      const cases: Array<[string, unknown]> = [
        ['a NUL character in an item', ['bad\u0000item']],
        ['a blank item', ['   ']],
      ];
      if (NON_EMPTY_LISTS.has(field.name)) cases.push(['no items', []]);
      return cases;
    }
    const cases: Array<[string, unknown]> = [
      ['a NUL character', 'bad\u0000value'],
      ['an escape character', 'bad\u001bvalue'],
      ['more than 100,000 characters', 'x'.repeat(100_001)],
    ];
    if (required && !MAY_BE_EMPTY.has(field.name)) cases.push(['only spaces', '   ']);
    if (PAST.test(field.name)) cases.push(['a date in 9999', field.name.endsWith('On') ? '9999-12-31' : '9999-12-31T00:00:00.000Z']);
    if (PAST.test(field.name)) cases.push(['a date in year 1', field.name.endsWith('On') ? '0001-01-01' : '0001-01-01T00:00:00.000Z']);
    if (BIRTH.test(field.name))
      cases.push(['a birth in 9999', '9999-12-31'], ['a birth in 2999', '2999-06-01'], ['a pupil of 60', '1965-01-01']);
    if (DUE.test(field.name)) cases.push(['a due date in 9999', '9999-12-31']);
    return cases;
  }

  it('should find every mutation and its input', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(50);
  });

  it('should refuse every hostile value in every mutation with BAD_USER_INPUT naming the field, recording nothing', async () => {
    const head = async () =>
      (await sut.graphql<{ ledger: { headPosition: string } }>('{ ledger { headPosition } }')).body.data!.ledger.headPosition;
    const before = await head();
    const problems: string[] = [];
    let sent = 0;
    for (const mutation of mutations) {
      // Signed in as a role the permission table allows, so that only the input is wrong.
      const role = PERMISSIONS[`${mutation.name[0]!.toUpperCase()}${mutation.name.slice(1)}` as Operation][0]!;
      const bearer = await mintLocalToken(key, { subject: `${role}-1`, role, tenants: [T], ttl: '1h' });
      const fields = types.get(mutation.inputType)!.inputFields!;
      const base = Object.fromEntries(fields.filter((f) => f.type.kind === 'NON_NULL').map((f) => [f.name, plausible(f)]));
      for (const field of fields) {
        for (const [why, value] of hostile(field)) {
          if (field.name === 'tenantId') continue;
          sent += 1;
          const input = { ...base, [field.name]: value };
          const { body } = (await sut.graphql(
            `mutation ($input: ${mutation.inputType}!) { ${mutation.name}(input: $input) { replayed } }`,
            { input },
            { authorization: `Bearer ${bearer}` },
          )) as { body: Gql };
          const error = body.errors?.[0];
          const named = ((error?.extensions?.fields as Array<{ field: string }> | undefined) ?? []).map((f) =>
            f.field.replace(/\.\d+$/, ''),
          );
          if (error?.extensions?.code !== 'BAD_USER_INPUT' || !named.includes(field.name)) {
            problems.push(`${mutation.name}.${field.name} with ${why}: ${error?.extensions?.code ?? 'accepted'} ${JSON.stringify(named)}`);
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(300);
    expect(problems).toEqual([]);
    expect(await head()).toBe(before);
  });
});
