import { useEffect, useState } from 'react';
import { Loading, Page } from '../../../components/page';
import type { SettingOverviewQuery } from '../../../gql/graphql';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { Link } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { SettingOverviewDocument } from '../api/trust.operations';

type Overview = SettingOverviewQuery['settingOverview'];

const inSetting = (path: string, tenantId: string) => `${path}?setting=${encodeURIComponent(tenantId)}`;

/**
 * A trust administrator's settings side by side: training up to date, overdue policy reviews and
 * open incidents, counts only (a count of 1 or 2 incidents reads "fewer than 3"); each figure
 * links into that setting's own page where the role may read it.
 */
export function TrustPage() {
  const viewer = useViewer();
  const [settings, setSettings] = useState<Overview[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    Promise.all(viewer.tenantIds.map((tenantId) => query(SettingOverviewDocument, { tenantId }).then((d) => d.settingOverview))).then(
      // The trust itself is a tenant with no staff of its own: only settings with required training are compared.
      (all) => setSettings(all.filter((s) => s.trainingRequired > 0)),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [viewer.tenantIds.join(',')]);

  return (
    <Page title="The trust's settings">
      {failure && <p className="govuk-error-message">{failure}</p>}
      {!settings && !failure && <Loading />}
      {settings && (
        <div className="app-table-scroll" role="region" aria-label="Settings side by side" tabIndex={0}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              Settings side by side, on {settings[0]?.at ?? 'today'}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Setting
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Required training up to date
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Policy reviews overdue
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Open incidents
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {settings.map((s) => (
                <tr key={s.tenantId} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header app-break-words">
                    {s.tenantId}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    <Link className="govuk-link" href={inSetting('/training', s.tenantId)}>
                      {s.trainingPercentCompliant}%<span className="govuk-visually-hidden"> up to date at {s.tenantId}</span>
                    </Link>
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    <Link className="govuk-link" href={inSetting('/policies', s.tenantId)}>
                      {s.overdueReviews}
                      <span className="govuk-visually-hidden"> reviews overdue at {s.tenantId}</span>
                    </Link>
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.openIncidents ?? 'Fewer than 3'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="govuk-body">
        Open incidents are counted, never listed: a trust administrator reads no case. A count of 1 or 2 is shown as fewer than 3.
      </p>
    </Page>
  );
}
