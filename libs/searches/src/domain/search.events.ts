export const SEARCH_OUTCOMES = ['nothing_found', 'returned', 'retained', 'confiscated', 'given_to_police', 'disposed'] as const;
export type SearchOutcome = (typeof SEARCH_OUTCOMES)[number];

export type SearchConducted = {
  readonly type: 'SearchConducted';
  readonly data: {
    readonly searchId: string;
    readonly pupilId: string;
    readonly searcherId: string;
    readonly witnessId: string;
    readonly place: string;
    readonly grounds: string;
    readonly soughtItems: readonly string[];
    readonly found: string;
    readonly suspectedIndecentImage: boolean;
    readonly dslInformed: boolean;
  };
};
export type DeviceConfiscated = {
  readonly type: 'DeviceConfiscated';
  readonly data: { readonly searchId: string; readonly deviceId: string; readonly description: string; readonly heldAt: string };
};
export type DeviceDataDeleted = {
  readonly type: 'DeviceDataDeleted';
  readonly data: {
    readonly searchId: string;
    readonly deviceId: string;
    readonly deletedBy: string;
    readonly witnessId: string;
    readonly goodReason: string;
    readonly contentCategory: string;
  };
};
export type DeviceHandedToPolice = {
  readonly type: 'DeviceHandedToPolice';
  readonly data: { readonly searchId: string; readonly deviceId: string; readonly policeReference: string; readonly handedBy: string };
};
export type DeviceReleasedToParent = {
  readonly type: 'DeviceReleasedToParent';
  readonly data: {
    readonly searchId: string;
    readonly deviceId: string;
    readonly pupilId: string;
    readonly releasedTo: string;
    readonly releasedBy: string;
  };
};
export type ParentsInformedOfSearch = {
  readonly type: 'ParentsInformedOfSearch';
  readonly data: { readonly searchId: string; readonly informedBy: string };
};
export type SearchCompleted = {
  readonly type: 'SearchCompleted';
  readonly data: { readonly searchId: string; readonly outcome: SearchOutcome };
};

export type SearchEvent =
  | SearchConducted
  | DeviceConfiscated
  | DeviceDataDeleted
  | DeviceHandedToPolice
  | DeviceReleasedToParent
  | ParentsInformedOfSearch
  | SearchCompleted;
