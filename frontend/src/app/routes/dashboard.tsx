import { RequireRole } from '@/app/guards'
import { canView } from '@/lib/auth'
import { Dashboard } from '@/features/dashboard/components/dashboard'

export default function DashboardRoute() {
  return (
    <RequireRole allow={canView}>
      <Dashboard />
    </RequireRole>
  )
}
