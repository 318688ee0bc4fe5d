import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSession } from '@/lib/auth'
import type { User } from '@/lib/api/types'
import { useRefreshMe } from '@/features/auth/api/get-me'

export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession()
  const location = useLocation()
  useRefreshMe()
  if (!session) {
    const next = location.pathname + location.search
    return <Navigate to={`/login${next && next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />
  }
  // the default administrator sets a new password before anything else (the API refuses everything else meanwhile)
  if (session.user.mustChangePassword && location.pathname !== '/account') return <Navigate to="/account" replace />
  return <>{children}</>
}

export function RequireRole({ allow, children }: { allow: (u: User) => boolean; children: ReactNode }) {
  const session = useSession()
  const { t } = useTranslation()
  if (!session || !allow(session.user)) return <Result status="403" title="403" subTitle={t('errors.forbidden')} />
  return <>{children}</>
}
