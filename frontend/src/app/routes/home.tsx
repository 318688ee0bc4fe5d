import { Navigate } from 'react-router'
import { canView, isReporter, useSession } from '@/lib/auth'

/** Reporters land on their work, everybody else on the dashboard. */
export default function HomeRoute() {
  const user = useSession()?.user
  if (isReporter(user) && !canView(user)) return <Navigate to="/my-work" replace />
  return <Navigate to="/dashboard" replace />
}
