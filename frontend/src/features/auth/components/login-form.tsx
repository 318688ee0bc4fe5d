import { Alert, Button, Form, Input } from 'antd'
import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { useLogin, type Credentials } from '../api/login'
import { ApiError, problemText } from '@/lib/problem'

export function LoginForm({ onSuccess, notice }: { onSuccess: () => void; notice?: string }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Credentials>()
  const login = useLogin()
  const failed = login.error instanceof ApiError && (login.error.status === 401 || login.error.status === 400)

  return (
    <Form<Credentials>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => login.mutate(values, { onSuccess })}
      disabled={login.isPending}
    >
      {notice && !login.error && <Alert type="info" showIcon message={notice} style={{ marginBottom: 16 }} />}
      {login.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message={failed ? t('auth.failed') : problemText(login.error, t)}
        />
      )}
      <Form.Item
        label={t('auth.username')}
        name="username"
        rules={[{ required: true, message: t('validation.required', { field: t('auth.username').toLowerCase() }) }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item
        label={t('auth.password')}
        name="password"
        rules={[{ required: true, message: t('validation.required', { field: t('auth.password').toLowerCase() }) }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
        {t('auth.submit')}
      </Button>
    </Form>
  )
}
