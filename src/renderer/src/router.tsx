import { createHashRouter, Navigate } from 'react-router';
import { RootLayout } from './app/RootLayout';
import { CaseFileLayout } from './screens/case-file/CaseFileLayout';
import { ComingSoonScreen } from './screens/case-file/ComingSoonScreen';
import { DocumentsTab } from './screens/documents/DocumentsTab';
import { FindingsTab } from './screens/findings/FindingsTab';
import { ProvenanceAreaScreen } from './screens/findings/ProvenanceAreaScreen';
import { ProvenanceTab } from './screens/provenance/ProvenanceTab';
import { MoneyTab } from './screens/money/MoneyTab';
import { LinkChartTab } from './screens/linkchart/LinkChartTab';
import { ConsultationScreen } from './screens/experts/ConsultationScreen';
import { ConsultationsTab } from './screens/experts/ConsultationsTab';
import { ExpertsScreen } from './screens/experts/ExpertsScreen';
import { OpinionsTab } from './screens/opinions/OpinionsTab';
import { IndicatorsScreen } from './screens/indicators/IndicatorsScreen';
import { CaseReportsTab } from './screens/reports/CaseReportsTab';
import { ReportsScreen } from './screens/reports/ReportsScreen';
import { RequestScreen } from './screens/requests/RequestScreen';
import { CaseIndicatorsTab } from './screens/indicators/CaseIndicatorsTab';
import { ObjectIndicatorsTab } from './screens/indicators/ObjectIndicatorsTab';
import { TimelineTab } from './screens/timeline/TimelineTab';
import { CaseJournalTab } from './screens/cases/CaseJournalTab';
import { CaseOverviewTab } from './screens/cases/CaseOverviewTab';
import { CaseScreen } from './screens/cases/CaseScreen';
import { CasesListScreen } from './screens/cases/CasesListScreen';
import { CreateScreen } from './screens/create/CreateScreen';
import { ChecksTab } from './screens/objects/checks/ChecksTab';
import { CustodyTab } from './screens/objects/custody/CustodyTab';
import { DescriptionTab } from './screens/objects/description/DescriptionTab';
import { RememberCase } from './screens/objects/last-case';
import { LegalStatusTab } from './screens/objects/legal/LegalStatusTab';
import { LotTab } from './screens/objects/lot/LotTab';
import { ObjectScreen } from './screens/objects/ObjectScreen';
import { ObjectsAreaScreen } from './screens/objects/ObjectsAreaScreen';
import { ObjectsTab } from './screens/objects/ObjectsTab';
import { PhotosTab } from './screens/objects/photos/PhotosTab';
import { OverviewScreen } from './screens/overview/OverviewScreen';
import { CasePartiesTab } from './screens/parties/CasePartiesTab';
import { PartiesScreen } from './screens/parties/PartiesScreen';
import { PartyScreen } from './screens/parties/PartyScreen';
import { PublicLayout } from './screens/public/PublicLayout';
import { RecoverScreen } from './screens/recover/RecoverScreen';
import { SearchScreen } from './screens/search/SearchScreen';
import { CaseSeizuresTab } from './screens/seizures/CaseSeizuresTab';
import { SeizureScreen } from './screens/seizures/SeizureScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { UnlockScreen } from './screens/unlock/UnlockScreen';
import { WelcomeScreen } from './screens/welcome/WelcomeScreen';

/** Hash routes: the app is loaded from file://, where paths beyond index.html do not exist. */
export const router = createHashRouter([
  {
    element: <RootLayout />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { index: true, element: <WelcomeScreen /> },
          { path: 'create', element: <CreateScreen /> },
          { path: 'unlock', element: <UnlockScreen /> },
          { path: 'recover', element: <RecoverScreen /> },
        ],
      },
      {
        path: 'case-file',
        element: <CaseFileLayout />,
        children: [
          { index: true, element: <Navigate to="overview" replace /> },
          { path: 'overview', element: <OverviewScreen /> },
          { path: 'settings', element: <SettingsScreen /> },
          { path: 'search', element: <SearchScreen /> },
          { path: 'cases', element: <CasesListScreen /> },
          {
            // Notes the case opened, for the Objects area (screens/objects/last-case.tsx).
            element: <RememberCase />,
            children: [
              {
                // A case's tabs are child routes: swap a ComingLaterTab for the real screen, which
                // reads the case with useCaseContext() (screens/cases/case-context.ts).
                path: 'cases/:caseId',
                element: <CaseScreen />,
                children: [
                  { index: true, element: <CaseOverviewTab /> },
                  { path: 'journal', element: <CaseJournalTab /> },
                  { path: 'parties', element: <CasePartiesTab /> },
                  { path: 'seizures', element: <CaseSeizuresTab /> },
                  { path: 'seizures/:seizureId', element: <SeizureScreen /> },
                  { path: 'objects', element: <ObjectsTab /> },
                  { path: 'documents', element: <DocumentsTab /> },
                  { path: 'findings', element: <FindingsTab /> },
                  { path: 'timeline', element: <TimelineTab /> },
                  { path: 'money', element: <MoneyTab /> },
                  { path: 'links', element: <LinkChartTab /> },
                  { path: 'experts', element: <ConsultationsTab /> },
                  { path: 'experts/:consultationId', element: <ConsultationScreen /> },
                  { path: 'indicators', element: <CaseIndicatorsTab /> },
                  { path: 'reports', element: <CaseReportsTab /> },
                  { path: 'reports/requests/:requestId', element: <RequestScreen /> },
                ],
              },
            ],
          },
          { path: 'objects', element: <ObjectsAreaScreen /> },
          { path: 'provenance', element: <ProvenanceAreaScreen /> },
          { path: 'experts', element: <ExpertsScreen /> },
          { path: 'indicators', element: <IndicatorsScreen /> },
          { path: 'reports', element: <ReportsScreen /> },
          { path: 'parties', element: <PartiesScreen /> },
          { path: 'parties/:partyId', element: <PartyScreen /> },
          {
            // An object's parts are child routes too, reading it with useObjectContext().
            path: 'objects/:objectId',
            element: <ObjectScreen />,
            children: [
              { index: true, element: <DescriptionTab /> },
              { path: 'lot', element: <LotTab /> },
              { path: 'legal', element: <LegalStatusTab /> },
              { path: 'provenance', element: <ProvenanceTab /> },
              { path: 'opinions', element: <OpinionsTab /> },
              { path: 'indicators', element: <ObjectIndicatorsTab /> },
              { path: 'checks', element: <ChecksTab /> },
              { path: 'custody', element: <CustodyTab /> },
              { path: 'photos', element: <PhotosTab /> },
            ],
          },
          { path: ':area', element: <ComingSoonScreen /> },
        ],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
