import { Link } from 'react-router'
import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'

export default function NotFoundRoute() {
  const { t } = useTranslation()
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('common.notFound')}</h1>}
      subTitle={t('common.notFoundHint')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.home')}</Button>
        </Link>
      }
    />
  )
}
