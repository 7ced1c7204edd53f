/** Who the single central record covers (KCSIE Part 3). */
export const SCR_CATEGORIES = ['staff', 'volunteer', 'governor', 'supply', 'contractor'] as const;
export type ScrCategory = (typeof SCR_CATEGORIES)[number];

/**
 * The pre-appointment checks KCSIE Part 3 names. `enhanced_dbs` is the enhanced DBS certificate
 * without the barred-list check, `enhanced_dbs_barred` with it (regulated activity).
 */
export const SCR_CHECKS = [
  'identity',
  'enhanced_dbs',
  'enhanced_dbs_barred',
  'prohibition_from_teaching',
  'section_128',
  'right_to_work',
  'overseas',
  'qualifications',
] as const;
export type ScrCheck = (typeof SCR_CHECKS)[number];

/** A person was entered on the single central record, with what their role requires. */
export type CentralRecordEntryAdded = {
  readonly type: 'CentralRecordEntryAdded';
  readonly data: {
    readonly personId: string;
    readonly category: ScrCategory;
    /** The day they started (checks completed after it are gaps). */
    readonly startOn: string;
    readonly regulatedActivity: boolean;
    readonly teaching: boolean;
    readonly management: boolean;
    readonly livedOverseas: boolean;
    readonly qualificationsRequired: boolean;
  };
};

/** A pre-appointment check was made: when, by whom, the evidence's hash. Never a DBS disclosure's content. */
export type PreAppointmentCheckRecorded = {
  readonly type: 'PreAppointmentCheckRecorded';
  readonly data: {
    readonly personId: string;
    readonly check: ScrCheck;
    readonly checkedOn: string;
    readonly checkedBy: string;
    readonly evidenceHash: string;
    /** The DBS certificate's number and date of issue, for DBS checks only. */
    readonly dbsCertificateNumber: string | null;
    readonly dbsIssuedOn: string | null;
  };
};

export type CentralRecordEvent = CentralRecordEntryAdded | PreAppointmentCheckRecorded;
