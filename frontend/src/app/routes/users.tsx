import { useTranslation } from 'react-i18next'
import { RequireRole } from '@/app/guards'
import { isAdmin } from '@/lib/auth'
import { PageHeader } from '@/components/ui/page'
import { UserList } from '@/features/users/components/user-list'

export default function UsersRoute() {
  const { t } = useTranslation()
  return (
    <RequireRole allow={isAdmin}>
      <PageHeader title={t('users.title')} sub={t('users.sub')} />
      <UserList />
    </RequireRole>
  )
}
