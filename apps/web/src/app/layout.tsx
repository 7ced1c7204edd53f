import type { ReactNode } from 'react';
import { ROLE_NAMES } from '../components/labels';
import { Link } from '../lib/router';
import type { Viewer } from '../lib/viewer';

/** What each role sees in the navigation follows the operations its role may use. */
function navigation(viewer: Viewer): Array<[string, string]> {
  const can = (op: string) => viewer.operations.includes(op);
  const links: Array<[string, string]> = [['/', 'Home']];
  if (can('caseload')) links.push(['/incidents', 'Incidents']);
  if (can('myCompliance')) links.push(['/my-compliance', 'Your documents and training']);
  if (can('ReportIncident')) links.push(['/report', 'Report a concern']);
  if (can('ConductSearch')) links.push(['/searches/new', 'Record a search']);
  if (can('settingOverview')) links.push(['/trust', 'The trust’s settings']);
  if (can('governorReport')) links.push(['/governors-report', 'Governors’ report']);
  if (can('trainingStatus') && can('cpdMatrix')) links.push(['/training', 'Training status']);
  if (can('cpdMatrix')) links.push(['/cpd', 'CPD matrix']);
  if (can('policyRegister') && ['PublishVersion', 'ApproveVersion', 'RatifyVersion'].some(can)) links.push(['/policies', 'Policies']);
  if (can('trainingImport') && can('RecordCompletion') && can('cpdMatrix')) links.push(['/training/record', 'Record training']);
  if (viewer.role === 'inspector' || viewer.role === 'auditor') links.push(['/inspection', 'Day one']);
  if (can('retentionReview')) links.push(['/privacy/retention', 'Retention review']);
  if (can('subjectAccessExport')) links.push(['/privacy/subject-access', 'Subject access']);
  if (can('events')) links.push(['/audit/log', 'The raw log']);
  if (can('readLog') && viewer.role === 'auditor') links.push(['/audit/reads', 'Who read what']);
  return links;
}

export function Layout({
  viewer,
  navigation: withNavigation = true,
  children,
}: {
  viewer: Viewer | null;
  navigation?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="app-header" role="banner">
        <div className="govuk-width-container app-header__inner">
          <Link href="/" className="app-header__product">
            Safeguarding ledger
          </Link>
          {viewer && (
            <div className="app-header__who">
              {viewer.tenantIds.join(', ')} · {ROLE_NAMES[viewer.role] ?? viewer.role} ·{' '}
              <form className="app-header__signout" method="post" action="/auth/logout">
                <button type="submit" className="app-header__signout-button">
                  Sign out
                </button>
              </form>
            </div>
          )}
        </div>
      </header>
      <div className="govuk-width-container">
        {viewer && withNavigation && (
          <nav className="app-nav" aria-label="Main">
            <ul className="app-nav__list">
              {navigation(viewer).map(([href, text]) => (
                <li key={href} className="app-nav__item">
                  <Link className="govuk-link govuk-link--no-visited-state" href={href}>
                    {text}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main className="govuk-main-wrapper" id="main-content" role="main">
          {children}
        </main>
      </div>
    </>
  );
}
