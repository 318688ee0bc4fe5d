import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { Card, Flex, Segmented, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { LoginForm } from '@/features/auth/components/login-form'
import { authStore, useSession } from '@/lib/auth'

function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export default function LoginRoute() {
  const { t, i18n } = useTranslation()
  const session = useSession()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  if (session) return <Navigate to={next} replace />
  const notice = authStore.lastSignOutReason === 'expired' ? t('auth.expired') : undefined
  return (
    <Flex
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: 'linear-gradient(160deg, #7f1d1d 0%, #b3261e 60%, #f5f5f5 60%)',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="start">
          <div>
            <Typography.Title level={1} style={{ margin: 0, color: '#7f1d1d', fontSize: 30 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
          </div>
          <Segmented
            size="small"
            aria-label={t('nav.language')}
            value={i18n.language === 'en' ? 'en' : 'vi'}
            options={[
              { label: 'VI', value: 'vi' },
              { label: 'EN', value: 'en' },
            ]}
            onChange={(v) => void i18n.changeLanguage(String(v))}
          />
        </Flex>
        <Typography.Title level={2} style={{ fontSize: 20 }}>
          {t('auth.title')}
        </Typography.Title>
        <LoginForm notice={notice} onSuccess={() => navigate(next, { replace: true })} />
      </Card>
    </Flex>
  )
}
