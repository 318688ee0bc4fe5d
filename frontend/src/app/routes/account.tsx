import { Card } from 'antd'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useSession } from '@/lib/auth'
import { PageHeader } from '@/components/ui/page'
import { PasswordForm } from '@/features/account/components/password-form'
import { PreferencesForm } from '@/features/account/components/preferences-form'

/** Tài khoản: the new password (required first when the account still has the default one), then notice preferences. */
export default function AccountRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const user = useSession()?.user
  const required = !!user?.mustChangePassword
  return (
    <>
      <PageHeader title={required ? t('account.firstTitle') : t('account.title')} />
      <Card title={t('account.password')} style={{ marginBottom: 16 }}>
        <PasswordForm required={required} onDone={() => required && navigate('/', { replace: true })} />
      </Card>
      {!required && user && (
        <Card title={t('account.notices')}>
          <PreferencesForm user={user} />
        </Card>
      )}
    </>
  )
}
