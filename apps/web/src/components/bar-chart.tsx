import { barChart, type ChartSpec } from '@ledger/charts';

/**
 * A bar chart drawn from the geometry the PDF draws too, with its figures as a table beside it:
 * the SVG is a picture named by its heading, the table is what a screen reader reads.
 */
export function BarChart({ spec }: { spec: ChartSpec }) {
  const headingId = `${spec.id}-heading`;
  if (spec.bars.length === 0)
    return (
      <>
        <h3 className="govuk-heading-s" id={headingId}>
          {spec.title}
        </h3>
        <p className="govuk-body">{spec.empty}</p>
      </>
    );
  const g = barChart(spec);
  return (
    <figure className="app-chart" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>
        {spec.title}
      </h3>
      <div className="app-chart__body">
        <svg
          className="app-chart__svg"
          viewBox={`0 0 ${g.width} ${g.height}`}
          role="img"
          aria-labelledby={headingId}
          aria-describedby={`${spec.id}-table`}
          focusable="false"
        >
          <line className="app-chart__axis" x1={g.axis.x} y1={g.axis.y1} x2={g.axis.x} y2={g.axis.y2} />
          {g.bars.map((b, i) => (
            <g key={i}>
              <text x={b.labelX} y={b.baseline} textAnchor="end">
                {b.label}
              </text>
              {b.width > 0 && <rect className="app-chart__bar" x={b.x} y={b.y} width={b.width} height={b.height} />}
              <text x={b.textX} y={b.baseline}>
                {b.text}
              </text>
            </g>
          ))}
        </svg>
        <table className="govuk-table app-chart__table" id={`${spec.id}-table`}>
          <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">{spec.title}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {spec.columns.map((c) => (
                <th key={c} scope="col" className="govuk-table__header">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {spec.bars.map((b, i) => (
              <tr key={i} className="govuk-table__row">
                <th scope="row" className="govuk-table__header app-break-words">
                  {b.label}
                </th>
                <td className="govuk-table__cell">{b.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
