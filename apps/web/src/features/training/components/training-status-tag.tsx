/** A training status as text and as colour (never colour alone): the GOV.UK tag colours. */
export const STATUS_TAGS: Readonly<Record<string, { text: (days: number) => string; colour: string }>> = {
  compliant: { text: () => 'Up to date', colour: 'govuk-tag--green' },
  due_soon: { text: (days) => `Due within ${days} days`, colour: 'govuk-tag--yellow' },
  overdue: { text: () => 'Overdue', colour: 'govuk-tag--red' },
  never_done: { text: () => 'Never done', colour: 'govuk-tag--grey' },
};

export const statusText = (status: string, days: number): string => STATUS_TAGS[status]?.text(days) ?? status;

export function TrainingStatusTag({ status, days }: { status: string; days: number }) {
  const tag = STATUS_TAGS[status];
  return <strong className={`govuk-tag ${tag?.colour ?? 'govuk-tag--grey'}`}>{statusText(status, days)}</strong>;
}
