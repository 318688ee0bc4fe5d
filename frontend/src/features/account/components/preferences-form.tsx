import { App, Button, Form, Input, Radio } from 'antd'
import { useTranslation } from 'react-i18next'
import type { MyPreferences, User } from '@/lib/api/types'
import { FormProblem } from '@/components/ui/form-problem'
import { useFormProblem } from '@/lib/use-form-problem'
import { useUpdatePreferences } from '../api/account'

/** The user's mailbox and how notices reach it: at once, one digest a day, or the bell only. */
export function PreferencesForm({ user }: { user: User }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<MyPreferences>()
  const save = useUpdatePreferences()
  const problem = useFormProblem(form)
  return (
    <>
      <FormProblem error={problem.error} unmatched={problem.unmatched} />
      <Form<MyPreferences>
        form={form}
        layout="vertical"
        style={{ maxWidth: 520 }}
        initialValues={{ email: user.email ?? '', noticeMail: user.noticeMail }}
        onValuesChange={() => problem.error && problem.clear()}
        onFinish={(v) =>
          save.mutate(
            { email: v.email?.trim() ?? '', noticeMail: v.noticeMail },
            { onSuccess: () => void message.success(t('common.saved')), onError: problem.handle },
          )
        }
      >
        <Form.Item
          name="email"
          label={t('account.email')}
          rules={[{ type: 'email', message: t('account.emailInvalid') }]}
        >
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item name="noticeMail" label={t('account.noticeMail')}>
          <Radio.Group>
            <Radio value="IMMEDIATE">{t('account.mail.IMMEDIATE')}</Radio>
            <Radio value="DAILY">{t('account.mail.DAILY')}</Radio>
            <Radio value="NONE">{t('account.mail.NONE')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </>
  )
}
