/** The law's guidance beside the fields (DfE "Searching, screening and confiscation", 2022). */
export function SearchGuidance() {
  return (
    <aside className="app-guidance govuk-inset-text" aria-labelledby="guidance-heading">
      <h2 className="govuk-heading-s" id="guidance-heading">
        What the law says
      </h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>Only the headteacher or staff they authorise may search, and only for a prohibited item.</li>
        <li>
          A <strong>witness</strong> must be present, and must be a different member of staff from the person searching.
        </li>
        <li>
          If you suspect <strong>indecent images of a child</strong>: never view them, never delete them, never copy them. Confiscate the
          device, keep it secure and hand it to the police.
        </li>
        <li>Tell the DSL about any search where you think a child is at risk.</li>
      </ul>
    </aside>
  );
}
