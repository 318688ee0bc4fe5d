import { Alert, App, Button, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/ui/form-problem'
import { useFormProblem } from '@/lib/use-form-problem'
import { useChangePassword } from '../api/account'

interface Values {
  currentPassword: string
  newPassword: string
  confirm: string
}

/** Đổi mật khẩu: required at the first sign-in of the default administrator, open to everyone at any time. */
export function PasswordForm({ required, onDone }: { required?: boolean; onDone?: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const change = useChangePassword()
  const problem = useFormProblem(form)
  return (
    <>
      {required && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('account.mustChange')}
          data-testid="must-change"
        />
      )}
      <FormProblem error={problem.error} unmatched={problem.unmatched} />
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 420 }}
        onValuesChange={() => problem.error && problem.clear()}
        onFinish={(v) =>
          change.mutate(
            { currentPassword: v.currentPassword, newPassword: v.newPassword },
            {
              onSuccess: () => {
                void message.success(t('account.changed'))
                form.resetFields()
                onDone?.()
              },
              onError: problem.handle,
            },
          )
        }
      >
        <Form.Item
          name="currentPassword"
          label={t('account.current')}
          rules={[{ required: true, message: t('validation.required', { field: t('account.current').toLowerCase() }) }]}
        >
          <Input.Password autoComplete="current-password" data-testid="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('account.new')}
          extra={t('account.newHint')}
          rules={[
            { required: true, message: t('validation.required', { field: t('account.new').toLowerCase() }) },
            { min: 8, message: t('account.newHint') },
            { max: 72, message: t('account.newHint') },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('account.mismatch') },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !v || v === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('account.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="confirm-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="change-password">
          {t('account.submit')}
        </Button>
      </Form>
    </>
  )
}
