import { Page } from '../components/page';
import { GovernorReportPage } from '../features/governors/routes/governor-report-page';
import { CpdMatrixPage } from '../features/cpd/routes/cpd-matrix-page';
import { PoliciesPage } from '../features/policies/routes/policies-page';
import { TrustPage } from '../features/trust/routes/trust-page';
import { RecordTrainingPage } from '../features/training/routes/record-training-page';
import { TrainingStatusPage } from '../features/training/routes/training-status-page';
import { RawLogPage } from '../features/audit/routes/raw-log-page';
import { ReadLogPage } from '../features/audit/routes/read-log-page';
import { HomePage } from '../features/home/routes/home-page';
import { IncidentPage } from '../features/incidents/routes/incident-page';
import { IncidentsPage } from '../features/incidents/routes/incidents-page';
import { ReportConcernPage } from '../features/incidents/routes/report-concern-page';
import { DayOnePage } from '../features/inspection/routes/day-one-page';
import { EvidenceTrailPage, isTrailKind } from '../features/inspection/routes/evidence-trail-page';
import { MyCompliancePage } from '../features/my-compliance/routes/my-compliance-page';
import { RetentionReviewPage } from '../features/privacy/routes/retention-review-page';
import { SubjectAccessPage } from '../features/privacy/routes/subject-access-page';
import { PupilPage } from '../features/pupils/routes/pupil-page';
import { NewSearchPage } from '../features/searches/routes/new-search-page';
import { SearchPage } from '../features/searches/routes/search-page';
import { match } from '../lib/router';
import { useViewer } from '../lib/viewer';

/** Each page with the operation the role needs to see it: a page a role cannot use is not there. */
export function Routes({ pathname, search }: { pathname: string; search: URLSearchParams }) {
  const viewer = useViewer();
  let params: Record<string, string> | null;
  if (match('/', pathname)) return <HomePage />;
  if (match('/my-compliance', pathname) && viewer.can('myCompliance')) return <MyCompliancePage />;
  if (match('/governors-report', pathname) && viewer.can('governorReport')) return <GovernorReportPage search={search} />;
  if (match('/report', pathname) && viewer.can('ReportIncident')) return <ReportConcernPage />;
  if (match('/incidents', pathname) && viewer.can('caseload')) return <IncidentsPage search={search} />;
  if ((params = match('/incidents/:id', pathname)) && viewer.can('evidenceTrail')) return <IncidentPage incidentId={params.id!} />;
  if (match('/searches/new', pathname) && viewer.can('ConductSearch')) return <NewSearchPage />;
  if ((params = match('/searches/:id', pathname)) && viewer.can('evidenceTrail')) return <SearchPage searchId={params.id!} />;
  if (match('/training', pathname) && viewer.can('trainingStatus') && viewer.can('cpdMatrix'))
    return <TrainingStatusPage search={search} />;
  if (match('/training/record', pathname) && viewer.can('trainingImport') && viewer.can('RecordCompletion') && viewer.can('cpdMatrix'))
    return <RecordTrainingPage />;
  if (match('/cpd', pathname) && viewer.can('cpdMatrix')) return <CpdMatrixPage search={search} />;
  const policyActions = ['PublishVersion', 'ApproveVersion', 'RatifyVersion'].some(viewer.can);
  if (match('/trust', pathname) && viewer.can('settingOverview')) return <TrustPage />;
  if (match('/policies', pathname) && viewer.can('policyRegister') && (policyActions || viewer.can('settingOverview')))
    return <PoliciesPage search={search} />;
  if ((params = match('/pupils/:id', pathname)) && viewer.can('caseload') && viewer.can('evidenceTrail'))
    return <PupilPage pupilId={params.id!} />;
  const dayOne = ['caseload', 'trainingStatus', 'overdueReviews', 'governorReport', 'evidenceTrail'].every(viewer.can);
  if (match('/inspection', pathname) && dayOne) return <DayOnePage search={search} />;
  if ((params = match('/trail/:kind/:id', pathname)) && viewer.can('evidenceTrail') && isTrailKind(params.kind!))
    return <EvidenceTrailPage kind={params.kind} id={params.id!} search={search} />;
  if (match('/privacy/retention', pathname) && viewer.can('retentionReview')) return <RetentionReviewPage />;
  if (match('/privacy/subject-access', pathname) && viewer.can('subjectAccessExport')) return <SubjectAccessPage />;
  if (match('/audit/log', pathname) && viewer.can('events')) return <RawLogPage search={search} />;
  if (match('/audit/reads', pathname) && viewer.can('readLog')) return <ReadLogPage search={search} />;
  return (
    <Page title="Page not found">
      <p className="govuk-body">There is no such page, or your role does not allow it.</p>
    </Page>
  );
}
