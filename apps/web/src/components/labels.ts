/** Plain-English names for the schema's enum values. */
export const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  cyberbullying: 'Cyberbullying',
  data_breach: 'Data breach',
  filtering_breach: 'Filtering breach',
  grooming: 'Grooming',
  inappropriate_content: 'Inappropriate content',
  misinformation: 'Misinformation',
  misuse_by_staff: 'Misuse by a member of staff',
  other: 'Something else',
  radicalisation: 'Radicalisation',
  sexting: 'Sharing nudes or semi-nudes (sexting)',
};

export const TRIAGE_NAMES: Readonly<Record<string, string>> = {
  refer: 'Refer to an agency',
  early_help: 'Early help',
  monitor: 'Monitor',
  no_further_action: 'No further action',
};

export const AGENCY_NAMES: Readonly<Record<string, string>> = {
  police: 'Police',
  la_safeguarding: 'Children’s social care (local authority)',
  lado: 'LADO (allegation about staff)',
  ceop: 'CEOP',
  channel_prevent: 'Prevent (Channel)',
  early_help: 'Early help',
};

export const CONTACT_NAMES: Readonly<Record<string, string>> = { phone: 'Phone', email: 'Email', letter: 'Letter', meeting: 'Meeting' };

export const ROLE_NAMES: Readonly<Record<string, string>> = {
  dsl: 'Designated safeguarding lead',
  deputy_dsl: 'Deputy DSL',
  head: 'Headteacher',
  slt: 'Senior leadership',
  staff: 'Member of staff',
  esafety_coordinator: 'E-safety coordinator',
  governor: 'Governor',
  chair_of_governors: 'Chair of governors',
  safeguarding_governor: 'Safeguarding governor',
  filtering_governor: 'Filtering governor',
  trust_admin: 'Trust administrator',
  inspector: 'Inspector',
  auditor: 'Auditor',
};

export const options = (names: Readonly<Record<string, string>>): Array<readonly [string, string]> => Object.entries(names);

/** "2026-12-03T14:05:00.000Z" → "3 December 2026, 14:05" in the school's own time zone. */
export function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (iso.length === 10) return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
}
