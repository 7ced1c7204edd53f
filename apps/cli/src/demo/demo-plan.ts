import { createHash } from 'node:crypto';
import type { ICommand } from '@nestjs/cqrs';
import { CLOCKS_CATALOGUE } from '@ledger/clocks';
import { FILTERING_CATALOGUE } from '@ledger/filtering';
import { STATUTORY_CATALOGUE } from '@ledger/statutory';
import { ALLEGATION_OUTCOMES, INCIDENT_CATALOGUE } from '@ledger/incidents';
import { addDays, type Role } from '@ledger/kernel';
import { PEOPLE_CATALOGUE } from '@ledger/people';
import { POLICIES_CATALOGUE } from '@ledger/policies';
import { PRIVACY_CATALOGUE } from '@ledger/privacy';
import { SEARCHES_CATALOGUE } from '@ledger/searches';
import { TRAINING_CATALOGUE } from '@ledger/training';
import { SeededRandom } from './random.js';
import { COURSES, DOCUMENTS, FIRST_NAMES, INCIDENTS, LAST_NAMES, PROVIDERS } from './vocabulary.js';

/** One command of the demo, with when it happened. */
export interface DemoStep {
  readonly at: string;
  readonly message: ICommand;
}

interface Person {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly joined: string;
  left?: string;
}

interface SettingSpec {
  readonly id: string;
  readonly name: string;
  readonly kind: 'school' | 'alternative_provision';
  readonly staff: number;
  readonly pupils: number;
  readonly incidentsPerYear: number;
  readonly searchesPerYear: number;
}

export const TRUST_ID = 'northfield-learning-trust';
export const DEMO_SETTINGS: readonly SettingSpec[] = [
  {
    id: 'riverside-ap',
    name: 'Riverside Alternative Provision Centre',
    kind: 'alternative_provision',
    staff: 14,
    pupils: 40,
    incidentsPerYear: 14,
    searchesPerYear: 5,
  },
  { id: 'hollins-park', name: 'Hollins Park Academy', kind: 'school', staff: 36, pupils: 160, incidentsPerYear: 24, searchesPerYear: 7 },
];
const YEARS = [2022, 2023, 2024];
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const day = (date: string, hour = 9, minute = 0) => `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;

/**
 * Three academic years (September 2022 to August 2025) of two fictional settings in one
 * trust, built from the seed policies' vocabulary. Deterministic for a seed: the same
 * seed gives the same commands with the same ids, so running it twice appends nothing new.
 */
export function demoPlan(seed: number): DemoStep[] {
  const random = new SeededRandom(seed);
  const steps: DemoStep[] = [];
  let sequence = 0;
  const meta = (tenantId: string, actor: { id: string; role: string }, at: string) => ({
    commandId: `demo-${seed}-${++sequence}`,
    tenantId,
    actor: { id: actor.id, role: actor.role },
    occurredAt: at,
  });
  const push = (at: string, message: ICommand) => steps.push({ at, message });
  const trustAdmin = { id: 'trust-admin-1', role: 'trust_admin' };

  push(
    day('2022-08-15'),
    PEOPLE_CATALOGUE.execute({ kind: 'FormTrust', name: 'Northfield Learning Trust', ...meta(TRUST_ID, trustAdmin, day('2022-08-15')) }),
  );

  for (const setting of DEMO_SETTINGS) {
    const T = setting.id;
    const at0 = day('2022-09-01', 8);
    push(
      at0,
      PEOPLE_CATALOGUE.execute({
        kind: 'RegisterSetting',
        name: setting.name,
        settingKind: setting.kind,
        localAuthority: 'Northshire',
        ...meta(T, trustAdmin, at0),
      }),
    );
    push(
      day('2022-09-01', 8, 5),
      PEOPLE_CATALOGUE.execute({ kind: 'JoinTrust', trustId: TRUST_ID, ...meta(T, trustAdmin, day('2022-09-01', 8, 5)) }),
    );

    // Staff: a head, a DSL, two deputies, SLT, an e-safety coordinator, then teachers and TAs.
    const roles: Role[] = ['head', 'dsl', 'deputy_dsl', 'deputy_dsl', 'slt', 'slt', 'esafety_coordinator'];
    const people: Person[] = [];
    const hire = (role: Role, joined: string) => {
      const n = people.length;
      const person: Person = { id: `${T}-staff-${n + 1}`, name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`, role, joined };
      people.push(person);
      return person;
    };
    for (let i = 0; i < setting.staff; i += 1) hire(roles[i] ?? 'staff', '2022-09-01');
    const head = people[0]!;
    const dsl = people[1]!;
    const privacy = (when: string, body: object, actor: Person = dsl) =>
      push(when, PRIVACY_CATALOGUE.execute({ ...body, ...meta(T, actor, when) } as never));
    const atJoin = (p: Person) => day(p.joined, 8, 30);
    const current = (date: string) => people.filter((p) => p.joined <= date && (p.left === undefined || p.left > date));
    const currentWith = (date: string, wanted: readonly Role[]) => current(date).filter((p) => wanted.includes(p.role));
    // Turnover: a few leave each summer and are replaced in September.
    for (const year of YEARS) {
      const leavers = current(`${year + 1}-07-20`).filter((p) => p.role === 'staff' && random.chance(0.12));
      for (const leaver of leavers) {
        leaver.left = `${year + 1}-07-21`;
        hire('staff', `${year + 1}-09-01`);
      }
    }
    for (const person of people) {
      push(
        atJoin(person),
        PEOPLE_CATALOGUE.execute({
          kind: 'JoinStaff',
          staffId: person.id,
          name: person.name,
          roles: [person.role],
          jobTitle: person.role === 'staff' ? random.pick(['Teacher', 'Teaching assistant', 'Learning mentor']) : person.role,
          ...meta(T, head.id === person.id ? trustAdmin : head, atJoin(person)),
        }),
      );
      if (person.left)
        push(
          day(person.left, 15),
          PEOPLE_CATALOGUE.execute({
            kind: 'RecordStaffLeaving',
            staffId: person.id,
            reason: random.pick(['Moved to another school', 'Relocated', 'Retired']),
            ...meta(T, head, day(person.left, 15)),
          }),
        );
    }
    const promoted = people.find((p) => p.role === 'staff' && p.left === undefined)!;
    push(
      day('2024-01-08'),
      PEOPLE_CATALOGUE.execute({
        kind: 'ChangeStaffRoles',
        staffId: promoted.id,
        roles: ['staff', 'esafety_coordinator'],
        jobTitle: 'Teacher and online safety champion',
        ...meta(T, head, day('2024-01-08')),
      }),
    );

    const governors = {
      chair: { id: `${T}-gov-chair`, role: 'chair_of_governors' },
      safeguarding: { id: `${T}-gov-sg`, role: 'safeguarding_governor' },
      filtering: { id: `${T}-gov-fm`, role: 'filtering_governor' },
    };
    const appoint = (appointment: string, personId: string, at: string) =>
      push(
        at,
        PEOPLE_CATALOGUE.execute({ kind: 'AppointSafeguardingRole', appointment: appointment as never, personId, ...meta(T, head, at) }),
      );
    appoint('dsl', dsl.id, day('2022-09-01', 10));
    people.filter((p) => p.role === 'deputy_dsl').forEach((p, i) => appoint('deputy_dsl', p.id, day('2022-09-01', 10, i + 1)));
    appoint('esafety_coordinator', people[6]!.id, day('2022-09-01', 10, 5));
    appoint('safeguarding_governor', governors.safeguarding.id, day('2022-09-01', 10, 6));
    appoint('filtering_governor', governors.filtering.id, day('2022-09-01', 10, 7));
    appoint('filtering_slt_lead', people[4]!.id, day('2022-09-01', 10, 8));

    // Where alerts reach the DSL and the deputies (fictional addresses, by staff id).
    people
      .filter((p) => p.role === 'dsl' || p.role === 'deputy_dsl')
      .forEach((p, i) => {
        const at = day('2022-09-01', 10, 20 + i);
        push(
          at,
          PEOPLE_CATALOGUE.execute({ kind: 'SetAlertAddress', staffId: p.id, email: `${p.id}@alerts.example`, ...meta(T, head, at) }),
        );
      });

    // The setting's calendar (terms, half terms, closure days) and its local clock rules.
    const clocks = (at: string, body: object) => push(at, CLOCKS_CATALOGUE.execute({ ...body, ...meta(T, head, at) } as never));
    for (const year of YEARS) {
      const next = year + 1;
      const terms: Array<[string, string, string]> = [
        [`Autumn 1 ${year}`, `${year}-09-05`, `${year}-10-21`],
        [`Autumn 2 ${year}`, `${year}-10-31`, `${year}-12-16`],
        [`Spring 1 ${next}`, `${next}-01-04`, `${next}-02-10`],
        [`Spring 2 ${next}`, `${next}-02-20`, `${next}-03-31`],
        [`Summer 1 ${next}`, `${next}-04-17`, `${next}-05-26`],
        [`Summer 2 ${next}`, `${next}-06-05`, `${next}-07-21`],
      ];
      terms.forEach(([name, start, end], i) =>
        clocks(day(`${year}-09-01`, 14, i), { kind: 'RecordTerm', termId: `term-${year}-${i + 1}`, name, start, end }),
      );
      clocks(day(`${year}-09-01`, 14, 10), { kind: 'RecordClosureDay', date: `${year}-11-25`, reason: 'INSET day' });
    }
    // 19 September 2022: the bank holiday for the Queen's state funeral (before the built-in years).
    clocks(day('2022-09-01', 15), {
      kind: 'RecordClosureDay',
      date: '2022-09-19',
      reason: 'Bank holiday: state funeral of Queen Elizabeth II',
    });
    clocks(day('2023-09-01', 15), {
      kind: 'SetClockRule',
      clock: 'parents_informed_of_search',
      workingDays: 0,
      note: 'Northshire LSCP: parents told the same day as a search',
    });
    push(
      day('2023-09-04', 11),
      PEOPLE_CATALOGUE.execute({
        kind: 'EndSafeguardingRole',
        appointment: 'filtering_slt_lead',
        personId: people[4]!.id,
        ...meta(T, head, day('2023-09-04', 11)),
      }),
    );
    appoint('filtering_slt_lead', people[5]!.id, day('2023-09-04', 11, 1));

    // Pupils: pseudonymous references only.
    const pupils = Array.from({ length: setting.pupils }, (_, i) => `${T}-pupil-${i + 1}`);
    pupils.forEach((pupilId, i) => {
      const at = day(i < setting.pupils / 2 ? '2022-09-05' : '2023-09-05', 9, i % 60);
      const year = 2008 + (i % 5);
      push(
        at,
        PEOPLE_CATALOGUE.execute({
          kind: 'RegisterPupilReference',
          pupilId,
          reference: `${T.slice(0, 3).toUpperCase()}-${String(1000 + i)}`,
          dateOfBirth: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
          yearGroup: `Year ${7 + (i % 5)}`,
          ...meta(T, dsl, at),
        }),
      );
    });

    // Policies: drafted, published, approved, ratified, scheduled; reviewed yearly, on time or late.
    for (const [d, document] of DOCUMENTS.entries()) {
      const at = day('2022-09-02', 9, d);
      const send = (when: string, body: object, actor: { id: string; role: string } = head) =>
        push(when, POLICIES_CATALOGUE.execute({ documentId: document.id, ...body, ...meta(T, actor, when) } as never));
      send(at, {
        kind: 'DraftDocument',
        title: document.title,
        documentKind: document.kind,
        statutory: document.statutory,
        acknowledgedBy: [...document.acknowledgedBy],
      });
      let version = '2022.1';
      let hash = sha(`${T}/${document.id}/${version}`);
      // Signatures name the version in force on the day they are made.
      const published = [{ version, hash, on: '2022-09-02' }];
      const inForce = (date: string) => published.filter((v) => v.on <= date).at(-1)!;
      send(day('2022-09-02', 10, d), { kind: 'PublishVersion', version, contentHash: hash });
      if (!document.statutory) {
        send(day('2022-09-20', 18, d), { kind: 'ApproveVersion', version, committee: 'Full governing body' }, governors.safeguarding);
        send(day('2022-09-21', 9, d), { kind: 'RatifyVersion', version }, governors.chair);
        if (document.kind === 'e_safety')
          send(day('2022-09-23', 9, d), {
            kind: 'RecordPolicySharedWithParents',
            version,
            contentHash: hash,
            channel: 'website',
            sharedOn: '2022-09-23',
          });
      }
      let due = '2023-09-28';
      send(day('2022-09-21', 10, d), { kind: 'ScheduleReview', dueOn: due, cadenceMonths: 12 });
      for (const year of [2023, 2024]) {
        // Roughly one review in four is late; the e-safety policy at the AP centre copies seed 000: due 28-09-2023, reviewed 22-08-2024.
        const late = (document.id === 'e-safety-policy' && T === 'riverside-ap' && year === 2023) || random.chance(0.25);
        const reviewedOn = late
          ? document.id === 'e-safety-policy' && year === 2023
            ? '2024-08-22'
            : addDays(due, random.int(20, 200))
          : addDays(due, -random.int(3, 30));
        if (addDays(reviewedOn, 8) > '2025-08-31') continue;
        const amended = random.chance(0.4) || document.statutory;
        const nextDue = `${Number(reviewedOn.slice(0, 4)) + 1}${due.slice(4)}`;
        send(day(reviewedOn, 16, d), { kind: 'ReviewDocument', outcome: amended ? 'amended' : 'no_change', nextDueOn: nextDue });
        if (amended) {
          version = `${reviewedOn.slice(0, 4)}.1`;
          hash = sha(`${T}/${document.id}/${version}`);
          send(day(reviewedOn, 17, d), { kind: 'PublishVersion', version, contentHash: hash });
          published.push({ version, hash, on: reviewedOn });
          if (!document.statutory) {
            send(
              day(addDays(reviewedOn, 7), 18, d),
              { kind: 'ApproveVersion', version, committee: 'Safeguarding committee' },
              governors.safeguarding,
            );
            send(day(addDays(reviewedOn, 8), 9, d), { kind: 'RatifyVersion', version }, governors.chair);
          }
        }
        due = nextDue;
        // Staff acknowledge the version in force each September.
        if (document.acknowledgedBy.length > 0) {
          const ackDate = `${year}-09-12`;
          const signed = inForce(ackDate);
          for (const person of current(ackDate))
            if (random.chance(0.9))
              send(
                day(ackDate, 12, people.indexOf(person) % 60),
                { kind: 'AcknowledgeDocument', version: signed.version, contentHash: signed.hash },
                person,
              );
        }
        const signedOn = inForce(`${year}-09-15`);
        if (document.kind === 'aup_pupil')
          for (const pupilId of pupils.slice(0, 10))
            send(
              day(`${year}-09-15`, 10, pupils.indexOf(pupilId)),
              { kind: 'SignAgreement', version: signedOn.version, contentHash: signedOn.hash, signatory: 'pupil', pupilId },
              dsl,
            );
        if (document.kind === 'consent_form' && year === 2023) {
          for (const pupilId of pupils.slice(0, 12))
            send(
              day('2023-09-18', 10, pupils.indexOf(pupilId)),
              {
                kind: 'GiveConsent',
                version: inForce('2023-09-18').version,
                consent: 'photographs',
                pupilId,
                givenBy: `Parent of ${pupilId.split('-').at(-1)}`,
              },
              dsl,
            );
          send(day('2024-02-01', 10), { kind: 'WithdrawConsent', consent: 'photographs', pupilId: pupils[3]! }, dsl);
          // UK GDPR: withdrawn consent data is erased (the parent's name on the consent), nothing else of the pupil's.
          privacy(day('2024-02-02', 10), {
            kind: 'EraseSubject',
            erasureId: `${T}-consent-erasure`,
            target: { recordKind: 'consent', personId: pupils[3]!, documentId: document.id, consent: 'photographs' },
            basis: 'consent_withdrawn',
          });
        }
      }
      if (document.kind === 'mobile_phone' && T === 'hollins-park')
        send(day('2025-08-31', 17), { kind: 'RetireDocument', reason: 'Merged into the Internet & E-Safety Policy' });
    }

    // Training: the catalogue with per-setting cadence rules, then completions that sometimes lapse.
    const catalogue = (when: string, body: object) => push(when, TRAINING_CATALOGUE.execute({ ...body, ...meta(T, head, when) } as never));
    COURSES.forEach((course, i) => {
      catalogue(day('2022-09-01', 11, i), { kind: 'DefineCourse', courseId: course.id, title: course.title });
      catalogue(day('2022-09-01', 12, i), {
        kind: 'SetCadenceRule',
        courseId: course.id,
        intervalMonths: course.months,
        note: 'Local authority guidance 2022',
      });
      catalogue(day('2022-09-01', 13, i), { kind: 'SetTrainingRequirement', courseId: course.id, roles: [...course.roles] });
    });
    catalogue(day('2024-09-02', 8), {
      kind: 'SetCadenceRule',
      courseId: 'prevent',
      intervalMonths: 24,
      note: 'Northshire LA: Prevent refresher every two years from 2024',
    });
    let completion = 0;
    for (const year of YEARS) {
      for (const person of current(`${year}-10-01`)) {
        for (const course of COURSES) {
          if (!(course.roles as readonly string[]).includes(person.role)) continue;
          if (course.months > 12 && year !== 2022 && !(course.months === 24 && year === 2024)) continue;
          if (random.chance(0.12)) continue; // lapses: done late or not at all this year
          const completedOn = addDays(`${year}-09-05`, random.int(0, 70));
          const at = day(completedOn, 15, completion % 60);
          const completionId = `${T}-c-${++completion}`;
          push(
            at,
            TRAINING_CATALOGUE.execute({
              kind: 'RecordCompletion',
              completionId,
              staffId: person.id,
              courseId: course.id,
              completedOn,
              provider: random.pick(PROVIDERS),
              certificateHash: sha(completionId),
              ...meta(T, head, at),
            }),
          );
          if (random.chance(0.02)) {
            const later = day(addDays(completedOn, 3), 16);
            push(
              later,
              TRAINING_CATALOGUE.execute({
                kind: 'CorrectCompletion',
                completionId: `${completionId}-fix`,
                staffId: person.id,
                correctsCompletionId: completionId,
                completedOn: addDays(completedOn, -1),
                provider: 'Local authority safeguarding team',
                reason: 'Date on the certificate was the day before',
                ...meta(T, head, later),
              }),
            );
          } else if (random.chance(0.01)) {
            const later = day(addDays(completedOn, 5), 16);
            push(
              later,
              TRAINING_CATALOGUE.execute({
                kind: 'RetractCompletion',
                completionId,
                staffId: person.id,
                reason: 'Certificate belonged to a different course',
                ...meta(T, head, later),
              }),
            );
          }
        }
      }
    }

    // Incidents: reported by staff, triaged by the DSL (including decisions not to refer), escalated, closed.
    let incidentNo = 0;
    for (const year of YEARS) {
      for (let k = 0; k < setting.incidentsPerYear; k += 1) {
        const template = random.pick(INCIDENTS);
        const date = addDays(`${year}-09-08`, random.int(0, 300));
        const reporter = random.pick(current(date));
        const lead = random.pick(currentWith(date, ['dsl', 'deputy_dsl']));
        const incidentId = `${T}-inc-${year}-${++incidentNo}`;
        const about =
          template.category === 'misuse_by_staff'
            ? random.pick(current(date).filter((p) => p.role === 'staff' && p.id !== reporter.id))
            : undefined;
        const pupil = random.pick(pupils);
        let minute = 0;
        const send = (body: object, actor: { id: string; role: string } = lead, offsetDays = 0) => {
          const when = day(addDays(date, offsetDays), 10, (minute += 3));
          push(when, INCIDENT_CATALOGUE.execute({ incidentId, ...body, ...meta(T, actor, when) } as never));
        };
        send(
          {
            kind: 'ReportIncident',
            category: template.category,
            involvedPupilIds: [pupil],
            ...(about ? { aboutStaffId: about.id } : {}),
            narrative: template.narrative,
            ...(template.words ? { childsWords: template.words } : {}),
          },
          reporter,
        );
        const refer = about !== undefined || ['grooming', 'sexting', 'radicalisation'].includes(template.category) || random.chance(0.2);
        send({
          kind: 'TriageIncident',
          decision: refer ? 'refer' : random.pick(['monitor', 'no_further_action', 'early_help']),
          rationale: refer ? 'Meets threshold for referral' : 'Below threshold: managed in school with parents informed',
        });
        const agencies = about
          ? ['lado']
          : template.category === 'radicalisation'
            ? ['channel_prevent']
            : template.category === 'grooming'
              ? ['ceop', 'police']
              : template.category === 'sexting'
                ? ['police']
                : refer
                  ? ['la_safeguarding']
                  : [];
        agencies.forEach((agency, i) =>
          send({
            kind: 'EscalateIncident',
            escalationId: `esc-${i + 1}`,
            agency,
            ...(random.chance(0.8) ? { reference: `${agency.toUpperCase()}-${year}-${random.int(100, 999)}` } : { referencePending: true }),
          }),
        );
        if (['sexting', 'grooming', 'cyberbullying'].includes(template.category))
          send({
            kind: 'PreserveEvidence',
            evidenceId: 'ev-1',
            sha256: sha(`${incidentId}/evidence`),
            heldAt: 'Sealed, DSL safe',
            description: 'Screenshots (hash only; images not stored)',
          });
        if (!about) send({ kind: 'InformParents', method: random.pick(['phone', 'meeting', 'letter']) });
        if (template.category === 'cyberbullying' && random.chance(0.5))
          send({ kind: 'ApplySanction', pupilId: random.pick(pupils), sanction: 'Loss of device privileges for two weeks' }, head);
        if (random.chance(0.5)) {
          const assignee = random.pick(current(date));
          send(
            {
              kind: 'AssignIncidentAction',
              actionId: 'act-1',
              description: 'Weekly check-in with the learner for a month',
              assigneeId: assignee.id,
              dueOn: addDays(date, 30),
            },
            head,
          );
          if (!(year === 2024 && random.chance(0.4))) send({ kind: 'CompleteIncidentAction', actionId: 'act-1' }, assignee, 28);
        }
        const stillOpen = year === 2024 && random.chance(0.25);
        if (!stillOpen) {
          agencies.forEach((_, i) =>
            send(
              {
                kind: 'RecordEscalationOutcome',
                escalationId: `esc-${i + 1}`,
                outcome: random.pick([
                  'No further action by the agency',
                  'Strategy meeting held; plan in place',
                  'Referred on to specialist service',
                ]),
              },
              lead,
              14,
            ),
          );
          send({ kind: 'CloseIncident', outcome: 'Actions complete; learner supported' }, lead, 30);
          if (random.chance(0.05)) send({ kind: 'ReopenIncident', reason: 'Further messages reported by a parent' }, lead, 40);
        }
        // KCSIE Part 4: every allegation ends with an outcome (chosen without the random stream, so the rest of the demo
        // stays as it was); a malicious one is erased.
        if (about) {
          const outcome = ALLEGATION_OUTCOMES[incidentNo % ALLEGATION_OUTCOMES.length]!;
          send({ kind: 'RecordAllegationOutcome', outcome }, head, 45);
          if (outcome === 'malicious')
            privacy(
              day(addDays(date, 46), 11),
              {
                kind: 'EraseSubject',
                erasureId: `${incidentId}-erasure`,
                target: { recordKind: 'allegation', personId: about.id, incidentId },
                basis: 'malicious_allegation',
              },
              head,
            );
        }
      }
    }

    // Searches: recorded whether or not anything is found; suspected indecent images go to the police.
    let searchNo = 0;
    for (const year of YEARS) {
      for (let k = 0; k < setting.searchesPerYear; k += 1) {
        const date = addDays(`${year}-09-15`, random.int(0, 280));
        const staffNow = current(date);
        const searcher = random.pick(staffNow);
        const witness = random.pick(staffNow.filter((p) => p.id !== searcher.id));
        const lead = random.pick(currentWith(date, ['dsl', 'deputy_dsl']));
        const searchId = `${T}-srch-${year}-${++searchNo}`;
        const iioc = random.chance(0.15);
        const foundPhone = iioc || random.chance(0.7);
        let minute = 0;
        const send = (body: object, actor: { id: string; role: string }) => {
          const when = day(date, 13, (minute += 4));
          push(when, SEARCHES_CATALOGUE.execute({ searchId, ...body, ...meta(T, actor, when) } as never));
        };
        send(
          {
            kind: 'ConductSearch',
            pupilId: random.pick(pupils),
            searcherId: searcher.id,
            witnessId: witness.id,
            place: random.pick(['Pastoral office', 'Head of year office', 'Reception interview room']),
            grounds: iioc ? 'Reported to be sharing an indecent image' : 'Reasonable grounds: reported to have a prohibited item',
            soughtItems: ['mobile phone'],
            found: foundPhone ? 'Mobile phone' : 'Nothing found',
            suspectedIndecentImage: iioc,
            dslInformed: true,
          },
          searcher,
        );
        if (foundPhone) {
          send({ kind: 'ConfiscateDevice', deviceId: 'device-1', description: 'Mobile phone', heldAt: 'Office safe' }, searcher);
          if (iioc) {
            send({ kind: 'HandDeviceToPolice', deviceId: 'device-1', policeReference: `CAD-${year}-${random.int(1000, 9999)}` }, lead);
          } else {
            if (random.chance(0.4))
              send(
                {
                  kind: 'DeleteDeviceData',
                  deviceId: 'device-1',
                  witnessId: witness.id,
                  goodReason: 'Content would cause harm or distress if kept',
                  contentCategory: random.pick(['video of a fight', 'image of another pupil', 'abusive messages']),
                },
                searcher,
              );
            send({ kind: 'ReleaseDeviceToParent', deviceId: 'device-1', releasedTo: 'Parent or carer' }, lead);
          }
        }
        send({ kind: 'InformParentsOfSearch' }, lead);
        send({ kind: 'CompleteSearch', outcome: iioc ? 'given_to_police' : foundPhone ? 'returned' : 'nothing_found' }, lead);
      }
    }

    // Filtering and monitoring: roles, annual review (one year missed at the AP centre), tests, decisions, alerts.
    const fm = (when: string, body: object, actor: { id: string; role: string }) =>
      push(when, FILTERING_CATALOGUE.execute({ ...body, ...meta(T, actor, when) } as never));
    fm(day('2022-09-01', 14), { kind: 'AssignFilteringRoles', sltLeadId: people[4]!.id, governorId: governors.filtering.id }, head);
    for (const year of YEARS) {
      if (!(T === 'riverside-ap' && year === 2023)) {
        fm(
          day(`${year + 1}-06-1${year % 3}`, 15),
          {
            kind: 'HoldFilteringReview',
            reviewId: `review-${year}`,
            attendees: [people[4]!.id, governors.filtering.id, 'it-provider'],
            findings: random.pick([
              'Filtering effective; monitoring alerts reach the DSL within the hour',
              'YouTube restricted mode not enforced on guest Wi-Fi',
            ]),
            actions: ['Re-test after the summer update'],
          },
          people[4]!,
        );
      }
      for (const term of ['11-10', '02-10', '05-10']) {
        const date = term.startsWith('11') ? `${year}-${term}` : `${year + 1}-${term}`;
        fm(
          day(date, 16),
          {
            kind: 'TestFilter',
            testId: `test-${date}`,
            result: random.chance(0.9) ? 'pass' : 'fail',
            detail: 'SWGfL test filtering checks',
          },
          people[6]!,
        );
      }
      fm(
        day(`${year}-10-20`, 11),
        {
          kind: 'RecordFilterDecision',
          decisionId: `decision-${year}`,
          decision: random.pick(['block', 'allow']),
          target: random.pick(['bbc.co.uk/bitesize', 'a proxy-avoidance site', 'an AI chatbot site']),
          rationale: 'Reviewed by the SLT lead against the acceptable use policy',
        },
        people[4]!,
      );
      for (let a = 0; a < 3; a += 1) {
        const date = addDays(`${year}-10-01`, random.int(0, 250));
        const received = day(date, 10, a * 10);
        fm(
          day(date, 11, a * 10),
          {
            kind: 'HandleMonitoringAlert',
            alertId: `alert-${year}-${a}`,
            receivedAt: received,
            dslInformedAt: day(date, 10, a * 10 + random.int(2, 9)),
            summary: random.pick(['Search term alert', 'Keyword in a typed document', 'Blocked site attempts']),
          },
          dsl,
        );
      }
    }

    // The single central record (KCSIE Part 3) of the first twelve staff: checks before they started,
    // except one enhanced DBS check completed two weeks after the start and one right-to-work check never recorded.
    for (const [i, person] of people.slice(0, 12).entries()) {
      const record = (when: string, body: object) => push(when, STATUTORY_CATALOGUE.execute({ ...body, ...meta(T, head, when) } as never));
      const teaching = person.role !== 'esafety_coordinator';
      const management = ['head', 'slt', 'dsl'].includes(person.role);
      record(day(person.joined, 8, 40), {
        kind: 'AddCentralRecordEntry',
        personId: person.id,
        category: 'staff',
        startOn: person.joined,
        regulatedActivity: true,
        teaching,
        management,
        livedOverseas: i === 10,
        qualificationsRequired: teaching,
      });
      const before = addDays(person.joined, -20 + i);
      const checks = [
        'identity',
        ...(i === 9 ? [] : ['right_to_work']),
        ...(teaching ? ['prohibition_from_teaching', 'qualifications'] : []),
        ...(management ? ['section_128'] : []),
        ...(i === 10 ? ['overseas'] : []),
      ];
      for (const [c, check] of checks.entries())
        record(day(person.joined, 8, 41 + c), {
          kind: 'RecordPreAppointmentCheck',
          personId: person.id,
          check,
          checkedOn: before,
          evidenceHash: sha(`${person.id}-${check}`),
          dbsCertificateNumber: null,
          dbsIssuedOn: null,
        });
      const late = i === 8;
      const dbsOn = late ? addDays(person.joined, 14) : before;
      record(late ? day(dbsOn, 9) : day(person.joined, 8, 50), {
        kind: 'RecordPreAppointmentCheck',
        personId: person.id,
        check: 'enhanced_dbs_barred',
        checkedOn: dbsOn,
        evidenceHash: sha(`${person.id}-dbs`),
        // Deterministic without drawing on the seeded random numbers, so the rest of the demo stays as it was.
        dbsCertificateNumber: String(100_000_000_000 + i * 7919 + T.length * 104_729),
        dbsIssuedOn: addDays(dbsOn, -5),
      });
    }
    // Privacy and the law: the setting's own retention rule, a file kept past its retention, a legal
    // hold placed (and, at Hollins Park, lifted), and a child-protection file erased by court order
    // with a second person confirming.
    privacy(
      day('2022-09-01', 15),
      {
        kind: 'SetRetentionRule',
        recordKind: 'staff_training_record',
        years: 7,
        note: `${setting.name}: the local authority asks for 7 years`,
      },
      head,
    );
    privacy(day('2024-06-10', 15), {
      kind: 'ExtendRetention',
      target: { recordKind: 'child_protection_file', personId: pupils[0]! },
      until: '2060-12-31',
      reason: 'A sibling’s child-protection case refers to this file',
    });
    privacy(
      day('2025-01-15', 9),
      {
        kind: 'PlaceLegalHold',
        holdId: `${T}-hold-1`,
        scope: 'pupil',
        scopeId: pupils[1]!,
        reason: 'Records requested by a public inquiry',
        reference: 'INQ-2025-014',
      },
      head,
    );
    if (T === 'hollins-park')
      privacy(day('2025-06-30', 9), { kind: 'LiftLegalHold', holdId: `${T}-hold-1`, reason: 'The inquiry has returned the records' }, head);
    privacy(day('2025-08-31', 20), {
      kind: 'EraseSubject',
      erasureId: `${T}-court-erasure`,
      target: { recordKind: 'child_protection_file', personId: pupils[7]! },
      basis: 'court_order',
      reference: 'Family Court order FC-2025-0193',
    });
    privacy(day('2025-08-31', 21), { kind: 'ConfirmErasure', erasureId: `${T}-court-erasure` }, head);
  }

  // Hollins Park places two pupils at Riverside AP (registered): one placement ended after its reviews,
  // one still running whose half-termly review was missed (overdue).
  const school = 'hollins-park';
  const ap = 'riverside-ap';
  const schoolDsl = { id: `${school}-staff-2`, role: 'dsl' };
  const apDsl = { id: `${ap}-staff-2`, role: 'dsl' };
  const statutory = (tenantId: string, actor: { id: string; role: string }, when: string, body: object) =>
    push(when, STATUTORY_CATALOGUE.execute({ ...body, ...meta(tenantId, actor, when) } as never));
  const placement = (placementId: string, pupilId: string, startOn: string) =>
    statutory(school, schoolDsl, day(startOn, 8, 15), {
      kind: 'RecordApPlacement',
      placementId,
      pupilId,
      providerName: 'Riverside Alternative Provision Centre',
      registration: 'registered',
      urn: '145236',
      startOn,
      days: ['tue', 'thu'],
      hoursPerWeek: 11,
      providerChecks: [
        'Safeguarding and child protection policy seen',
        'DSL named and contacted',
        'Staff vetting confirmed in writing (SCR extract)',
        'Premises and health and safety visit',
      ],
    });
  const review = (placementId: string, on: string, attendancePercent: number, reviewId: string) =>
    statutory(school, schoolDsl, day(on, 14), {
      kind: 'ReviewApPlacement',
      placementId,
      reviewId,
      attendancePercent,
      welfareNotes: 'Reviewed with the provider’s DSL; attendance and welfare discussed with the pupil and carer',
    });
  placement('placement-1', `${school}-pupil-12`, '2023-01-09');
  review('placement-1', '2023-02-10', 88, 'placement-1-review-1');
  review('placement-1', '2023-03-24', 91, 'placement-1-review-2');
  statutory(school, schoolDsl, day('2023-07-14', 15), {
    kind: 'EndApPlacement',
    placementId: 'placement-1',
    reason: 'Returned to full-time timetable',
  });
  placement('placement-2', `${school}-pupil-31`, '2024-11-04');
  review('placement-2', '2024-12-13', 79, 'placement-2-review-1');

  // Child-protection files (KCSIE Annex C): one to Riverside on this ledger, received there; one to a school
  // not on the ledger, still waiting for its receipt.
  statutory(school, schoolDsl, day('2024-06-10', 10), {
    kind: 'SendChildProtectionFile',
    transferId: 'cp-transfer-1',
    pupilId: `${school}-pupil-5`,
    leftOn: '2024-06-07',
    toSettingId: ap,
    toSchoolName: null,
  });
  statutory(ap, apDsl, day('2024-06-12', 9), {
    kind: 'ConfirmChildProtectionFileReceipt',
    transferId: 'cp-transfer-1',
    fromSettingId: school,
    receivedBy: '',
    receiverSettingId: null,
    sent: null,
  });
  statutory(school, schoolDsl, day('2025-07-21', 10), {
    kind: 'SendChildProtectionFile',
    transferId: 'cp-transfer-2',
    pupilId: `${school}-pupil-44`,
    leftOn: '2025-07-18',
    toSettingId: null,
    toSchoolName: 'Westbrook High School',
  });
  return steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
