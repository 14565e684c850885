// First run of a PC of an office (or district department) that already works on another PC:
// the server's address, the one-time code from the administrator and the office code. Nothing is
// written until the server accepts the code (join.ts); then the frame shows JoinProgress.
import { useState } from 'react';
import type { Bilingual } from '@shared/sync/protocol';
import type { DeviceKind } from '@renderer/features/district/device';
import { DEFAULT_SERVER_URL } from '@renderer/features/sync/commands';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { writeErrorText } from '@renderer/ui/problems';
import { joinThisPc } from './commands';
import { joinProblems, type JoinField } from './join';

type Outcome = { kind: 'idle' } | { kind: 'connecting' } | { kind: 'refused'; message: Bilingual } | { kind: 'error'; error: unknown };

export function JoinOfficeScreen({ kind }: { kind: DeviceKind }) {
  const i18n = useLanguage();
  const { t, pick } = i18n;
  const district = kind === 'district';
  const [v, setV] = useState({ serverUrl: DEFAULT_SERVER_URL, code: '', officeCode: '' });
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const set = (key: JoinField) => (value: string) => {
    setV((old) => ({ ...old, [key]: value }));
    if (outcome.kind !== 'connecting') setOutcome({ kind: 'idle' });
  };
  const problems = joinProblems({ kind, ...v });
  const err = (key: JoinField) => (tried && problems[key] ? t(problems[key]) : null);
  const connecting = outcome.kind === 'connecting';

  async function submit() {
    setTried(true);
    if (Object.keys(problems).length > 0 || connecting) return;
    setOutcome({ kind: 'connecting' });
    try {
      const result = await joinThisPc({ kind, ...v });
      // On success the settings appear and the frame moves on to JoinProgress by itself.
      if (!result.ok) setOutcome({ kind: 'refused', message: result.message });
    } catch (error) {
      setOutcome({ kind: 'error', error });
    }
  }

  return (
    <form
      className="screen narrow"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
      data-testid="join-form"
    >
      <h1>{t(district ? 'setup.joinTitleDistrict' : 'setup.joinTitle')}</h1>
      <p>{t(district ? 'setup.joinIntroDistrict' : 'setup.joinIntro')}</p>
      <fieldset>
        <Field
          label={t('common.serverUrl')}
          value={v.serverUrl}
          onChange={set('serverUrl')}
          error={err('serverUrl')}
          data-testid="join-server"
        />
        <Field
          label={t('common.enrollCode')}
          value={v.code}
          onChange={(x) => set('code')(x.toUpperCase())}
          error={err('code')}
          autoFocus
          data-testid="join-code"
        />
        <Field
          label={t(district ? 'setup.districtCode' : 'setup.officeCode')}
          value={v.officeCode}
          onChange={(x) => set('officeCode')(x.toUpperCase())}
          error={err('officeCode')}
          data-testid="join-office-code"
        />
      </fieldset>
      {outcome.kind !== 'idle' && (
        <div
          className={`banner ${outcome.kind === 'connecting' ? 'subtle' : 'error'}`}
          role={outcome.kind === 'connecting' ? 'status' : 'alert'}
          data-testid="join-status"
          data-state={outcome.kind}
        >
          {outcome.kind === 'connecting'
            ? t('setup.joinConnecting')
            : outcome.kind === 'refused'
              ? pick(outcome.message)
              : writeErrorText(outcome.error, i18n)}
        </div>
      )}
      <button type="submit" className="primary" disabled={connecting} data-testid="join-submit">
        {connecting ? t('setup.joinConnecting') : t('setup.joinSubmit')}
      </button>
    </form>
  );
}
