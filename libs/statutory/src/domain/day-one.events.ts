/** The inspection day-one pack was generated: which checkpoint it proves against, how many records it cites, the zip's SHA-256. */
export type DayOnePackGenerated = {
  readonly type: 'DayOnePackGenerated';
  readonly data: {
    readonly packId: string;
    readonly packSha256: string;
    readonly checkpointTreeSize: number;
    readonly recordsCited: number;
    readonly academicYear: number;
  };
};
export type DayOneEvent = DayOnePackGenerated;
