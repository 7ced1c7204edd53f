/** Whether the alternative provider is registered (as a school, or with Ofsted) or unregistered. */
export const PROVIDER_REGISTRATIONS = ['registered', 'unregistered'] as const;
export type ProviderRegistration = (typeof PROVIDER_REGISTRATIONS)[number];

export const SCHOOL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type SchoolDay = (typeof SCHOOL_DAYS)[number];

/** A pupil was placed in alternative provision; the placing school stays responsible for their safeguarding. */
export type ApPlacementRecorded = {
  readonly type: 'ApPlacementRecorded';
  readonly data: {
    readonly placementId: string;
    readonly pupilId: string;
    readonly providerName: string;
    readonly registration: ProviderRegistration;
    /** The provider's URN where registered, else null. */
    readonly urn: string | null;
    readonly startOn: string;
    readonly days: readonly SchoolDay[];
    readonly hoursPerWeek: number;
    /** The checks the school made on the provider's safeguarding (policies seen, DSL named, staff vetting confirmed…). */
    readonly providerChecks: readonly string[];
  };
};

/** A (half-termly) review of the placement: attendance and welfare. */
export type ApPlacementReviewed = {
  readonly type: 'ApPlacementReviewed';
  readonly data: {
    readonly placementId: string;
    readonly reviewId: string;
    readonly reviewedOn: string;
    readonly attendancePercent: number;
    readonly welfareNotes: string;
  };
};

export type ApPlacementEnded = {
  readonly type: 'ApPlacementEnded';
  readonly data: { readonly placementId: string; readonly endedOn: string; readonly reason: string };
};

export type ApPlacementEvent = ApPlacementRecorded | ApPlacementReviewed | ApPlacementEnded;
