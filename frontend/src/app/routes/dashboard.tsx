import { RequireRole } from '@/app/guards'
import { canView } from '@/lib/auth'
import { Dashboard } from '@/features/dashboard/components/dashboard'
import { SummaryButtons } from '@/features/follow-up/components/summary-buttons'
import { PendingMembers } from '@/features/members/components/pending-members'

export default function DashboardRoute() {
  return (
    <RequireRole allow={canView}>
      <Dashboard
        actions={(planId, orgId) => <SummaryButtons planId={planId} orgId={orgId} />}
        below={(planId, orgId) => <PendingMembers planId={planId} orgId={orgId} />}
      />
    </RequireRole>
  )
}
