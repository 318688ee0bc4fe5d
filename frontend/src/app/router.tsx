import { createBrowserRouter, RouterProvider } from 'react-router'
import type { ComponentType } from 'react'
import { AppLayout } from '@/components/layouts/app-layout'
import { RequireAuth } from './guards'
import { LoadingState } from '@/components/ui/states'
import { NotificationBell } from '@/features/notifications/components/notification-bell'
import { OutboxStatus } from '@/components/offline/outbox-status'

const route = (load: () => Promise<{ default: ComponentType }>) => ({
  lazy: async () => ({ Component: (await load()).default }),
})

export const routes = [
  { path: '/login', ...route(() => import('./routes/login')) },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout
          headerExtra={
            <>
              <OutboxStatus />
              <NotificationBell />
            </>
          }
        />
      </RequireAuth>
    ),
    HydrateFallback: () => <LoadingState />,
    children: [
      { index: true, ...route(() => import('./routes/home')) },
      { path: 'dashboard', ...route(() => import('./routes/dashboard')) },
      { path: 'dashboard/late', ...route(() => import('./routes/chase')) },
      { path: 'plans', ...route(() => import('./routes/plans/list')) },
      { path: 'plans/new', ...route(() => import('./routes/plans/new')) },
      { path: 'plans/import', ...route(() => import('./routes/plans/import')) },
      { path: 'plans/:planId', ...route(() => import('./routes/plans/detail')) },
      { path: 'plans/:planId/edit', ...route(() => import('./routes/plans/edit')) },
      { path: 'organizations', ...route(() => import('./routes/organizations')) },
      { path: 'organizations/restructure', ...route(() => import('./routes/restructure')) },
      { path: 'levels', ...route(() => import('./routes/levels')) },
      { path: 'my-work', ...route(() => import('./routes/my-work/list')) },
      { path: 'my-work/:assignmentId', ...route(() => import('./routes/my-work/assignment')) },
      { path: 'my-work/:assignmentId/attendance/:sessionId', ...route(() => import('./routes/my-work/attendance')) },
      { path: 'members', ...route(() => import('./routes/members')) },
      { path: 'review', ...route(() => import('./routes/review')) },
      { path: 'users', ...route(() => import('./routes/users')) },
      { path: 'account', ...route(() => import('./routes/account')) },
      { path: '*', ...route(() => import('./routes/not-found')) },
    ],
  },
]

const router = createBrowserRouter(routes)

export function AppRouter() {
  return <RouterProvider router={router} />
}
