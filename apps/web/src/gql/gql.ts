/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query RawLog(\n    $tenantId: ID!\n    $types: [String!]\n    $categories: [String!]\n    $recordedFrom: String\n    $recordedUntil: String\n    $first: Int\n    $after: String\n  ) {\n    events(\n      tenantId: $tenantId\n      types: $types\n      categories: $categories\n      recordedFrom: $recordedFrom\n      recordedUntil: $recordedUntil\n      first: $first\n      after: $after\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          eventId\n          position\n          stream\n          revision\n          type\n          occurredAt\n          recordedAt\n          hash\n          prevHash\n          actor {\n            id\n            role\n          }\n          data\n        }\n      }\n    }\n  }\n": typeof types.RawLogDocument,
    "\n  query ReadLog($tenantId: ID!, $subjectId: ID, $first: Int, $after: String) {\n    readLog(tenantId: $tenantId, subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          readId\n          position\n          readAt\n          readerId\n          readerRole\n          subjectKind\n          subjectId\n          view\n        }\n      }\n    }\n  }\n": typeof types.ReadLogDocument,
    "\n  query SignInMethods {\n    ledger {\n      signIn {\n        oidc\n        links\n      }\n    }\n  }\n": typeof types.SignInMethodsDocument,
    "\n  query CpdSignatures($tenantId: ID!, $after: String, $asOf: String, $knownAt: String) {\n    cpdMatrix(tenantId: $tenantId, first: 200, after: $after, asOf: $asOf, knownAt: $knownAt) {\n      at\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          staffId\n          jobTitle\n          staff {\n            name\n          }\n          outstandingAcknowledgements {\n            documentId\n            title\n            version\n          }\n        }\n      }\n    }\n  }\n": typeof types.CpdSignaturesDocument,
    "\n  query GovernorReport($tenantId: ID!, $academicYear: Int!) {\n    governorReport(tenantId: $tenantId, academicYear: $academicYear) {\n      settingName\n      academicYear\n      from\n      to\n      policies {\n        reviewed\n        reviewedLate\n        approved\n        reviews {\n          title\n          dueOn\n          reviewedOn\n          daysLate\n        }\n      }\n      training {\n        percentCompliantAtYearEnd\n        overdue\n        neverDone\n      }\n      incidents {\n        total\n        byCategory {\n          key\n          count\n        }\n        byTerm {\n          key\n          count\n        }\n        decidedNotToRefer\n      }\n      escalationsByAgency {\n        key\n        count\n      }\n      searches {\n        total\n        byOutcome {\n          key\n          count\n        }\n        handedToPolice\n      }\n      filteringAndMonitoring {\n        reviewHeld\n        reviewDates\n        filterTests\n        failedTests\n        decisions\n      }\n      openActionsAtYearEnd\n    }\n  }\n": typeof types.GovernorReportDocument,
    "\n  query NeedsAttention($tenantId: ID!) {\n    needsAttention(tenantId: $tenantId) {\n      on\n      untriaged\n      escalationsWaiting\n      actionsOverdue\n      actionsDueThisWeek\n      devicesHeld\n    }\n  }\n": typeof types.NeedsAttentionDocument,
    "\n  query OpenClocks($tenantId: ID!) {\n    statutoryClocks(tenantId: $tenantId) {\n      on\n      open {\n        clock\n        subjectId\n        startedOn\n        dueBy\n        status\n        rule {\n          ruleVersion\n          workingDays\n        }\n      }\n    }\n  }\n": typeof types.OpenClocksDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportIncidentDocument,
    "\n  mutation TriageIncident($input: TriageIncidentInput!) {\n    triageIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.TriageIncidentDocument,
    "\n  mutation EscalateIncident($input: EscalateIncidentInput!) {\n    escalateIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.EscalateIncidentDocument,
    "\n  mutation RecordEscalationOutcome($input: RecordEscalationOutcomeInput!) {\n    recordEscalationOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordEscalationOutcomeDocument,
    "\n  mutation PreserveEvidence($input: PreserveEvidenceInput!) {\n    preserveEvidence(input: $input) {\n      id\n    }\n  }\n": typeof types.PreserveEvidenceDocument,
    "\n  mutation InformParents($input: InformParentsInput!) {\n    informParents(input: $input) {\n      id\n    }\n  }\n": typeof types.InformParentsDocument,
    "\n  mutation ApplySanction($input: ApplySanctionInput!) {\n    applySanction(input: $input) {\n      id\n    }\n  }\n": typeof types.ApplySanctionDocument,
    "\n  mutation AssignIncidentAction($input: AssignIncidentActionInput!) {\n    assignIncidentAction(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignIncidentActionDocument,
    "\n  mutation CompleteIncidentAction($input: CompleteIncidentActionInput!) {\n    completeIncidentAction(input: $input) {\n      id\n    }\n  }\n": typeof types.CompleteIncidentActionDocument,
    "\n  mutation CloseIncident($input: CloseIncidentInput!) {\n    closeIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.CloseIncidentDocument,
    "\n  mutation ReopenIncident($input: ReopenIncidentInput!) {\n    reopenIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.ReopenIncidentDocument,
    "\n  query Incidents(\n    $tenantId: ID!\n    $category: IncidentCategory\n    $status: IncidentStatus\n    $academicYear: Int\n    $term: Term\n    $first: Int\n    $after: String\n  ) {\n    incidents(\n      tenantId: $tenantId\n      category: $category\n      status: $status\n      academicYear: $academicYear\n      term: $term\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          incidentId\n          category\n          reportedOn\n          status\n          triageDecision\n          closedOn\n          escalations {\n            agency\n            outcomeRecorded\n          }\n          actions {\n            done\n          }\n        }\n      }\n    }\n  }\n": typeof types.IncidentsDocument,
    "\n  query IncidentTrail($tenantId: ID!, $incidentId: ID!, $after: String) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: incident, subjectId: $incidentId, first: 200, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          position\n          type\n          occurredAt\n          recordedAt\n          actor {\n            id\n            role\n          }\n          data\n        }\n      }\n    }\n  }\n": typeof types.IncidentTrailDocument,
    "\n  query GrantCheck($tenantId: ID!) {\n    latestCheckpoint(tenantId: $tenantId) {\n      treeSize\n    }\n  }\n": typeof types.GrantCheckDocument,
    "\n  query DayOne($tenantId: ID!, $academicYear: Int!, $asOf: String, $knownAt: String) {\n    incidents(tenantId: $tenantId, academicYear: $academicYear, first: 100) {\n      totalCount\n      edges {\n        node {\n          incidentId\n          category\n          reportedOn\n          status\n          triageDecision\n          closedOn\n          escalations {\n            agency\n            on\n            outcomeRecorded\n            referencePending\n          }\n        }\n      }\n    }\n    trainingStatus(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt, first: 150) {\n      at\n      totalCount\n      totals {\n        required\n        compliant\n        dueSoon\n        overdue\n        neverDone\n        percentCompliant\n      }\n      edges {\n        node {\n          staffId\n          staff {\n            name\n          }\n          jobTitle\n          courseId\n          courseTitle\n          status\n          lastCompletedOn\n          expiresOn\n        }\n      }\n    }\n    overdueReviews(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt, dueSoonDays: 90, first: 50) {\n      at\n      edges {\n        node {\n          documentId\n          title\n          nextDueOn\n          daysOverdue\n          state\n          pastReviews {\n            reviewedOn\n            daysLate\n          }\n        }\n      }\n    }\n    governorReport(tenantId: $tenantId, academicYear: $academicYear, knownAt: $knownAt) {\n      academicYear\n      filteringAndMonitoring {\n        reviewHeld\n        reviewDates\n        filterTests\n        failedTests\n        decisions\n      }\n    }\n  }\n": typeof types.DayOneDocument,
    "\n  query Trail($tenantId: ID!, $kind: TrailSubject!, $id: ID!, $after: String, $asOf: String, $knownAt: String) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: $kind, subjectId: $id, first: 100, after: $after, asOf: $asOf, knownAt: $knownAt) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          eventId\n          position\n          stream\n          revision\n          type\n          occurredAt\n          recordedAt\n          hash\n          prevHash\n          actor {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrailDocument,
    "\n  query Proof($tenantId: ID!, $eventId: ID!) {\n    inclusionProof(tenantId: $tenantId, eventId: $eventId) {\n      eventId\n      eventHash\n      leafHash\n      leafIndex\n      treeSize\n      auditPath\n      checkpoint {\n        treeSize\n        root\n        timestamp\n        keyId\n        signature\n      }\n    }\n    checkpointKeys(tenantId: $tenantId) {\n      keyId\n      publicKey\n    }\n  }\n": typeof types.ProofDocument,
    "\n  query MyCompliance($tenantId: ID!) {\n    myCompliance(tenantId: $tenantId) {\n      at\n      outstandingAcknowledgements {\n        documentId\n        title\n        version\n        contentHash\n      }\n      training {\n        courseId\n        courseTitle\n        status\n        lastCompletedOn\n        expiresOn\n      }\n      signatures {\n        documentId\n        title\n        version\n        acknowledgedOn\n        current\n      }\n    }\n  }\n": typeof types.MyComplianceDocument,
    "\n  mutation AcknowledgeDocument($input: AcknowledgeDocumentInput!) {\n    acknowledgeDocument(input: $input) {\n      id\n    }\n  }\n": typeof types.AcknowledgeDocumentDocument,
    "\n  query PolicyRegister($tenantId: ID!, $asOf: String, $knownAt: String) {\n    policyRegister(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt) {\n      documentId\n      title\n      kind\n      statutory\n      currentVersion\n      nextDueOn\n      daysOverdue\n      retiredOn\n      versions {\n        version\n        publishedOn\n        approvedOn\n        ratifiedOn\n        contentHash\n      }\n      reviews {\n        reviewedOn\n        wasDueOn\n        outcome\n        daysLate\n      }\n    }\n  }\n": typeof types.PolicyRegisterDocument,
    "\n  mutation DraftDocument($input: DraftDocumentInput!) {\n    draftDocument(input: $input) {\n      id\n    }\n  }\n": typeof types.DraftDocumentDocument,
    "\n  mutation PublishVersion($input: PublishVersionInput!) {\n    publishVersion(input: $input) {\n      id\n    }\n  }\n": typeof types.PublishVersionDocument,
    "\n  mutation ScheduleReview($input: ScheduleReviewInput!) {\n    scheduleReview(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleReviewDocument,
    "\n  mutation ReviewDocument($input: ReviewDocumentInput!) {\n    reviewDocument(input: $input) {\n      id\n    }\n  }\n": typeof types.ReviewDocumentDocument,
    "\n  mutation ApproveVersion($input: ApproveVersionInput!) {\n    approveVersion(input: $input) {\n      id\n    }\n  }\n": typeof types.ApproveVersionDocument,
    "\n  mutation RatifyVersion($input: RatifyVersionInput!) {\n    ratifyVersion(input: $input) {\n      id\n    }\n  }\n": typeof types.RatifyVersionDocument,
    "\n  query RetentionReview($tenantId: ID!) {\n    retentionReview(tenantId: $tenantId) {\n      on\n      rows {\n        recordKind\n        personId\n        unitId\n        retentionFrom\n        endedOn\n        years\n        ruleVersion\n        ruleNote\n        status\n        holdId\n        keptUntil\n        erasureId\n      }\n      holds {\n        holdId\n        scope\n        scopeId\n      }\n    }\n  }\n": typeof types.RetentionReviewDocument,
    "\n  mutation EraseSubject($input: EraseSubjectInput!) {\n    eraseSubject(input: $input) {\n      id\n    }\n  }\n": typeof types.EraseSubjectDocument,
    "\n  mutation ConfirmErasure($input: ConfirmErasureInput!) {\n    confirmErasure(input: $input) {\n      id\n    }\n  }\n": typeof types.ConfirmErasureDocument,
    "\n  mutation ExtendRetention($input: ExtendRetentionInput!) {\n    extendRetention(input: $input) {\n      id\n    }\n  }\n": typeof types.ExtendRetentionDocument,
    "\n  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      id\n    }\n  }\n": typeof types.PlaceLegalHoldDocument,
    "\n  mutation LiftLegalHold($input: LiftLegalHoldInput!) {\n    liftLegalHold(input: $input) {\n      id\n    }\n  }\n": typeof types.LiftLegalHoldDocument,
    "\n  query SubjectAccessExport($tenantId: ID!, $subjectId: ID!) {\n    subjectAccessExport(tenantId: $tenantId, subjectId: $subjectId) {\n      exportId\n      subjectId\n      producedAt\n      html\n      entries {\n        position\n        type\n        occurredAt\n        recordedAt\n        data\n        withheld\n      }\n    }\n  }\n": typeof types.SubjectAccessExportDocument,
    "\n  query PupilCases($tenantId: ID!, $pupilId: ID!) {\n    incidents(tenantId: $tenantId, pupilId: $pupilId, first: 200) {\n      edges {\n        node {\n          incidentId\n          category\n        }\n      }\n    }\n    searches(tenantId: $tenantId, pupilId: $pupilId, first: 200) {\n      edges {\n        node {\n          searchId\n        }\n      }\n    }\n  }\n": typeof types.PupilCasesDocument,
    "\n  query PupilTrail($tenantId: ID!, $kind: TrailSubject!, $subjectId: ID!) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: $kind, subjectId: $subjectId, first: 200) {\n      edges {\n        node {\n          position\n          type\n          occurredAt\n          recordedAt\n          actor {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.PupilTrailDocument,
    "\n  query SearchTrail($tenantId: ID!, $searchId: ID!) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: search, subjectId: $searchId, first: 200) {\n      edges {\n        node {\n          position\n          type\n          occurredAt\n          recordedAt\n          actor {\n            id\n            role\n          }\n          data\n        }\n      }\n    }\n  }\n": typeof types.SearchTrailDocument,
    "\n  mutation ConductSearch($input: ConductSearchInput!) {\n    conductSearch(input: $input) {\n      id\n    }\n  }\n": typeof types.ConductSearchDocument,
    "\n  mutation ConfiscateDevice($input: ConfiscateDeviceInput!) {\n    confiscateDevice(input: $input) {\n      id\n    }\n  }\n": typeof types.ConfiscateDeviceDocument,
    "\n  mutation DeleteDeviceData($input: DeleteDeviceDataInput!) {\n    deleteDeviceData(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteDeviceDataDocument,
    "\n  mutation HandDeviceToPolice($input: HandDeviceToPoliceInput!) {\n    handDeviceToPolice(input: $input) {\n      id\n    }\n  }\n": typeof types.HandDeviceToPoliceDocument,
    "\n  mutation ReleaseDeviceToParent($input: ReleaseDeviceToParentInput!) {\n    releaseDeviceToParent(input: $input) {\n      id\n    }\n  }\n": typeof types.ReleaseDeviceToParentDocument,
    "\n  mutation CompleteSearch($input: CompleteSearchInput!) {\n    completeSearch(input: $input) {\n      id\n    }\n  }\n": typeof types.CompleteSearchDocument,
    "\n  query TrainingTotals($tenantId: ID!, $dueSoonDays: Int, $asOf: String, $knownAt: String) {\n    trainingStatus(tenantId: $tenantId, dueSoonDays: $dueSoonDays, first: 1, asOf: $asOf, knownAt: $knownAt) {\n      at\n      dueSoonDays\n      totals {\n        required\n        compliant\n        dueSoon\n        overdue\n        neverDone\n        percentCompliant\n      }\n    }\n  }\n": typeof types.TrainingTotalsDocument,
    "\n  query TrainingMatrix($tenantId: ID!, $dueSoonDays: Int, $after: String, $asOf: String, $knownAt: String) {\n    cpdMatrix(tenantId: $tenantId, dueSoonDays: $dueSoonDays, first: 200, after: $after, asOf: $asOf, knownAt: $knownAt) {\n      at\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          staffId\n          jobTitle\n          roles\n          staff {\n            name\n          }\n          training {\n            courseId\n            courseTitle\n            status\n            lastCompletedOn\n            expiresOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingMatrixDocument,
    "\n  query TrainingImportCheck(\n    $tenantId: ID!\n    $csv: String!\n    $staffColumn: String\n    $courseColumn: String\n    $completedOnColumn: String\n    $providerColumn: String\n  ) {\n    trainingImportCheck(\n      tenantId: $tenantId\n      csv: $csv\n      staffColumn: $staffColumn\n      courseColumn: $courseColumn\n      completedOnColumn: $completedOnColumn\n      providerColumn: $providerColumn\n    ) {\n      columns\n      mapping {\n        staff\n        course\n        completedOn\n        provider\n      }\n      good\n      bad\n      rows {\n        row\n        staff\n        course\n        completedOn\n        provider\n        staffId\n        courseId\n        commandId\n        completionId\n        occurredAt\n        problem {\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.TrainingImportCheckDocument,
    "\n  mutation RecordCompletion($input: RecordCompletionInput!) {\n    recordCompletion(input: $input) {\n      id\n      replayed\n    }\n  }\n": typeof types.RecordCompletionDocument,
    "\n  query SettingOverview($tenantId: ID!) {\n    settingOverview(tenantId: $tenantId) {\n      tenantId\n      at\n      trainingRequired\n      trainingPercentCompliant\n      overdueReviews\n      openIncidents\n    }\n  }\n": typeof types.SettingOverviewDocument,
    "\n  query Viewer {\n    viewer {\n      subject\n      staffId\n      role\n      tenantIds\n      signInMethod\n      sessionExpiresAt\n      operations\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query RawLog(\n    $tenantId: ID!\n    $types: [String!]\n    $categories: [String!]\n    $recordedFrom: String\n    $recordedUntil: String\n    $first: Int\n    $after: String\n  ) {\n    events(\n      tenantId: $tenantId\n      types: $types\n      categories: $categories\n      recordedFrom: $recordedFrom\n      recordedUntil: $recordedUntil\n      first: $first\n      after: $after\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          eventId\n          position\n          stream\n          revision\n          type\n          occurredAt\n          recordedAt\n          hash\n          prevHash\n          actor {\n            id\n            role\n          }\n          data\n        }\n      }\n    }\n  }\n": types.RawLogDocument,
    "\n  query ReadLog($tenantId: ID!, $subjectId: ID, $first: Int, $after: String) {\n    readLog(tenantId: $tenantId, subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          readId\n          position\n          readAt\n          readerId\n          readerRole\n          subjectKind\n          subjectId\n          view\n        }\n      }\n    }\n  }\n": types.ReadLogDocument,
    "\n  query SignInMethods {\n    ledger {\n      signIn {\n        oidc\n        links\n      }\n    }\n  }\n": types.SignInMethodsDocument,
    "\n  query CpdSignatures($tenantId: ID!, $after: String, $asOf: String, $knownAt: String) {\n    cpdMatrix(tenantId: $tenantId, first: 200, after: $after, asOf: $asOf, knownAt: $knownAt) {\n      at\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          staffId\n          jobTitle\n          staff {\n            name\n          }\n          outstandingAcknowledgements {\n            documentId\n            title\n            version\n          }\n        }\n      }\n    }\n  }\n": types.CpdSignaturesDocument,
    "\n  query GovernorReport($tenantId: ID!, $academicYear: Int!) {\n    governorReport(tenantId: $tenantId, academicYear: $academicYear) {\n      settingName\n      academicYear\n      from\n      to\n      policies {\n        reviewed\n        reviewedLate\n        approved\n        reviews {\n          title\n          dueOn\n          reviewedOn\n          daysLate\n        }\n      }\n      training {\n        percentCompliantAtYearEnd\n        overdue\n        neverDone\n      }\n      incidents {\n        total\n        byCategory {\n          key\n          count\n        }\n        byTerm {\n          key\n          count\n        }\n        decidedNotToRefer\n      }\n      escalationsByAgency {\n        key\n        count\n      }\n      searches {\n        total\n        byOutcome {\n          key\n          count\n        }\n        handedToPolice\n      }\n      filteringAndMonitoring {\n        reviewHeld\n        reviewDates\n        filterTests\n        failedTests\n        decisions\n      }\n      openActionsAtYearEnd\n    }\n  }\n": types.GovernorReportDocument,
    "\n  query NeedsAttention($tenantId: ID!) {\n    needsAttention(tenantId: $tenantId) {\n      on\n      untriaged\n      escalationsWaiting\n      actionsOverdue\n      actionsDueThisWeek\n      devicesHeld\n    }\n  }\n": types.NeedsAttentionDocument,
    "\n  query OpenClocks($tenantId: ID!) {\n    statutoryClocks(tenantId: $tenantId) {\n      on\n      open {\n        clock\n        subjectId\n        startedOn\n        dueBy\n        status\n        rule {\n          ruleVersion\n          workingDays\n        }\n      }\n    }\n  }\n": types.OpenClocksDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n    }\n  }\n": types.ReportIncidentDocument,
    "\n  mutation TriageIncident($input: TriageIncidentInput!) {\n    triageIncident(input: $input) {\n      id\n    }\n  }\n": types.TriageIncidentDocument,
    "\n  mutation EscalateIncident($input: EscalateIncidentInput!) {\n    escalateIncident(input: $input) {\n      id\n    }\n  }\n": types.EscalateIncidentDocument,
    "\n  mutation RecordEscalationOutcome($input: RecordEscalationOutcomeInput!) {\n    recordEscalationOutcome(input: $input) {\n      id\n    }\n  }\n": types.RecordEscalationOutcomeDocument,
    "\n  mutation PreserveEvidence($input: PreserveEvidenceInput!) {\n    preserveEvidence(input: $input) {\n      id\n    }\n  }\n": types.PreserveEvidenceDocument,
    "\n  mutation InformParents($input: InformParentsInput!) {\n    informParents(input: $input) {\n      id\n    }\n  }\n": types.InformParentsDocument,
    "\n  mutation ApplySanction($input: ApplySanctionInput!) {\n    applySanction(input: $input) {\n      id\n    }\n  }\n": types.ApplySanctionDocument,
    "\n  mutation AssignIncidentAction($input: AssignIncidentActionInput!) {\n    assignIncidentAction(input: $input) {\n      id\n    }\n  }\n": types.AssignIncidentActionDocument,
    "\n  mutation CompleteIncidentAction($input: CompleteIncidentActionInput!) {\n    completeIncidentAction(input: $input) {\n      id\n    }\n  }\n": types.CompleteIncidentActionDocument,
    "\n  mutation CloseIncident($input: CloseIncidentInput!) {\n    closeIncident(input: $input) {\n      id\n    }\n  }\n": types.CloseIncidentDocument,
    "\n  mutation ReopenIncident($input: ReopenIncidentInput!) {\n    reopenIncident(input: $input) {\n      id\n    }\n  }\n": types.ReopenIncidentDocument,
    "\n  query Incidents(\n    $tenantId: ID!\n    $category: IncidentCategory\n    $status: IncidentStatus\n    $academicYear: Int\n    $term: Term\n    $first: Int\n    $after: String\n  ) {\n    incidents(\n      tenantId: $tenantId\n      category: $category\n      status: $status\n      academicYear: $academicYear\n      term: $term\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          incidentId\n          category\n          reportedOn\n          status\n          triageDecision\n          closedOn\n          escalations {\n            agency\n            outcomeRecorded\n          }\n          actions {\n            done\n          }\n        }\n      }\n    }\n  }\n": types.IncidentsDocument,
    "\n  query IncidentTrail($tenantId: ID!, $incidentId: ID!, $after: String) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: incident, subjectId: $incidentId, first: 200, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          position\n          type\n          occurredAt\n          recordedAt\n          actor {\n            id\n            role\n          }\n          data\n        }\n      }\n    }\n  }\n": types.IncidentTrailDocument,
    "\n  query GrantCheck($tenantId: ID!) {\n    latestCheckpoint(tenantId: $tenantId) {\n      treeSize\n    }\n  }\n": types.GrantCheckDocument,
    "\n  query DayOne($tenantId: ID!, $academicYear: Int!, $asOf: String, $knownAt: String) {\n    incidents(tenantId: $tenantId, academicYear: $academicYear, first: 100) {\n      totalCount\n      edges {\n        node {\n          incidentId\n          category\n          reportedOn\n          status\n          triageDecision\n          closedOn\n          escalations {\n            agency\n            on\n            outcomeRecorded\n            referencePending\n          }\n        }\n      }\n    }\n    trainingStatus(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt, first: 150) {\n      at\n      totalCount\n      totals {\n        required\n        compliant\n        dueSoon\n        overdue\n        neverDone\n        percentCompliant\n      }\n      edges {\n        node {\n          staffId\n          staff {\n            name\n          }\n          jobTitle\n          courseId\n          courseTitle\n          status\n          lastCompletedOn\n          expiresOn\n        }\n      }\n    }\n    overdueReviews(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt, dueSoonDays: 90, first: 50) {\n      at\n      edges {\n        node {\n          documentId\n          title\n          nextDueOn\n          daysOverdue\n          state\n          pastReviews {\n            reviewedOn\n            daysLate\n          }\n        }\n      }\n    }\n    governorReport(tenantId: $tenantId, academicYear: $academicYear, knownAt: $knownAt) {\n      academicYear\n      filteringAndMonitoring {\n        reviewHeld\n        reviewDates\n        filterTests\n        failedTests\n        decisions\n      }\n    }\n  }\n": types.DayOneDocument,
    "\n  query Trail($tenantId: ID!, $kind: TrailSubject!, $id: ID!, $after: String, $asOf: String, $knownAt: String) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: $kind, subjectId: $id, first: 100, after: $after, asOf: $asOf, knownAt: $knownAt) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          eventId\n          position\n          stream\n          revision\n          type\n          occurredAt\n          recordedAt\n          hash\n          prevHash\n          actor {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n": types.TrailDocument,
    "\n  query Proof($tenantId: ID!, $eventId: ID!) {\n    inclusionProof(tenantId: $tenantId, eventId: $eventId) {\n      eventId\n      eventHash\n      leafHash\n      leafIndex\n      treeSize\n      auditPath\n      checkpoint {\n        treeSize\n        root\n        timestamp\n        keyId\n        signature\n      }\n    }\n    checkpointKeys(tenantId: $tenantId) {\n      keyId\n      publicKey\n    }\n  }\n": types.ProofDocument,
    "\n  query MyCompliance($tenantId: ID!) {\n    myCompliance(tenantId: $tenantId) {\n      at\n      outstandingAcknowledgements {\n        documentId\n        title\n        version\n        contentHash\n      }\n      training {\n        courseId\n        courseTitle\n        status\n        lastCompletedOn\n        expiresOn\n      }\n      signatures {\n        documentId\n        title\n        version\n        acknowledgedOn\n        current\n      }\n    }\n  }\n": types.MyComplianceDocument,
    "\n  mutation AcknowledgeDocument($input: AcknowledgeDocumentInput!) {\n    acknowledgeDocument(input: $input) {\n      id\n    }\n  }\n": types.AcknowledgeDocumentDocument,
    "\n  query PolicyRegister($tenantId: ID!, $asOf: String, $knownAt: String) {\n    policyRegister(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt) {\n      documentId\n      title\n      kind\n      statutory\n      currentVersion\n      nextDueOn\n      daysOverdue\n      retiredOn\n      versions {\n        version\n        publishedOn\n        approvedOn\n        ratifiedOn\n        contentHash\n      }\n      reviews {\n        reviewedOn\n        wasDueOn\n        outcome\n        daysLate\n      }\n    }\n  }\n": types.PolicyRegisterDocument,
    "\n  mutation DraftDocument($input: DraftDocumentInput!) {\n    draftDocument(input: $input) {\n      id\n    }\n  }\n": types.DraftDocumentDocument,
    "\n  mutation PublishVersion($input: PublishVersionInput!) {\n    publishVersion(input: $input) {\n      id\n    }\n  }\n": types.PublishVersionDocument,
    "\n  mutation ScheduleReview($input: ScheduleReviewInput!) {\n    scheduleReview(input: $input) {\n      id\n    }\n  }\n": types.ScheduleReviewDocument,
    "\n  mutation ReviewDocument($input: ReviewDocumentInput!) {\n    reviewDocument(input: $input) {\n      id\n    }\n  }\n": types.ReviewDocumentDocument,
    "\n  mutation ApproveVersion($input: ApproveVersionInput!) {\n    approveVersion(input: $input) {\n      id\n    }\n  }\n": types.ApproveVersionDocument,
    "\n  mutation RatifyVersion($input: RatifyVersionInput!) {\n    ratifyVersion(input: $input) {\n      id\n    }\n  }\n": types.RatifyVersionDocument,
    "\n  query RetentionReview($tenantId: ID!) {\n    retentionReview(tenantId: $tenantId) {\n      on\n      rows {\n        recordKind\n        personId\n        unitId\n        retentionFrom\n        endedOn\n        years\n        ruleVersion\n        ruleNote\n        status\n        holdId\n        keptUntil\n        erasureId\n      }\n      holds {\n        holdId\n        scope\n        scopeId\n      }\n    }\n  }\n": types.RetentionReviewDocument,
    "\n  mutation EraseSubject($input: EraseSubjectInput!) {\n    eraseSubject(input: $input) {\n      id\n    }\n  }\n": types.EraseSubjectDocument,
    "\n  mutation ConfirmErasure($input: ConfirmErasureInput!) {\n    confirmErasure(input: $input) {\n      id\n    }\n  }\n": types.ConfirmErasureDocument,
    "\n  mutation ExtendRetention($input: ExtendRetentionInput!) {\n    extendRetention(input: $input) {\n      id\n    }\n  }\n": types.ExtendRetentionDocument,
    "\n  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      id\n    }\n  }\n": types.PlaceLegalHoldDocument,
    "\n  mutation LiftLegalHold($input: LiftLegalHoldInput!) {\n    liftLegalHold(input: $input) {\n      id\n    }\n  }\n": types.LiftLegalHoldDocument,
    "\n  query SubjectAccessExport($tenantId: ID!, $subjectId: ID!) {\n    subjectAccessExport(tenantId: $tenantId, subjectId: $subjectId) {\n      exportId\n      subjectId\n      producedAt\n      html\n      entries {\n        position\n        type\n        occurredAt\n        recordedAt\n        data\n        withheld\n      }\n    }\n  }\n": types.SubjectAccessExportDocument,
    "\n  query PupilCases($tenantId: ID!, $pupilId: ID!) {\n    incidents(tenantId: $tenantId, pupilId: $pupilId, first: 200) {\n      edges {\n        node {\n          incidentId\n          category\n        }\n      }\n    }\n    searches(tenantId: $tenantId, pupilId: $pupilId, first: 200) {\n      edges {\n        node {\n          searchId\n        }\n      }\n    }\n  }\n": types.PupilCasesDocument,
    "\n  query PupilTrail($tenantId: ID!, $kind: TrailSubject!, $subjectId: ID!) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: $kind, subjectId: $subjectId, first: 200) {\n      edges {\n        node {\n          position\n          type\n          occurredAt\n          recordedAt\n          actor {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n": types.PupilTrailDocument,
    "\n  query SearchTrail($tenantId: ID!, $searchId: ID!) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: search, subjectId: $searchId, first: 200) {\n      edges {\n        node {\n          position\n          type\n          occurredAt\n          recordedAt\n          actor {\n            id\n            role\n          }\n          data\n        }\n      }\n    }\n  }\n": types.SearchTrailDocument,
    "\n  mutation ConductSearch($input: ConductSearchInput!) {\n    conductSearch(input: $input) {\n      id\n    }\n  }\n": types.ConductSearchDocument,
    "\n  mutation ConfiscateDevice($input: ConfiscateDeviceInput!) {\n    confiscateDevice(input: $input) {\n      id\n    }\n  }\n": types.ConfiscateDeviceDocument,
    "\n  mutation DeleteDeviceData($input: DeleteDeviceDataInput!) {\n    deleteDeviceData(input: $input) {\n      id\n    }\n  }\n": types.DeleteDeviceDataDocument,
    "\n  mutation HandDeviceToPolice($input: HandDeviceToPoliceInput!) {\n    handDeviceToPolice(input: $input) {\n      id\n    }\n  }\n": types.HandDeviceToPoliceDocument,
    "\n  mutation ReleaseDeviceToParent($input: ReleaseDeviceToParentInput!) {\n    releaseDeviceToParent(input: $input) {\n      id\n    }\n  }\n": types.ReleaseDeviceToParentDocument,
    "\n  mutation CompleteSearch($input: CompleteSearchInput!) {\n    completeSearch(input: $input) {\n      id\n    }\n  }\n": types.CompleteSearchDocument,
    "\n  query TrainingTotals($tenantId: ID!, $dueSoonDays: Int, $asOf: String, $knownAt: String) {\n    trainingStatus(tenantId: $tenantId, dueSoonDays: $dueSoonDays, first: 1, asOf: $asOf, knownAt: $knownAt) {\n      at\n      dueSoonDays\n      totals {\n        required\n        compliant\n        dueSoon\n        overdue\n        neverDone\n        percentCompliant\n      }\n    }\n  }\n": types.TrainingTotalsDocument,
    "\n  query TrainingMatrix($tenantId: ID!, $dueSoonDays: Int, $after: String, $asOf: String, $knownAt: String) {\n    cpdMatrix(tenantId: $tenantId, dueSoonDays: $dueSoonDays, first: 200, after: $after, asOf: $asOf, knownAt: $knownAt) {\n      at\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          staffId\n          jobTitle\n          roles\n          staff {\n            name\n          }\n          training {\n            courseId\n            courseTitle\n            status\n            lastCompletedOn\n            expiresOn\n          }\n        }\n      }\n    }\n  }\n": types.TrainingMatrixDocument,
    "\n  query TrainingImportCheck(\n    $tenantId: ID!\n    $csv: String!\n    $staffColumn: String\n    $courseColumn: String\n    $completedOnColumn: String\n    $providerColumn: String\n  ) {\n    trainingImportCheck(\n      tenantId: $tenantId\n      csv: $csv\n      staffColumn: $staffColumn\n      courseColumn: $courseColumn\n      completedOnColumn: $completedOnColumn\n      providerColumn: $providerColumn\n    ) {\n      columns\n      mapping {\n        staff\n        course\n        completedOn\n        provider\n      }\n      good\n      bad\n      rows {\n        row\n        staff\n        course\n        completedOn\n        provider\n        staffId\n        courseId\n        commandId\n        completionId\n        occurredAt\n        problem {\n          code\n          message\n        }\n      }\n    }\n  }\n": types.TrainingImportCheckDocument,
    "\n  mutation RecordCompletion($input: RecordCompletionInput!) {\n    recordCompletion(input: $input) {\n      id\n      replayed\n    }\n  }\n": types.RecordCompletionDocument,
    "\n  query SettingOverview($tenantId: ID!) {\n    settingOverview(tenantId: $tenantId) {\n      tenantId\n      at\n      trainingRequired\n      trainingPercentCompliant\n      overdueReviews\n      openIncidents\n    }\n  }\n": types.SettingOverviewDocument,
    "\n  query Viewer {\n    viewer {\n      subject\n      staffId\n      role\n      tenantIds\n      signInMethod\n      sessionExpiresAt\n      operations\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RawLog(\n    $tenantId: ID!\n    $types: [String!]\n    $categories: [String!]\n    $recordedFrom: String\n    $recordedUntil: String\n    $first: Int\n    $after: String\n  ) {\n    events(\n      tenantId: $tenantId\n      types: $types\n      categories: $categories\n      recordedFrom: $recordedFrom\n      recordedUntil: $recordedUntil\n      first: $first\n      after: $after\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          eventId\n          position\n          stream\n          revision\n          type\n          occurredAt\n          recordedAt\n          hash\n          prevHash\n          actor {\n            id\n            role\n          }\n          data\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RawLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadLog($tenantId: ID!, $subjectId: ID, $first: Int, $after: String) {\n    readLog(tenantId: $tenantId, subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          readId\n          position\n          readAt\n          readerId\n          readerRole\n          subjectKind\n          subjectId\n          view\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReadLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInMethods {\n    ledger {\n      signIn {\n        oidc\n        links\n      }\n    }\n  }\n"): typeof import('./graphql').SignInMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CpdSignatures($tenantId: ID!, $after: String, $asOf: String, $knownAt: String) {\n    cpdMatrix(tenantId: $tenantId, first: 200, after: $after, asOf: $asOf, knownAt: $knownAt) {\n      at\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          staffId\n          jobTitle\n          staff {\n            name\n          }\n          outstandingAcknowledgements {\n            documentId\n            title\n            version\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CpdSignaturesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovernorReport($tenantId: ID!, $academicYear: Int!) {\n    governorReport(tenantId: $tenantId, academicYear: $academicYear) {\n      settingName\n      academicYear\n      from\n      to\n      policies {\n        reviewed\n        reviewedLate\n        approved\n        reviews {\n          title\n          dueOn\n          reviewedOn\n          daysLate\n        }\n      }\n      training {\n        percentCompliantAtYearEnd\n        overdue\n        neverDone\n      }\n      incidents {\n        total\n        byCategory {\n          key\n          count\n        }\n        byTerm {\n          key\n          count\n        }\n        decidedNotToRefer\n      }\n      escalationsByAgency {\n        key\n        count\n      }\n      searches {\n        total\n        byOutcome {\n          key\n          count\n        }\n        handedToPolice\n      }\n      filteringAndMonitoring {\n        reviewHeld\n        reviewDates\n        filterTests\n        failedTests\n        decisions\n      }\n      openActionsAtYearEnd\n    }\n  }\n"): typeof import('./graphql').GovernorReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsAttention($tenantId: ID!) {\n    needsAttention(tenantId: $tenantId) {\n      on\n      untriaged\n      escalationsWaiting\n      actionsOverdue\n      actionsDueThisWeek\n      devicesHeld\n    }\n  }\n"): typeof import('./graphql').NeedsAttentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenClocks($tenantId: ID!) {\n    statutoryClocks(tenantId: $tenantId) {\n      on\n      open {\n        clock\n        subjectId\n        startedOn\n        dueBy\n        status\n        rule {\n          ruleVersion\n          workingDays\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OpenClocksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageIncident($input: TriageIncidentInput!) {\n    triageIncident(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TriageIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateIncident($input: EscalateIncidentInput!) {\n    escalateIncident(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EscalateIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEscalationOutcome($input: RecordEscalationOutcomeInput!) {\n    recordEscalationOutcome(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordEscalationOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreserveEvidence($input: PreserveEvidenceInput!) {\n    preserveEvidence(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PreserveEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InformParents($input: InformParentsInput!) {\n    informParents(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').InformParentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplySanction($input: ApplySanctionInput!) {\n    applySanction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ApplySanctionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignIncidentAction($input: AssignIncidentActionInput!) {\n    assignIncidentAction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssignIncidentActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteIncidentAction($input: CompleteIncidentActionInput!) {\n    completeIncidentAction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CompleteIncidentActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseIncident($input: CloseIncidentInput!) {\n    closeIncident(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenIncident($input: ReopenIncidentInput!) {\n    reopenIncident(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReopenIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Incidents(\n    $tenantId: ID!\n    $category: IncidentCategory\n    $status: IncidentStatus\n    $academicYear: Int\n    $term: Term\n    $first: Int\n    $after: String\n  ) {\n    incidents(\n      tenantId: $tenantId\n      category: $category\n      status: $status\n      academicYear: $academicYear\n      term: $term\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          incidentId\n          category\n          reportedOn\n          status\n          triageDecision\n          closedOn\n          escalations {\n            agency\n            outcomeRecorded\n          }\n          actions {\n            done\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IncidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentTrail($tenantId: ID!, $incidentId: ID!, $after: String) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: incident, subjectId: $incidentId, first: 200, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          position\n          type\n          occurredAt\n          recordedAt\n          actor {\n            id\n            role\n          }\n          data\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IncidentTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantCheck($tenantId: ID!) {\n    latestCheckpoint(tenantId: $tenantId) {\n      treeSize\n    }\n  }\n"): typeof import('./graphql').GrantCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DayOne($tenantId: ID!, $academicYear: Int!, $asOf: String, $knownAt: String) {\n    incidents(tenantId: $tenantId, academicYear: $academicYear, first: 100) {\n      totalCount\n      edges {\n        node {\n          incidentId\n          category\n          reportedOn\n          status\n          triageDecision\n          closedOn\n          escalations {\n            agency\n            on\n            outcomeRecorded\n            referencePending\n          }\n        }\n      }\n    }\n    trainingStatus(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt, first: 150) {\n      at\n      totalCount\n      totals {\n        required\n        compliant\n        dueSoon\n        overdue\n        neverDone\n        percentCompliant\n      }\n      edges {\n        node {\n          staffId\n          staff {\n            name\n          }\n          jobTitle\n          courseId\n          courseTitle\n          status\n          lastCompletedOn\n          expiresOn\n        }\n      }\n    }\n    overdueReviews(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt, dueSoonDays: 90, first: 50) {\n      at\n      edges {\n        node {\n          documentId\n          title\n          nextDueOn\n          daysOverdue\n          state\n          pastReviews {\n            reviewedOn\n            daysLate\n          }\n        }\n      }\n    }\n    governorReport(tenantId: $tenantId, academicYear: $academicYear, knownAt: $knownAt) {\n      academicYear\n      filteringAndMonitoring {\n        reviewHeld\n        reviewDates\n        filterTests\n        failedTests\n        decisions\n      }\n    }\n  }\n"): typeof import('./graphql').DayOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trail($tenantId: ID!, $kind: TrailSubject!, $id: ID!, $after: String, $asOf: String, $knownAt: String) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: $kind, subjectId: $id, first: 100, after: $after, asOf: $asOf, knownAt: $knownAt) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          eventId\n          position\n          stream\n          revision\n          type\n          occurredAt\n          recordedAt\n          hash\n          prevHash\n          actor {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proof($tenantId: ID!, $eventId: ID!) {\n    inclusionProof(tenantId: $tenantId, eventId: $eventId) {\n      eventId\n      eventHash\n      leafHash\n      leafIndex\n      treeSize\n      auditPath\n      checkpoint {\n        treeSize\n        root\n        timestamp\n        keyId\n        signature\n      }\n    }\n    checkpointKeys(tenantId: $tenantId) {\n      keyId\n      publicKey\n    }\n  }\n"): typeof import('./graphql').ProofDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCompliance($tenantId: ID!) {\n    myCompliance(tenantId: $tenantId) {\n      at\n      outstandingAcknowledgements {\n        documentId\n        title\n        version\n        contentHash\n      }\n      training {\n        courseId\n        courseTitle\n        status\n        lastCompletedOn\n        expiresOn\n      }\n      signatures {\n        documentId\n        title\n        version\n        acknowledgedOn\n        current\n      }\n    }\n  }\n"): typeof import('./graphql').MyComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeDocument($input: AcknowledgeDocumentInput!) {\n    acknowledgeDocument(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcknowledgeDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyRegister($tenantId: ID!, $asOf: String, $knownAt: String) {\n    policyRegister(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt) {\n      documentId\n      title\n      kind\n      statutory\n      currentVersion\n      nextDueOn\n      daysOverdue\n      retiredOn\n      versions {\n        version\n        publishedOn\n        approvedOn\n        ratifiedOn\n        contentHash\n      }\n      reviews {\n        reviewedOn\n        wasDueOn\n        outcome\n        daysLate\n      }\n    }\n  }\n"): typeof import('./graphql').PolicyRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftDocument($input: DraftDocumentInput!) {\n    draftDocument(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DraftDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishVersion($input: PublishVersionInput!) {\n    publishVersion(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PublishVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleReview($input: ScheduleReviewInput!) {\n    scheduleReview(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScheduleReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewDocument($input: ReviewDocumentInput!) {\n    reviewDocument(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReviewDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveVersion($input: ApproveVersionInput!) {\n    approveVersion(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ApproveVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RatifyVersion($input: RatifyVersionInput!) {\n    ratifyVersion(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RatifyVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionReview($tenantId: ID!) {\n    retentionReview(tenantId: $tenantId) {\n      on\n      rows {\n        recordKind\n        personId\n        unitId\n        retentionFrom\n        endedOn\n        years\n        ruleVersion\n        ruleNote\n        status\n        holdId\n        keptUntil\n        erasureId\n      }\n      holds {\n        holdId\n        scope\n        scopeId\n      }\n    }\n  }\n"): typeof import('./graphql').RetentionReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseSubject($input: EraseSubjectInput!) {\n    eraseSubject(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EraseSubjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmErasure($input: ConfirmErasureInput!) {\n    confirmErasure(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConfirmErasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendRetention($input: ExtendRetentionInput!) {\n    extendRetention(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ExtendRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PlaceLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftLegalHold($input: LiftLegalHoldInput!) {\n    liftLegalHold(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LiftLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubjectAccessExport($tenantId: ID!, $subjectId: ID!) {\n    subjectAccessExport(tenantId: $tenantId, subjectId: $subjectId) {\n      exportId\n      subjectId\n      producedAt\n      html\n      entries {\n        position\n        type\n        occurredAt\n        recordedAt\n        data\n        withheld\n      }\n    }\n  }\n"): typeof import('./graphql').SubjectAccessExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PupilCases($tenantId: ID!, $pupilId: ID!) {\n    incidents(tenantId: $tenantId, pupilId: $pupilId, first: 200) {\n      edges {\n        node {\n          incidentId\n          category\n        }\n      }\n    }\n    searches(tenantId: $tenantId, pupilId: $pupilId, first: 200) {\n      edges {\n        node {\n          searchId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PupilCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PupilTrail($tenantId: ID!, $kind: TrailSubject!, $subjectId: ID!) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: $kind, subjectId: $subjectId, first: 200) {\n      edges {\n        node {\n          position\n          type\n          occurredAt\n          recordedAt\n          actor {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PupilTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTrail($tenantId: ID!, $searchId: ID!) {\n    evidenceTrail(tenantId: $tenantId, subjectKind: search, subjectId: $searchId, first: 200) {\n      edges {\n        node {\n          position\n          type\n          occurredAt\n          recordedAt\n          actor {\n            id\n            role\n          }\n          data\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConductSearch($input: ConductSearchInput!) {\n    conductSearch(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConductSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfiscateDevice($input: ConfiscateDeviceInput!) {\n    confiscateDevice(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConfiscateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeviceData($input: DeleteDeviceDataInput!) {\n    deleteDeviceData(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteDeviceDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandDeviceToPolice($input: HandDeviceToPoliceInput!) {\n    handDeviceToPolice(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HandDeviceToPoliceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseDeviceToParent($input: ReleaseDeviceToParentInput!) {\n    releaseDeviceToParent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReleaseDeviceToParentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSearch($input: CompleteSearchInput!) {\n    completeSearch(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CompleteSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingTotals($tenantId: ID!, $dueSoonDays: Int, $asOf: String, $knownAt: String) {\n    trainingStatus(tenantId: $tenantId, dueSoonDays: $dueSoonDays, first: 1, asOf: $asOf, knownAt: $knownAt) {\n      at\n      dueSoonDays\n      totals {\n        required\n        compliant\n        dueSoon\n        overdue\n        neverDone\n        percentCompliant\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingMatrix($tenantId: ID!, $dueSoonDays: Int, $after: String, $asOf: String, $knownAt: String) {\n    cpdMatrix(tenantId: $tenantId, dueSoonDays: $dueSoonDays, first: 200, after: $after, asOf: $asOf, knownAt: $knownAt) {\n      at\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          staffId\n          jobTitle\n          roles\n          staff {\n            name\n          }\n          training {\n            courseId\n            courseTitle\n            status\n            lastCompletedOn\n            expiresOn\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingImportCheck(\n    $tenantId: ID!\n    $csv: String!\n    $staffColumn: String\n    $courseColumn: String\n    $completedOnColumn: String\n    $providerColumn: String\n  ) {\n    trainingImportCheck(\n      tenantId: $tenantId\n      csv: $csv\n      staffColumn: $staffColumn\n      courseColumn: $courseColumn\n      completedOnColumn: $completedOnColumn\n      providerColumn: $providerColumn\n    ) {\n      columns\n      mapping {\n        staff\n        course\n        completedOn\n        provider\n      }\n      good\n      bad\n      rows {\n        row\n        staff\n        course\n        completedOn\n        provider\n        staffId\n        courseId\n        commandId\n        completionId\n        occurredAt\n        problem {\n          code\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingImportCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCompletion($input: RecordCompletionInput!) {\n    recordCompletion(input: $input) {\n      id\n      replayed\n    }\n  }\n"): typeof import('./graphql').RecordCompletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingOverview($tenantId: ID!) {\n    settingOverview(tenantId: $tenantId) {\n      tenantId\n      at\n      trainingRequired\n      trainingPercentCompliant\n      overdueReviews\n      openIncidents\n    }\n  }\n"): typeof import('./graphql').SettingOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      subject\n      staffId\n      role\n      tenantIds\n      signInMethod\n      sessionExpiresAt\n      operations\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
