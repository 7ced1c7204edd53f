// Invented people and the vocabulary of the seed policies (shared/seeds): nothing here is a real person.
export const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Esme',
  'Farid',
  'Grace',
  'Hamza',
  'Isla',
  'Jonah',
  'Kezia',
  'Luca',
  'Maya',
  'Niall',
  'Orla',
  'Pavel',
  'Rosa',
  'Sami',
  'Tess',
  'Umar',
  'Vera',
  'Wes',
  'Yasmin',
  'Zac',
];
export const LAST_NAMES = [
  'Achterberg',
  'Bellamy',
  'Castellano',
  'Dunmore',
  'Eze',
  'Fairweather',
  'Gallacher',
  'Hollis',
  'Iqbal',
  'Jaworski',
  'Kavanagh',
  'Lindqvist',
  'Mbeki',
  'Norcross',
  'Okonjo',
  'Pemberton',
  'Quayle',
  'Rashid',
  'Soames',
  'Thackeray',
];

export const DOCUMENTS = [
  { id: 'e-safety-policy', title: 'Internet & E-Safety Policy', kind: 'e_safety', statutory: false, acknowledgedBy: ['staff'] },
  { id: 'staff-aup', title: 'Staff Acceptable Use Policy', kind: 'aup_staff', statutory: false, acknowledgedBy: ['staff'] },
  { id: 'learner-aup', title: 'Learner Acceptable Use Agreement', kind: 'aup_pupil', statutory: false, acknowledgedBy: [] },
  { id: 'mobile-phone-policy', title: 'Mobile Phone and Smart Device Policy', kind: 'mobile_phone', statutory: false, acknowledgedBy: [] },
  {
    id: 'searching-policy',
    title: 'Searching, Screening and Confiscation Policy',
    kind: 'searching_confiscation',
    statutory: false,
    acknowledgedBy: [],
  },
  {
    id: 'child-protection-policy',
    title: 'Child Protection and Safeguarding Policy',
    kind: 'child_protection',
    statutory: false,
    acknowledgedBy: ['staff'],
  },
  { id: 'kcsie', title: 'Keeping Children Safe in Education, Part 1', kind: 'kcsie', statutory: true, acknowledgedBy: ['staff'] },
  { id: 'photo-consent', title: 'Photographs and Internet Use Consent Form', kind: 'consent_form', statutory: false, acknowledgedBy: [] },
] as const;

export const COURSES = [
  {
    id: 'safeguarding-update',
    title: 'Safeguarding and child protection update',
    months: 12,
    roles: ['dsl', 'deputy_dsl', 'head', 'slt', 'staff', 'esafety_coordinator'],
  },
  {
    id: 'kcsie-part1',
    title: 'KCSIE Part 1 reading',
    months: 12,
    roles: ['dsl', 'deputy_dsl', 'head', 'slt', 'staff', 'esafety_coordinator'],
  },
  {
    id: 'online-safety',
    title: 'Online safety incl. filtering and monitoring responsibilities',
    months: 12,
    roles: ['dsl', 'deputy_dsl', 'head', 'slt', 'staff', 'esafety_coordinator'],
  },
  { id: 'prevent', title: 'Prevent duty (WRAP)', months: 36, roles: ['dsl', 'deputy_dsl', 'head', 'slt', 'staff', 'esafety_coordinator'] },
  { id: 'dsl-formal', title: 'DSL formal training', months: 24, roles: ['dsl', 'deputy_dsl'] },
  { id: 'safer-recruitment', title: 'Safer recruitment', months: 60, roles: ['head', 'slt'] },
] as const;

export const PROVIDERS = ['Local authority safeguarding team', 'National College', 'Educare', 'In-house (DSL)', 'Home Office WRAP'];

export const INCIDENTS = [
  {
    category: 'cyberbullying',
    narrative: 'Unkind messages and an edited photo shared in a class group chat',
    words: 'everyone has seen it and they keep adding to it',
  },
  {
    category: 'grooming',
    narrative: 'Pupil talking to an adult met on a gaming platform who asked to move to a private app',
    words: 'he said he was 16 and that I was mature for my age',
  },
  {
    category: 'sexting',
    narrative: 'Self-generated image shared between pupils',
    words: 'I only sent it to him, I did not know he would show people',
  },
  {
    category: 'radicalisation',
    narrative: 'Extremist videos shared from a pupil account during lessons',
    words: 'it is just stuff I watch, it is not serious',
  },
  {
    category: 'inappropriate_content',
    narrative: 'Violent video accessed on a personal device on site',
    words: 'someone sent it to me, I did not look for it',
  },
  { category: 'misinformation', narrative: 'Health misinformation spread to younger learners', words: 'I saw it on TikTok so it is true' },
  { category: 'data_breach', narrative: 'A learner list emailed to the wrong parent', words: null },
  { category: 'filtering_breach', narrative: 'VPN used to bypass the filter on a provision laptop', words: 'my cousin showed me how' },
  {
    category: 'misuse_by_staff',
    narrative: 'Member of staff messaging a learner from a personal account',
    words: 'he told me not to tell anyone we talked',
  },
] as const;
